#include "satisfaction/returnvisits.h"
#include "satisfaction/satisfactionrate.h"
#include "satisfaction/surveyimport.h"
#include "satisfactionfixture.h"

using namespace hotline;
using namespace hotline::satisfaction;
using hotline::test::beijing;

namespace {

struct RateFixture : hotline::test::SatisfactionFixture {
    void import(const char* csv)
    {
        clock.set(beijing(QStringLiteral("2025-10-08 09:00")));
        SurveyImporter importer(store.db->connection(), clock, ids);
        auto r = importer.importBytes(QByteArray(csv), QStringLiteral("s.csv"), lead);
        REQUIRE(r.ok());
        REQUIRE(r->failed() == 0);
    }
    void visit(const QString& wo, const security::Operator& by, const QString& at, std::optional<Rating> verdict)
    {
        clock.set(beijing(QStringLiteral("2025-10-08 09:00")));
        ReturnVisitService visits(store.db->connection(), clock, ids);
        auto v = visits.record({wo, beijing(at), VisitMethod::Phone, verdict, {}}, by);
        REQUIRE(v.ok());
    }
    SatisfactionFigures rate(const char* from, const char* to)
    {
        auto f = satisfactionRate(store.db->connection(), QDate::fromString(QString::fromUtf8(from), Qt::ISODate),
                                  QDate::fromString(QString::fromUtf8(to), Qt::ISODate), lead);
        REQUIRE(f.ok());
        return f.value();
    }
};

const AgentRate* agentNamed(const SatisfactionFigures& f, const QString& name)
{
    for (const auto& a : f.agents) {
        if (a.agentName == name) {
            return &a;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("satisfaction rate: surveys by Beijing date, per agent, the 1-5 mapping, unmatched only overall")
{
    RateFixture f;
    f.workOrder(f.agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"), QStringLiteral("A1"));
    f.workOrder(f.agent, QStringLiteral("2025-09-30 14:00"), QStringLiteral("0771-5551235"), QStringLiteral("A2"));
    f.workOrder(f.colleague, QStringLiteral("2025-09-30 15:00"), QStringLiteral("0771-5551236"), QStringLiteral("B1"));
    f.workOrder(f.colleague, QStringLiteral("2025-10-01 00:30"), QStringLiteral("0771-5551237"), QStringLiteral("B2"));
    f.import("call_id,time,rating\n"
             "A1,2025-09-30 09:05,5\n"      // 李娜 满意
             "A2,2025-09-30 14:05,3\n"      // 李娜 基本满意
             "B1,2025-09-30 15:05,2\n"      // 王强 不满意
             "B2,2025-10-01 00:35,4\n"      // 1 October in Beijing (30 September 16:35 UTC)
             "X1,2025-09-30 23:59,不满意\n" // unmatched, still 30 September
             "X0,2025-09-29 23:59,满意\n"); // the day before

    const auto day = f.rate("2025-09-30", "2025-09-30");
    CHECK(day.overall == RateCounts{1, 1, 2});
    CHECK(day.overall.percentText() == QStringLiteral("50.00%"));
    CHECK_FALSE(day.overall.meetsTarget());
    CHECK(day.surveys == day.overall);
    CHECK(day.returnVisits.total() == 0);
    CHECK(day.unmatchedSurveys == 1);
    REQUIRE(day.agents.size() == 2);
    REQUIRE(agentNamed(day, QStringLiteral("李娜")));
    CHECK(agentNamed(day, QStringLiteral("李娜"))->counts == RateCounts{1, 1, 0});
    CHECK(agentNamed(day, QStringLiteral("王强"))->counts == RateCounts{0, 0, 1});

    const auto three = f.rate("2025-09-29", "2025-10-01");
    CHECK(three.overall == RateCounts{3, 1, 2});
    CHECK(agentNamed(three, QStringLiteral("王强"))->counts == RateCounts{1, 0, 1});

    const auto empty = f.rate("2025-11-01", "2025-11-30");
    CHECK(empty.overall.total() == 0);
    CHECK(empty.overall.percentText() == QStringLiteral("—"));
    CHECK(empty.agents.isEmpty());
}

TEST_CASE("satisfaction rate: a return visit counts only without a survey answer, once per work order")
{
    RateFixture f;
    const QString surveyed =
        f.workOrder(f.agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"), QStringLiteral("A1"));
    const QString visitedTwice =
        f.workOrder(f.agent, QStringLiteral("2025-09-30 10:00"), QStringLiteral("0771-5550001"));
    const QString unreached =
        f.workOrder(f.colleague, QStringLiteral("2025-09-30 11:00"), QStringLiteral("0771-5550002"));
    const QString visitedOnce =
        f.workOrder(f.colleague, QStringLiteral("2025-09-30 12:00"), QStringLiteral("0771-5550003"));
    f.import("call_id,time,rating\nA1,2025-09-30 09:05,满意\n");
    f.visit(surveyed, f.agent, QStringLiteral("2025-10-02 10:00"), Rating::Dissatisfied); // the survey wins
    f.visit(visitedTwice, f.agent, QStringLiteral("2025-10-02 10:00"), Rating::Dissatisfied);
    f.visit(visitedTwice, f.lead, QStringLiteral("2025-10-03 10:00"), Rating::BasicallySatisfied); // latest counts
    f.visit(unreached, f.colleague, QStringLiteral("2025-10-02 11:00"), std::nullopt); // 未联系上: not counted
    f.visit(visitedOnce, f.colleague, QStringLiteral("2025-10-02 12:00"), Rating::Dissatisfied);

    const auto month = f.rate("2025-09-01", "2025-10-31");
    CHECK(month.surveys == RateCounts{1, 0, 0});
    CHECK(month.returnVisits == RateCounts{0, 1, 1});
    CHECK(month.overall == RateCounts{1, 1, 1});
    CHECK(agentNamed(month, QStringLiteral("李娜"))->counts == RateCounts{1, 1, 0});
    CHECK(agentNamed(month, QStringLiteral("王强"))->counts == RateCounts{0, 0, 1});

    // Visits count by their own date: in a period holding only the first visit, that one counts.
    const auto oct2 = f.rate("2025-10-02", "2025-10-02");
    CHECK(oct2.surveys.total() == 0);
    CHECK(oct2.returnVisits == RateCounts{0, 0, 2});
}

TEST_CASE("satisfaction rate: only leads and administrators read the team's figures, periods must be valid")
{
    RateFixture f;
    for (const auto* who : {&f.agent, &f.colleague, &f.inspector}) {
        auto r = satisfactionRate(f.store.db->connection(), QDate(2025, 9, 1), QDate(2025, 9, 30), *who);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
    CHECK(satisfactionRate(f.store.db->connection(), QDate(2025, 9, 1), QDate(2025, 9, 30), f.admin).ok());
    auto backwards = satisfactionRate(f.store.db->connection(), QDate(2025, 9, 30), QDate(2025, 9, 1), f.lead);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
}
