#pragma once
// The retry rules of callbacks (回呼), configurable in the settings table:
//   callback.max_attempts       at most this many attempts (default 3; 1–10); no contact after the last → failed
//   callback.min_gap_minutes    at least this many minutes between two attempts (default 30; 0–1440)
//   callback.office_hours_only  "1": only within office hours on working days (default), "0": any time
// Office hours and working days are the calendar's (calendar/calendarstore.h; 调休 make-up days are working days).
// 接通 closes a callback as reached, 错号 as failed.

#include "calendar/workcalendar.h"
#include "core/result.h"
#include "workflow/callback.h"

#include <QSqlDatabase>

namespace hotline::workflow {

struct CallbackRules {
    static constexpr int kDefaultMaxAttempts = 3;
    static constexpr int kDefaultMinGapMinutes = 30;

    int maxAttempts = kDefaultMaxAttempts;
    int minGapMinutes = kDefaultMinGapMinutes;
    bool officeHoursOnly = true;

    // The stored rules; an unset or unreadable value keeps its default.
    static Result<CallbackRules> load(const QSqlDatabase& db);
    // Refuses values out of range.
    Outcome save(const QSqlDatabase& db) const;
};

// Why an attempt cannot be made now.
enum class WaitReason { None, Closed, NoAttemptsLeft, BeforeEarliest, TooSoon, OutsideOfficeHours };

struct NextAttempt {
    QDateTime at; // the first moment an attempt is allowed (now when allowed now); invalid when never
    WaitReason reason = WaitReason::None;
    int attemptsLeft = 0;

    bool allowedNow() const { return reason == WaitReason::None; }
    // A sentence for the person at the phone, translated, times in Beijing time.
    QString explanation() const;
};

// The first moment at or after t that is within office hours on a working day (t itself when it is).
QDateTime nextOfficeMoment(const calendar::WorkCalendar& calendar, const calendar::OfficeHours& hours,
                           const QDateTime& t);

// When the next attempt on callback may be made, given the attempts made so far (count and the last one's time).
NextAttempt nextAllowedAttempt(const CallbackRules& rules, const calendar::WorkCalendar& calendar,
                               const calendar::OfficeHours& hours, const Callback& callback, int attemptsMade,
                               const QDateTime& lastAttemptAt, const QDateTime& now);

} // namespace hotline::workflow
