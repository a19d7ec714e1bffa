#include "db/database.h"

#include "text/cjktokenizer.h"
#include "text/ftsrank.h"
#include "text/pinyin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace hotline::db {
namespace {

// The most of a store mapped into memory; SQLite caps it at its own build limit (2 GB in Debian's).
constexpr qint64 kMmapBytes = qint64(2) << 30;

struct Migration {
    int version;
    QString file;
};

// Migration files are resources named NNNN_description.sql, numbered from 1 without gaps.
const QList<Migration>& migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> out;
        const QStringList files =
            QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& f : files) {
            out.append({f.left(4).toInt(), QStringLiteral(":/schema/") + f});
        }
        for (qsizetype i = 0; i < out.size(); ++i) {
            Q_ASSERT_X(out[i].version == i + 1, "migrations", "schema files must be numbered 0001, 0002, ...");
        }
        return out;
    }();
    return list;
}

// The first line of a migration that rebuilds a table other tables refer to.
constexpr char kRebuildsTables[] = "-- rebuilds tables";

// How many rows refer to a row that does not exist (PRAGMA foreign_key_check).
int danglingReferences(sqlite3* h)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(h, "PRAGMA foreign_key_check", -1, &stmt, nullptr) != SQLITE_OK) {
        return -1;
    }
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++rows;
    }
    sqlite3_finalize(stmt);
    return rows;
}

// The primary result code of the last failed call on the connection.
int lastCode(sqlite3* h)
{
    return h == nullptr ? SQLITE_ERROR : (sqlite3_extended_errcode(h) & 0xff);
}

bool isBusy(int code)
{
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool isReadOnly(int code)
{
    return code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM;
}

// Whether this process may write the file, judged with the effective user as the kernel will (access() uses the
// real one). Opening for writing writes nothing.
bool canWrite(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite | QIODevice::ExistingOnly);
}

Error lockedError(const QString& path)
{
    return makeError(
        ErrorCode::StoreLocked,
        QCoreApplication::translate(
            "hotline::db", "The store %1 is locked by another program. Close it and try again; nothing was changed.")
            .arg(QDir::toNativeSeparators(path)));
}

Error readOnlyError(const QString& path)
{
    return makeError(ErrorCode::StoreReadOnly,
                     QCoreApplication::translate(
                         "hotline::db", "The store %1 is read-only (the file or its folder cannot be written). "
                                        "Give your account write access or choose another file; nothing was changed.")
                         .arg(QDir::toNativeSeparators(path)));
}

Error corruptError(const QString& path, const QString& detail)
{
    return makeError(ErrorCode::StoreCorrupt,
                     QCoreApplication::translate("hotline::db",
                                                 "The store %1 is damaged or is not a database file (%2). "
                                                 "Restore it from a backup; nothing was changed.")
                         .arg(QDir::toNativeSeparators(path), detail));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen()) {
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hotlinedesk.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.constData());
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile()) {
            return makeError(ErrorCode::StoreCannotOpen,
                             QCoreApplication::translate("hotline::db", "%1 is a folder, not a store file.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::StoreCannotOpen,
                             QCoreApplication::translate("hotline::db", "The store %1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(path), f.errorString()));
        }
        const QByteArray header = f.read(16);
        if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16)) {
            return corruptError(path, QCoreApplication::translate("hotline::db", "no SQLite header"));
        }
        if (!canWrite(path) || !QFileInfo(info.absolutePath()).isWritable()) {
            return readOnlyError(path);
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorCode::StoreCannotOpen,
                         QCoreApplication::translate("hotline::db", "The folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    const QString name = QStringLiteral("hotline-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(path, name));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!c.open()) {
            return makeError(ErrorCode::StoreCannotOpen,
                             QCoreApplication::translate("hotline::db", "The store %1 cannot be opened: %2")
                                 .arg(QDir::toNativeSeparators(path), c.lastError().text()));
        }
    }
    if (Status s = db->prepare(options); !s) {
        return s.error();
    }
    return db;
}

Status Database::prepare(const OpenOptions& options)
{
    QSqlDatabase c = connection();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        if (isBusy(lastCode(handle()))) {
            return lockedError(m_path);
        }
        return corruptError(m_path, q.lastError().text());
    }
    const int objects = q.value(0).toInt();
    q.finish();
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        return makeError(
            ErrorCode::StoreNewerSchema,
            QCoreApplication::translate(
                "hotline::db",
                "The store %1 was written by a newer HotlineDesk (schema %2; this version knows up to %3). "
                "Update HotlineDesk; nothing was changed.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(latestSchemaVersion()));
    }
    if (version == 0 && objects > 0) {
        return makeError(
            ErrorCode::StoreNotOurs,
            QCoreApplication::translate(
                "hotline::db", "%1 is a database of another program, not a HotlineDesk store; nothing was changed.")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    // Can we write at all? Take the write lock and give it back without writing anything.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (isBusy(lastCode(handle()))) {
            return lockedError(m_path);
        }
        if (isReadOnly(lastCode(handle()))) {
            return readOnlyError(m_path);
        }
        return corruptError(m_path, q.lastError().text());
    }
    q.exec(QStringLiteral("ROLLBACK"));

    sqlite3* h = handle();
    if (h == nullptr || !text::registerCjkTokenizer(h) || !text::registerRankFunction(h) ||
        !text::registerPinyinFunction(h)) {
        return makeError(
            ErrorCode::StoreCannotOpen,
            QCoreApplication::translate("hotline::db", "This SQLite library lacks full-text search (FTS5)."));
    }
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return isBusy(lastCode(handle())) ? lockedError(m_path) : corruptError(m_path, q.lastError().text());
        }
    }
    const int target =
        options.targetVersion > 0 ? qMin(options.targetVersion, latestSchemaVersion()) : latestSchemaVersion();
    if (version < target) {
        if (Status s = migrate(version, target); !s) {
            return s;
        }
    }
    if (options.memoryMapped) { // after any upgrade
        q.exec(QStringLiteral("PRAGMA mmap_size=%1").arg(kMmapBytes));
    }
    return Ok{};
}

Status Database::migrate(int from, int to)
{
    QSqlQuery q(connection());
    if (from > 0) {
        // Keep a consistent copy of the old file before touching its schema.
        QString backup = m_path + QStringLiteral(".v%1.bak").arg(from);
        for (int n = 2; QFileInfo::exists(backup); ++n) {
            backup = m_path + QStringLiteral(".v%1.%2.bak").arg(from).arg(n);
        }
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec()) {
            return makeError(
                ErrorCode::StoreMigrationFailed,
                QCoreApplication::translate("hotline::db", "Could not keep a copy of the store before upgrading it: %1")
                    .arg(q.lastError().text()));
        }
        m_backupPath = backup;
    }
    for (const Migration& m : migrations()) {
        if (m.version <= from || m.version > to) {
            continue;
        }
        QFile f(m.file);
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::StoreMigrationFailed,
                             QCoreApplication::translate("hotline::db", "Schema file %1 is missing.").arg(m.file));
        }
        const QByteArray body = f.readAll();
        // A migration that rebuilds a table others refer to (SQLite's twelve-step ALTER) says so on its first
        // line; foreign keys are off while it runs and every reference is checked before it commits.
        const bool rebuilds = body.startsWith(kRebuildsTables);
        if (rebuilds) {
            sqlite3_exec(handle(), "PRAGMA foreign_keys=OFF", nullptr, nullptr, nullptr);
        }
        const QByteArray script =
            "BEGIN IMMEDIATE;\n" + body + "\nPRAGMA user_version=" + QByteArray::number(m.version) + ";\n";
        QString failure;
        char* err = nullptr;
        if (sqlite3_exec(handle(), script.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            failure = QString::fromUtf8(err);
            sqlite3_free(err);
        } else if (rebuilds && danglingReferences(handle()) != 0) {
            failure = QCoreApplication::translate("hotline::db", "%n row(s) would refer to rows that do not exist.",
                                                  nullptr, danglingReferences(handle()));
        } else if (sqlite3_exec(handle(), "COMMIT", nullptr, nullptr, &err) != SQLITE_OK) {
            failure = QString::fromUtf8(err);
            sqlite3_free(err);
        }
        if (!failure.isEmpty()) {
            sqlite3_exec(handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        }
        if (rebuilds) {
            sqlite3_exec(handle(), "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
        }
        if (!failure.isEmpty()) {
            return makeError(
                ErrorCode::StoreMigrationFailed,
                QCoreApplication::translate("hotline::db", "Upgrading the store to schema %1 failed and was undone: %2")
                    .arg(m.version)
                    .arg(failure));
        }
    }
    return Ok{};
}

} // namespace hotline::db
