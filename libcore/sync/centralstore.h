#pragma once
// The central store as the workstations see it: a journal of changes on a SQLite file or, through ODBC, on
// PostgreSQL or SQL Server. Set up by one setting, the central URL:
//   sqlite:/srv/hotline/central.db
//   odbc:Driver={PostgreSQL Unicode};Server=db.example;Port=5432;Database=hotline;Uid=hd;Pwd=...
//   odbc:DSN=hotline
// The same numbered migrations (resources/central) create and upgrade every dialect.

#include "core/result.h"
#include "sync/changelog.h"
#include "sync/dialect.h"

#include <QSqlDatabase>

#include <memory>

namespace hotline::sync {

// A change as the centre keeps it: the workstation's own numbering and the centre's order.
struct JournalEntry {
    qint64 seq = 0;       // the centre's order
    QString clientId;     // the workstation that made it
    qint64 clientSeq = 0; // its number in that workstation's change log
    Change change;
};

// A change on its way to the centre.
struct OutgoingChange {
    qint64 clientSeq = 0;
    Change change;
};

class CentralStore final {
public:
    ~CentralStore();
    Q_DISABLE_COPY_MOVE(CentralStore)

    // Connects, checks the schema version and upgrades the centre when it is older than this build knows.
    // A centre newer than this build is refused: this workstation keeps working locally until it is updated.
    static Result<std::unique_ptr<CentralStore>> connect(const QString& url, int timeoutSecs = 10);

    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const { return m_version; }
    static int knownSchemaVersion();

    // Stores the changes in one transaction and returns the centre's number for each, in the same order.
    // Idempotent: a change the centre already has (same client and client number) keeps its first number.
    Result<QList<qint64>> push(const QString& clientId, const QString& station, const QList<OutgoingChange>& changes,
                               qint64 nowMs);
    // Changes after `afterSeq`, oldest first, at most `limit`.
    Result<QList<JournalEntry>> pull(qint64 afterSeq, int limit);
    // The highest number handed out so far (0 for an empty journal).
    Result<qint64> latestSeq();

    // Test seam: runs inside push's transaction just before it commits (to hold a push open in tests).
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    CentralStore(QString connectionName, Dialect dialect);
    Outcome migrate();
    QSqlDatabase db() const;

    QString m_connectionName;
    Dialect m_dialect;
    int m_version = 0;
    std::function<void()> m_beforeCommit;
};

} // namespace hotline::sync
