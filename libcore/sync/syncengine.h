#pragma once
// One workstation's side of the sync: push the change log to the centre, then pull and merge everyone else's
// changes. Safe to interrupt anywhere: the centre ignores a batch it already has, and a pulled batch is merged and
// its cursor saved in one local transaction.

#include "core/result.h"

#include <QDateTime>

namespace hotline {
class Clock;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::sync {

class CentralStore;

struct SyncReport {
    int pushed = 0;
    int pulled = 0;    // other workstations' changes merged
    int conflicts = 0; // fields where a concurrent edit lost (kept in sync_conflicts)
    int rejected = 0;  // malformed or unknown incoming changes (kept in sync_rejects)
    qint64 cursor = 0; // the centre's journal number this workstation has merged up to
};

struct SyncStatus {
    QString clientId;
    int pending = 0;        // local changes not yet at the centre
    qint64 cursor = 0;
    QDateTime lastSuccess;  // invalid when it never synchronised
};

class SyncEngine final {
public:
    SyncEngine(db::Database& local, CentralStore& central, const Clock& clock);

    Result<SyncReport> syncOnce(int batchSize = 1000);
    Result<int> push(int batchSize, SyncReport& report);
    Result<int> pull(int batchSize, SyncReport& report);

    // Reads only the local store (for the status bar, also when the centre is unreachable).
    static Result<SyncStatus> status(db::Database& local);

private:
    db::Database& m_local;
    CentralStore& m_central;
    const Clock& m_clock;
};

} // namespace hotline::sync
