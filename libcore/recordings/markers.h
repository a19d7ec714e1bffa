#pragma once
// Timestamped markers with comments on a recording (02:13 政策解答有误), placed by QA inspectors and leads while
// listening, cited by evaluation items. Every change travels through the outbox (entity recording_marker) in the same
// transaction. Reading needs ListenRecordings, or being the agent of an evaluation of that recording (an agent sees
// the markers of their own evaluated calls).

#include "core/result.h"
#include "security/operator.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::recordings {

inline constexpr int kMaxMarkerComment = 500;

struct Marker {
    QString id;
    QString recordingId;
    qint64 positionMs = 0;
    QString comment;
    QString authorId;
    QDateTime createdAt;
};

// Adds a marker at positionMs (0 to the recording's duration) with a comment (trimmed, 1–500 characters). Needs
// ScoreCalls. Errors: Forbidden, NotFound (no such recording), InvalidInput (field "position_ms" or "comment").
Result<Marker> addMarker(db::Database& db, const QString& recordingId, qint64 positionMs, const QString& comment,
                         const security::Operator& by, IdGenerator& ids, const Clock& clock);
// Changes a marker's comment. Needs ScoreCalls; someone else's marker needs ManageQa too (the lead).
Result<Marker> editMarkerComment(db::Database& db, const QString& markerId, const QString& comment,
                                 const security::Operator& by, const Clock& clock);
// Removes a marker. Same rights as editing; a marker cited by an evaluation item stays (Conflict).
Outcome removeMarker(db::Database& db, const QString& markerId, const security::Operator& by, const Clock& clock);

// The recording's markers by position (then time placed). Needs ListenRecordings or an evaluation of the recording
// whose agent is `by`.
Result<QList<Marker>> listMarkers(const QSqlDatabase& db, const QString& recordingId, const security::Operator& by);

// Whether `by` may hear the recording and read what is attached to it: ListenRecordings, or being the agent of one
// of its evaluations. Forbidden (naming the refusal) otherwise, NotFound when there is no such recording.
Outcome authorizeRecordingRead(const QSqlDatabase& db, const QString& recordingId, const security::Operator& by);

// The catalogued recording with this content (lowercase hex SHA-256), or an empty id when none is (a file opened by
// hand is matched to the catalogue by what it holds, not by its name).
Result<QString> recordingIdByContent(const QSqlDatabase& db, const QString& sha256);

// "mm:ss" (or "h:mm:ss" from an hour on) of a position, as markers are shown.
QString formatPosition(qint64 ms);

} // namespace hotline::recordings
