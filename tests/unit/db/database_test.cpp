#include "db/transaction.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using hotline::ErrorCode;
using hotline::db::Database;
using hotline::db::OpenOptions;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A raw SQLite connection that does not go through our code, to set up odd files.
struct RawDb {
    explicit RawDb(const QString& path) { REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK); }
    ~RawDb() { sqlite3_close(db); }
    void exec(const char* sql) { REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK); }
    sqlite3* db = nullptr;
};

} // namespace

TEST_CASE("a new store is created, migrated, in WAL mode with foreign keys on")
{
    hotline::test::TempStore store;
    CHECK(store.db->schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM categories WHERE parent_id IS NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4); // 扣缴端软件, 个税业务, 投诉建议 (schema 2) and 网上咨询 (schema 13)
    CHECK(store.db->backupPath().isEmpty());
}

TEST_CASE("reopening a store at the latest schema changes nothing")
{
    hotline::test::TempStore store;
    const QString path = store.path;
    store.db.reset();
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == Database::latestSchemaVersion());
    CHECK(again.value()->backupPath().isEmpty());
}

TEST_CASE("a store from a newer version is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        RawDb raw(path);
        raw.exec("CREATE TABLE x(a); PRAGMA user_version = 999;");
    }
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StoreNewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("999")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a file that is not a database is refused as damaged and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    writeFile(path, QByteArray("this is not a database at all, just some text\n").repeated(100));
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StoreCorrupt);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a database file with a damaged body is refused as damaged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        RawDb raw(path);
        raw.exec("PRAGMA page_size=4096; CREATE TABLE t(a); INSERT INTO t VALUES (1);");
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // Keep the 16-byte magic, wreck the rest of the header and the schema page.
    for (qsizetype i = 16; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    f.seek(0);
    f.write(bytes);
    f.close();
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StoreCorrupt);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a database of another program is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawDb raw(path);
        raw.exec("CREATE TABLE songs(title);");
    }
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StoreNotOurs);
}

TEST_CASE("a store locked by another program is refused without writing")
{
    hotline::test::TempStore store;
    const QString path = store.path;
    store.db.reset();
    RawDb other(path);
    other.exec("BEGIN EXCLUSIVE; INSERT INTO settings(key, value) VALUES ('x', 'y');");
    OpenOptions quick;
    quick.busyTimeoutMs = 50;
    auto opened = Database::open(path, quick);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StoreLocked);
    other.exec("ROLLBACK;");
}

TEST_CASE("a read-only store is refused with a clear reason")
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    {
        auto created = Database::open(path);
        REQUIRE(created.ok());
    }
    REQUIRE(::chmod(path.toLocal8Bit().constData(), 0444) == 0);
    const QByteArray before = fileHash(path);
    // Root may write anything; check as an ordinary user would see it.
    const bool root = ::geteuid() == 0;
    if (root) {
        REQUIRE(::seteuid(65534) == 0);
    }
    auto opened = Database::open(path);
    if (root) {
        REQUIRE(::seteuid(0) == 0);
    }
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().code == ErrorCode::StoreReadOnly);
    CHECK(opened.error().message.contains(QStringLiteral("read-only")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a store of every earlier schema is copied, then migrated to the latest")
{
    REQUIRE(Database::latestSchemaVersion() >= 2);
    for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
        CAPTURE(from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            OpenOptions old;
            old.targetVersion = from;
            auto created = Database::open(path, old);
            REQUIRE(created.ok());
            REQUIRE(created.value()->schemaVersion() == from);
            QSqlQuery(created.value()->connection())
                .exec(QStringLiteral("INSERT INTO settings VALUES ('mark', 'kept')"));
        }
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        CHECK(opened.value()->schemaVersion() == Database::latestSchemaVersion());
        const QString backup = opened.value()->backupPath();
        CHECK(backup == path + QStringLiteral(".v%1.bak").arg(from));
        {
            RawDb copy(backup);
            sqlite3_stmt* st = nullptr;
            REQUIRE(sqlite3_prepare_v2(copy.db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
            REQUIRE(sqlite3_step(st) == SQLITE_ROW);
            CHECK(sqlite3_column_int(st, 0) == from);
            sqlite3_finalize(st);
        }
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'mark'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("kept"));
    }
}

TEST_CASE("schema 12 rebuilds the operators table for two new roles and keeps every account and reference")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eleven.db"));
    {
        OpenOptions old;
        old.targetVersion = 11;
        auto created = Database::open(path, old);
        REQUIRE(created.ok());
        QSqlQuery q(created.value()->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO operators (id, name, role, created_at, password_hash, agent_code) "
                                      "VALUES ('op1', '张三', 'agent', 1, 'hash', '8001')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO work_orders (id, ticket_no, channel, difficulty, question, status, "
                                      "owner_id, created_by, received_at, due_at, updated_at) VALUES ('w1', "
                                      "'GD-1', 'phone', 'normal', '个税汇算', 'new', 'op1', 'op1', 1, 2, 1)")));
        // An expert cannot exist before schema 12.
        CHECK_FALSE(q.exec(QStringLiteral(
            "INSERT INTO operators (id, name, role, created_at) VALUES ('op2', '专家', 'expert', 1)")));
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    QSqlQuery q(opened.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name, role, password_hash, agent_code, active FROM operators")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("张三"));
    CHECK(q.value(1).toString() == QStringLiteral("agent"));
    CHECK(q.value(2).toString() == QStringLiteral("hash"));
    CHECK(q.value(3).toString() == QStringLiteral("8001"));
    CHECK(q.value(4).toInt() == 1);
    CHECK(q.exec(QStringLiteral(
        "INSERT INTO operators (id, name, role, created_at) VALUES ('op2', '专家', 'expert', 1)")));
    CHECK(q.exec(QStringLiteral(
        "INSERT INTO operators (id, name, role, created_at) VALUES ('op3', '质量管理员', 'quality_manager', 1)")));
    CHECK_FALSE(q.exec(QStringLiteral(
        "INSERT INTO operators (id, name, role, created_at) VALUES ('op4', '某人', 'visitor', 1)")));
    // References to operators still hold, and foreign keys are back on.
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE work_orders SET owner_id = 'nobody' WHERE id = 'w1'")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a table rebuild that would leave a dangling reference is undone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dangling.db"));
    {
        OpenOptions old;
        old.targetVersion = 11;
        auto created = Database::open(path, old);
        REQUIRE(created.ok());
        QSqlQuery q(created.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO work_orders (id, ticket_no, channel, difficulty, question, status, "
                                      "owner_id, created_by, received_at, due_at, updated_at) VALUES ('w1', "
                                      "'GD-1', 'phone', 'normal', '个税汇算', 'new', 'ghost', 'ghost', 1, 2, 1)")));
    }
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().code == ErrorCode::StoreMigrationFailed);
    CHECK(opened.error().message.contains(QStringLiteral("12")));
    RawDb raw(path);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw.db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 11);
    sqlite3_finalize(st);
}

TEST_CASE("an empty file is migrated from nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    writeFile(path, {});
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->schemaVersion() == Database::latestSchemaVersion());
    CHECK(opened.value()->backupPath().isEmpty());
}

TEST_CASE("a transaction rolls back unless committed")
{
    hotline::test::TempStore store;
    {
        hotline::db::Transaction tx(store.db->connection());
        REQUIRE(tx.isActive());
        QSqlQuery(store.db->connection()).exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v')"));
    }
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'k'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
