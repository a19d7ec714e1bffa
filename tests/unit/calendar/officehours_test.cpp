#include "calendar/workcalendar.h"
#include "testsupport.h"

using hotline::ErrorCode;
using hotline::calendar::OfficeHours;

TEST_CASE("the default office hours are 09:00-12:00 and 13:30-17:30")
{
    const OfficeHours hours;
    CHECK(hours.toString() == QStringLiteral("09:00-12:00,13:30-17:30"));
    CHECK(hours.opens() == QTime(9, 0));
    CHECK(hours.closes() == QTime(17, 30));
}

TEST_CASE("office hours are read with spaces, one-digit hours and en dashes")
{
    const auto standard = OfficeHours::parse(QStringLiteral("09:00-12:00,13:30-17:30"));
    REQUIRE(standard.ok());
    CHECK(standard->toString() == OfficeHours{}.toString());

    const auto loose = OfficeHours::parse(QStringLiteral(" 8:30 - 11:30 , 14:00\u201318:00 "));
    REQUIRE(loose.ok());
    CHECK(loose->toString() == QStringLiteral("08:30-11:30,14:00-18:00"));
    CHECK(loose->closes() == QTime(18, 0));

    const auto single = OfficeHours::parse(QStringLiteral("09:00-17:00"));
    REQUIRE(single.ok());
    CHECK(single->periods.size() == 1);

    CHECK(OfficeHours::parse(QStringLiteral("09:00-12:00,12:00-17:00")).ok()); // touching, not overlapping
}

TEST_CASE("overlapping, unordered, reversed and garbled office hours are refused")
{
    const auto refused = [](const char* text, const char* why) {
        const auto hours = OfficeHours::parse(QString::fromUtf8(text));
        INFO(text);
        REQUIRE_FALSE(hours.ok());
        CHECK(hours.error().code == ErrorCode::InvalidInput);
        CHECK(hours.error().message.contains(QString::fromUtf8(why)));
    };
    refused("09:00-12:00,11:00-17:30", "overlap");
    refused("13:30-17:30,09:00-12:00", "order");
    refused("17:30-09:00", "does not end after");
    refused("09:00-09:00", "does not end after");
    refused("", "No office hours");
    refused("   ", "No office hours");
    refused("office hours", "\"office hours\" is not a period");
    refused("25:00-26:00", "is not a period");
    refused("09:60-10:00", "is not a period");
    refused("9-17", "is not a period");
    refused("09:00-12:00,", "is not a period");
}
