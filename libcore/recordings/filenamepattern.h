#pragma once
// A configurable file-name pattern that reads a call's metadata from the name a PBX gives its recording, e.g.
// {date}_{time}_{agent}_{caller}_{callid}.wav. Fields: {date} (yyyyMMdd or yyyy-MM-dd), {time} (HHmmss),
// {datetime} (yyyyMMddHHmmss), {agent}, {caller}, {callid}, {direction} (in / out), and * for anything; other text
// must appear as written (letters in any case). Times are Beijing local time.

#include "core/result.h"
#include "recordings/callmetadata.h"

#include <QRegularExpression>
#include <QStringList>

namespace hotline::recordings {

class FileNamePattern final {
public:
    // The pattern most PBXs can be set to; the import dialog offers it.
    static QString defaultPattern();

    // Refused (InvalidInput, field "pattern"): empty, an unknown or repeated field, an unclosed brace, no start
    // time ({date} and {time}, or {datetime}).
    static Result<FileNamePattern> parse(const QString& pattern);

    // Reads a file name (without folders). InvalidInput when it does not match or a date or time is impossible.
    Result<CallMetadata> match(const QString& fileName) const;

    const QString& pattern() const { return m_pattern; }

private:
    FileNamePattern() = default;

    QString m_pattern;
    QRegularExpression m_regex;
    QStringList m_fields; // the capture groups' fields, in order
};

// Caller numbers are stored as digits (a leading + and separators dropped).
QString digitsOnly(const QString& number);

} // namespace hotline::recordings
