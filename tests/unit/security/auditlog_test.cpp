#include "db/transaction.h"
#include "security/auditlog.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>

#include <sqlite3.h>

using hotline::ErrorCode;
using namespace hotline::security;
namespace test = hotline::test;

namespace {

// A store with `n` audit entries, one a minute from 10:00 Beijing time, as the services write them.
struct Log {
    explicit Log(int n)
    {
        for (int i = 1; i <= n; ++i) {
            append(QStringLiteral("entry %1").arg(i));
        }
    }

    AuditEntry append(const QString& detail)
    {
        hotline::db::Transaction tx(store.db->connection());
        REQUIRE(tx.isActive());
        auto e = AuditLog(store.db->connection())
                     .append(AuditAction::Reveal, QStringLiteral("op-1"), QStringLiteral("wo-1"), detail, ids, clock);
        REQUIRE(e.ok());
        REQUIRE(tx.commit().ok());
        clock.advanceSecs(60);
        return e.value();
    }

    AuditReport verify() const
    {
        auto r = AuditLog(store.db->connection()).verify();
        REQUIRE(r.ok());
        return r.value();
    }

    QList<AuditEntry> all() const
    {
        auto r = AuditLog(store.db->connection()).latest(1000);
        REQUIRE(r.ok());
        QList<AuditEntry> out = r.value();
        std::reverse(out.begin(), out.end());
        return out;
    }

    // Someone with the file and the sqlite3 shell: no HotlineDesk code involved.
    bool tamper(const char* sql) const
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(store.path.toUtf8().constData(), &raw) == SQLITE_OK);
        const bool ok = sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(raw);
        return ok;
    }

    void dropGuards() const { REQUIRE(tamper("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")); }

    test::TempStore store;
    hotline::ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    hotline::SequentialIdGenerator ids;
};

struct Cli {
    int exitCode = -1;
    QString out;
    QString err;
};

Cli runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli"), args);
    REQUIRE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("audit entries form a hash chain numbered from 1 per station")
{
    Log log(3);
    const QList<AuditEntry> entries = log.all();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].seq == 1);
    CHECK(entries[0].prevHash == AuditLog::genesisHash());
    for (int i = 0; i < 3; ++i) {
        CHECK(entries[i].seq == i + 1);
        CHECK(entries[i].hash == AuditLog::computeHash(entries[i]));
        CHECK(entries[i].hash.size() == 64);
        CHECK(entries[i].station == entries[0].station);
        CHECK(entries[i].station.size() == 36); // a UUID: two stores never share a chain by chance
        CHECK(entries[i].action == QStringLiteral("reveal"));
        if (i > 0) {
            CHECK(entries[i].prevHash == entries[i - 1].hash);
        }
    }
    CHECK(entries[1].at == test::beijing(QStringLiteral("2025-09-30 10:01")));
    const AuditReport report = log.verify();
    CHECK(report.intact());
    CHECK(report.entries == 3);
}

TEST_CASE("each audit entry is in the change log for the central store")
{
    Log log(2);
    QSqlQuery q(log.store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT entity_id, operation, fields FROM change_log WHERE entity = 'audit_entry' "
                                  "ORDER BY seq")));
    const QList<AuditEntry> entries = log.all();
    for (const AuditEntry& e : entries) {
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == e.id);
        CHECK(q.value(1).toString() == QStringLiteral("insert"));
        CHECK(q.value(2).toString().contains(e.hash));
    }
    CHECK_FALSE(q.next());
}

TEST_CASE("an entry that fails to be appended leaves no trace when its transaction rolls back")
{
    Log log(1);
    {
        hotline::db::Transaction tx(log.store.db->connection());
        REQUIRE(AuditLog(log.store.db->connection())
                    .append(AuditAction::Export, QStringLiteral("op-1"), {}, QStringLiteral("x"), log.ids, log.clock)
                    .ok());
        // no commit: what it recorded did not happen either
    }
    CHECK(log.all().size() == 1);
    CHECK(log.verify().intact());
    CHECK(log.append(QStringLiteral("next")).seq == 2);
}

TEST_CASE("the audit log refuses UPDATE and DELETE through SQL")
{
    Log log(3);
    CHECK_FALSE(log.tamper("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2"));
    CHECK_FALSE(log.tamper("DELETE FROM audit_log WHERE seq = 2"));
    CHECK(log.verify().intact());
}

TEST_CASE("an entry edited with raw SQL is named by its number and time")
{
    Log log(5);
    log.dropGuards();
    REQUIRE(log.tamper("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3"));
    const AuditReport report = log.verify();
    REQUIRE(report.problems.size() == 1);
    const AuditProblem& p = report.problems.first();
    CHECK(p.kind == AuditProblem::Kind::Edited);
    CHECK(p.seq == 3);
    CHECK(p.at == test::beijing(QStringLiteral("2025-09-30 10:02")));
    CHECK(describe(p).contains(QStringLiteral("entry 3 ")));
    CHECK(describe(p).contains(QStringLiteral("2025-09-30 10:02:00")));
    CHECK(describe(p).contains(QStringLiteral("edited")));
}

TEST_CASE("a middle entry deleted with raw SQL is named as missing")
{
    Log log(5);
    log.dropGuards();
    REQUIRE(log.tamper("DELETE FROM audit_log WHERE seq = 3"));
    const AuditReport report = log.verify();
    CHECK(report.entries == 4);
    REQUIRE(report.problems.size() == 1);
    const AuditProblem& p = report.problems.first();
    CHECK(p.kind == AuditProblem::Kind::Missing);
    CHECK(p.firstMissing == 3);
    CHECK(p.lastMissing == 3);
    CHECK(p.seq == 4);
    CHECK(p.at == test::beijing(QStringLiteral("2025-09-30 10:03")));
    CHECK(describe(p).contains(QStringLiteral("entries 3 to 3")));
}

TEST_CASE("every problem in the log is reported, not only the first")
{
    Log log(8);
    log.dropGuards();
    REQUIRE(log.tamper("UPDATE audit_log SET action = 'login' WHERE seq = 2; "
                       "DELETE FROM audit_log WHERE seq IN (4, 5); "
                       "UPDATE audit_log SET at = at + 1 WHERE seq = 7;"));
    const AuditReport report = log.verify();
    REQUIRE(report.problems.size() == 3);
    CHECK(report.problems[0].kind == AuditProblem::Kind::Edited);
    CHECK(report.problems[0].seq == 2);
    CHECK(report.problems[1].kind == AuditProblem::Kind::Missing);
    CHECK(report.problems[1].firstMissing == 4);
    CHECK(report.problems[1].lastMissing == 5);
    CHECK(report.problems[2].kind == AuditProblem::Kind::Edited);
    CHECK(report.problems[2].seq == 7);
}

TEST_CASE("an edited entry whose hash was recomputed is caught by the next entry's link")
{
    Log log(4);
    AuditEntry forged = log.all().at(1);
    forged.detail = QStringLiteral("nothing happened");
    const QString hash = AuditLog::computeHash(forged);
    log.dropGuards();
    const QByteArray sql = QStringLiteral("UPDATE audit_log SET detail = 'nothing happened', hash = '%1' WHERE seq = 2")
                               .arg(hash)
                               .toUtf8();
    REQUIRE(log.tamper(sql.constData()));
    const AuditReport report = log.verify();
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().kind == AuditProblem::Kind::Relinked);
    CHECK(report.problems.first().seq == 2);
    CHECK(describe(report.problems.first()).contains(QStringLiteral("entry 2 ")));
}

TEST_CASE("entries renumbered to close a gap no longer match their hashes")
{
    Log log(4);
    log.dropGuards();
    REQUIRE(log.tamper("DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2;"));
    const AuditReport report = log.verify();
    REQUIRE(report.problems.size() == 3);
    CHECK(report.problems[0].kind == AuditProblem::Kind::Edited);
    CHECK(report.problems[0].seq == 2);
    CHECK(report.problems[1].kind == AuditProblem::Kind::Edited);
    CHECK(report.problems[1].seq == 3);
    // And the chain is one entry shorter than it had grown.
    CHECK(report.problems[2].kind == AuditProblem::Kind::Truncated);
    CHECK(report.problems[2].firstMissing == 4);
}

TEST_CASE("removing the newest entries is noticed through the recorded head of the chain")
{
    Log log(5);
    log.dropGuards();
    REQUIRE(log.tamper("DELETE FROM audit_log WHERE seq >= 4"));
    const AuditReport report = log.verify();
    REQUIRE(report.problems.size() == 1);
    const AuditProblem& p = report.problems.first();
    CHECK(p.kind == AuditProblem::Kind::Truncated);
    CHECK(p.firstMissing == 4);
    CHECK(p.lastMissing == 5);
    CHECK(p.seq == 3);
    CHECK(describe(p).contains(QStringLiteral("entries 4 to 5")));
}

TEST_CASE("entries of other stations are checked as chains of their own")
{
    Log log(2);
    // Entries of another workstation, as the sync would bring them: a valid chain of station ZZZZ.
    AuditEntry e1{1,
                  QStringLiteral("id-z1"),
                  QStringLiteral("ZZZZ"),
                  test::beijing(QStringLiteral("2025-09-30 09:00")),
                  QStringLiteral("op-9"),
                  QStringLiteral("login"),
                  QStringLiteral("op-9"),
                  {},
                  AuditLog::genesisHash(),
                  {}};
    e1.hash = AuditLog::computeHash(e1);
    AuditEntry e2 = e1;
    e2.seq = 2;
    e2.id = QStringLiteral("id-z2");
    e2.action = QStringLiteral("logout");
    e2.prevHash = e1.hash;
    e2.hash = AuditLog::computeHash(e2);
    for (const AuditEntry& e : {e1, e2}) {
        QSqlQuery q(log.store.db->connection());
        q.prepare(QStringLiteral("INSERT INTO audit_log (seq, id, station, at, operator_id, action, target, detail, "
                                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
        for (const QVariant& v : QVariantList{e.seq, e.id, e.station, e.at.toMSecsSinceEpoch(), e.operatorId, e.action,
                                              e.target, e.prevHash, e.hash}) {
            q.addBindValue(v);
        }
        REQUIRE(q.exec());
    }
    CHECK(log.verify().intact());
    CHECK(log.verify().entries == 4);
    log.dropGuards();
    REQUIRE(log.tamper("UPDATE audit_log SET operator_id = 'op-1' WHERE station = 'ZZZZ' AND seq = 1"));
    const AuditReport report = log.verify();
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().station == QStringLiteral("ZZZZ"));
    CHECK(report.problems.first().seq == 1);
    CHECK(describe(report.problems.first()).contains(QStringLiteral("station ZZZZ")));
}

TEST_CASE("an empty log verifies as intact")
{
    test::TempStore store;
    auto r = AuditLog(store.db->connection()).verify();
    REQUIRE(r.ok());
    CHECK(r->intact());
    CHECK(r->entries == 0);
}

TEST_CASE("hotlinedesk-cli audit verify says intact, then names each tampered entry by number and time")
{
    Log log(6);
    const QString path = log.store.path;
    const Cli intact = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
    INFO(intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.trimmed() == QStringLiteral("audit log intact: 6 entries"));

    log.dropGuards();
    REQUIRE(log.tamper("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2; "
                       "DELETE FROM audit_log WHERE seq = 4;"));
    const Cli tampered = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
    INFO(tampered.out.toStdString() << tampered.err.toStdString());
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out.contains(QStringLiteral("2 problem(s) in 5 entries")));
    CHECK(tampered.out.contains(QStringLiteral("entry 2 of station")));
    CHECK(tampered.out.contains(QStringLiteral("2025-09-30 10:01:00")));
    CHECK(tampered.out.contains(QStringLiteral("entries 4 to 4")));
    CHECK(tampered.out.contains(QStringLiteral("2025-09-30 10:04:00"))); // the entry after the gap
}

TEST_CASE("hotlinedesk-cli audit list prints the newest entries first, limited")
{
    Log log(4);
    const Cli listed = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), log.store.path,
                               QStringLiteral("--limit"), QStringLiteral("2")});
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].contains(QStringLiteral("#4")));
    CHECK(lines[0].contains(QStringLiteral("2025-09-30 10:03:00")));
    CHECK(lines[0].contains(QStringLiteral("reveal")));
    CHECK(lines[0].contains(QStringLiteral("entry 4")));
    CHECK(lines[1].contains(QStringLiteral("#3")));
}

TEST_CASE("hotlinedesk-cli audit refuses bad usage and a store that does not exist")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nothing.db"));
    const Cli noStore = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), missing});
    CHECK(noStore.exitCode == 2);
    CHECK(noStore.err.contains(QStringLiteral("no store")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK(runCli({QStringLiteral("audit")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("audit"), QStringLiteral("erase"), QStringLiteral("--db"), missing}).exitCode == 2);
    Log log(1);
    CHECK(runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), log.store.path,
                  QStringLiteral("--limit"), QStringLiteral("0")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), log.store.path,
                  QStringLiteral("--limit"), QStringLiteral("many")})
              .exitCode == 2);
}
