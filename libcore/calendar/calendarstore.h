#pragma once
// Where the calendar's local changes live: years imported after the build (table calendar_days) and the bureau's
// office hours (settings key "office_hours"). The shipped years stay in the resource file.

#include "calendar/workcalendar.h"
#include "core/result.h"

namespace hotline::db {
class Database;
}

namespace hotline::calendar {

class CalendarStore final {
public:
    explicit CalendarStore(db::Database& db);
    Q_DISABLE_COPY_MOVE(CalendarStore)

    // The built-in calendar with every imported day laid over it.
    Result<WorkCalendar> load() const;
    // Stores days (replacing those of the same dates) in one transaction: all of them or, on any error, none.
    Status importDays(const QList<CalendarDay>& days);

    // The stored office hours, or the default ones when none were set.
    Result<OfficeHours> officeHours() const;
    Status setOfficeHours(const OfficeHours& hours);

private:
    db::Database& m_db;
};

} // namespace hotline::calendar
