#include "workflow/callbackrules.h"

#include "db/query.h"

#include <QCoreApplication>

namespace hotline::workflow {
namespace {

const QString kMaxAttemptsKey = QStringLiteral("callback.max_attempts");
const QString kMinGapKey = QStringLiteral("callback.min_gap_minutes");
const QString kOfficeHoursOnlyKey = QStringLiteral("callback.office_hours_only");

QString local(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Result<CallbackRules> CallbackRules::load(const QSqlDatabase& db)
{
    CallbackRules r;
    auto q = db::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?)"),
                      {kMaxAttemptsKey, kMinGapKey, kOfficeHoursOnlyKey});
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QString k = q.value().value(0).toString();
        bool ok = false;
        const int v = q.value().value(1).toString().trimmed().toInt(&ok);
        if (!ok) {
            continue;
        }
        if (k == kMaxAttemptsKey && v >= 1 && v <= 10) {
            r.maxAttempts = v;
        } else if (k == kMinGapKey && v >= 0 && v <= 1440) {
            r.minGapMinutes = v;
        } else if (k == kOfficeHoursOnlyKey && (v == 0 || v == 1)) {
            r.officeHoursOnly = v == 1;
        }
    }
    return r;
}

Outcome CallbackRules::save(const QSqlDatabase& db) const
{
    if (maxAttempts < 1 || maxAttempts > 10) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Callback attempts: between 1 and 10."),
                         kMaxAttemptsKey);
    }
    if (minGapMinutes < 0 || minGapMinutes > 1440) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::workflow", "Minutes between callback attempts: 0 to 1440."),
            kMinGapKey);
    }
    for (const auto& [k, v] :
         {std::pair{kMaxAttemptsKey, QString::number(maxAttempts)},
          std::pair{kMinGapKey, QString::number(minGapMinutes)},
          std::pair{kOfficeHoursOnlyKey, officeHoursOnly ? QStringLiteral("1") : QStringLiteral("0")}}) {
        auto q = db::exec(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"), {k, v});
        if (!q) {
            return q.error();
        }
    }
    return Ok{};
}

QDateTime nextOfficeMoment(const calendar::WorkCalendar& calendar, const calendar::OfficeHours& hours,
                           const QDateTime& t)
{
    if (!t.isValid() || hours.periods.isEmpty()) {
        return {};
    }
    const QTimeZone tz = calendar::beijingTime();
    const QDateTime at = t.toTimeZone(tz);
    QDate day = at.date();
    for (int i = 0; i < 400; ++i, day = day.addDays(1)) {
        if (!calendar.isWorkingDay(day)) {
            continue;
        }
        for (const calendar::OfficePeriod& p : hours.periods) {
            const QDateTime start(day, p.start, tz);
            const QDateTime end(day, p.end, tz);
            if (at < start) {
                return start.toUTC();
            }
            if (at < end) {
                return t.toUTC();
            }
        }
    }
    return {};
}

NextAttempt nextAllowedAttempt(const CallbackRules& rules, const calendar::WorkCalendar& calendar,
                               const calendar::OfficeHours& hours, const Callback& callback, int attemptsMade,
                               const QDateTime& lastAttemptAt, const QDateTime& now)
{
    NextAttempt n;
    n.attemptsLeft = std::max(0, rules.maxAttempts - attemptsMade);
    if (!isOpen(callback.status)) {
        n.reason = WaitReason::Closed;
        return n;
    }
    if (n.attemptsLeft == 0) {
        n.reason = WaitReason::NoAttemptsLeft;
        return n;
    }
    QDateTime candidate = now.toUTC();
    if (callback.earliestAt.isValid() && callback.earliestAt > candidate) {
        candidate = callback.earliestAt.toUTC();
        n.reason = WaitReason::BeforeEarliest;
    }
    if (lastAttemptAt.isValid()) {
        const QDateTime gap = lastAttemptAt.toUTC().addSecs(qint64(rules.minGapMinutes) * 60);
        if (gap > candidate) {
            candidate = gap;
            n.reason = WaitReason::TooSoon;
        }
    }
    n.at = candidate;
    if (rules.officeHoursOnly) {
        const QDateTime office = nextOfficeMoment(calendar, hours, candidate);
        if (office.isValid() && office > candidate) {
            n.at = office;
            if (n.reason == WaitReason::None) {
                n.reason = WaitReason::OutsideOfficeHours;
            }
        }
    }
    return n;
}

QString NextAttempt::explanation() const
{
    switch (reason) {
    case WaitReason::None:
        return QCoreApplication::translate("hotline::workflow", "May be called now (%n attempt(s) left).", nullptr,
                                           attemptsLeft);
    case WaitReason::Closed:
        return QCoreApplication::translate("hotline::workflow", "The callback is closed.");
    case WaitReason::NoAttemptsLeft:
        return QCoreApplication::translate("hotline::workflow", "No attempts left.");
    case WaitReason::BeforeEarliest:
        return QCoreApplication::translate("hotline::workflow", "Not before %1, the earliest time asked for.")
            .arg(local(at));
    case WaitReason::TooSoon:
        return QCoreApplication::translate("hotline::workflow", "Too soon after the last attempt: next from %1.")
            .arg(local(at));
    case WaitReason::OutsideOfficeHours:
        return QCoreApplication::translate("hotline::workflow", "Outside office hours on working days: next from %1.")
            .arg(local(at));
    }
    return {};
}

} // namespace hotline::workflow
