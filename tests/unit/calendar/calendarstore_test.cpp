// Imported years and office hours in the local store: one transaction per import, kept across reopening.

#include "calendar/calendarstore.h"
#include "calendartest.h"
#include "db/query.h"
#include "testsupport.h"

using hotline::ErrorCode;
using hotline::Status;
using hotline::calendar::CalendarDay;
using hotline::calendar::CalendarStore;
using hotline::calendar::kHardExtraWorkingDays;
using hotline::calendar::OfficeHours;
using hotline::calendar::WorkCalendar;
using hotline::test::beijing;
using hotline::test::minutes;

namespace {

QList<CalendarDay> days2027()
{
    auto days = WorkCalendar::parseHolidayCnJson(
        hotline::test::readAll(hotline::test::calendarData(QStringLiteral("2027.json"))));
    REQUIRE(days.ok());
    return days.value();
}

WorkCalendar loaded(CalendarStore& store)
{
    auto calendar = store.load();
    REQUIRE(calendar.ok());
    return calendar.value();
}

} // namespace

TEST_CASE("a new store gives the built-in calendar and the default office hours")
{
    hotline::test::TempStore t;
    CalendarStore store(*t.db);
    CHECK(loaded(store).knownYears() == WorkCalendar::builtin().knownYears());
    const auto hours = store.officeHours();
    REQUIRE(hours.ok());
    CHECK(hours->toString() == OfficeHours{}.toString());
}

TEST_CASE("an imported year is kept when the store is reopened")
{
    hotline::test::TempStore t;
    {
        CalendarStore store(*t.db);
        REQUIRE(store.importDays(days2027()).ok());
    }
    t.db.reset();
    auto reopened = hotline::db::Database::open(t.path);
    REQUIRE(reopened.ok());
    CalendarStore store(*reopened.value());
    const WorkCalendar calendar = loaded(store);
    CHECK(calendar.knowsYear(2027));
    CHECK(calendar.isWorkingDay(QDate(2027, 2, 20)));      // make-up Saturday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 2, 8))); // Spring Festival Monday
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 11)));     // shipped years still there
}

TEST_CASE("an imported 2027 moves 2027 deadlines")
{
    hotline::test::TempStore t;
    CalendarStore store(*t.db);
    const QDateTime received = beijing(QStringLiteral("2027-02-04 16:00")); // a Thursday
    // Without the notice: Thu 02-04, then Fri 02-05 and Mon 02-08.
    CHECK(minutes(replyDeadline(loaded(store), OfficeHours{}, received, kHardExtraWorkingDays)) ==
          QStringLiteral("2027-02-08 17:30"));
    REQUIRE(store.importDays(days2027()).ok());
    // With it, 02-05 to 02-13 are off and 02-14 is an ordinary Sunday: Mon 02-15 and Tue 02-16.
    CHECK(minutes(replyDeadline(loaded(store), OfficeHours{}, received, kHardExtraWorkingDays)) ==
          QStringLiteral("2027-02-16 17:30"));
}

TEST_CASE("an import that fails part-way stores none of its days")
{
    hotline::test::TempStore t;
    // A test-only trigger makes the store refuse one day near the end of the list.
    REQUIRE(hotline::db::exec(t.db->connection(),
                              QStringLiteral("CREATE TRIGGER refuse_day BEFORE INSERT ON calendar_days "
                                             "WHEN new.day = '2027-10-07' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                .ok());
    CalendarStore store(*t.db);
    const Status imported = store.importDays(days2027());
    REQUIRE_FALSE(imported.ok());
    const WorkCalendar calendar = loaded(store);
    CHECK_FALSE(calendar.knowsYear(2027));
    CHECK(calendar.specialDay(QDate(2027, 1, 1)) == nullptr);
}

TEST_CASE("a day without a date is refused before anything is written")
{
    hotline::test::TempStore t;
    CalendarStore store(*t.db);
    const Status imported = store.importDays({{QDate(2027, 1, 1), true, QStringLiteral("元旦")}, {QDate(), true, {}}});
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::InvalidInput);
    CHECK(loaded(store).specialDay(QDate(2027, 1, 1)) == nullptr);
}

TEST_CASE("an imported day replaces the shipped one and may have no name")
{
    hotline::test::TempStore t;
    CalendarStore store(*t.db);
    REQUIRE(store.importDays({{QDate(2025, 10, 11), true, QString()}}).ok());
    REQUIRE(store.importDays({{QDate(2025, 10, 11), true, QString()}}).ok()); // importing again is harmless
    const WorkCalendar calendar = loaded(store);
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 11)));
    REQUIRE(calendar.specialDay(QDate(2025, 10, 11)) != nullptr);
    CHECK(calendar.specialDay(QDate(2025, 10, 11))->name.isEmpty());
}

TEST_CASE("office hours are saved and kept when the store is reopened")
{
    hotline::test::TempStore t;
    const auto hours = OfficeHours::parse(QStringLiteral("08:30-12:00,14:00-18:00"));
    REQUIRE(hours.ok());
    REQUIRE(CalendarStore(*t.db).setOfficeHours(hours.value()).ok());
    t.db.reset();
    auto reopened = hotline::db::Database::open(t.path);
    REQUIRE(reopened.ok());
    const auto stored = CalendarStore(*reopened.value()).officeHours();
    REQUIRE(stored.ok());
    CHECK(stored->toString() == QStringLiteral("08:30-12:00,14:00-18:00"));
}

TEST_CASE("office hours built wrongly in code are refused and the stored ones stay")
{
    hotline::test::TempStore t;
    CalendarStore store(*t.db);
    OfficeHours reversed;
    reversed.periods = {{QTime(17, 0), QTime(9, 0)}};
    CHECK_FALSE(store.setOfficeHours(reversed).ok());
    OfficeHours none;
    none.periods.clear();
    CHECK_FALSE(store.setOfficeHours(none).ok());
    CHECK(store.officeHours()->toString() == OfficeHours{}.toString());
}

TEST_CASE("unreadable stored office hours are reported, not replaced by a guess")
{
    hotline::test::TempStore t;
    REQUIRE(hotline::db::exec(t.db->connection(),
                              QStringLiteral("INSERT INTO settings (key, value) VALUES ('office_hours', 'always')"))
                .ok());
    const auto hours = CalendarStore(*t.db).officeHours();
    REQUIRE_FALSE(hours.ok());
    CHECK(hours.error().code == ErrorCode::StoreCorrupt);
}
