#pragma once
// Importing a folder of recordings as a PBX leaves them. Each .wav / .mp3 file (any case, sub-folders included) is
// hashed (SHA-256), probed, described by the file-name pattern or the sidecar CSV, matched to an operator by agent
// code (坐席工号) or name, linked to its work order (by call id, else by caller number within a time window) and
// catalogued with its change-log record. Content already catalogued is skipped, so importing the same folder again
// adds nothing; a file that cannot be read, probed or described is reported with its name and reason and the rest
// go on. Needs Permission::ImportRecordings.

#include "core/result.h"
#include "security/operator.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::recordings {

struct ImportOptions {
    // Where the metadata comes from: a sidecar CSV when csvPath is set, else the file-name pattern.
    QString pattern;
    QString csvPath;
    // When set, each new file is copied into this folder (under yyyy/MM/dd of its start) and stored relative to it;
    // otherwise it stays where it is (absolute path).
    QString managedFolder;
    // A recording without a call-id match is linked to the caller's work order received nearest to its start
    // within ± this window.
    qint64 linkWindowMs = 10 * 60 * 1000;
    // Files catalogued per transaction (each file in its own savepoint, so one failure spoils no other).
    int batchSize = 200;
};

struct ImportFailure {
    QString fileName; // relative to the imported folder (or the CSV's name with its line)
    QString reason;
};

struct ImportReport {
    int found = 0;    // audio files in the folder
    int imported = 0; // new recordings catalogued
    int skipped = 0;  // content already catalogued
    int linked = 0;   // of the imported, linked to a work order automatically
    QList<ImportFailure> failures;
    bool cancelled = false;

    int failed() const { return static_cast<int>(failures.size()); }
};

// done of total files handled; fileName the one just handled.
using ImportProgress = std::function<void(int done, int total, const QString& fileName)>;

// Errors for the import as a whole: Forbidden, the folder missing, a bad pattern, an unreadable or headless CSV,
// the managed folder not writable, the store failing. Everything about single files is in the report.
// cancel is polled between files: what was imported so far stays, and report.cancelled is set.
Result<ImportReport> importRecordings(db::Database& db, const QString& folder, const ImportOptions& options,
                                      const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                      const ImportProgress& progress = {}, const std::atomic_bool* cancel = nullptr);

// What the import dialog offers again next time: the folder and the options (kept in this workstation's store).
struct ImportSettings {
    QString folder;
    bool useCsv = false;
    bool copyIntoManaged = false;
    ImportOptions options;
};
Result<ImportSettings> lastImportSettings(db::Database& db);
Outcome rememberImportSettings(db::Database& db, const ImportSettings& settings);

// The files an import of folder would look at, relative to it and sorted.
QStringList recordingFilesIn(const QString& folder);

// SHA-256 of a file's content, lowercase hex, read in chunks; empty when it cannot be read.

} // namespace hotline::recordings
