// hotlinedesk-cli demo --db PATH [--count N]: fills an empty store with realistic Chinese demo work orders.

#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "demo/demodata.h"
#include "recordings/demorecordings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace hotline::cli {

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Fill an empty store with demo work orders over the last three months."));
    parser.addOption({QStringLiteral("count"), QStringLiteral("How many work orders (default 1500)."),
                      QStringLiteral("N"), QStringLiteral("1500")});
    parser.addOption({QStringLiteral("recordings"),
                      QStringLiteral("Folder for the demo call recordings (default: STORE-recordings beside the "
                                     "store; \"none\" for none)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 12366)."), QStringLiteral("N"),
                      QStringLiteral("12366")});
    if (!parse(parser, QStringLiteral("demo"), args)) {
        return 2;
    }
    bool ok = false;
    demo::DemoOptions options;
    options.count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || options.count < 1 || options.count > 2000000) {
        err() << "hotlinedesk-cli demo: --count must be a number from 1 to 2000000" << Qt::endl;
        return 2;
    }
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        err() << "hotlinedesk-cli demo: --seed must be a non-negative number" << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    options.progress = [](int done) {
        err() << "\r" << done << " work orders…" << Qt::flush;
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    UuidGenerator ids;
    auto filled = demo::fillDemo(*db, ids, options);
    err() << "\r";
    if (!filled) {
        err() << "error: " << filled.error().message << Qt::endl;
        return 1;
    }
    out() << "demo store " << db->path() << ": " << filled->workOrders << " work orders (" << filled->open
          << " still open), " << filled->operators << " operators, " << filled->kbArticles
          << " knowledge-base articles, in " << timer.elapsed() << " ms" << Qt::endl;
    const QString recordingsOption = parser.value(QStringLiteral("recordings"));
    if (recordingsOption != QLatin1String("none")) {
        const QFileInfo store(db->path());
        const QString folder =
            recordingsOption.isEmpty()
                ? store.absoluteDir().filePath(store.completeBaseName() + QStringLiteral("-recordings"))
                : recordingsOption;
        SystemClock clock;
        auto recorded = recordings::fillDemoRecordings(*db, folder, ids, clock);
        if (!recorded) {
            err() << "error: demo recordings: " << recorded.error().message << Qt::endl;
            return 1;
        }
        out() << "demo recordings: " << recorded->imported << " calls in " << QDir::toNativeSeparators(recorded->folder)
              << ", " << recorded->linked << " linked to their work orders" << Qt::endl;
    }
    auto workflow =
        demo::fillDemoWorkflow(*db, ids, options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc());
    if (!workflow) {
        err() << "error: demo workflow: " << workflow.error().message << Qt::endl;
        return 1;
    }
    out() << "demo workflow: " << workflow->transfers << " transfers, " << workflow->callbacks << " callbacks, "
          << workflow->complaints << " complaints, " << workflow->visitPlanItems << " return visits planned ("
          << workflow->visits << " made)" << Qt::endl;
    auto chats = demo::fillDemoChats(*db, ids, options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc());
    if (!chats) {
        err() << "error: demo chats: " << chats.error().message << Qt::endl;
        return 1;
    }
    out() << "demo online consultation: " << chats->conversations << " conversations (" << chats->robot
          << " with the robot, " << chats->served << " served by online agents, " << chats->ratings << " rated, "
          << chats->leftMessages << " left a message), " << chats->quickPhrases << " 服务用语, service account "
          << demo::serviceAccountName() << Qt::endl;
    if (!filled->accounts.isEmpty()) {
        out() << "demo logins (password " << demo::demoPassword()
              << "): " << filled->accounts.join(QStringLiteral(", ")) << Qt::endl;
    }
    return 0;
}

} // namespace hotline::cli
