// hotlinedesk-cli calendar: import a year's holidays, compute a reply deadline, show or set office hours.

#include "calendar/calendarstore.h"
#include "calendar/workcalendar.h"
#include "cliutil.h"
#include "commands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace hotline::cli {
namespace {

using calendar::CalendarStore;
using calendar::OfficeHours;
using calendar::WorkCalendar;

// Exit codes: 0 done, 1 the operation failed (unreadable file, store error), 2 bad usage or input text.
constexpr int kFailed = 1;
constexpr int kUsage = 2;

int parseFailure(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("help")) ? 0 : kUsage;
}

// Wall-clock text is Beijing time, parsed field by field: going through the machine's zone would shift or reject
// times that fall into its daylight-saving gaps. ISO 8601 with an explicit zone is taken as written.
QDateTime parseReceived(const QString& text)
{
    static const QRegularExpression wall(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2}(?::[0-9]{2})?)$"));
    static const QRegularExpression zoned(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:?[0-9]{2})$"));
    const QString t = text.trimmed();
    if (const QRegularExpressionMatch m = wall.match(t); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
        return date.isValid() && time.isValid() ? QDateTime(date, time, calendar::beijingTime()) : QDateTime();
    }
    if (zoned.match(t).hasMatch()) {
        return QDateTime::fromString(t, Qt::ISODate);
    }
    return {};
}

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Import one year of PRC public holidays and make-up working days from a "
                                       "holiday-cn style JSON file ({year, papers, days: [{name, date, isOffDay}]})."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The JSON file of the year's notice."));
    if (!parse(parser, QStringLiteral("calendar import"), args)) {
        return parseFailure(parser);
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "hotlinedesk-cli calendar import: give exactly one FILE (see --help)" << Qt::endl;
        return kUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "error: cannot read " << QDir::toNativeSeparators(path) << ": " << file.errorString() << Qt::endl;
        return kFailed;
    }
    const auto notice = WorkCalendar::parseHolidayNotice(file.readAll());
    if (!notice) {
        err() << "error: " << QDir::toNativeSeparators(path) << " was not imported: " << notice.error().message
              << Qt::endl;
        return kFailed;
    }
    // The store is opened only now, so a bad file leaves no trace, not even a new empty store.
    const auto db = openStore(parser);
    if (!db) {
        return kFailed;
    }
    CalendarStore store(*db);
    if (const Status stored = store.importDays(notice->days); !stored) {
        err() << "error: nothing was imported: " << stored.error().message << Qt::endl;
        return kFailed;
    }
    const auto off = std::count_if(notice->days.cbegin(), notice->days.cend(),
                                   [](const calendar::CalendarDay& d) { return d.isOffDay; });
    out() << "imported " << notice->year << ": " << notice->days.size() << " days (" << off << " off, "
          << notice->days.size() - off << " make-up working days)" << Qt::endl;
    return 0;
}

int runDeadline(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Print the reply deadline (Beijing time) of a question. Without --db the "
                                       "built-in calendar and the default office hours are used."));
    parser.addOption({QStringLiteral("received"),
                      QStringLiteral("When the question arrived: \"yyyy-MM-dd HH:mm\" in Beijing time, or ISO 8601 "
                                     "with a zone such as 2025-09-30T08:00:00Z."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("difficulty"),
                      QStringLiteral("normal (the same working day) or hard (two working days more); default normal."),
                      QStringLiteral("LEVEL"), QStringLiteral("normal")});
    if (!parse(parser, QStringLiteral("calendar deadline"), args)) {
        return parseFailure(parser);
    }
    if (!parser.isSet(QStringLiteral("received"))) {
        err() << "hotlinedesk-cli calendar deadline: --received TIME is required (see --help)" << Qt::endl;
        return kUsage;
    }
    const QString receivedText = parser.value(QStringLiteral("received"));
    const QDateTime received = parseReceived(receivedText);
    if (!received.isValid()) {
        err() << "hotlinedesk-cli calendar deadline: --received \"" << receivedText
              << "\" is not a time like \"2025-09-30 16:00\"" << Qt::endl;
        return kUsage;
    }
    const QString difficulty = parser.value(QStringLiteral("difficulty"));
    int extraDays = 0;
    if (difficulty == QLatin1String("normal")) {
        extraDays = calendar::kNormalExtraWorkingDays;
    } else if (difficulty == QLatin1String("hard")) {
        extraDays = calendar::kHardExtraWorkingDays;
    } else {
        err() << "hotlinedesk-cli calendar deadline: --difficulty must be normal or hard, not \"" << difficulty << '"'
              << Qt::endl;
        return kUsage;
    }

    WorkCalendar workCalendar = WorkCalendar::builtin();
    OfficeHours hours;
    if (parser.isSet(QStringLiteral("db"))) {
        const auto db = openStore(parser);
        if (!db) {
            return kFailed;
        }
        CalendarStore store(*db);
        auto loaded = store.load();
        auto storedHours = store.officeHours();
        if (!loaded || !storedHours) {
            err() << "error: " << (loaded ? storedHours.error() : loaded.error()).message << Qt::endl;
            return kFailed;
        }
        workCalendar = std::move(loaded).value();
        hours = std::move(storedHours).value();
    }
    const QDateTime deadline = calendar::replyDeadline(workCalendar, hours, received, extraDays);
    // Still printed: outside the known years weekends are the best guess, but the operator should know.
    for (const int year : {received.toTimeZone(calendar::beijingTime()).date().year(), deadline.date().year()}) {
        if (!workCalendar.knowsYear(year)) {
            err() << "warning: no official holidays for " << year
                  << " are known; only weekends count as days off (hotlinedesk-cli calendar import)" << Qt::endl;
            break;
        }
    }
    out() << deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << Qt::endl;
    return 0;
}

int runHours(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Show the office hours used for reply deadlines, or set them."));
    parser.addOption({QStringLiteral("set"), QStringLiteral("New office hours, e.g. \"09:00-12:00,13:30-17:30\"."),
                      QStringLiteral("HOURS")});
    if (!parse(parser, QStringLiteral("calendar hours"), args)) {
        return parseFailure(parser);
    }
    std::optional<OfficeHours> wanted;
    if (parser.isSet(QStringLiteral("set"))) {
        auto parsed = OfficeHours::parse(parser.value(QStringLiteral("set")));
        if (!parsed) {
            err() << "hotlinedesk-cli calendar hours: " << parsed.error().message << Qt::endl;
            return kUsage;
        }
        wanted = std::move(parsed).value();
    }
    const auto db = openStore(parser);
    if (!db) {
        return kFailed;
    }
    CalendarStore store(*db);
    if (wanted) {
        if (const Status saved = store.setOfficeHours(*wanted); !saved) {
            err() << "error: " << saved.error().message << Qt::endl;
            return kFailed;
        }
    }
    const auto hours = store.officeHours();
    if (!hours) {
        err() << "error: " << hours.error().message << Qt::endl;
        return kFailed;
    }
    out() << hours->toString() << Qt::endl;
    return 0;
}

void usage(QTextStream& s)
{
    s << "Usage: hotlinedesk-cli calendar <import|deadline|hours> [options]\n\n"
         "  import FILE [--db PATH]                          add a year of holidays from a holiday-cn JSON file\n"
         "  deadline --received TIME [--difficulty normal|hard] [--db PATH]\n"
         "                                                   print the reply deadline (Beijing time)\n"
         "  hours [--set \"09:00-12:00,13:30-17:30\"] [--db PATH] show or set the office hours\n";
    s.flush();
}

} // namespace

int runCalendar(const QStringList& args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        usage(args.isEmpty() ? err() : out());
        return args.isEmpty() ? kUsage : 0;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("import")) {
        return runImport(rest);
    }
    if (sub == QLatin1String("deadline")) {
        return runDeadline(rest);
    }
    if (sub == QLatin1String("hours")) {
        return runHours(rest);
    }
    err() << "hotlinedesk-cli calendar: unknown sub-command '" << sub << "'\n";
    usage(err());
    return kUsage;
}

} // namespace hotline::cli
