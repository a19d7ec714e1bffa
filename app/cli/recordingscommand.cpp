// hotlinedesk-cli recordings import DIR [--pattern P | --csv FILE] [--copy-to DIR] [--as NAME], for the nightly job
// that catalogues what the PBX left, and recordings list [--json]. Import acts as an operator who must hold
// ImportRecordings; it exits 1 when any file failed, so a scheduler notices.

#include "calendar/workcalendar.h"
#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "recordings/filenamepattern.h"
#include "recordings/recordingimport.h"
#include "recordings/recordingservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace hotline::cli {
namespace {

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Import a folder of call recordings (.wav, .mp3; sub-folders too) into the "
                                       "catalogue. Content already catalogued is skipped."));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The folder the PBX writes to."));
    parser.addOption(
        {QStringLiteral("pattern"),
         QStringLiteral("The file-name pattern (default %1).").arg(recordings::FileNamePattern::defaultPattern()),
         QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("A sidecar CSV describing the calls instead."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("copy-to"),
                      QStringLiteral("Copy the recordings into this managed folder (default: leave them in place)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("window"),
                      QStringLiteral("Minutes around a work order's receipt within which a caller's recording is "
                                     "linked to it (default 10)."),
                      QStringLiteral("MIN"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("as"),
                      QStringLiteral("The operator who imports (QA inspector, team lead or administrator); default: "
                                     "the one who last logged in at this store."),
                      QStringLiteral("NAME")});
    if (!parse(parser, QStringLiteral("recordings import"), args)) {
        return 2;
    }
    bool windowOk = false;
    const int window = parser.value(QStringLiteral("window")).toInt(&windowOk);
    if (parser.positionalArguments().size() != 1 ||
        (parser.isSet(QStringLiteral("pattern")) && parser.isSet(QStringLiteral("csv"))) || !windowOk || window < 0) {
        err() << "usage: hotlinedesk-cli recordings import DIR --db PATH [--pattern P | --csv FILE] [--copy-to DIR] "
                 "[--window MIN] [--as NAME]"
              << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser, QStringLiteral("recordings import"));
    if (!by) {
        return 2;
    }
    recordings::ImportOptions options;
    options.pattern = parser.value(QStringLiteral("pattern"));
    options.csvPath = parser.value(QStringLiteral("csv"));
    options.managedFolder = parser.value(QStringLiteral("copy-to"));
    options.linkWindowMs = qint64(window) * 60 * 1000;
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    UuidGenerator ids;
    auto done = recordings::importRecordings(*db, parser.positionalArguments().first(), options, *by, ids, clock);
    if (!done) {
        err() << "error: " << done.error().message << Qt::endl;
        return done.error().code == ErrorCode::Forbidden ? 3 : 1;
    }
    out() << "imported " << done->imported << ", skipped " << done->skipped << " (already catalogued), failed "
          << done->failed() << "; linked " << done->linked << " to work orders; " << done->found << " files in "
          << timer.elapsed() << " ms" << Qt::endl;
    for (const recordings::ImportFailure& f : done->failures) {
        out() << "failed: " << f.fileName << ": " << f.reason << '\n';
    }
    out().flush();
    return done->failed() > 0 ? 1 : 0;
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("List catalogued recordings, newest first."));
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("How many (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("unlinked"), QStringLiteral("Only those not linked to a work order.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("as"), QStringLiteral("The operator who reads (default: the last logged in)."),
                      QStringLiteral("NAME")});
    if (!parse(parser, QStringLiteral("recordings list"), args)) {
        return 2;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || !parser.positionalArguments().isEmpty()) {
        err() << "usage: hotlinedesk-cli recordings list --db PATH [--limit N] [--unlinked] [--json] [--as NAME]"
              << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser, QStringLiteral("recordings list"));
    if (!by) {
        return 2;
    }
    recordings::RecordingFilter filter;
    filter.limit = limit;
    if (parser.isSet(QStringLiteral("unlinked"))) {
        filter.link = recordings::LinkFilter::Unlinked;
    }
    auto list = recordings::listRecordings(*db, filter, *by);
    if (!list) {
        err() << "error: " << list.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const recordings::Recording& r : list.value()) {
            QJsonObject o = recordings::recordingFields(r);
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("ticket_no"), r.ticketNo);
            o.insert(QStringLiteral("agent_name"), r.agentName);
            rows.append(o);
        }
        out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    for (const recordings::Recording& r : list.value()) {
        out() << r.startedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
              << (r.agentName.isEmpty() ? r.agentCode : r.agentName) << "  " << r.callerNumber << "  "
              << r.durationMs / 1000 << " s  " << recordings::key(r.format) << "  "
              << (r.ticketNo.isEmpty() ? QStringLiteral("-") : r.ticketNo) << "  " << recordings::key(r.fileState)
              << "  " << r.fileName << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int runRecordings(const QStringList& args)
{
    if (args.value(0) == QLatin1String("import")) {
        return runImport(args.mid(1));
    }
    if (args.value(0) == QLatin1String("list")) {
        return runList(args.mid(1));
    }
    err() << "usage: hotlinedesk-cli recordings import DIR --db PATH [--pattern P | --csv FILE] [--copy-to DIR] "
             "[--as NAME]\n"
             "       hotlinedesk-cli recordings list --db PATH [--limit N] [--unlinked] [--json]"
          << Qt::endl;
    return 2;
}

} // namespace hotline::cli
