// hotlinedesk-portal: the online consultation channel's service (网上咨询). A headless station on its own store: the
// public listener (the page, the knowledge lists, taxpayers' conversations; behind nginx) and the online agents'
// listener. See portalserver.h, agentapi.h and DESIGN8's wire contract.

#include "agentapi.h"
#include "chat/chatservice.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "offsetclock.h"
#include "portalserver.h"
#include "security/accountrepository.h"
#include "sync/centralstore.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace hotline;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalFds[0], &c, 1);
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString& message)
{
    err() << "hotlinedesk-portal: " << message << Qt::endl;
    return 2;
}

bool parseListen(const QString& text, QHostAddress& address, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address.setAddress(host)) {
        return false;
    }
    port = quint16(p);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HotlineDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("hotlinedesk-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The online consultation service: the taxpayers' portal (behind nginx) and the online agents' "
                       "listener, on its own store."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The portal's store (required; it must exist)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("The public listener (default 127.0.0.1:8780)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8780")});
    parser.addOption({QStringLiteral("agent-listen"),
                      QStringLiteral("The online agents' listener (default 127.0.0.1:8781)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8781")});
    parser.addOption({QStringLiteral("origin"),
                      QStringLiteral("An Origin the public listener accepts (repeatable; default its own address)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("service-account"),
                      QStringLiteral("The operator the portal files callbacks and work orders as (default "
                                     "网上咨询平台)."),
                      QStringLiteral("NAME"), QStringLiteral("网上咨询平台")});
    parser.addOption({QStringLiteral("now"),
                      QStringLiteral("Start the service's clock at this ISO-8601 instant (tests)."),
                      QStringLiteral("ISO-8601")});
    parser.addOption({QStringLiteral("static"),
                      QStringLiteral("Serve the page from this folder instead of the built-in files."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("sync-interval"),
                      QStringLiteral("Seconds between syncs with the central store, when the store has one "
                                     "(default 15)."),
                      QStringLiteral("SECS"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No log line per request.")});
    parser.process(app);

    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/hotlinedesk_zh_CN.qm"))) {
        QCoreApplication::installTranslator(translator);
    }

    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        return fail(QStringLiteral("--db FILE is required"));
    }
    if (!QFileInfo(path).isFile()) {
        return fail(QStringLiteral("no store at %1 (make it with hotlinedesk-cli or the workstation first)").arg(path));
    }
    QHostAddress publicAddress;
    QHostAddress agentAddress;
    quint16 publicPort = 0;
    quint16 agentPort = 0;
    if (!parseListen(parser.value(QStringLiteral("listen")), publicAddress, publicPort)) {
        return fail(QStringLiteral("--listen wants HOST:PORT, not %1").arg(parser.value(QStringLiteral("listen"))));
    }
    if (!parseListen(parser.value(QStringLiteral("agent-listen")), agentAddress, agentPort)) {
        return fail(
            QStringLiteral("--agent-listen wants HOST:PORT, not %1").arg(parser.value(QStringLiteral("agent-listen"))));
    }
    bool intervalOk = false;
    const int syncSecs = parser.value(QStringLiteral("sync-interval")).toInt(&intervalOk);
    if (!intervalOk || syncSecs < 1 || syncSecs > 86400) {
        return fail(QStringLiteral("--sync-interval wants 1 to 86400 seconds"));
    }
    std::unique_ptr<Clock> clock;
    if (parser.isSet(QStringLiteral("now"))) {
        const QDateTime start = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODateWithMs);
        if (!start.isValid()) {
            return fail(QStringLiteral("--now wants an ISO-8601 instant such as 2026-10-09T10:00:00+08:00"));
        }
        clock = std::make_unique<portal::OffsetClock>(start);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    auto opened = db::Database::open(path);
    if (!opened) {
        return fail(QStringLiteral("cannot open the store %1: %2").arg(path, opened.error().message));
    }
    db::Database& db = *opened.value();
    const QString accountName = parser.value(QStringLiteral("service-account")).trimmed();
    auto account = security::AccountRepository(db.connection()).findByName(accountName);
    if (!account || !account.value() || !account.value()->active) {
        return fail(
            QStringLiteral("the service account %1 does not exist or is deactivated in %2").arg(accountName, path));
    }

    UuidGenerator ids;
    chat::ChatService chat(db, *clock, ids, account.value()->op);
    if (Outcome r = chat.reload(); !r) {
        return fail(QStringLiteral("cannot read the channel's settings: %1").arg(r.error().message));
    }
    portal::PortalOptions options;
    options.origins = parser.values(QStringLiteral("origin"));
    options.staticDir = parser.value(QStringLiteral("static"));
    portal::PortalServer server(db, *clock, chat, options);
    portal::AgentApi agents(db, *clock, ids, chat);
    server.setLogging(!parser.isSet(QStringLiteral("quiet")));
    agents.setLogging(!parser.isSet(QStringLiteral("quiet")));
    if (!server.start(publicAddress, publicPort)) {
        return fail(QStringLiteral("cannot listen on %1").arg(parser.value(QStringLiteral("listen"))));
    }
    if (!agents.start(agentAddress, agentPort)) {
        return fail(QStringLiteral("cannot listen on %1").arg(parser.value(QStringLiteral("agent-listen"))));
    }
    err() << "hotlinedesk-portal: public http://" << publicAddress.toString() << ':' << server.port()
          << ", agents http://" << agentAddress.toString() << ':' << agents.port() << ", origins "
          << server.allowedOrigins().join(QLatin1Char(' ')) << Qt::endl;

    // Housekeeping: idle chats closed, waits offered 登记回访, silent agents dropped.
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &chat, [&chat] {
        if (auto closed = chat.tick(); !closed) {
            err() << "hotlinedesk-portal: housekeeping failed: " << closed.error().message << Qt::endl;
        }
    });
    tick.start(5000);

    // Sync with the central store when the store has one.
    auto syncOnce = [&] {
        auto url = sync::centralUrl(db);
        if (!url || url.value().isEmpty()) {
            return;
        }
        auto central = sync::CentralStore::connect(url.value());
        if (!central) {
            err() << "hotlinedesk-portal: sync: " << central.error().message << Qt::endl;
            return;
        }
        sync::SyncEngine engine(db, *central.value(), *clock);
        auto report = engine.syncOnce();
        if (!report) {
            err() << "hotlinedesk-portal: sync: " << report.error().message << Qt::endl;
            return;
        }
        if (report->pulled > 0) {
            (void)chat.reload();
            (void)server.reload();
        }
    };
    QTimer syncTimer;
    QObject::connect(&syncTimer, &QTimer::timeout, &chat, syncOnce);
    syncTimer.start(syncSecs * 1000);
    QTimer::singleShot(0, &chat, syncOnce);

    // SIGTERM / SIGINT: quit the event loop (through a socket pair: a handler may only write).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c = 0;
            (void)!::read(g_signalFds[1], &c, 1);
            err() << "hotlinedesk-portal: stopping" << Qt::endl;
            QCoreApplication::quit();
        });
        struct sigaction action {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
    return app.exec();
}
