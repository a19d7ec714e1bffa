// A workstation killed (SIGKILL) in the middle of a sync, and a central server stopped in the middle of one.

#include "sync/syncrepository.h"
#include "synctest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <csignal>

using hotline::test::makeCentral;
using hotline::test::Workstation;
namespace hsync = hotline::sync;

namespace {

const QString kCli = QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli");

int journalCount(const QString& url)
{
    auto central = hsync::CentralStore::connect(url).value();
    int n = 0;
    qint64 cursor = 0;
    for (auto page = central->pull(0, 5000).value(); !page.isEmpty(); page = central->pull(cursor, 5000).value()) {
        n += static_cast<int>(page.size());
        cursor = page.last().seq;
    }
    return n;
}

} // namespace

TEST_CASE("a workstation killed in the middle of syncing loses and doubles nothing when it syncs again")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    {
        QProcess demo;
        demo.start(kCli, {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--count"),
                          QStringLiteral("3000")});
        REQUIRE(demo.waitForFinished(120000));
        REQUIRE(demo.exitCode() == 0);
    }
    int kills = 0;
    for (int delayMs : {40, 120, 250, 400, 700}) {
        QProcess sync;
        sync.start(kCli, {QStringLiteral("sync"), QStringLiteral("--db"), path, QStringLiteral("--central"), url});
        REQUIRE(sync.waitForStarted());
        if (!sync.waitForFinished(delayMs)) {
            ::kill(static_cast<pid_t>(sync.processId()), SIGKILL);
            sync.waitForFinished();
            ++kills;
        }
    }
    CHECK(kills > 0);
    QProcess last;
    last.start(kCli, {QStringLiteral("sync"), QStringLiteral("--db"), path, QStringLiteral("--central"), url});
    REQUIRE(last.waitForFinished(120000));
    INFO(last.readAllStandardError().toStdString());
    REQUIRE(last.exitCode() == 0);

    auto desk = hotline::db::Database::open(path).value();
    QSqlQuery q(desk->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    REQUIRE(q.next());
    const int local = q.value(0).toInt();
    CHECK(journalCount(url) == local);
    CHECK(hsync::SyncEngine::status(*desk).value().pending == 0);

    Workstation other(9);
    REQUIRE(other.sync(url).ok());
    // The 3000 demo work orders and those of the demo's service workflow (转办, 回呼 …), with its rows.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM work_orders")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 3000);
    CHECK(other.count(QStringLiteral("SELECT count(*) FROM work_orders")) == q.value(0).toInt());
    CHECK(other.count(QStringLiteral("SELECT count(*) FROM transfers")) == 4);
    CHECK(other.count(QStringLiteral("SELECT count(*) FROM complaints")) == 3);
}

TEST_CASE("the central server stopped in the middle of a sync: desks keep working and converge after its restart")
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString cluster = dir.filePath(QStringLiteral("cluster"));
    const QString script = QStringLiteral(HOTLINE_SOURCE_DIR "/tests/support/postgres.sh");
    REQUIRE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), cluster}) == 0);
    QFile urlFile(cluster + QStringLiteral("/central-url.txt"));
    REQUIRE(urlFile.open(QIODevice::ReadOnly));
    const QString url = QString::fromUtf8(urlFile.readAll()).trimmed();

    Workstation a(1);
    Workstation b(2);
    REQUIRE(a.service->create(a.draft(QStringLiteral("服务器停机前的工单")), a.agent).ok());
    REQUIRE(a.sync(url).ok());
    for (int i = 0; i < 50; ++i) {
        REQUIRE(a.service->create(a.draft(QStringLiteral("停机时正在同步的工单%1").arg(i)), a.agent).ok());
    }
    {
        auto central = hsync::CentralStore::connect(url).value();
        central->setBeforeCommitHook([&] {
            REQUIRE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), cluster}) == 0);
        });
        hsync::SyncEngine engine(*a.store.db, *central, a.clock);
        auto failed = engine.syncOnce();
        REQUIRE_FALSE(failed.ok());
    }
    // Both desks go on working while the centre is down.
    REQUIRE_FALSE(b.sync(url).ok());
    REQUIRE(a.service->create(a.draft(QStringLiteral("停机期间登记的工单")), a.agent).ok());
    REQUIRE(b.service->create(b.draft(QStringLiteral("另一台停机期间登记的工单")), b.agent).ok());
    CHECK(hsync::SyncEngine::status(*a.store.db).value().pending > 50);

    REQUIRE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("resume"), cluster}) == 0);
    for (int round = 0; round < 2; ++round) {
        auto ra = a.sync(url);
        INFO((ra ? QString() : ra.error().message).toStdString());
        REQUIRE(ra.ok());
        REQUIRE(b.sync(url).ok());
    }
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM work_orders")) == 53);
    CHECK(a.canonicalDump() == b.canonicalDump());
    QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), cluster});
}
