#include "../qa/feedbackrows.h"
#include "db/transaction.h"
#include "qa/sampling.h"
#include "workflow/complaintservice.h"
#include "workflow/returnvisitplan.h"

#include <QElapsedTimer>

using namespace hotline;
using hotline::test::QaRows;

// Timings on a large store, run by hand: build/dev/tests/test_workflow "[.bench]"
TEST_CASE("drawing a plan over 50,000 resolved work orders and listing 10,000 complaints", "[.bench]")
{
    QaRows a;
    const security::Operator manager =
        security::OperatorRepository(a.conn())
            .create(QStringLiteral("质管员"), security::Role::QualityManager, a.ids, a.clock)
            .value();
    const qint64 monday = test::beijing(QStringLiteral("2026-11-16 00:00")).toMSecsSinceEpoch();
    {
        db::Transaction tx(a.conn());
        for (int i = 0; i < 50000; ++i) {
            const QString id = a.ids.next();
            const qint64 at = monday + qint64(i) * 7 * 24 * 3600 * 1000 / 50000;
            a.exec(QStringLiteral("INSERT INTO work_orders (id, ticket_no, channel, difficulty, question, status, "
                                  "owner_id, created_by, received_at, due_at, updated_at, resolved_at) "
                                  "VALUES (?, ?, 'phone', 'normal', '咨询', 'closed', ?, ?, ?, ?, ?, ?)"),
                   {id, id, a.zhang.id, a.zhang.id, at, at, at, at});
        }
        for (int i = 0; i < 10000; ++i) {
            const qint64 at = monday + qint64(i) * 60000;
            a.exec(QStringLiteral("INSERT INTO complaints (id, complaint_no, received_at, channel, subject_kind, "
                                  "summary, severity, status, created_by, created_at, updated_at) VALUES "
                                  "(?, ?, ?, 'phone', 'other', '投诉', 'minor', 'open', ?, ?, ?)"),
                   {a.ids.next(), QStringLiteral("TS-B-%1").arg(i), at, a.lead.id, at, at});
        }
        // 20,000 recorded calls in the week; every tenth one has a complaint about it.
        const security::Operator agents[] = {a.zhang, a.li, a.wang};
        for (int i = 0; i < 20000; ++i) {
            const QString rec = a.ids.next();
            const qint64 at = monday + qint64(i) * 30000;
            a.exec(QStringLiteral("INSERT INTO recordings (id, agent_code, agent_id, caller_number, started_at, "
                                  "duration_ms, format, sample_rate, channels, file_name, path, storage, size_bytes, "
                                  "sha256, imported_by, imported_at) VALUES (?, '', ?, '', ?, 60000, 'alaw', 8000, 1, "
                                  "'r.wav', '/r.wav', 'in_place', 1, ?, ?, ?)"),
                   {rec, agents[i % 3].id, at, rec, a.admin.id, at});
            if (i % 10 == 0) {
                a.exec(QStringLiteral("UPDATE complaints SET recording_id = ? WHERE complaint_no = ?"),
                       {rec, QStringLiteral("TS-B-%1").arg(i / 10)});
            }
        }
        // A year of return visits made outside plans.
        for (int i = 0; i < 100000; ++i) {
            const qint64 at = monday - qint64(i) * 300000;
            a.exec(QStringLiteral("INSERT INTO return_visits (id, work_order_id, visitor_id, visited_at, method, "
                                  "verdict, created_at) SELECT ?, id, ?, ?, 'phone', 'satisfied', ? FROM work_orders "
                                  "LIMIT 1"),
                   {a.ids.next(), a.zhang.id, at, at});
        }
        REQUIRE(tx.commit().ok());
    }
    QElapsedTimer sampling;
    sampling.start();
    auto draw = qa::drawWeek(a.conn(), QDate(2026, 11, 16), a.inspectorA, a.ids, a.clock, {1, false});
    const qint64 samplingMs = sampling.elapsed();
    REQUIRE(draw.ok());
    CHECK(draw->items.size() == 2000 + 3 * 2);
    workflow::PlanDraft p;
    p.from = QDate(2026, 11, 16);
    p.to = QDate(2026, 11, 22);
    p.sharePercent = 10;
    p.agentIds = {a.zhang.id, a.li.id, a.wang.id};
    p.seed = 1;
    QElapsedTimer t;
    t.start();
    auto plan = workflow::ReturnVisitPlanService(a.conn(), a.clock, a.ids).create(p, manager);
    const qint64 drawMs = t.elapsed();
    REQUIRE(plan.ok());
    CHECK(plan->total == 5000);
    t.restart();
    p.seed = 2; // a second plan over the same week leaves out the 5,000 planned
    auto second = workflow::ReturnVisitPlanService(a.conn(), a.clock, a.ids).create(p, manager);
    const qint64 secondMs = t.elapsed();
    REQUIRE(second.ok());
    CHECK(second->total == 4500);
    t.restart();
    auto plans = workflow::ReturnVisitPlanService(a.conn(), a.clock, a.ids).plans(manager);
    const qint64 progressMs = t.elapsed();
    t.restart();
    auto mine = workflow::ReturnVisitPlanService(a.conn(), a.clock, a.ids).myVisits(a.li);
    const qint64 mineMs = t.elapsed();
    REQUIRE(mine.ok());
    t.restart();
    auto list = workflow::ComplaintService(a.conn(), a.clock, a.ids).list({}, manager);
    const qint64 listMs = t.elapsed();
    REQUIRE(list.ok());
    t.restart();
    workflow::ComplaintDraft d;
    d.subject = workflow::ComplaintSubject::Other;
    d.summary = QStringLiteral("投诉");
    REQUIRE(workflow::ComplaintService(a.conn(), a.clock, a.ids).registerComplaint(d, a.li).ok());
    const qint64 registerMs = t.elapsed();
    WARN("plan of 5,000 from 50,000: " << drawMs << " ms; second plan: " << secondMs << " ms; progress: " << progressMs
                                       << " ms; my 1,667 visits: " << mineMs << " ms; 10,000 complaints listed: "
                                       << listMs << " ms; register one: " << registerMs
                                       << " ms; weekly QA draw over 20,000 calls with 2,000 "
                                          "complaint calls: "
                                       << samplingMs << " ms");
}
