#pragma once
// The reply-deadline rule of C2 applied to work orders: 一般 by the end of the working day received,
// 疑难 by the end of the second working day after it.

#include "calendar/workcalendar.h"
#include "core/result.h"
#include "tickets/workorder.h"

namespace hotline::db {
class Database;
}

namespace hotline::tickets {

struct DeadlinePolicy {
    calendar::WorkCalendar calendar = calendar::WorkCalendar::builtin();
    calendar::OfficeHours hours;

    // The store's calendar (shipped years plus imported ones) and its office hours.
    static Result<DeadlinePolicy> load(db::Database& db);

    QDateTime dueAt(const QDateTime& received, Difficulty d) const
    {
        return calendar::replyDeadline(calendar, hours, received,
                                       d == Difficulty::Hard ? calendar::kHardExtraWorkingDays
                                                             : calendar::kNormalExtraWorkingDays);
    }
};

} // namespace hotline::tickets
