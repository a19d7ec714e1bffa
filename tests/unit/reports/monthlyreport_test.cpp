#include "monthlyfixture.h"
#include "reports/improvementplan.h"
#include "reports/monthlyreport.h"
#include "tickets/workorderservice.h"

#include <QJsonObject>

using namespace hotline;
using hotline::reports::monthlyReport;

namespace {

// [1st of the month, 1st of the next) in UTC ms, Beijing calendar, for the plain SQL of the tests.
QVariantList monthRange(int year, int month)
{
    const QDate first(year, month, 1);
    return {QDateTime(first, QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch(),
            QDateTime(first.addMonths(1), QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch()};
}

} // namespace

TEST_CASE("the monthly report's volume, trend, categories and channels are what plain SQL counts")
{
    test::MonthlyDesk d;
    auto made = monthlyReport(*d.store.db, 2025, 9, d.lead, d.clock);
    REQUIRE(made);
    const reports::MonthlyReport& r = made.value();
    const QVariantList sep = monthRange(2025, 9);
    CHECK(r.first == QDate(2025, 9, 1));
    CHECK(r.last == QDate(2025, 9, 30));
    CHECK(r.received == 12);
    CHECK(r.received ==
          d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE received_at >= ? AND received_at < ?"), sep));

    REQUIRE(r.trend.size() == 6);
    const int expected[] = {4, 5, 0, 3, 9, 12};
    for (int i = 0; i < 6; ++i) {
        INFO(i);
        CHECK(r.trend[i].year == 2025);
        CHECK(r.trend[i].month == 4 + i);
        CHECK(r.trend[i].received == expected[i]);
        CHECK(r.trend[i].received ==
              d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE received_at >= ? AND received_at < ?"),
                    monthRange(2025, 4 + i)));
    }
    CHECK(reports::changeText(r.trend[0].changePercent) == QStringLiteral("+100.0%")); // 2 in March
    CHECK(reports::changeText(r.trend[1].changePercent) == QStringLiteral("+25.0%"));
    CHECK(reports::changeText(r.trend[2].changePercent) == QStringLiteral("-100.0%"));
    CHECK_FALSE(r.trend[3].changePercent.has_value()); // after an empty June: no division by zero
    CHECK(reports::changeText(r.trend[3].changePercent) == QStringLiteral("—"));
    CHECK(*r.trend[4].changePercent == Approx(200.0));
    CHECK(reports::changeText(r.trend[5].changePercent) == QStringLiteral("+33.3%"));

    // Top-level categories: the child's parent, the category itself when it is top-level, 未分类 for none.
    REQUIRE(r.byCategory.size() == 4);
    CHECK(r.byCategory[0].name == QStringLiteral("个税业务"));
    CHECK(r.byCategory[0].count == 6);
    CHECK(r.byCategory[1].name == QStringLiteral("扣缴端软件"));
    CHECK(r.byCategory[1].count == 4);
    CHECK(r.byCategory[2].name == QStringLiteral("投诉建议"));
    CHECK(r.byCategory[2].count == 1);
    CHECK(r.byCategory[3].key.isEmpty());
    CHECK(r.byCategory[3].count == 1);
    int categorised = 0;
    for (const auto& row : r.byCategory) {
        if (row.key.isEmpty()) {
            CHECK(row.count == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE category_id IS NULL AND "
                                                    "received_at >= ? AND received_at < ?"),
                                     sep));
            continue;
        }
        categorised += row.count;
        CHECK(row.count ==
              d.sql(QStringLiteral("SELECT count(*) FROM work_orders w JOIN categories c ON c.id = "
                                   "w.category_id WHERE (c.id = ? OR c.parent_id = ?) AND received_at >= ? "
                                   "AND received_at < ?"),
                    {row.key, row.key, sep[0], sep[1]}));
    }
    CHECK(categorised == 11);

    REQUIRE(r.byChannel.size() == 4);
    CHECK(r.byChannel[0].key == QStringLiteral("phone"));
    CHECK(r.byChannel[0].count == 7);
    CHECK(r.byChannel[1].key == QStringLiteral("online"));
    CHECK(r.byChannel[1].count == 3);
    for (const auto& row : r.byChannel) {
        CHECK(row.count == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE channel = ? AND received_at "
                                                ">= ? AND received_at < ?"),
                                 {row.key, sep[0], sep[1]}));
    }
}

TEST_CASE("the monthly report's resolved, overdue and reply-deadline figures by difficulty and agent")
{
    test::MonthlyDesk d;
    auto made = monthlyReport(*d.store.db, 2025, 9, d.lead, d.clock);
    REQUIRE(made);
    const reports::MonthlyReport& r = made.value();
    const QVariantList sep = monthRange(2025, 9);
    const qint64 asOf = d.clock.now().toMSecsSinceEpoch();
    CHECK(r.resolved == 9);
    CHECK(r.resolvedOnTime == 7);
    CHECK(r.overdue == 5);
    CHECK(r.open == 3);
    CHECK(r.resolved == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE resolved_at IS NOT NULL AND "
                                             "received_at >= ? AND received_at < ?"),
                              sep));
    CHECK(r.overdue == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE received_at >= ? AND received_at "
                                            "< ? AND (resolved_at > due_at OR (resolved_at IS NULL AND due_at < ?))"),
                             {sep[0], sep[1], asOf}));

    CHECK(r.normal.due == 7);
    CHECK(r.normal.met == 5);
    CHECK(r.normal.missed == 2);
    CHECK(r.hard.due == 4); // one received in August
    CHECK(r.hard.met == 2);
    CHECK(r.hard.missed == 2);
    CHECK(r.allDeadlines.due == 11);
    CHECK(r.allDeadlines.pending == 0);
    CHECK(reports::percentText(r.allDeadlines.rate()) == QStringLiteral("63.6%"));
    for (const QString& difficulty : {QStringLiteral("normal"), QStringLiteral("hard")}) {
        const reports::DeadlineFigures& f = difficulty == QStringLiteral("hard") ? r.hard : r.normal;
        CHECK(f.met == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE difficulty = ? AND due_at >= ? AND "
                                            "due_at < ? AND resolved_at <= due_at"),
                             {difficulty, sep[0], sep[1]}));
        CHECK(f.due == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE difficulty = ? AND due_at >= ? AND "
                                            "due_at < ?"),
                             {difficulty, sep[0], sep[1]}));
    }
    REQUIRE(r.deadlinesByAgent.size() == 3);
    for (const auto& a : r.deadlinesByAgent) {
        INFO(a.agentName.toStdString());
        CHECK(a.figures.due == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE owner_id = ? AND due_at >= "
                                                    "? AND due_at < ?"),
                                     {a.agentId, sep[0], sep[1]}));
        CHECK(a.figures.met == d.sql(QStringLiteral("SELECT count(*) FROM work_orders WHERE owner_id = ? AND due_at >= "
                                                    "? AND due_at < ? AND resolved_at <= due_at"),
                                     {a.agentId, sep[0], sep[1]}));
        CHECK(a.figures.met + a.figures.missed == a.figures.due);
    }
    const auto agentRow = [&r](const QString& id) {
        for (const auto& a : r.deadlinesByAgent) {
            if (a.agentId == id) {
                return a.figures;
            }
        }
        FAIL("no row");
        return reports::DeadlineFigures{};
    };
    CHECK(agentRow(d.agent.id).met == 5);
    CHECK(agentRow(d.agent.id).missed == 1);
    CHECK(agentRow(d.colleague.id).met == 1);
    CHECK(agentRow(d.colleague.id).missed == 3);
    CHECK(agentRow(d.lead.id).met == 1);

    // Made on 30 September at 10:00: what is not yet due is pending, not missed.
    d.clock.set(test::beijing(QStringLiteral("2025-09-30 10:00")));
    auto early = monthlyReport(*d.store.db, 2025, 9, d.lead, d.clock);
    REQUIRE(early);
    CHECK(early->normal.pending == 0);
    CHECK(early->overdue == 3); // 2 late, the 4 September one open past due
    CHECK(early->open == 3);
}

TEST_CASE("the monthly report's hot questions, satisfaction, complaints, QA and plan")
{
    test::MonthlyDesk d;
    auto saved = reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("加强人员信息采集培训。"), 0, d.lead,
                                              d.ids, d.clock);
    REQUIRE(saved);
    auto made = monthlyReport(*d.store.db, 2025, 9, d.lead, d.clock);
    REQUIRE(made);
    const reports::MonthlyReport& r = made.value();

    REQUIRE(r.hotQuestions.size() == 3);
    CHECK(r.hotQuestions[0].articleId == QStringLiteral("kb-verify"));
    CHECK(r.hotQuestions[0].count == 3);
    CHECK(r.hotQuestions[0].answer == QStringLiteral("请在【人员信息采集】中核对证件信息后重新报送验证。"));
    CHECK(r.hotQuestions[1].articleId == QStringLiteral("kb-deduct"));
    CHECK(r.hotQuestions[1].count == 1); // the August link does not count
    CHECK(r.hotQuestions[1].answer == QString(300, QChar(0x6263)) + QChar(0x2026));
    CHECK(r.hotQuestions[2].articleId == QStringLiteral("kb-draft"));
    CHECK_FALSE(r.hotQuestions[2].published);
    CHECK(
        r.hotQuestions[0].count ==
        d.sql(QStringLiteral("SELECT count(*) FROM work_order_articles l JOIN work_orders w ON w.id = l.work_order_id "
                             "WHERE l.article_id = 'kb-verify' AND w.received_at >= ? AND w.received_at < ?"),
              monthRange(2025, 9)));

    // Satisfaction is satisfaction::satisfactionRate's: 3 满意, 1 基本满意, 1 不满意 (one a return visit).
    CHECK(r.satisfaction.overall.satisfied == 3);
    CHECK(r.satisfaction.overall.basicallySatisfied == 1);
    CHECK(r.satisfaction.overall.dissatisfied == 1);
    CHECK(r.satisfaction.overall.percentText() == QStringLiteral("80.00%"));
    CHECK_FALSE(r.satisfaction.overall.meetsTarget());
    CHECK(r.satisfaction.unmatchedSurveys == 1);
    REQUIRE(r.satisfaction.agents.size() == 2);

    const reports::ComplaintFigures& c = r.complaints;
    CHECK(c.received == 3);
    CHECK(c.received == d.sql(QStringLiteral("SELECT count(*) FROM complaints WHERE received_at >= ? AND received_at "
                                             "< ?"),
                              monthRange(2025, 9)));
    CHECK((c.minor == 1 && c.normal == 1 && c.serious == 1));
    CHECK((c.open == 0 && c.investigating == 1 && c.replied == 1 && c.closed == 1));
    CHECK((c.upheld == 1 && c.partlyUpheld == 0 && c.notUpheld == 1 && c.undecided == 1));
    CHECK(c.closedInMonth == 2);

    // A lead reads QA (none scored here, and the report says so); an administrator does not.
    CHECK(r.qaShown);
    CHECK(r.qaNote.contains(QStringLiteral("No calls")));
    auto byAdmin = monthlyReport(*d.store.db, 2025, 9, d.admin, d.clock);
    REQUIRE(byAdmin);
    CHECK_FALSE(byAdmin->qaShown);
    CHECK(byAdmin->qa.isEmpty());
    CHECK_FALSE(byAdmin->qaNote.isEmpty());

    CHECK(r.plan.body == QStringLiteral("加强人员信息采集培训。"));
    CHECK(r.plan.version == 1);
    CHECK(r.title() == QStringLiteral("12366 Tax Service Hotline monthly analysis report 2025-9"));
}

TEST_CASE("an empty month gives zeros and undefined rates, never a division by zero")
{
    test::MonthlyDesk d;
    auto made = monthlyReport(*d.store.db, 2024, 2, d.lead, d.clock);
    REQUIRE(made);
    const reports::MonthlyReport& r = made.value();
    CHECK(r.last == QDate(2024, 2, 29));
    CHECK(r.received == 0);
    for (const auto& m : r.trend) {
        CHECK(m.received == 0);
        CHECK_FALSE(m.changePercent.has_value());
    }
    CHECK(r.byCategory.isEmpty());
    CHECK(r.byChannel.isEmpty());
    CHECK((r.resolved == 0 && r.overdue == 0 && r.open == 0));
    CHECK_FALSE(r.allDeadlines.rate().has_value());
    CHECK(reports::percentText(r.allDeadlines.rate()) == QStringLiteral("—"));
    CHECK(r.hotQuestions.isEmpty());
    CHECK(r.satisfaction.overall.total() == 0);
    CHECK(r.complaints.received == 0);
    CHECK(r.plan.version == 0);
}

TEST_CASE("a month with the National Day holiday counts the deadlines that run over it")
{
    test::MonthlyDesk d;
    tickets::WorkOrderService service{*d.store.db, d.clock, d.ids};
    // A 疑难 work order taken on 30 September: its two working days run past the 1–8 October holiday.
    d.clock.set(test::beijing(QStringLiteral("2025-09-30 16:40")));
    tickets::WorkOrderDraft draft;
    draft.question = QStringLiteral("年度汇算更正申报后退税进度如何查询？");
    draft.difficulty = tickets::Difficulty::Hard;
    draft.categoryId = d.categoryId(QStringLiteral("年度汇算"));
    draft.callerNumber = QStringLiteral("13907711234");
    draft.answer = QStringLiteral("已转业务科室核实。");
    auto hard = service.create(draft, d.agent);
    INFO((hard ? QString() : hard.error().message).toStdString());
    REQUIRE(hard);
    const qint64 due = d.sql(QStringLiteral("SELECT due_at / 1000 FROM work_orders WHERE id = ?"), {hard->id});
    const QDateTime dueAt = QDateTime::fromSecsSinceEpoch(due, calendar::beijingTime());
    INFO(dueAt.toString(Qt::ISODate).toStdString());
    CHECK(dueAt.date() >= QDate(2025, 10, 9));
    CHECK(dueAt.date().month() == 10);

    d.clock.set(test::beijing(QStringLiteral("2025-11-03 09:00")));
    auto october = monthlyReport(*d.store.db, 2025, 10, d.lead, d.clock);
    REQUIRE(october);
    // Due in October: the hard one (open: missed), the two normal ones from 30 September and 1 October.
    CHECK(october->hard.due == 2);    // the fixture's 29 September 疑难 and this one
    CHECK(october->hard.missed == 2); // both still open in November
    CHECK(october->normal.due == 2);
    CHECK(october->normal.met == 1);
    CHECK(october->normal.missed == 1);
    CHECK(october->received == 1); // only the one of 1 October 00:00 was received in October
    CHECK(october->hard.due ==
          d.sql(QStringLiteral(
                    "SELECT count(*) FROM work_orders WHERE difficulty = 'hard' AND due_at >= ? AND due_at < ?"),
                monthRange(2025, 10)));
}

TEST_CASE("agents and QA inspectors may not make the monthly report, and a month must be valid")
{
    test::MonthlyDesk d;
    for (const security::Operator& who : {d.agent, d.qa}) {
        auto refused = monthlyReport(*d.store.db, 2025, 9, who, d.clock);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Forbidden);
        auto plan = reports::loadImprovementPlan(*d.store.db, 2025, 9, who);
        REQUIRE_FALSE(plan);
        CHECK(plan.error().code == ErrorCode::Forbidden);
        auto save = reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("x"), 0, who, d.ids, d.clock);
        REQUIRE_FALSE(save);
        CHECK(save.error().code == ErrorCode::Forbidden);
    }
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM improvement_plans")) == 0);
    for (int month : {0, 13, -1}) {
        auto bad = monthlyReport(*d.store.db, 2025, month, d.lead, d.clock);
        REQUIRE_FALSE(bad);
        CHECK(bad.error().field == QStringLiteral("month"));
    }
}

TEST_CASE("improvement plan saves keep every version with outbox entries and refuse a save over a newer version")
{
    test::MonthlyDesk d;
    auto empty = reports::loadImprovementPlan(*d.store.db, 2025, 9, d.lead);
    REQUIRE(empty);
    CHECK(empty->version == 0);
    CHECK(empty->month == QStringLiteral("2025-09"));
    auto first =
        reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("第一稿"), 0, d.lead, d.ids, d.clock);
    REQUIRE(first);
    CHECK(first->version == 1);
    auto second =
        reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("第二稿"), 1, d.admin, d.ids, d.clock);
    REQUIRE(second);
    CHECK(second->version == 2);
    // The lead's editor still holds version 1: refused, nothing written.
    auto stale = reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("旧稿"), 1, d.lead, d.ids, d.clock);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("管理员")));
    // A second "first" save of a month that has a plan is refused as well.
    auto twice =
        reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("另一稿"), 0, d.lead, d.ids, d.clock);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK_FALSE(reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("x"), -1, d.lead, d.ids, d.clock));

    auto loaded = reports::loadImprovementPlan(*d.store.db, 2025, 9, d.lead);
    REQUIRE(loaded);
    CHECK(loaded->body == QStringLiteral("第二稿"));
    CHECK(loaded->version == 2);
    CHECK(loaded->authorName == QStringLiteral("管理员"));
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM improvement_plans")) == 1);
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM improvement_plan_versions WHERE plan_id = ?"), {first->id}) == 2);
    CHECK(d.sql(QStringLiteral(
              "SELECT count(*) FROM improvement_plan_versions WHERE body = '第一稿' AND version = 1")) == 1);
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'improvement_plan'")) == 2);
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'improvement_plan_version'")) == 2);
    // Another month is another plan.
    auto october = reports::loadImprovementPlan(*d.store.db, 2025, 10, d.lead);
    REQUIRE(october);
    CHECK(october->version == 0);
}
