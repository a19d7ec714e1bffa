#pragma once
// The local store: one SQLite file per workstation, WAL, foreign keys on, numbered migrations applied at open.
// Each thread that touches the store opens its own Database (its own named QSqlDatabase connection).

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace hotline::db {

struct OpenOptions {
    // How long a write waits for another connection's lock before the store counts as locked.
    int busyTimeoutMs = 5000;
    // Migrate up to this schema version; 0 means the latest. Tests use it to make files of earlier versions.
    int targetVersion = 0;
    // Read through a memory map: for the connection that searches the knowledge base as agents type (a question to
    // a large knowledge base reads many pages of its full-text index, and copying each one out of the OS cache was a
    // sixth of its time on 100,000 articles). Mapped pages count as the process's resident memory, so connections
    // that read the whole store (exports, lists) do without.
    bool memoryMapped = false;
};

class Database final {
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating when missing) and migrates the store at path. On any error nothing has been written.
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    QSqlDatabase connection() const;
    sqlite3* handle() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // Where a copy of the file was kept before the last migration, if one was made.
    const QString& backupPath() const { return m_backupPath; }

    // The newest schema this build knows.
    static int latestSchemaVersion();

    // The default store location: under the user's app-data folder.
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);
    Status prepare(const OpenOptions& options);
    Status migrate(int from, int to);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
};

} // namespace hotline::db
