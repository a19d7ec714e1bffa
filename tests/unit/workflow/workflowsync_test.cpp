#include "../qa/feedbackrows.h"
#include "db/transaction.h"
#include "satisfaction/returnvisits.h"
#include "sync/changelog.h"
#include "syncmerge.h"
#include "workflow/complaintservice.h"
#include "workflow/returnvisitplan.h"

#include <QFile>

using namespace hotline;
using hotline::test::QaRows;

TEST_CASE("complaints, return-visit plans and plan visits reach another workstation through the sync merge")
{
    QaRows a;
    const security::Operator manager =
        security::OperatorRepository(a.conn())
            .create(QStringLiteral("质管员"), security::Role::QualityManager, a.ids, a.clock)
            .value();
    const QString wo = a.workOrder(test::kOrdinaryTopic, a.zhang);
    a.exec(QStringLiteral("UPDATE work_orders SET resolved_at = ? WHERE id = ?"),
           {test::beijing(QStringLiteral("2026-11-18 10:00")).toMSecsSinceEpoch(), wo});
    const QString call = a.recording(a.zhang, QStringLiteral("2026-11-18 09:00"), wo);
    // Workstation B starts as a copy of A, then A registers and handles a complaint and makes a plan and a visit.
    QTemporaryDir dirB;
    const QString pathB = dirB.filePath(QStringLiteral("b.db"));
    REQUIRE(db::exec(a.conn(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    REQUIRE(QFile::copy(a.store.path, pathB));
    auto b = db::Database::open(pathB);
    REQUIRE(b.ok());
    const int before = sync::pendingCount(a.conn()).value();

    workflow::ComplaintService complaints(a.conn(), a.clock, a.ids);
    workflow::ComplaintDraft d;
    d.complainantPhone = QStringLiteral("13907711234");
    d.subject = workflow::ComplaintSubject::Agent;
    d.subjectAgentId = a.zhang.id;
    d.workOrderId = wo;
    d.summary = QStringLiteral("坐席态度差");
    d.severity = workflow::ComplaintSeverity::Serious;
    auto c = complaints.registerComplaint(d, a.li);
    REQUIRE(c.ok());
    REQUIRE(complaints.setResult(c->id, workflow::ComplaintResult::Upheld, manager).ok());
    REQUIRE(complaints.reply(c->id, QStringLiteral("已致歉"), a.clock.now(), manager).ok());
    REQUIRE(complaints.close(c->id, manager).ok());
    REQUIRE(complaints.reopen(c->id, QStringLiteral("再次投诉"), manager).ok()); // closed_at back to NULL

    workflow::PlanDraft p;
    p.from = QDate(2026, 11, 16);
    p.to = QDate(2026, 11, 22);
    p.sharePercent = 100;
    p.agentIds = {a.li.id};
    p.seed = 3;
    REQUIRE(workflow::ReturnVisitPlanService(a.conn(), a.clock, a.ids).create(p, manager).ok());
    const QString item = workflow::ReturnVisitPlanService(a.conn(), a.clock, a.ids).myVisits(a.li).value().at(0).id;
    satisfaction::ReturnVisitDraft v{wo, a.clock.now(), satisfaction::VisitMethod::Phone,
                                     satisfaction::Rating::Satisfied, QStringLiteral("满意")};
    v.resolved = false;
    v.planItemId = item;
    REQUIRE(satisfaction::ReturnVisitService(a.conn(), a.clock, a.ids).record(v, a.li).ok());

    auto changes = sync::pendingChanges(a.conn(), 1000);
    REQUIRE(changes.ok());
    const sync::MergeCounts counts =
        test::mergeChanges(b.value()->connection(), changes.value().mid(before), QStringLiteral("workstation-a"),
                           a.clock.now().toMSecsSinceEpoch());
    auto rejects =
        db::exec(b.value()->connection(), QStringLiteral("SELECT entity || ': ' || reason FROM sync_rejects"));
    REQUIRE(rejects.ok());
    while (rejects.value().next()) {
        UNSCOPED_INFO(rejects.value().value(0).toString().toStdString());
    }
    CHECK(counts.rejected == 0);
    CHECK(counts.applied == changes->size() - before);
    auto q = db::exec(b.value()->connection(),
                      QStringLiteral("SELECT c.complaint_no, c.status, c.result, c.reply, c.closed_at IS NULL, "
                                     "c.recording_id, c.complainant_phone, "
                                     "(SELECT count(*) FROM complaint_events e WHERE e.complaint_id = c.id), "
                                     "(SELECT count(*) FROM return_visit_plan_items), "
                                     "(SELECT count(*) FROM return_visits WHERE plan_item_id = ? AND resolved = 0) "
                                     "FROM complaints c"),
                      {item});
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toString() == c->number);
    CHECK(q.value().value(1).toString() == QStringLiteral("investigating"));
    CHECK(q.value().value(2).toString() == QStringLiteral("upheld"));
    CHECK(q.value().value(3).toString() == QStringLiteral("已致歉"));
    CHECK(q.value().value(4).toBool());
    CHECK(q.value().value(5).toString() == call);
    CHECK(q.value().value(6).toString() == QStringLiteral("13907711234"));
    CHECK(q.value().value(7).toInt() == 5);
    CHECK(q.value().value(8).toInt() == 1);
    CHECK(q.value().value(9).toInt() == 1);
}
