#include "calendar/calendarstore.h"

#include "calendar/isodate.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"

#include <QCoreApplication>

namespace hotline::calendar {
namespace {

const QString kOfficeHoursKey = QStringLiteral("office_hours");

} // namespace

CalendarStore::CalendarStore(db::Database& db) : m_db(db) {}

Result<WorkCalendar> CalendarStore::load() const
{
    auto q = db::exec(m_db.connection(), QStringLiteral("SELECT day, is_off, name FROM calendar_days ORDER BY day"));
    if (!q) {
        return q.error();
    }
    QList<CalendarDay> days;
    while (q.value().next()) {
        const QString text = q.value().value(0).toString();
        const QDate date = parseIsoDate(text);
        if (!date.isValid()) {
            return makeError(ErrorCode::StoreCorrupt,
                             QCoreApplication::translate("hotline::calendar",
                                                         "The store holds a calendar day that is not a date: \"%1\".")
                                 .arg(text));
        }
        days.append({date, q.value().value(1).toInt() != 0, q.value().value(2).toString()});
    }
    WorkCalendar calendar = WorkCalendar::builtin();
    calendar.addDays(days);
    return calendar;
}

Status CalendarStore::importDays(const QList<CalendarDay>& days)
{
    for (const CalendarDay& day : days) {
        if (!day.date.isValid()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::calendar",
                                                         "A calendar day without a valid date cannot be stored."));
        }
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    for (const CalendarDay& day : days) {
        // A null QString would be bound as SQL NULL and break the NOT NULL name column.
        const QString name = day.name.isNull() ? QStringLiteral("") : day.name;
        auto q = db::exec(m_db.connection(),
                          QStringLiteral("INSERT OR REPLACE INTO calendar_days (day, is_off, name) VALUES (?, ?, ?)"),
                          {day.date.toString(Qt::ISODate), day.isOffDay ? 1 : 0, name});
        if (!q) {
            return q.error(); // the transaction rolls back what was written so far
        }
    }
    return tx.commit();
}

Result<OfficeHours> CalendarStore::officeHours() const
{
    auto q = db::exec(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kOfficeHoursKey});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return OfficeHours{};
    }
    const QString text = q.value().value(0).toString();
    auto hours = OfficeHours::parse(text);
    if (!hours) {
        return makeError(
            ErrorCode::StoreCorrupt,
            QCoreApplication::translate("hotline::calendar", "The stored office hours \"%1\" cannot be read: %2")
                .arg(text, hours.error().message));
    }
    return hours;
}

Status CalendarStore::setOfficeHours(const OfficeHours& hours)
{
    // Hours built in code bypass parse(); storing only what parse() accepts keeps officeHours() from failing later.
    const QString text = hours.toString();
    if (auto check = OfficeHours::parse(text); !check) {
        return check.error();
    }
    auto q = db::exec(m_db.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                      {kOfficeHoursKey, text});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

} // namespace hotline::calendar
