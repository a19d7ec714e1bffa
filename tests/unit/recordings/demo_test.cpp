// The demo store's recordings: synthesised calls for the newest phone work orders, linked as a PBX's would be.
#include "demo/demodata.h"
#include "recordings/demorecordings.h"
#include "recordings/recordingrepository.h"
#include "reports/improvementplan.h"
#include "security/accountservice.h"
#include "testsupport.h"
#include "workflow/callbackservice.h"
#include "workflow/complaintservice.h"
#include "workflow/returnvisitplan.h"
#include "workflow/transferservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>

using namespace hotline;
using namespace hotline::recordings;

TEST_CASE("synthesised calls sound like speech: bursts with pauses, and the same seed gives the same samples")
{
    const PcmAudio a = synthesizeCall(20, 7);
    REQUIRE(a.durationMs() == 20000);
    CHECK(a.samples == synthesizeCall(20, 7).samples);
    CHECK(a.samples != synthesizeCall(20, 8).samples);
    // Per 50 ms window: loud (speech) and quiet (pause) windows both occur, and neither dominates.
    int loud = 0;
    int quiet = 0;
    for (qsizetype w = 0; w + 400 <= a.samples.size(); w += 400) {
        int peak = 0;
        for (qsizetype i = w; i < w + 400; ++i) {
            peak = std::max(peak, std::abs(int(a.samples.at(i))));
        }
        if (peak > 2000) {
            ++loud;
        } else if (peak < 300) {
            ++quiet;
        }
    }
    CHECK(loud > 100);
    CHECK(quiet > 40);
}

TEST_CASE("the demo store gets recordings in three formats, linked by call id, by caller and time, and one not")
{
    test::TempStore store;
    UuidGenerator ids;
    demo::DemoOptions options;
    options.count = 60;
    options.now = test::beijing(QStringLiteral("2026-11-27 16:00"));
    REQUIRE(demo::fillDemo(*store.db, ids, options).ok());
    QTemporaryDir folder;
    ManualClock clock(options.now);
    auto made = fillDemoRecordings(*store.db, folder.path(), ids, clock);
    REQUIRE(made.ok());
    CHECK(made->files == 12);
    CHECK(made->imported == 12);
    CHECK(made->linked == 11);
    RecordingRepository repo(store.db->connection());
    auto all = repo.list({}).value();
    REQUIRE(all.size() == 12);
    QSet<QString> formats;
    int byCallId = 0;
    int byWindow = 0;
    for (const Recording& r : all) {
        formats << key(r.format);
        CHECK(r.durationMs >= 60000);
        CHECK(r.durationMs <= 240000);
        CHECK_FALSE(r.agentId.isEmpty()); // demo agents have agent numbers now
        byCallId += r.linkMethod == LinkMethod::CallId ? 1 : 0;
        byWindow += r.linkMethod == LinkMethod::CallerWindow ? 1 : 0;
    }
    CHECK(formats.size() == 3);
    CHECK(byCallId >= 6);
    CHECK(byWindow >= 2);
    // Making them again adds nothing.
    auto again = fillDemoRecordings(*store.db, folder.path(), ids, clock);
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
}

namespace {

// status → count of a workflow table of the store.
QHash<QString, int> countsByStatus(db::Database& db, const QString& table)
{
    QHash<QString, int> counts;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT status, count(*) FROM ") + table + QStringLiteral(" GROUP BY status")));
    while (q.next()) {
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

int count(db::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("the demo store shows the service workflow: transfers, callbacks, complaints, return visits and the plan")
{
    test::TempStore store;
    db::Database& db = *store.db;
    UuidGenerator ids;
    const QDateTime now = test::beijing(QStringLiteral("2026-11-27 16:00")); // a Friday afternoon
    QElapsedTimer timer;
    timer.start();
    demo::DemoOptions options; // the full demo: 1500 work orders
    options.now = now;
    auto filled = demo::fillDemo(db, ids, options);
    REQUIRE(filled.ok());
    QTemporaryDir folder;
    ManualClock clock(now);
    REQUIRE(fillDemoRecordings(db, folder.path(), ids, clock).ok());
    auto workflow = demo::fillDemoWorkflow(db, ids, now);
    REQUIRE(workflow.ok());
    const qint64 elapsed = timer.elapsed();
    CAPTURE(elapsed);
    CHECK(elapsed < 60000); // about 5 s in a dev build on the 2-core machine

    CHECK(workflow->transfers == 4);
    CHECK(workflow->callbacks == 6);
    CHECK(workflow->complaints == 3);
    CHECK(workflow->visits == 3);
    CHECK(workflow->improvementPlan);

    // The expert and the quality manager log in with the demo password and own no work order.
    security::AccountService accounts(db, clock, ids);
    auto expert = accounts.login(QStringLiteral("农振华"), demo::demoPassword());
    REQUIRE(expert.ok());
    CHECK(expert->role == security::Role::Expert);
    auto manager = accounts.login(QStringLiteral("黄丽娟"), demo::demoPassword());
    REQUIRE(manager.ok());
    CHECK(manager->role == security::Role::QualityManager);
    CHECK_FALSE(accounts.login(QStringLiteral("农振华"), QStringLiteral("wrong")).ok());
    CHECK(filled->accounts.contains(QStringLiteral("农振华")));
    CHECK(filled->accounts.contains(QStringLiteral("黄丽娟")));
    auto lead = accounts.login(QStringLiteral("梁淑芬"), demo::demoPassword());
    REQUIRE(lead.ok());
    for (const auto& op : {expert.value(), manager.value()}) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM work_orders WHERE owner_id = ?"));
        q.addBindValue(op.id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }

    // Transfers: two open to the expert team (one taken by the expert, one past its due time), two answered.
    const auto transfers = countsByStatus(db, QStringLiteral("transfers"));
    CHECK(transfers.value(QStringLiteral("open")) == 2);
    CHECK(transfers.value(QStringLiteral("answered")) == 2);
    workflow::TransferService transferService(db, clock, ids);
    auto open = transferService.openTransfers(expert.value());
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    int taken = 0;
    int overdue = 0;
    for (const workflow::TransferRow& row : open.value()) {
        CHECK(row.transfer.target == workflow::TransferTarget::ExpertTeam);
        taken += row.transfer.holderId == expert->id ? 1 : 0;
        overdue += row.transfer.dueAt < now ? 1 : 0;
    }
    CHECK(taken == 1);
    CHECK(overdue == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM transfers WHERE department = '社保费征收科' AND status = "
                                   "'answered'")) == 1);
    // The transferred work orders wait as 已转办; the answered ones are back in progress.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM transfers t JOIN work_orders w ON w.id = t.work_order_id "
                                   "WHERE t.status = 'open' AND w.status = 'transferred'")) == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM transfers t JOIN work_orders w ON w.id = t.work_order_id "
                                   "WHERE t.status = 'answered' AND w.status = 'in_progress'")) == 2);

    // Callbacks: four pending (due today or on Monday, one after two unanswered attempts), one reached, one
    // escalated past its deadline.
    const auto callbacks = countsByStatus(db, QStringLiteral("callbacks"));
    CHECK(callbacks.value(QStringLiteral("pending")) == 4);
    CHECK(callbacks.value(QStringLiteral("reached")) == 1);
    CHECK(callbacks.value(QStringLiteral("escalated")) == 1);
    workflow::CallbackService callbackService(db, clock, ids);
    auto queue = callbackService.queue(lead.value(), true);
    REQUIRE(queue.ok());
    QSet<QDate> dueDays;
    int twoMissed = 0;
    for (const workflow::CallbackRow& row : queue.value()) {
        if (row.callback.status == workflow::CallbackStatus::Pending) {
            CHECK(row.callback.deadlineAt > now);
            dueDays << row.callback.deadlineAt.toTimeZone(calendar::beijingTime()).date();
            twoMissed += row.attempts == 2 ? 1 : 0;
        } else {
            CHECK(row.callback.status == workflow::CallbackStatus::Escalated);
            CHECK(row.callback.deadlineAt < now);
        }
    }
    CHECK(dueDays == QSet<QDate>{QDate(2026, 11, 27), QDate(2026, 11, 30)});
    CHECK(twoMissed == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM callback_attempts WHERE outcome = 'no_answer'")) >= 2);

    // Complaints: an open serious one about an agent on a recorded call, one investigated by the quality manager,
    // one closed with its result and reply.
    workflow::ComplaintService complaints(db.connection(), clock, ids);
    auto all = complaints.list({}, manager.value());
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    QHash<workflow::ComplaintStatus, workflow::Complaint> byStatus;
    for (const workflow::Complaint& c : all.value()) {
        byStatus.insert(c.status, c);
    }
    REQUIRE(byStatus.size() == 3);
    const workflow::Complaint serious = byStatus.value(workflow::ComplaintStatus::Open);
    CHECK(serious.severity == workflow::ComplaintSeverity::Serious);
    CHECK(serious.subject == workflow::ComplaintSubject::Agent);
    CHECK_FALSE(serious.subjectAgentId.isEmpty());
    CHECK_FALSE(serious.workOrderId.isEmpty());
    CHECK_FALSE(serious.recordingId.isEmpty());
    CHECK(byStatus.value(workflow::ComplaintStatus::Investigating).ownerId == manager->id);
    CHECK_FALSE(byStatus.value(workflow::ComplaintStatus::Investigating).investigation.isEmpty());
    const workflow::Complaint closed = byStatus.value(workflow::ComplaintStatus::Closed);
    CHECK(closed.result.has_value());
    CHECK_FALSE(closed.reply.isEmpty());
    CHECK(closed.closedAt < now);

    // Last week's return-visit plan: 10 % dealt to two agents, three visits made from it with the questionnaire.
    workflow::ReturnVisitPlanService plans(db.connection(), clock, ids);
    auto planList = plans.plans(manager.value());
    REQUIRE(planList.ok());
    REQUIRE(planList->size() == 1);
    const workflow::ReturnVisitPlan plan = planList->first();
    CHECK(plan.sharePercent == 10);
    CHECK(plan.total >= 5);
    CHECK(plan.done == 3);
    CHECK(plan.periodFrom == test::beijing(QStringLiteral("2026-11-16 00:00")));
    auto items = plans.items(plan.id, manager.value());
    REQUIRE(items.ok());
    QSet<QString> assignees;
    for (const workflow::PlanItem& item : items.value()) {
        assignees << item.assigneeId;
    }
    CHECK(assignees.size() == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM return_visits WHERE plan_item_id IS NOT NULL AND resolved = "
                                   "1")) == 2);

    // The lead's improvement plan for October.
    auto improvement = reports::loadImprovementPlan(db, 2026, 10, lead.value());
    REQUIRE(improvement.ok());
    CHECK(improvement->version == 1);
    CHECK(improvement->authorId == lead->id);
    CHECK(improvement->body.contains(QStringLiteral("专项附加扣除")));
    CHECK(improvement->body.split(QStringLiteral("\n\n")).size() == 3);

    // Everything went through the services: the outbox holds each new row.
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT entity_id) FROM change_log WHERE entity = 'transfer'")) == 4);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT entity_id) FROM change_log WHERE entity = 'callback'")) == 6);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT entity_id) FROM change_log WHERE entity = 'complaint'")) ==
          3);
}

TEST_CASE("the demo workflow refuses a store without the demo people")
{
    test::TempStore store;
    UuidGenerator ids;
    auto made = demo::fillDemoWorkflow(*store.db, ids, test::beijing(QStringLiteral("2026-11-27 16:00")));
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("the demo workflow is made at any moment: a weekend, before opening, near closing, on a public holiday")
{
    const QString moment = QString::fromStdString(GENERATE(as<std::string>{}, "2026-11-28 06:40", "2026-11-30 08:00",
                                                           "2026-11-27 17:20", "2026-10-03 11:00", "2026-12-31 23:50"));
    CAPTURE(moment);
    test::TempStore store;
    UuidGenerator ids;
    demo::DemoOptions options;
    options.count = 300;
    options.now = test::beijing(moment);
    REQUIRE(demo::fillDemo(*store.db, ids, options).ok());
    auto made = demo::fillDemoWorkflow(*store.db, ids, options.now);
    INFO((made.ok() ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    CHECK(made->transfers == 4);
    CHECK(made->callbacks == 6);
    CHECK(made->complaints == 3);
    CHECK(made->improvementPlan);
    // Nothing happened after now, and the pending callbacks are still ahead.
    CHECK(count(*store.db, QStringLiteral("SELECT count(*) FROM change_log WHERE changed_at > %1")
                               .arg(options.now.toMSecsSinceEpoch())) == 0);
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT deadline_at FROM callbacks WHERE status = 'pending'")));
    int pending = 0;
    while (q.next()) {
        ++pending;
        CHECK(q.value(0).toLongLong() > options.now.toMSecsSinceEpoch());
    }
    CHECK(pending == 4);
}
