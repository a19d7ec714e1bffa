// The shipped calendar against the upstream holiday-cn files, read here independently of the code under test.

#include "calendar/workcalendar.h"
#include "calendartest.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using hotline::calendar::WorkCalendar;

namespace {

struct Listed {
    bool isOffDay;
    QString name;
};

QHash<QDate, Listed> officialDays()
{
    QHash<QDate, Listed> days;
    for (int year = 2023; year <= 2026; ++year) {
        const QString path = hotline::test::sharedPath(QStringLiteral("data/holiday-cn/%1.json").arg(year));
        const QJsonDocument doc = QJsonDocument::fromJson(hotline::test::readAll(path));
        REQUIRE(doc.object().value(QLatin1String("year")).toInt() == year);
        for (const QJsonValue& v : doc.object().value(QLatin1String("days")).toArray()) {
            const QJsonObject o = v.toObject();
            const QDate date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
            REQUIRE(date.isValid());
            REQUIRE(o.value(QLatin1String("isOffDay")).isBool());
            days.insert(date, {o.value(QLatin1String("isOffDay")).toBool(), o.value(QLatin1String("name")).toString()});
        }
    }
    REQUIRE(days.size() == 34 + 36 + 33 + 39);
    return days;
}

} // namespace

TEST_CASE("every day of 2023 to 2026 is a working day exactly when the State Council notices say so")
{
    const QHash<QDate, Listed> official = officialDays();
    const WorkCalendar calendar = WorkCalendar::builtin();
    QStringList wrong;
    for (QDate d(2023, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
        const bool expected = official.contains(d) ? !official.value(d).isOffDay : d.dayOfWeek() <= 5;
        if (calendar.isWorkingDay(d) != expected) {
            wrong.append(d.toString(Qt::ISODate));
        }
    }
    CHECK(wrong.join(QStringLiteral(", ")) == QString());
}

TEST_CASE("the built-in calendar lists the notices' special days with their names and nothing else")
{
    const QHash<QDate, Listed> official = officialDays();
    const WorkCalendar calendar = WorkCalendar::builtin();
    QStringList wrong;
    for (auto it = official.cbegin(); it != official.cend(); ++it) {
        const auto* day = calendar.specialDay(it.key());
        if (day == nullptr || day->isOffDay != it.value().isOffDay || day->name != it.value().name) {
            wrong.append(it.key().toString(Qt::ISODate));
        }
    }
    for (QDate d(2022, 1, 1); d <= QDate(2027, 12, 31); d = d.addDays(1)) {
        if (!official.contains(d) && calendar.specialDay(d) != nullptr) {
            wrong.append(d.toString(Qt::ISODate));
        }
    }
    CHECK(wrong.join(QStringLiteral(", ")) == QString());
}

TEST_CASE("the built-in calendar knows 2023 to 2026, not 2022 whose 31 December sits in the 2023 notice")
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    CHECK(calendar.knownYears() == QList<int>{2023, 2024, 2025, 2026});
    CHECK(calendar.specialDay(QDate(2022, 12, 31)) != nullptr);
    CHECK_FALSE(calendar.knowsYear(2022));
    CHECK_FALSE(calendar.knowsYear(2027));
}

TEST_CASE("outside the known years only Saturdays and Sundays are days off")
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    CHECK(calendar.isWorkingDay(QDate(2027, 10, 1))); // a Friday, a holiday in every real year
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 10, 2)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2022, 12, 31)));
    CHECK_FALSE(calendar.isWorkingDay(QDate()));
}

TEST_CASE("the next working day skips holidays and weekends and stops on make-up days")
{
    const WorkCalendar calendar = WorkCalendar::builtin();
    CHECK(calendar.nextWorkingDay(QDate(2025, 9, 30)) == QDate(2025, 10, 9));
    CHECK(calendar.nextWorkingDay(QDate(2025, 10, 10)) == QDate(2025, 10, 11)); // make-up Saturday
    CHECK(calendar.nextWorkingDay(QDate(2025, 9, 27)) == QDate(2025, 9, 28));   // make-up Sunday
    CHECK(calendar.nextWorkingDay(QDate(2024, 2, 9)) == QDate(2024, 2, 18));
    CHECK(calendar.nextWorkingDay(QDate(2025, 3, 7)) == QDate(2025, 3, 10)); // an ordinary weekend
}

TEST_CASE("adding days overrides the shipped ones and can make a year known")
{
    WorkCalendar calendar = WorkCalendar::builtin();
    calendar.addDays(
        {{QDate(2025, 10, 11), true, QStringLiteral("test")}, {QDate(2027, 1, 1), true, QStringLiteral("元旦")}});
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 11)));
    CHECK(calendar.knowsYear(2027));
    CHECK(WorkCalendar::builtin().isWorkingDay(QDate(2025, 10, 11))); // the cached original is untouched
}
