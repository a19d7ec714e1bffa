#pragma once
// What people do with catalogued recordings: list them (an agent sees only their own), check a file before it is
// played (missing or changed files are flagged, never played silently), and link a recording to its work order by
// hand or undo the link. Each change is written with its change-log record in one transaction.

#include "core/result.h"
#include "recordings/recordingrepository.h"
#include "security/operator.h"

#include <QJsonObject>

namespace hotline {
class Clock;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::recordings {

// The recording's columns as the change log carries them (all but id).
QJsonObject recordingFields(const Recording& r);

// Where the file is on this workstation: the in-place path, or the managed folder joined with the stored path.
Result<QString> recordingFilePath(const QSqlDatabase& db, const Recording& r);

// Whether `by` may play the recording and see its details: ListenRecordings or ImportRecordings, or it is their
// own call. Forbidden otherwise.
Outcome authorizeRecording(const QSqlDatabase& db, const security::Operator& by, const Recording& r);

// Recordings matching the filter, newest first. An operator without ListenRecordings / ImportRecordings sees only
// the recordings of their own calls, whatever the filter says.
Result<QList<Recording>> listRecordings(db::Database& db, RecordingFilter filter, const security::Operator& by);
Result<int> countRecordings(db::Database& db, RecordingFilter filter, const security::Operator& by);
Result<Recording> findRecording(db::Database& db, const QString& id, const security::Operator& by);

// Checks that the file exists and still has its SHA-256; stores the state ('ok', 'missing', 'changed') and the time
// checked, and returns the recording as it now stands. A change of state is recorded for the sync (a mere re-check
// is local). The player calls it before playing.
Result<Recording> verifyRecordingFile(db::Database& db, const QString& id, const security::Operator& by,
                                      const Clock& clock);

// Links the recording to a work order by hand (link method 'manual'); ImportRecordings needed.
Outcome linkRecording(db::Database& db, const QString& id, const QString& workOrderId, const security::Operator& by,
                      const Clock& clock);
Outcome unlinkRecording(db::Database& db, const QString& id, const security::Operator& by, const Clock& clock);

} // namespace hotline::recordings
