// Reply deadlines: 一般 by closing time of the working day received, 疑难 two working days later. Expected values
// are worked out by hand from the notices (see the comments), not taken from the implementation.

#include "calendar/workcalendar.h"
#include "calendartest.h"
#include "testsupport.h"

using hotline::calendar::kHardExtraWorkingDays;
using hotline::calendar::kNormalExtraWorkingDays;
using hotline::calendar::OfficeHours;
using hotline::calendar::WorkCalendar;
using hotline::test::beijing;
using hotline::test::minutes;

namespace {

QString normal(const QDateTime& received, const OfficeHours& hours = {})
{
    return minutes(replyDeadline(WorkCalendar::builtin(), hours, received, kNormalExtraWorkingDays));
}

QString hard(const QDateTime& received)
{
    return minutes(replyDeadline(WorkCalendar::builtin(), OfficeHours{}, received, kHardExtraWorkingDays));
}

} // namespace

// 2025 National Day and Mid-Autumn: off Wed 10-01 to Wed 10-08; make-up working days Sun 09-28 and Sat 10-11.
TEST_CASE("deadlines around the 2025 National Day holiday")
{
    CHECK(normal(beijing(QStringLiteral("2025-09-30 16:00"))) == QStringLiteral("2025-09-30 17:30"));
    // 09-30, then 10-09 and 10-10 (Thu, Fri after the holiday).
    CHECK(hard(beijing(QStringLiteral("2025-09-30 16:00"))) == QStringLiteral("2025-10-10 17:30"));
    // After closing: counts for 10-09.
    CHECK(normal(beijing(QStringLiteral("2025-09-30 18:00"))) == QStringLiteral("2025-10-09 17:30"));
    // 10-09, then 10-10 and the make-up Saturday 10-11.
    CHECK(hard(beijing(QStringLiteral("2025-09-30 18:00"))) == QStringLiteral("2025-10-11 17:30"));
    CHECK(normal(beijing(QStringLiteral("2025-10-11 10:00"))) == QStringLiteral("2025-10-11 17:30"));
    CHECK(normal(beijing(QStringLiteral("2025-10-03 10:00"))) == QStringLiteral("2025-10-09 17:30"));
    CHECK(hard(beijing(QStringLiteral("2025-10-03 10:00"))) == QStringLiteral("2025-10-11 17:30"));
}

TEST_CASE("a make-up Sunday counts as a working day and the weekend before it leads to it")
{
    // Sun 2025-09-28 is worked: then Mon 09-29 and Tue 09-30.
    CHECK(hard(beijing(QStringLiteral("2025-09-28 09:00"))) == QStringLiteral("2025-09-30 17:30"));
    // Sat 2025-09-27 is an ordinary day off; the next working day is the make-up Sunday.
    CHECK(normal(beijing(QStringLiteral("2025-09-27 11:00"))) == QStringLiteral("2025-09-28 17:30"));
}

// 2024 Spring Festival: off Sat 02-10 to Sat 02-17; make-up Sun 02-04 and Sun 02-18. Fri 02-09 (除夕) is not in the
// notice, so it is an ordinary working day.
TEST_CASE("deadlines around the 2024 Spring Festival")
{
    // Thu 02-08, then Fri 02-09 and the make-up Sunday 02-18.
    CHECK(hard(beijing(QStringLiteral("2024-02-08 16:00"))) == QStringLiteral("2024-02-18 17:30"));
    CHECK(normal(beijing(QStringLiteral("2024-02-09 16:00"))) == QStringLiteral("2024-02-09 17:30"));
    CHECK(normal(beijing(QStringLiteral("2024-02-09 18:00"))) == QStringLiteral("2024-02-18 17:30"));
    CHECK(normal(beijing(QStringLiteral("2024-02-03 10:00"))) == QStringLiteral("2024-02-04 17:30"));
    // Received on the last holiday: counts for 02-18, then Mon 02-19 and Tue 02-20.
    CHECK(hard(beijing(QStringLiteral("2024-02-17 10:00"))) == QStringLiteral("2024-02-20 17:30"));
}

TEST_CASE("before opening and during the lunch break count for the same working day")
{
    CHECK(normal(beijing(QStringLiteral("2025-09-30 00:00"))) == QStringLiteral("2025-09-30 17:30"));
    CHECK(normal(beijing(QStringLiteral("2025-09-30 07:15"))) == QStringLiteral("2025-09-30 17:30"));
    CHECK(normal(beijing(QStringLiteral("2025-09-30 12:45"))) == QStringLiteral("2025-09-30 17:30"));
}

TEST_CASE("a question received exactly at closing time counts for the next working day")
{
    CHECK(normal(beijing(QStringLiteral("2025-09-30 17:29"))) == QStringLiteral("2025-09-30 17:30"));
    CHECK(normal(beijing(QStringLiteral("2025-09-30 17:30"))) == QStringLiteral("2025-10-09 17:30"));
    CHECK(normal(beijing(QStringLiteral("2024-02-18 17:30"))) == QStringLiteral("2024-02-19 17:30"));
}

TEST_CASE("a time received in UTC or another zone is judged on Beijing's clock and calendar")
{
    // 08:00 UTC is 16:00 in Beijing.
    const QDateTime deadline =
        replyDeadline(WorkCalendar::builtin(), OfficeHours{}, QDateTime(QDate(2025, 9, 30), QTime(8, 0), Qt::UTC),
                      kNormalExtraWorkingDays);
    CHECK(minutes(deadline) == QStringLiteral("2025-09-30 17:30"));
    CHECK(deadline.offsetFromUtc() == 8 * 3600);
    CHECK(deadline.toUTC() == QDateTime(QDate(2025, 9, 30), QTime(9, 30), Qt::UTC));
    // 09:30 UTC is closing time in Beijing.
    CHECK(normal(QDateTime(QDate(2025, 9, 30), QTime(9, 30), Qt::UTC)) == QStringLiteral("2025-10-09 17:30"));
    // 17:00 UTC on 09-30 is already 01:00 on the 10-01 holiday in Beijing.
    CHECK(normal(QDateTime(QDate(2025, 9, 30), QTime(17, 0), Qt::UTC)) == QStringLiteral("2025-10-09 17:30"));
    // 03:00 at UTC-5 is 16:00 in Beijing.
    CHECK(normal(QDateTime(QDate(2025, 9, 30), QTime(3, 0), QTimeZone(-5 * 3600))) ==
          QStringLiteral("2025-09-30 17:30"));
}

TEST_CASE("the deadline follows the configured closing time")
{
    const auto hours = OfficeHours::parse(QStringLiteral("08:30-12:00,14:00-18:00"));
    REQUIRE(hours.ok());
    CHECK(normal(beijing(QStringLiteral("2025-09-30 17:45")), hours.value()) == QStringLiteral("2025-09-30 18:00"));
    CHECK(normal(beijing(QStringLiteral("2025-09-30 18:00")), hours.value()) == QStringLiteral("2025-10-09 18:00"));
}

TEST_CASE("an invalid received time gives an invalid deadline")
{
    CHECK_FALSE(replyDeadline(WorkCalendar::builtin(), OfficeHours{}, QDateTime(), 0).isValid());
}
