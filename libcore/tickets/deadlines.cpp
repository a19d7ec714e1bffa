#include "tickets/deadlines.h"

#include "calendar/calendarstore.h"

namespace hotline::tickets {

Result<DeadlinePolicy> DeadlinePolicy::load(db::Database& db)
{
    calendar::CalendarStore store(db);
    auto cal = store.load();
    if (!cal) {
        return cal.error();
    }
    auto hours = store.officeHours();
    if (!hours) {
        return hours.error();
    }
    return DeadlinePolicy{std::move(cal).value(), hours.value()};
}

} // namespace hotline::tickets
