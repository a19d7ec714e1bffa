#pragma once
// What the PBX tells about a recorded call, read from the file's name (filenamepattern.h) or from a sidecar CSV
// (sidecarcsv.h), before the file itself is probed.

#include "recordings/recording.h"

#include <QDateTime>
#include <QString>

namespace hotline::recordings {

struct CallMetadata {
    QDateTime startedAt; // UTC; the PBX writes Beijing local time
    QString agentCode;
    QString callerNumber; // digits only
    QString callId;
    Direction direction = Direction::Unknown;
    qint64 durationMs = -1; // from a CSV; -1 when not given (the file's own length is stored)
};

} // namespace hotline::recordings
