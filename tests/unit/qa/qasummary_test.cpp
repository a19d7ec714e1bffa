#include "feedbackrows.h"
#include "qa/qasummary.h"

using namespace hotline;
using namespace hotline::qa;
using hotline::test::QaRows;

namespace {

// A draw with its items (recording → agent), written as plain rows like the synced ones.
void drawRows(QaRows& r, const QString& weekStart, const QString& drawnAt,
              const QList<std::pair<QString, security::Operator>>& items)
{
    const QString id = r.ids.next();
    r.exec(QStringLiteral("INSERT INTO qa_sample_draws (id, week_start, seed, per_agent, drawn_by, drawn_at) "
                          "VALUES (?, ?, 1, 2, ?, ?)"),
           {id, weekStart, r.inspectorA.id, test::beijing(drawnAt).toMSecsSinceEpoch()});
    for (const auto& [recording, agent] : items) {
        r.exec(QStringLiteral("INSERT INTO qa_sample_items (id, draw_id, recording_id, agent_id, reason) "
                              "VALUES (?, ?, ?, ?, 'random')"),
               {r.ids.next(), id, recording, agent.id});
    }
}

const AgentMonthSummary* find(const QList<AgentMonthSummary>& all, const QString& agentId)
{
    for (const AgentMonthSummary& s : all) {
        if (s.agentId == agentId) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("the monthly summary's arithmetic on hand-made rows")
{
    QaRows r;
    const QString v = r.templateVersion(); // 服务态度 30 points (greet 10, patience 20), 技术能力 30 (policy 30, leak)
    const QString z1 = r.recording(r.zhang, QStringLiteral("2026-11-02 09:00"));
    const QString z2 = r.recording(r.zhang, QStringLiteral("2026-11-03 09:00"));
    const QString z3 = r.recording(r.zhang, QStringLiteral("2026-11-24 09:00"));
    const QString z4 = r.recording(r.zhang, QStringLiteral("2026-11-25 09:00"));
    const QString oct = r.recording(r.zhang, QStringLiteral("2026-10-30 09:00"));
    const QString nov1 = r.recording(r.zhang, QStringLiteral("2026-11-01 23:30"));
    const QString l1 = r.recording(r.li, QStringLiteral("2026-11-09 09:00"));
    const QString w1 = r.recording(r.wang, QStringLiteral("2026-11-24 10:00"));
    // 张三: 90 (greet −4, policy −6), 75 (patience −10, policy −15), 0 fatal (leak); one more scored just after the
    // month's end (Beijing) that does not count.
    r.evaluation(z1, r.zhang, v, QStringLiteral("2026-11-03 10:00"), 90, true,
                 {{QStringLiteral("greet"), 4}, {QStringLiteral("policy"), 6}});
    r.evaluation(z2, r.zhang, v, QStringLiteral("2026-11-04 10:00"), 75, false,
                 {{QStringLiteral("patience"), 10}, {QStringLiteral("policy"), 15}});
    r.evaluation(z3, r.zhang, v, QStringLiteral("2026-11-30 23:30"), 0, false, {{QStringLiteral("leak"), 0, true}},
                 true);
    r.evaluation(z4, r.zhang, v, QStringLiteral("2026-12-01 00:10"), 50, false, {{QStringLiteral("policy"), 30}});
    // 李四: 100, nothing deducted.
    r.evaluation(l1, r.li, v, QStringLiteral("2026-11-10 10:00"), 100, true);
    // Planned: the week of 10-26 straddles the months (its 10-30 call is October's, its 11-01 call November's); the
    // week of 11-23 was redrawn, and only the latest draw counts.
    drawRows(r, QStringLiteral("2026-10-26"), QStringLiteral("2026-11-02 08:00"), {{oct, r.zhang}, {nov1, r.zhang}});
    drawRows(r, QStringLiteral("2026-11-23"), QStringLiteral("2026-11-26 08:00"),
             {{z3, r.zhang}, {z4, r.zhang}, {w1, r.wang}, {l1, r.li}});
    drawRows(r, QStringLiteral("2026-11-23"), QStringLiteral("2026-11-26 09:00"), {{z3, r.zhang}, {w1, r.wang}});

    auto all = monthlySummary(r.conn(), 2026, 11, r.inspectorA);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).agentName == QStringLiteral("张三")); // by name
    const AgentMonthSummary* z = find(all.value(), r.zhang.id);
    REQUIRE(z != nullptr);
    CHECK(z->done == 3);
    CHECK(z->averageTotal == Approx(55.0)); // (90 + 75 + 0) / 3
    CHECK(z->passed == 1);
    CHECK(z->passRate == Approx(1.0 / 3));
    CHECK(z->fatalItems == 1);
    CHECK(z->planned == 2);          // nov1 and z3
    CHECK(z->plannedEvaluated == 1); // z3
    REQUIRE(z->dimensions.size() == 2);
    CHECK(z->dimensions[0].key == QStringLiteral("attitude"));
    CHECK(z->dimensions[0].name == QStringLiteral("服务态度"));
    CHECK(z->dimensions[0].averageDeduction == Approx(14.0 / 3)); // 4 + 10 + 0
    CHECK(z->dimensions[0].averageScore == Approx(30 - 14.0 / 3));
    CHECK(z->dimensions[1].key == QStringLiteral("skill"));
    CHECK(z->dimensions[1].averageDeduction == Approx(7.0)); // (6 + 15 + 0) / 3
    CHECK(z->dimensions[1].averageScore == Approx(23.0));

    const AgentMonthSummary* l = find(all.value(), r.li.id);
    REQUIRE(l != nullptr);
    CHECK(l->done == 1);
    CHECK(l->averageTotal == Approx(100.0));
    CHECK(l->passRate == Approx(1.0));
    CHECK(l->fatalItems == 0);
    CHECK(l->planned == 0); // its item was in the replaced draw
    REQUIRE(l->dimensions.size() == 2);
    CHECK(l->dimensions[0].averageDeduction == 0);
    CHECK(l->dimensions[0].averageScore == Approx(30.0));

    const AgentMonthSummary* w = find(all.value(), r.wang.id);
    REQUIRE(w != nullptr);
    CHECK(w->done == 0);
    CHECK(w->planned == 1);
    CHECK(w->averageTotal == 0);
    CHECK(w->passRate == 0);
    CHECK(w->dimensions.isEmpty());

    // December holds the evaluation scored at 00:10 on the 1st, Beijing time (16:10 UTC on 30 November).
    auto december = monthlySummary(r.conn(), 2026, 12, r.lead);
    REQUIRE(december.ok());
    REQUIRE(december->size() == 1);
    CHECK(december->first().done == 1);
    CHECK(december->first().averageTotal == Approx(50.0));
    CHECK(december->first().dimensions[1].averageDeduction == Approx(30.0));
    // October: the planned call of 10-30 only.
    auto october = monthlySummary(r.conn(), 2026, 10, r.lead);
    REQUIRE(october.ok());
    REQUIRE(october->size() == 1);
    CHECK(october->first().planned == 1);
    CHECK(october->first().done == 0);

    CHECK(monthlySummary(r.conn(), 2026, 11, r.zhang).error().code == ErrorCode::Forbidden);
    CHECK(monthlySummary(r.conn(), 2026, 11, r.admin).error().code == ErrorCode::Forbidden);
    CHECK(monthlySummary(r.conn(), 2026, 13, r.lead).error().code == ErrorCode::InvalidInput);
    CHECK(monthlySummary(r.conn(), 2025, 1, r.lead).value().isEmpty());
}
