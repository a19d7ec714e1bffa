#pragma once
// One recorded call in the catalogue (the recordings table): where its file is, what the PBX said about the call,
// the SHA-256 that tells whether the file is still the one imported, and the work order it belongs to.

#include "recordings/audioformat.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace hotline::recordings {

enum class Direction { Inbound, Outbound, Unknown };
enum class FileState { Ok, Missing, Changed };
enum class Storage { InPlace, Managed };
enum class LinkMethod { None, CallId, CallerWindow, Manual };

// The stored keys ("inbound", "ok", "managed", "call_id"; LinkMethod::None is the empty key / NULL).
QString key(Direction d);
QString key(FileState s);
QString key(Storage s);
QString key(LinkMethod m);
std::optional<Direction> directionFromKey(const QString& k);
std::optional<FileState> fileStateFromKey(const QString& k);
std::optional<LinkMethod> linkMethodFromKey(const QString& k);
// For people (translated): 呼入 / 呼出, 正常 / 文件缺失 / 文件已变动, 按通话流水号 ...
QString displayName(Direction d);
QString displayName(FileState s);
QString displayName(LinkMethod m);

// "in", "out", "inbound", "outbound", "呼入", "呼出" (any case); nullopt for anything else.
std::optional<Direction> parseDirection(const QString& text);

struct Recording {
    QString id;
    QString callId;
    QString agentCode;    // as the PBX names the agent
    QString agentId;      // the operator with that agent code or name; empty when none matched
    QString callerNumber; // digits only
    QDateTime startedAt;  // UTC
    qint64 durationMs = 0;
    Direction direction = Direction::Unknown;
    AudioEncoding format = AudioEncoding::Pcm16;
    int sampleRate = 0;
    int channels = 0;
    QString fileName; // as imported, for people
    QString path;     // absolute (in place) or relative to the managed folder
    Storage storage = Storage::InPlace;
    qint64 sizeBytes = 0;
    QString sha256; // lowercase hex
    FileState fileState = FileState::Ok;
    QDateTime checkedAt; // invalid: never checked since import
    QString workOrderId; // empty: not linked
    LinkMethod linkMethod = LinkMethod::None;
    QString importedBy;
    QDateTime importedAt;

    // Filled by the repository's reads for display (joined): the agent's name and the linked work order's number.
    QString agentName;
    QString ticketNo;

    bool linked() const { return !workOrderId.isEmpty(); }
};

} // namespace hotline::recordings
