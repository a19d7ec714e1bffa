#include "chatrows.h"
#include "satisfaction/satisfactionrate.h"
#include "satisfaction/surveyimport.h"
#include "satisfactionfixture.h"

using namespace hotline;
using namespace hotline::satisfaction;
using hotline::test::beijing;
namespace rows = hotline::test::chatrows;

namespace {

const AgentRate* agentNamed(const SatisfactionFigures& f, const QString& name)
{
    for (const auto& a : f.agents) {
        if (a.agentName == name) {
            return &a;
        }
    }
    return nullptr;
}

SatisfactionFigures rateOf(const hotline::test::SatisfactionFixture& f, const char* from, const char* to,
                           const security::Operator& by)
{
    auto r = satisfactionRate(f.store.db->connection(), QDate::fromString(QString::fromUtf8(from), Qt::ISODate),
                              QDate::fromString(QString::fromUtf8(to), Qt::ISODate), by);
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("rating levels 1-5 map like the survey's digits, anything else has no rating")
{
    CHECK(ratingFromLevel(5) == Rating::Satisfied);
    CHECK(ratingFromLevel(4) == Rating::Satisfied);
    CHECK(ratingFromLevel(3) == Rating::BasicallySatisfied);
    CHECK(ratingFromLevel(2) == Rating::Dissatisfied);
    CHECK(ratingFromLevel(1) == Rating::Dissatisfied);
    CHECK_FALSE(ratingFromLevel(0));
    CHECK_FALSE(ratingFromLevel(6));
    CHECK_FALSE(ratingFromLevel(-4));
    for (int level = 1; level <= 5; ++level) {
        CHECK(ratingFromLevel(level) == parseRating(QString::number(level)));
    }
}

TEST_CASE("satisfaction rate: online chat ratings count by rating time, for the agent who served, as their own part")
{
    hotline::test::SatisfactionFixture f;
    const QSqlDatabase db = f.store.db->connection();
    // One survey answer for 李娜 on the 30th, so the parts add up.
    f.workOrder(f.agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"), QStringLiteral("A1"));
    f.clock.set(beijing(QStringLiteral("2025-10-08 09:00")));
    SurveyImporter importer(db, f.clock, f.ids);
    auto imported = importer.importBytes(QByteArray("call_id,time,rating\nA1,2025-09-30 09:05,3\n"),
                                         QStringLiteral("s.csv"), f.lead);
    REQUIRE(imported.ok());
    REQUIRE(imported->failed() == 0);

    const QString day = QStringLiteral("2025-09-30 ");
    rows::conversation(db, QStringLiteral("c1"), QStringLiteral("agents"), day + QStringLiteral("09:30"), f.agent.id);
    rows::rating(db, QStringLiteral("c1"), f.agent.id, 5, day + QStringLiteral("09:50")); // 李娜 满意
    rows::conversation(db, QStringLiteral("c2"), QStringLiteral("agents"), day + QStringLiteral("16:00"), f.agent.id);
    rows::rating(db, QStringLiteral("c2"), f.agent.id, 4, day + QStringLiteral("23:59")); // 李娜 满意, still the 30th
    rows::conversation(db, QStringLiteral("c3"), QStringLiteral("robot"), QStringLiteral("2025-09-29 23:00"),
                       f.colleague.id);
    rows::rating(db, QStringLiteral("c3"), f.colleague.id, 3, day + QStringLiteral("00:00")); // 王强 基本满意
    rows::conversation(db, QStringLiteral("c4"), QStringLiteral("agents"), day + QStringLiteral("10:00"),
                       f.colleague.id);
    rows::rating(db, QStringLiteral("c4"), f.colleague.id, 2, day + QStringLiteral("10:20")); // 王强 不满意
    rows::conversation(db, QStringLiteral("c5"), QStringLiteral("agents"), day + QStringLiteral("11:00"));
    rows::rating(db, QStringLiteral("c5"), QString(), 1, day + QStringLiteral("11:20")); // no agent: overall only
    rows::conversation(db, QStringLiteral("c6"), QStringLiteral("agents"), day + QStringLiteral("17:00"), f.agent.id);
    rows::rating(db, QStringLiteral("c6"), f.agent.id, 1, QStringLiteral("2025-10-01 00:00")); // October
    rows::conversation(db, QStringLiteral("c7"), QStringLiteral("agents"), QStringLiteral("2025-09-29 15:00"),
                       f.agent.id);
    rows::rating(db, QStringLiteral("c7"), f.agent.id, 5, QStringLiteral("2025-09-29 23:59")); // the day before
    // The robot's 有用 / 没用 is not a satisfaction answer.
    rows::feedback(db, QStringLiteral("c3"), 2, false, day + QStringLiteral("09:00"));
    rows::feedback(db, QStringLiteral("c3"), 4, true, day + QStringLiteral("09:01"));

    const SatisfactionFigures d = rateOf(f, "2025-09-30", "2025-09-30", f.lead);
    CHECK(d.chats == RateCounts{2, 1, 2});
    CHECK(d.surveys == RateCounts{0, 1, 0});
    CHECK(d.returnVisits.total() == 0);
    CHECK(d.overall == RateCounts{2, 2, 2});
    CHECK(d.overall.percentText() == QStringLiteral("66.67%"));
    CHECK(d.chatsWithoutAgent == 1);
    CHECK(d.unmatchedSurveys == 0);
    REQUIRE(d.agents.size() == 2);
    REQUIRE(agentNamed(d, QStringLiteral("李娜")));
    CHECK(agentNamed(d, QStringLiteral("李娜"))->counts == RateCounts{2, 1, 0}); // two chats and the survey
    REQUIRE(agentNamed(d, QStringLiteral("王强")));
    CHECK(agentNamed(d, QStringLiteral("王强"))->counts == RateCounts{0, 1, 1});

    const SatisfactionFigures three = rateOf(f, "2025-09-29", "2025-10-01", f.lead);
    CHECK(three.chats == RateCounts{3, 1, 3});
    CHECK(agentNamed(three, QStringLiteral("李娜"))->counts == RateCounts{3, 1, 1});

    const SatisfactionFigures october = rateOf(f, "2025-10-01", "2025-10-31", f.lead);
    CHECK(october.chats == RateCounts{0, 0, 1});
    CHECK(october.overall == october.chats);

    const SatisfactionFigures none = rateOf(f, "2025-11-01", "2025-11-30", f.lead);
    CHECK(none.chats.total() == 0);
    CHECK_FALSE(none.overall.rate());

    // Agents do not read the team's figures.
    auto refused = satisfactionRate(db, QDate(2025, 9, 30), QDate(2025, 9, 30), f.agent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
}
