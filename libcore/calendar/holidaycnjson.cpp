// Reading a year's State Council notice in the holiday-cn JSON layout, for imports of years after the build.
// Strict on purpose: a wrong day here silently moves every reply deadline around that day.

#include "calendar/isodate.h"
#include "calendar/workcalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <cstdlib>

namespace hotline::calendar {
namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Result<CalendarDay> parseDay(const QJsonValue& value, qsizetype index, int year)
{
    const QString n = QString::number(index + 1);
    if (!value.isObject()) {
        return invalid(QCoreApplication::translate("hotline::calendar",
                                                   "Day %1 is not an object with \"name\", \"date\" and "
                                                   "\"isOffDay\".")
                           .arg(n));
    }
    const QJsonObject o = value.toObject();
    const QJsonValue dateValue = o.value(QLatin1String("date"));
    if (!dateValue.isString()) {
        return invalid(QCoreApplication::translate("hotline::calendar", "Day %1 has no \"date\" text.").arg(n));
    }
    const QString text = dateValue.toString();
    const QDate date = parseIsoDate(text);
    if (!date.isValid()) {
        return invalid(
            QCoreApplication::translate("hotline::calendar", "Day %1: \"%2\" is not a date written like 2027-01-01.")
                .arg(n, text));
    }
    // A notice reaches at most into the neighbouring years (元旦 may start on 31 December).
    if (std::abs(date.year() - year) > 1) {
        return invalid(QCoreApplication::translate("hotline::calendar",
                                                   "Day %1: %2 is too far from the file's year %3 (only %4 to %5 "
                                                   "may be listed).")
                           .arg(n, text)
                           .arg(year)
                           .arg(year - 1)
                           .arg(year + 1));
    }
    const QJsonValue off = o.value(QLatin1String("isOffDay"));
    if (!off.isBool()) {
        return invalid(
            QCoreApplication::translate("hotline::calendar", "Day %1 (%2): \"isOffDay\" must be true or false.")
                .arg(n, text));
    }
    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isString()) {
        return invalid(
            QCoreApplication::translate("hotline::calendar", "Day %1 (%2) has no \"name\" text.").arg(n, text));
    }
    return CalendarDay{date, off.toBool(), name.toString()};
}

} // namespace

Result<HolidayNotice> WorkCalendar::parseHolidayNotice(const QByteArray& json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return invalid(QCoreApplication::translate("hotline::calendar", "Not valid JSON: %1 (at character %2).")
                           .arg(pe.errorString())
                           .arg(pe.offset));
    }
    if (!doc.isObject()) {
        return invalid(QCoreApplication::translate("hotline::calendar",
                                                   "The file is not a JSON object {\"year\", \"papers\", \"days\"}."));
    }
    const QJsonObject root = doc.object();

    HolidayNotice notice;
    const QJsonValue year = root.value(QLatin1String("year"));
    if (year.isUndefined()) {
        return invalid(QCoreApplication::translate("hotline::calendar", "The \"year\" field is missing."));
    }
    const double y = year.toDouble(-1);
    if (!year.isDouble() || y != std::floor(y) || y < 1949 || y > 9999) {
        return invalid(
            QCoreApplication::translate("hotline::calendar", "The \"year\" field must be a year number such as 2027."));
    }
    notice.year = static_cast<int>(y);

    // The notices' addresses are informative only, but when present they must be what the layout says.
    const QJsonValue papers = root.value(QLatin1String("papers"));
    if (!papers.isUndefined()) {
        if (!papers.isArray()) {
            return invalid(QCoreApplication::translate("hotline::calendar",
                                                       "The \"papers\" field must be a list of web addresses."));
        }
        for (const QJsonValue& p : papers.toArray()) {
            if (!p.isString()) {
                return invalid(QCoreApplication::translate("hotline::calendar",
                                                           "The \"papers\" field must be a list of web addresses."));
            }
            notice.papers.append(p.toString());
        }
    }

    const QJsonValue days = root.value(QLatin1String("days"));
    if (days.isUndefined()) {
        return invalid(QCoreApplication::translate("hotline::calendar", "The \"days\" field is missing."));
    }
    if (!days.isArray()) {
        return invalid(QCoreApplication::translate("hotline::calendar", "The \"days\" field must be a list of days."));
    }
    const QJsonArray list = days.toArray();
    if (list.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::calendar", "The file lists no days."));
    }
    QSet<QDate> seen;
    bool newYearsDay = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto day = parseDay(list.at(i), i, notice.year);
        if (!day) {
            return day.error();
        }
        const QDate date = day->date;
        if (seen.contains(date)) {
            return invalid(QCoreApplication::translate("hotline::calendar", "Day %1: %2 is listed twice.")
                               .arg(i + 1)
                               .arg(date.toString(Qt::ISODate)));
        }
        seen.insert(date);
        newYearsDay = newYearsDay || (date == QDate(notice.year, 1, 1) && day->isOffDay);
        notice.days.append(std::move(day).value());
    }
    if (!newYearsDay) {
        return invalid(QCoreApplication::translate("hotline::calendar",
                                                   "The file lists no holiday on 1 January %1, which every State "
                                                   "Council notice does: it is incomplete or its year is wrong.")
                           .arg(notice.year));
    }
    return notice;
}

} // namespace hotline::calendar
