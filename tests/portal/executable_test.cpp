// hotlinedesk-portal as a process: the options it refuses (exit 2 with a message), serving on the given listeners
// with the clock of --now, and a clean stop on SIGTERM.

#include "security/operator.h"
#include "sync/syncsettings.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimer>

#include <csignal>

using namespace hotline;
using namespace hotline::test;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run runPortal(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(HOTLINE_PORTAL_EXE), args);
    REQUIRE(p.waitForFinished(20000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

quint16 freePort()
{
    QTcpServer s;
    REQUIRE(s.listen(QHostAddress::LocalHost, 0));
    return s.serverPort();
}

} // namespace

TEST_CASE("hotlinedesk-portal refuses a missing store, a missing service account and bad options with exit 2")
{
    TempStore store;
    Run r = runPortal({});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--db")));
    r = runPortal({QStringLiteral("--db"), store.dir.filePath(QStringLiteral("missing.db"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no store")));
    CHECK_FALSE(QFile::exists(store.dir.filePath(QStringLiteral("missing.db"))));
    // The store has no 网上咨询平台 yet.
    r = runPortal({QStringLiteral("--db"), store.path});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("网上咨询平台")));
    r = runPortal({QStringLiteral("--db"), store.path, QStringLiteral("--listen"), QStringLiteral("nowhere")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--listen")));
    r = runPortal({QStringLiteral("--db"), store.path, QStringLiteral("--now"), QStringLiteral("yesterday")});
    CHECK(r.exitCode == 2);
    // Not a store at all.
    QFile junk(store.dir.filePath(QStringLiteral("junk.db")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    r = runPortal({QStringLiteral("--db"), junk.fileName()});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("cannot open")));
}

TEST_CASE("hotlinedesk-portal serves both listeners on the clock of --now and stops cleanly on SIGTERM")
{
    TempStore store;
    SequentialIdGenerator ids;
    ManualClock clock(beijing(QStringLiteral("2026-10-09 10:00")));
    REQUIRE(security::OperatorRepository(store.db->connection())
                .create(QStringLiteral("网上咨询平台"), security::Role::OnlineAgent, ids, clock)
                .ok());
    const quint16 publicPort = freePort();
    const quint16 agentPort = freePort();
    QProcess p;
    p.start(QStringLiteral(HOTLINE_PORTAL_EXE),
            {QStringLiteral("--db"), store.path, QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(publicPort), QStringLiteral("--agent-listen"),
             QStringLiteral("127.0.0.1:%1").arg(agentPort), QStringLiteral("--now"),
             QStringLiteral("2026-10-17T10:00:00+08:00"), QStringLiteral("--origin"),
             QStringLiteral("https://12366.example.cn")});
    REQUIRE(p.waitForStarted());
    p.setReadChannel(QProcess::StandardError);
    REQUIRE(p.waitForReadyRead(20000)); // the line naming the listeners
    QNetworkAccessManager net;
    auto fetch = [&net](const QUrl& url) {
        QNetworkReply* reply = net.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return std::pair{status, json};
    };
    const auto [status, json] = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/api/status").arg(publicPort)));
    CHECK(status == 200);
    CHECK(json.value(QStringLiteral("today")).toString() == QStringLiteral("2026-10-17"));
    CHECK_FALSE(json.value(QStringLiteral("inOfficeHours")).toBool());
    const auto agentsAnswer = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/agent/queue").arg(agentPort)));
    CHECK(agentsAnswer.first == 401);
    CHECK(agentsAnswer.second.value(QStringLiteral("error")).toString() == QStringLiteral("unauthorized"));

    ::kill(pid_t(p.processId()), SIGTERM);
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    const QString log = QString::fromUtf8(p.readAllStandardError());
    CHECK(log.contains(QStringLiteral("GET /api/status 200")));
    CHECK(log.contains(QStringLiteral("stopping")));
}

TEST_CASE("hotlinedesk-portal syncs with the central store on its timer: a conversation reaches the centre")
{
    TempStore store;
    SequentialIdGenerator ids;
    ManualClock clock(beijing(QStringLiteral("2026-10-09 10:00")));
    REQUIRE(security::OperatorRepository(store.db->connection())
                .create(QStringLiteral("网上咨询平台"), security::Role::OnlineAgent, ids, clock)
                .ok());
    const QString centralPath = store.dir.filePath(QStringLiteral("central.db"));
    REQUIRE(sync::setCentralUrl(*store.db, QStringLiteral("sqlite:") + centralPath).ok());
    const quint16 publicPort = freePort();
    QProcess p;
    p.start(QStringLiteral(HOTLINE_PORTAL_EXE),
            {QStringLiteral("--db"), store.path, QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(publicPort), QStringLiteral("--agent-listen"),
             QStringLiteral("127.0.0.1:%1").arg(freePort()), QStringLiteral("--sync-interval"), QStringLiteral("1"),
             QStringLiteral("--quiet")});
    REQUIRE(p.waitForStarted());
    p.setReadChannel(QProcess::StandardError);
    REQUIRE(p.waitForReadyRead(20000));

    QNetworkAccessManager net;
    QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1/api/conversations").arg(publicPort)));
    r.setRawHeader("Origin", QStringLiteral("http://127.0.0.1:%1").arg(publicPort).toLatin1());
    r.setRawHeader("Content-Type", "application/json");
    QNetworkReply* reply = net.post(r, QByteArray("{}"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201);
    const QString id =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("conversationId")).toString();
    reply->deleteLater();
    REQUIRE_FALSE(id.isEmpty());

    auto atCentre = [&] {
        QSqlDatabase central = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("portal-central"));
        central.setDatabaseName(centralPath);
        int n = 0;
        if (central.open()) {
            QSqlQuery q(central);
            q.prepare(
                QStringLiteral("SELECT count(*) FROM hd_changes WHERE entity = 'conversation' AND entity_id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                n = q.value(0).toInt();
            }
        }
        central = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("portal-central"));
        return n > 0;
    };
    bool arrived = false;
    for (int i = 0; i < 100 && !arrived; ++i) {
        QEventLoop wait;
        QTimer::singleShot(100, &wait, &QEventLoop::quit);
        wait.exec();
        arrived = atCentre();
    }
    CHECK(arrived);
    ::kill(pid_t(p.processId()), SIGTERM);
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitCode() == 0);
}
