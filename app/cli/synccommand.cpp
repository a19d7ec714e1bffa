// hotlinedesk-cli sync: one sync round with the central store (for a scheduled job or a quick check).

#include "cliutil.h"
#include "commands.h"

#include "core/clock.h"
#include "sync/centralstore.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"

#include <QElapsedTimer>

namespace hotline::cli {

int runSync(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Push this store's changes to the central store and pull everyone else's."));
    parser.addOption({QStringLiteral("central"),
                      QStringLiteral("The central store (sqlite:PATH or odbc:CONNECTION-STRING); default: the one "
                                     "saved in the store."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("remember"), QStringLiteral("Save --central in the store for later rounds.")});
    parser.addOption({QStringLiteral("status"), QStringLiteral("Only show what waits to be sent; do not connect.")});
    if (!parse(parser, QStringLiteral("sync"), args)) {
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        auto s = sync::SyncEngine::status(*db);
        if (!s) {
            err() << "error: " << s.error().message << Qt::endl;
            return 1;
        }
        out() << "pending " << s->pending << ", cursor " << s->cursor << ", last success "
              << (s->lastSuccess.isValid() ? s->lastSuccess.toString(Qt::ISODate) : QStringLiteral("never"))
              << Qt::endl;
        return 0;
    }
    QString url = parser.value(QStringLiteral("central"));
    if (url.isEmpty()) {
        auto saved = sync::centralUrl(*db);
        url = saved ? saved.value() : QString();
    } else if (parser.isSet(QStringLiteral("remember"))) {
        if (Outcome s = sync::setCentralUrl(*db, url); !s) {
            err() << "error: " << s.error().message << Qt::endl;
            return 2;
        }
    }
    if (url.isEmpty()) {
        err() << "hotlinedesk-cli sync: no central store: give --central URL (and --remember to save it)" << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto central = sync::CentralStore::connect(url);
    if (!central) {
        err() << "error: " << central.error().message << Qt::endl;
        return 1;
    }
    SystemClock clock;
    sync::SyncEngine engine(*db, *central.value(), clock);
    auto report = engine.syncOnce();
    if (!report) {
        err() << "error: " << report.error().message << Qt::endl;
        return 1;
    }
    out() << "pushed " << report->pushed << ", pulled " << report->pulled << ", conflicts " << report->conflicts
          << ", rejected " << report->rejected << " (" << sync::dialectName(central.value()->dialect()) << ", "
          << timer.elapsed() << " ms)" << Qt::endl;
    return report->rejected > 0 ? 3 : 0;
}

} // namespace hotline::cli
