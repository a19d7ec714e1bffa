// Reading holiday-cn style files for import: the good ones whole, the bad ones refused with a reason.

#include "calendar/workcalendar.h"
#include "calendartest.h"
#include "testsupport.h"

#include <QDir>

#include <algorithm>

using hotline::ErrorCode;
using hotline::calendar::CalendarDay;
using hotline::calendar::WorkCalendar;
using hotline::test::calendarData;
using hotline::test::readAll;

TEST_CASE("the 2027 test file is read whole")
{
    const auto notice = WorkCalendar::parseHolidayNotice(readAll(calendarData(QStringLiteral("2027.json"))));
    REQUIRE(notice.ok());
    CHECK(notice->year == 2027);
    CHECK(notice->papers.size() == 1);
    CHECK(notice->days.size() == 35);
    CHECK(std::count_if(notice->days.cbegin(), notice->days.cend(), [](const CalendarDay& d) { return d.isOffDay; }) ==
          29);
    CHECK(notice->days.first().date == QDate(2027, 1, 1));
    CHECK(notice->days.first().name == QStringLiteral("元旦"));
}

TEST_CASE("the upstream files are accepted, including a 31 December in the next year's file")
{
    for (int year = 2023; year <= 2026; ++year) {
        const auto days = WorkCalendar::parseHolidayCnJson(
            readAll(hotline::test::sharedPath(QStringLiteral("data/holiday-cn/%1.json").arg(year))));
        INFO(year);
        REQUIRE(days.ok());
        if (year == 2023) {
            CHECK(days->first().date == QDate(2022, 12, 31));
        }
    }
}

TEST_CASE("each malformed holiday file is refused with its reason")
{
    const QList<std::pair<const char*, const char*>> cases{
        {"truncated.json", "Not valid JSON"},
        {"not-an-object.json", "not a JSON object"},
        {"no-year.json", "\"year\" field is missing"},
        {"year-as-text.json", "\"year\" field must be a year number"},
        {"no-days.json", "\"days\" field is missing"},
        {"days-not-a-list.json", "\"days\" field must be a list"},
        {"empty-days.json", "lists no days"},
        {"impossible-date.json", "\"2027-02-30\" is not a date"},
        {"slashed-date.json", "\"2027/10/01\" is not a date"},
        {"date-outside-year.json", "2029-10-01 is too far from the file's year 2027"},
        {"offday-as-text.json", "\"isOffDay\" must be true or false"},
        {"offday-missing.json", "\"isOffDay\" must be true or false"},
        {"name-missing.json", "no \"name\""},
        {"date-twice.json", "2027-10-01 is listed twice"},
        {"wrong-year.json", "no holiday on 1 January 2028"},
        {"papers-not-a-list.json", "\"papers\" field must be a list"},
    };
    // Every file in the folder is covered, so a new bad sample cannot sit there untested.
    CHECK(QDir(calendarData(QStringLiteral("bad"))).entryList(QDir::Files).size() == cases.size());
    for (const auto& [file, reason] : cases) {
        INFO(file);
        const auto days =
            WorkCalendar::parseHolidayCnJson(readAll(calendarData(QStringLiteral("bad/") + QString::fromUtf8(file))));
        REQUIRE_FALSE(days.ok());
        CHECK(days.error().code == ErrorCode::InvalidInput);
        CHECK(days.error().message.contains(QString::fromUtf8(reason)));
    }
}
