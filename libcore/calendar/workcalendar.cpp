#include "calendar/workcalendar.h"

#include "calendar/isodate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hotline::calendar {
namespace {

const QString kBuiltinResource = QStringLiteral(":/calendar/cn-workdays.json");

// The shipped file is compiled in, so a fault in it is a build defect, not something a user can fix: stop loudly
// rather than compute deadlines from a silently empty calendar. The unit tests load it on every build.
[[noreturn]] void builtinBroken(const QString& why)
{
    qFatal("%s is broken: %s", qPrintable(kBuiltinResource), qPrintable(why));
}

QDate builtinDate(const QJsonValue& v)
{
    const QDate d = parseIsoDate(v.toString());
    if (!d.isValid()) {
        builtinBroken(QStringLiteral("bad date ") + v.toString());
    }
    return d;
}

// Format "hotlinedesk-workdays/1": {"years": {"2024": {"holidays": [{"name", "off": ["a..b" | "a"], "work": [..]}]}}}
WorkCalendar loadBuiltin()
{
    QFile f(kBuiltinResource);
    if (!f.open(QIODevice::ReadOnly)) {
        builtinBroken(f.errorString());
    }
    QJsonParseError pe{};
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError ||
        root.value(QLatin1String("format")).toString() != QLatin1String("hotlinedesk-workdays/1")) {
        builtinBroken(QStringLiteral("not a hotlinedesk-workdays/1 document ") + pe.errorString());
    }
    QList<CalendarDay> days;
    const QJsonObject years = root.value(QLatin1String("years")).toObject();
    for (auto y = years.begin(); y != years.end(); ++y) {
        const QJsonArray holidays = y.value().toObject().value(QLatin1String("holidays")).toArray();
        for (const QJsonValue& h : holidays) {
            const QString name = h.toObject().value(QLatin1String("name")).toString();
            for (const QJsonValue& range : h.toObject().value(QLatin1String("off")).toArray()) {
                const QStringList ends = range.toString().split(QLatin1String(".."));
                const QDate first = builtinDate(ends.first());
                const QDate last = builtinDate(ends.last());
                if (ends.size() > 2 || last < first) {
                    builtinBroken(QStringLiteral("bad range ") + range.toString());
                }
                for (QDate d = first; d <= last; d = d.addDays(1)) {
                    days.append({d, true, name});
                }
            }
            for (const QJsonValue& work : h.toObject().value(QLatin1String("work")).toArray()) {
                days.append({builtinDate(work), false, name});
            }
        }
    }
    WorkCalendar calendar;
    calendar.addDays(days);
    for (auto y = years.begin(); y != years.end(); ++y) {
        if (!calendar.knowsYear(y.key().toInt())) {
            builtinBroken(QStringLiteral("year %1 lacks its 1 January holiday").arg(y.key()));
        }
    }
    return calendar;
}

} // namespace

QTimeZone beijingTime()
{
    return QTimeZone(8 * 3600);
}

WorkCalendar WorkCalendar::builtin()
{
    static const WorkCalendar calendar = loadBuiltin();
    return calendar;
}

Result<QList<CalendarDay>> WorkCalendar::parseHolidayCnJson(const QByteArray& json)
{
    auto notice = parseHolidayNotice(json);
    if (!notice) {
        return notice.error();
    }
    return std::move(notice).value().days;
}

void WorkCalendar::addDays(const QList<CalendarDay>& days)
{
    for (const CalendarDay& day : days) {
        if (day.date.isValid()) {
            m_special.insert(day.date, day);
        }
    }
    // An import may also turn a 1 January into a make-up day (never seen, but then the year is not vouched for).
    m_years.clear();
    for (auto it = m_special.cbegin(); it != m_special.cend(); ++it) {
        if (it.key().month() == 1 && it.key().day() == 1 && it.value().isOffDay) {
            m_years.append(it.key().year());
        }
    }
    std::sort(m_years.begin(), m_years.end());
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid()) {
        return false;
    }
    if (const CalendarDay* special = specialDay(date)) {
        return !special->isOffDay;
    }
    return date.dayOfWeek() <= 5;
}

QDate WorkCalendar::nextWorkingDay(QDate date) const
{
    if (!date.isValid()) {
        return {};
    }
    // Ends: special days are finite, and past them every Monday is a working day.
    QDate d = date.addDays(1);
    while (!isWorkingDay(d)) {
        d = d.addDays(1);
    }
    return d;
}

QList<int> WorkCalendar::knownYears() const
{
    return m_years;
}

bool WorkCalendar::knowsYear(int year) const
{
    return m_years.contains(year);
}

const CalendarDay* WorkCalendar::specialDay(QDate date) const
{
    const auto it = m_special.constFind(date);
    return it == m_special.cend() ? nullptr : &it.value();
}

QDateTime replyDeadline(const WorkCalendar& calendar, const OfficeHours& hours, const QDateTime& received,
                        int extraWorkingDays)
{
    if (!received.isValid() || hours.periods.isEmpty()) {
        return {};
    }
    // The calendar is Beijing's: a question sent at 23:00 UTC arrived the next morning in the bureau.
    const QDateTime local = received.toTimeZone(beijingTime());
    QDate day = local.date();
    if (!calendar.isWorkingDay(day) || local.time() >= hours.closes()) {
        day = calendar.nextWorkingDay(day);
    }
    for (int i = 0; i < extraWorkingDays; ++i) {
        day = calendar.nextWorkingDay(day);
    }
    return QDateTime(day, hours.closes(), beijingTime());
}

} // namespace hotline::calendar
