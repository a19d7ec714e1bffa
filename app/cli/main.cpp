// hotlinedesk-cli: administration and automation for HotlineDesk (demo data, screen-pop, calendar, work orders).

#include "cliutil.h"
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <map>
#include <memory>

namespace {

struct Command {
    std::function<int(const QStringList&)> run;
    const char* summary;
};

const std::map<QString, Command>& commands()
{
    using namespace hotline::cli;
    static const std::map<QString, Command> table{
        {QStringLiteral("ask"), {runAsk, "ask the answer robot a question (best article, confidence, related)"}},
        {QStringLiteral("audit"), {runAudit, "audit log: verify the hash chain, list the latest entries"}},
        {QStringLiteral("calendar"), {runCalendar, "working-day calendar: import a year, compute a reply deadline"}},
        {QStringLiteral("demo"), {runDemo, "fill an empty store with realistic Chinese demo work orders"}},
        {QStringLiteral("export"), {runExport, "export work orders of a period to an Excel workbook (audited)"}},
        {QStringLiteral("sync"), {runSync, "one sync round with the central store (push, then pull)"}},
        {QStringLiteral("kb"), {runKb, "knowledge base: search, import, export; list the robot's gaps"}},
        {QStringLiteral("satisfaction"),
         {runSatisfaction, "post-call survey results: import the CSV export, the satisfaction rate vs 90%"}},
        {QStringLiteral("recordings"),
         {runRecordings, "call recordings: import a folder the PBX left (nightly job), list the catalogue"}},
        {QStringLiteral("report"),
         {runReport, "reports: daily summary (text, JSON, Excel); monthly analysis (--xlsx, --pdf)"}},
        {QStringLiteral("pop"), {runPop, "caller screen-pop: bring the running workstation forward for a call"}},
    };
    return table;
}

void usage(QTextStream& s)
{
    s << "Usage: hotlinedesk-cli <command> [options]   (hotlinedesk-cli <command> --help for its options)\n\n"
         "Commands:\n";
    for (const auto& [name, command] : commands()) {
        s << "  " << name.leftJustified(12) << command.summary << '\n';
    }
    s << "\n  --version   print the version\n";
    s.flush();
}

} // namespace

int main(int argc, char** argv)
{
    // `report` draws PDFs (fonts, QPainter): it needs a QGuiApplication, offscreen unless a platform is named.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv)
                                                        : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("HotlineDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("HotlineDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        usage(hotline::cli::out());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        hotline::cli::out() << "hotlinedesk-cli " << HOTLINE_VERSION << Qt::endl;
        return 0;
    }
    const QString name = args.takeFirst();
    const auto it = commands().find(name);
    if (it == commands().end()) {
        hotline::cli::err() << "hotlinedesk-cli: unknown command '" << name << "'\n";
        usage(hotline::cli::err());
        return 2;
    }
    return it->second.run(args);
}
