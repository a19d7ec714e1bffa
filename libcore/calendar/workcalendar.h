#pragma once
// The PRC working-day calendar (State Council holidays and 调休 make-up working days) and the bureau's office
// hours, and from them the reply deadline of a work order (C2).

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace hotline::calendar {

// The hotline works on Beijing time whatever the machine's zone is (UTC+8, no daylight saving).
QTimeZone beijingTime();

struct OfficePeriod {
    QTime start;
    QTime end;
};

// Office hours of one working day, ordered periods; default 09:00–12:00 and 13:30–17:30.
struct OfficeHours {
    QList<OfficePeriod> periods{{QTime(9, 0), QTime(12, 0)}, {QTime(13, 30), QTime(17, 30)}};

    QTime opens() const { return periods.first().start; }
    QTime closes() const { return periods.last().end; }

    // Parses "09:00-12:00,13:30-17:30"; refuses overlapping, unordered or empty periods.
    static Result<OfficeHours> parse(const QString& text);
    QString toString() const;
};

struct CalendarDay {
    QDate date;
    bool isOffDay = false; // true: public holiday; false: make-up working day (调休上班)
    QString name;
};

// One year's State Council notice as published in a holiday-cn style file.
struct HolidayNotice {
    int year = 0;
    QStringList papers; // the notices' web addresses
    QList<CalendarDay> days;
};

class WorkCalendar final {
public:
    // The years shipped with HotlineDesk (2023–2026), from its own resource file.
    static WorkCalendar builtin();

    // Parses a holiday-cn style JSON file ({year, papers, days:[{name, date, isOffDay}]}).
    static Result<QList<CalendarDay>> parseHolidayCnJson(const QByteArray& json);
    // The same, keeping the year and the notices. Every notice lists 1 January of its year as a holiday, so a file
    // that does not is refused (it is partial or has the wrong year).
    static Result<HolidayNotice> parseHolidayNotice(const QByteArray& json);

    // Adds or replaces special days (an imported year overrides the shipped one for the same dates).
    void addDays(const QList<CalendarDay>& days);

    bool isWorkingDay(QDate date) const;
    // The first working day strictly after date.
    QDate nextWorkingDay(QDate date) const;
    // Years for which the calendar has official data; outside them only weekends count as days off.
    // A year counts as known when its 1 January is listed as a holiday (a notice may also list the previous
    // 31 December, which must not make that year look known).
    QList<int> knownYears() const;
    bool knowsYear(int year) const;
    // The special-day entry for date, if any (holiday or make-up working day); valid until the next addDays().
    const CalendarDay* specialDay(QDate date) const;

private:
    QHash<QDate, CalendarDay> m_special;
    QList<int> m_years;
};

inline constexpr int kNormalExtraWorkingDays = 0; // 一般: the same working day
inline constexpr int kHardExtraWorkingDays = 2;   // 疑难: within two working days

// The reply deadline of a question received at `received` (any time zone):
// the end of office hours on the working day it counts as received (received after closing time or on a day off
// counts for the next working day), plus `extraWorkingDays` further working days. Returned in Beijing time.
// Office hours are half-open: a question received exactly at closing time counts for the next working day, so no
// deadline ever equals the moment of receipt.
QDateTime replyDeadline(const WorkCalendar& calendar, const OfficeHours& hours, const QDateTime& received,
                        int extraWorkingDays);

} // namespace hotline::calendar
