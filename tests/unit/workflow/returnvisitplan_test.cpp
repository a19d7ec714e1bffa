#include "../qa/feedbackrows.h"
#include "calendar/workcalendar.h"
#include "qa/samplepick.h"
#include "satisfaction/returnvisits.h"
#include "satisfaction/satisfactionrate.h"
#include "workflow/returnvisitplan.h"

using namespace hotline;
using namespace hotline::workflow;
using hotline::test::QaRows;

namespace {

// Twelve work orders resolved last week (Monday 2026-11-16 to Sunday 2026-11-22), one this week, one the week before.
struct Plans : QaRows {
    Plans()
    {
        manager = security::OperatorRepository(conn())
                      .create(QStringLiteral("质管员"), security::Role::QualityManager, ids, clock)
                      .value();
        for (int i = 0; i < 12; ++i) {
            lastWeek.append(resolved(QStringLiteral("2026-11-%1 1%2:00").arg(16 + i % 7).arg(i % 10)));
        }
        resolved(QStringLiteral("2026-11-23 09:00"));
        resolved(QStringLiteral("2026-11-15 23:59"));
    }
    QString resolved(const QString& beijingAt)
    {
        const QString id = workOrder(test::kOrdinaryTopic, zhang);
        exec(QStringLiteral(
                 "UPDATE work_orders SET resolved_at = ?, answer = '请在人员信息采集中获取反馈' WHERE id = ?"),
             {test::beijing(beijingAt).toMSecsSinceEpoch(), id});
        return id;
    }
    PlanDraft draft(std::optional<qint64> seed = 12366) const
    {
        const auto [from, to] = defaultPlanPeriod(clock.now().toTimeZone(calendar::beijingTime()).date());
        PlanDraft d;
        d.from = from;
        d.to = to;
        d.sharePercent = 25;
        d.agentIds = {li.id, wang.id, zhang.id};
        d.seed = seed;
        return d;
    }
    ReturnVisitPlanService plans{conn(), clock, ids};
    security::Operator manager;
    QStringList lastWeek;
};

QStringList drawn(const QList<PlanItem>& items)
{
    QStringList out;
    for (const PlanItem& it : items) {
        out << it.workOrderId;
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("the default period is last week, Monday to Sunday")
{
    CHECK(defaultPlanPeriod(QDate(2026, 11, 27)) == std::pair{QDate(2026, 11, 16), QDate(2026, 11, 22)});
    CHECK(defaultPlanPeriod(QDate(2026, 11, 23)) == std::pair{QDate(2026, 11, 16), QDate(2026, 11, 22)});
    CHECK(defaultPlanPeriod(QDate(2026, 11, 22)) == std::pair{QDate(2026, 11, 9), QDate(2026, 11, 15)});
}

TEST_CASE("a plan's share is rounded up so a non-empty period always gives a visit")
{
    CHECK(planSize(7, 10) == 1);
    CHECK(planSize(10, 10) == 1);
    CHECK(planSize(11, 10) == 2);
    CHECK(planSize(12, 25) == 3);
    CHECK(planSize(3, 100) == 3);
    CHECK(planSize(1, 1) == 1);
    CHECK(planSize(0, 10) == 0);
}

TEST_CASE("a return-visit plan is reproducible from its seed and dealt round-robin")
{
    Plans a;
    auto plan = a.plans.create(a.draft(), a.manager);
    REQUIRE(plan.ok());
    CHECK(plan.value().seed == 12366);
    CHECK(plan.value().total == 3); // 25 % of 12
    auto items = a.plans.items(plan.value().id, a.manager);
    REQUIRE(items.ok());
    REQUIRE(items.value().size() == 3);
    for (const PlanItem& it : items.value()) {
        CHECK(a.lastWeek.contains(it.workOrderId)); // only last week's
    }
    // Dealt in the order drawn to the agents by name (李四, 张三, 王五 in code-point order), one each.
    QStringList assignees;
    for (const PlanItem& it : items.value()) {
        assignees << it.assigneeName;
    }
    assignees.sort();
    CHECK(assignees == QStringList{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")});

    // The same seed over the same work orders (another store, same ids) draws the same ones …
    Plans b;
    auto again = b.plans.create(b.draft(), b.manager);
    REQUIRE(again.ok());
    CHECK(drawn(b.plans.items(again.value().id, b.manager).value()) == drawn(items.value()));
    // … which is what qa::pickRandom gives over the documented order, ascending (resolved_at, id).
    QList<std::pair<int, QString>> ordered;
    for (const QString& id : a.lastWeek) {
        ordered.append({a.count(QStringLiteral("SELECT resolved_at / 1000 FROM work_orders WHERE id = ?"), {id}), id});
    }
    std::sort(ordered.begin(), ordered.end());
    QStringList candidates;
    for (const auto& [at, id] : ordered) {
        candidates << id;
    }
    std::mt19937_64 gen(12366);
    QStringList expected = qa::pickRandom(candidates, 3, gen);
    expected.sort();
    CHECK(drawn(items.value()) == expected);
    // A different seed draws differently.
    Plans d;
    auto other = d.plans.create(d.draft(99), d.manager);
    REQUIRE(other.ok());
    CHECK(drawn(d.plans.items(other.value().id, d.manager).value()) != drawn(items.value()));

    // A second plan over the same week leaves out the work orders already planned.
    auto second = a.plans.create(a.draft(7), a.manager);
    REQUIRE(second.ok());
    for (const QString& id : drawn(a.plans.items(second.value().id, a.manager).value())) {
        CHECK_FALSE(drawn(items.value()).contains(id));
    }
    // Round robin: 100 % of the 6 left over three agents gives two each.
    PlanDraft all = a.draft(5);
    all.sharePercent = 100;
    auto third = a.plans.create(all, a.manager);
    REQUIRE(third.ok());
    CHECK(third.value().total == 6);
    QMap<QString, int> perAgent;
    for (const PlanItem& it : a.plans.items(third.value().id, a.manager).value()) {
        ++perAgent[it.assigneeId];
    }
    CHECK(perAgent.value(a.li.id) == 2);
    CHECK(perAgent.value(a.wang.id) == 2);
    CHECK(perAgent.value(a.zhang.id) == 2);
    // Nothing left to draw.
    auto empty = a.plans.create(all, a.manager);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("period"));
    // Every plan and item went to the outbox.
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'return_visit_plan'")) == 3);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'return_visit_plan_item'")) == 12);
}

TEST_CASE("a return-visit plan with bad input or by an agent is refused")
{
    Plans p;
    auto byAgent = p.plans.create(p.draft(), p.zhang);
    REQUIRE_FALSE(byAgent.ok());
    CHECK(byAgent.error().code == ErrorCode::Forbidden);
    CHECK(p.plans.plans(p.zhang).error().code == ErrorCode::Forbidden);
    auto field = [&p](const PlanDraft& d) {
        auto made = p.plans.create(d, p.manager);
        REQUIRE_FALSE(made.ok());
        return made.error().field;
    };
    PlanDraft d = p.draft();
    d.sharePercent = 0;
    CHECK(field(d) == QStringLiteral("share"));
    d.sharePercent = 101;
    CHECK(field(d) == QStringLiteral("share"));
    d = p.draft();
    d.agentIds.clear();
    CHECK(field(d) == QStringLiteral("agents"));
    d.agentIds = {QStringLiteral("nobody")};
    CHECK(field(d) == QStringLiteral("agents"));
    d = p.draft();
    std::swap(d.from, d.to);
    CHECK(field(d) == QStringLiteral("period"));
    d = p.draft();
    d.seed = -1;
    CHECK(field(d) == QStringLiteral("seed"));
    d.seed = qa::kMaxSeed + 1;
    CHECK(field(d) == QStringLiteral("seed"));
    d = p.draft();
    d.title = QString(kMaxPlanTitleLength + 1, QLatin1Char('x'));
    CHECK(field(d) == QStringLiteral("title"));
    d = p.draft();
    d.from = QDate(2026, 12, 1);
    d.to = QDate(2026, 12, 7);
    CHECK(field(d) == QStringLiteral("period"));
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM return_visit_plans")) == 0);
}

TEST_CASE("the questionnaire is saved from an agent's list and counts in the satisfaction rate")
{
    Plans p;
    PlanDraft d = p.draft();
    d.agentIds = {p.li.id}; // 李四 visits 张三's work orders
    auto plan = p.plans.create(d, p.manager);
    REQUIRE(plan.ok());
    auto mine = p.plans.myVisits(p.li);
    REQUIRE(mine.ok());
    REQUIRE(mine.value().size() == 3);
    CHECK(p.plans.myVisits(p.zhang).value().isEmpty());
    const PlanItem first = mine.value().at(0);
    CHECK(first.question == QStringLiteral("咨询"));
    CHECK(first.answer == QStringLiteral("请在人员信息采集中获取反馈"));
    CHECK_FALSE(first.done());

    satisfaction::ReturnVisitService visits(p.conn(), p.clock, p.ids);
    satisfaction::ReturnVisitDraft v{first.workOrderId, p.clock.now(), satisfaction::VisitMethod::Phone,
                                     satisfaction::Rating::BasicallySatisfied, QStringLiteral("希望答复再快一些")};
    v.resolved = true;
    v.planItemId = first.id;
    // Only the agent it was dealt to (or a lead) may visit from it: 王五 owns neither the item nor the work order.
    CHECK(visits.record(v, p.wang).error().code == ErrorCode::Forbidden);
    auto saved = visits.record(v, p.li);
    REQUIRE(saved.ok());
    CHECK(saved.value().resolved == true);
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM return_visits WHERE resolved = 1 AND plan_item_id = ?"),
                  {first.id}) == 1);
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'return_visit' AND "
                                 "fields LIKE '%plan_item_id%'")) == 1);
    auto listed = visits.list(first.workOrderId, p.li);
    REQUIRE(listed.ok());
    CHECK(listed.value().at(0).planItemId == first.id);
    CHECK(listed.value().at(0).resolved == true);

    // Unreached: resolved is not asked.
    const PlanItem second = mine.value().at(1);
    satisfaction::ReturnVisitDraft unreached{
        second.workOrderId, p.clock.now(), satisfaction::VisitMethod::Phone, std::nullopt, {}};
    unreached.planItemId = second.id;
    unreached.resolved = false;
    CHECK(visits.record(unreached, p.li).error().field == QStringLiteral("resolved"));
    unreached.resolved.reset();
    REQUIRE(visits.record(unreached, p.li).ok());
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM return_visits WHERE resolved IS NULL")) == 1);
    // An item names its own work order only.
    satisfaction::ReturnVisitDraft crossed = v;
    crossed.workOrderId = second.workOrderId;
    CHECK(visits.record(crossed, p.li).error().field == QStringLiteral("plan_item"));

    // Progress: two of three visited (an unreached visit is a visit made); the done ones go to the end of the list.
    auto progress = p.plans.plans(p.manager);
    REQUIRE(progress.ok());
    REQUIRE(progress.value().size() == 1);
    CHECK(progress.value().at(0).done == 2);
    CHECK(progress.value().at(0).total == 3);
    auto after = p.plans.myVisits(p.li).value();
    CHECK_FALSE(after.at(0).done());
    CHECK(after.at(2).done());

    // The plan's reached visit is in the satisfaction rate (the unreached one is not).
    const QDate today = p.clock.now().toTimeZone(calendar::beijingTime()).date();
    auto rate = satisfaction::satisfactionRate(p.conn(), today, today, p.lead);
    REQUIRE(rate.ok());
    CHECK(rate.value().returnVisits.basicallySatisfied == 1);
    CHECK(rate.value().returnVisits.total() == 1);
    CHECK(rate.value().overall.total() == 1);
}

TEST_CASE("the number to call back is revealed only to the agent the visit was dealt to, and audited")
{
    Plans p;
    PlanDraft d = p.draft();
    d.agentIds = {p.li.id};
    REQUIRE(p.plans.create(d, p.manager).ok());
    p.exec(QStringLiteral("UPDATE work_orders SET contact_number = '13907711234'"));
    const PlanItem item = p.plans.myVisits(p.li).value().at(0);
    CHECK(item.contactNumber == QStringLiteral("139****1234"));
    CHECK(p.plans.revealContact(item.id, p.zhang).error().code == ErrorCode::Forbidden);
    auto number = p.plans.revealContact(item.id, p.li);
    REQUIRE(number.ok());
    CHECK(number.value() == QStringLiteral("13907711234"));
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'")) == 1);
}
