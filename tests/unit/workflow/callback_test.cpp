#include "sync/changelog.h"
#include "ticketfixture.h"
#include "tickets/workorderrepository.h"
#include "workflow/callbackservice.h"

#include <QSqlQuery>

using hotline::ErrorCode;
namespace test = hotline::test;
using namespace hotline::workflow;
using hotline::security::Operator;
using hotline::test::beijing;

namespace {

struct CallbackFixture : test::TicketFixture {
    explicit CallbackFixture(const QString& start = QStringLiteral("2026-02-13 17:00"))
    {
        clock.set(beijing(start));
        callbacks = std::make_unique<CallbackService>(*store.db, clock, ids);
        order = service->create(draft(), agent).value();
    }
    CallbackRequest request(const QString& deadline = QStringLiteral("2026-02-27 17:30")) const
    {
        return {order.id, QStringLiteral("139-0771-1234"), QStringLiteral("核实后回复退税进度"), {}, beijing(deadline),
                {}};
    }
    std::unique_ptr<CallbackService> callbacks;
    hotline::tickets::WorkOrder order;
};

} // namespace

TEST_CASE("a callback is made from a work order with the number validated and the owner as assignee")
{
    CallbackFixture f;
    CHECK(f.callbacks->suggestedNumber(f.order.id, f.agent).value() == QStringLiteral("13907711234"));
    CHECK(f.callbacks->suggestedNumber(f.order.id, f.colleague).error().code == ErrorCode::Forbidden);
    const int before = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto c = f.callbacks->create(f.request(), f.agent);
    REQUIRE(c.ok());
    CHECK(c->number == QStringLiteral("13907711234"));
    CHECK(c->assigneeId == f.agent.id);
    CHECK(c->status == CallbackStatus::Pending);
    CHECK(c->earliestAt == beijing(QStringLiteral("2026-02-13 17:00")));
    auto changes = hotline::sync::pendingChanges(f.store.db->connection(), 1000).value();
    REQUIRE(changes.size() == before + 2);
    CHECK(changes[before].entity == QStringLiteral("callback"));
    CHECK(changes[before + 1].entity == QStringLiteral("work_order_event"));
}

TEST_CASE("bad callbacks are refused with the field at fault")
{
    CallbackFixture f;
    auto r = f.request();
    r.number = QStringLiteral("12366");
    CHECK(f.callbacks->create(r, f.agent).error().field == QStringLiteral("number"));
    r = f.request();
    r.number = QStringLiteral("139077");
    CHECK(f.callbacks->create(r, f.agent).error().field == QStringLiteral("number"));
    r = f.request();
    r.reason = QStringLiteral("  ");
    CHECK(f.callbacks->create(r, f.agent).error().field == QStringLiteral("reason"));
    r = f.request();
    r.earliestAt = beijing(QStringLiteral("2026-02-28 09:00"));
    CHECK(f.callbacks->create(r, f.agent).error().field == QStringLiteral("deadline_at"));
    r = f.request(QStringLiteral("2026-02-13 16:00"));
    r.earliestAt = beijing(QStringLiteral("2026-02-13 15:00"));
    CHECK(f.callbacks->create(r, f.agent).error().field == QStringLiteral("deadline_at"));
    r = f.request();
    r.assigneeId = QStringLiteral("nobody");
    CHECK(f.callbacks->create(r, f.agent).error().field == QStringLiteral("assignee_id"));
    CHECK(f.callbacks->create(f.request(), f.colleague).error().code == ErrorCode::Forbidden);
    r = f.request();
    r.workOrderId = QStringLiteral("missing");
    CHECK(f.callbacks->create(r, f.lead).error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM callbacks")) == 0);
    // A lead may schedule one on anyone's work order, for a colleague.
    r = f.request();
    r.assigneeId = f.colleague.id;
    CHECK(f.callbacks->create(r, f.lead).ok());
}

TEST_CASE("a Friday 17:20 attempt before the Spring Festival: the next one on the make-up Saturday, then after the "
          "holiday")
{
    CallbackFixture f;
    auto c = f.callbacks->create(f.request(), f.agent).value();
    f.clock.set(beijing(QStringLiteral("2026-02-13 17:20")));
    auto first = f.callbacks->recordAttempt(c.id, AttemptOutcome::NoAnswer, QStringLiteral("无人接听"), f.agent);
    REQUIRE(first.ok());
    CHECK(first->status == CallbackStatus::Pending);

    // 30 minutes later is 17:50, after closing: the next working day is the 调休 Saturday 14 February.
    f.clock.set(beijing(QStringLiteral("2026-02-13 17:25")));
    auto next = f.callbacks->nextAllowedAttempt(c.id, f.clock.now()).value();
    CHECK_FALSE(next.allowedNow());
    CHECK(next.reason == WaitReason::TooSoon);
    CHECK(next.at == beijing(QStringLiteral("2026-02-14 09:00")));
    CHECK(next.attemptsLeft == 2);
    auto refused = f.callbacks->recordAttempt(c.id, AttemptOutcome::Busy, {}, f.agent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::IllegalTransition);
    CHECK(refused.error().message.contains(QStringLiteral("2026-02-14 09:00")));

    f.clock.set(beijing(QStringLiteral("2026-02-14 09:00")));
    REQUIRE(f.callbacks->recordAttempt(c.id, AttemptOutcome::Busy, QStringLiteral("占线"), f.agent).ok());
    // 09:20: too soon; 09:30 allowed.
    f.clock.set(beijing(QStringLiteral("2026-02-14 09:20")));
    CHECK(f.callbacks->nextAllowedAttempt(c.id, f.clock.now())->at == beijing(QStringLiteral("2026-02-14 09:30")));
    // Saturday 17:40, then the holiday (15–23 February): next on Tuesday 24 February.
    const auto evening = f.callbacks->nextAllowedAttempt(c.id, beijing(QStringLiteral("2026-02-14 17:40"))).value();
    CHECK(evening.reason == WaitReason::OutsideOfficeHours);
    CHECK(evening.at == beijing(QStringLiteral("2026-02-24 09:00")));
    // Lunch break: 12:10 waits for 13:30.
    CHECK(f.callbacks->nextAllowedAttempt(c.id, beijing(QStringLiteral("2026-02-14 12:10")))->at ==
          beijing(QStringLiteral("2026-02-14 13:30")));

    f.clock.set(beijing(QStringLiteral("2026-02-24 10:00")));
    auto third = f.callbacks->recordAttempt(c.id, AttemptOutcome::NoAnswer, {}, f.agent);
    REQUIRE(third.ok());
    CHECK(third->status == CallbackStatus::Failed); // the third attempt without contact
    CHECK(third->closedAt == f.clock.now());
    CHECK(f.callbacks->attempts(c.id)->size() == 3);
    f.clock.advanceSecs(3600);
    auto closed = f.callbacks->recordAttempt(c.id, AttemptOutcome::Connected, {}, f.agent);
    REQUIRE_FALSE(closed.ok());
    CHECK(f.callbacks->nextAllowedAttempt(c.id, f.clock.now())->reason == WaitReason::Closed);
}

TEST_CASE("connected closes a callback as reached, a wrong number as failed, and only the assignee or a lead calls")
{
    CallbackFixture f(QStringLiteral("2026-03-02 10:00"));
    auto a = f.callbacks->create(f.request(QStringLiteral("2026-03-05 17:30")), f.agent).value();
    auto b = f.callbacks->create(f.request(QStringLiteral("2026-03-05 17:30")), f.agent).value();
    CHECK(f.callbacks->recordAttempt(a.id, AttemptOutcome::Connected, {}, f.colleague).error().code ==
          ErrorCode::Forbidden);
    auto reached = f.callbacks->recordAttempt(a.id, AttemptOutcome::Connected, QStringLiteral("已告知"), f.agent);
    REQUIRE(reached.ok());
    CHECK(reached->status == CallbackStatus::Reached);
    auto wrong = f.callbacks->recordAttempt(b.id, AttemptOutcome::WrongNumber, {}, f.lead);
    REQUIRE(wrong.ok());
    CHECK(wrong->status == CallbackStatus::Failed);
    CHECK(f.callbacks->queue(f.agent).value().isEmpty());
    QStringList kinds;
    for (const auto& e : hotline::tickets::WorkOrderRepository(f.store.db->connection()).timeline(f.order.id).value()) {
        kinds << e.kind;
    }
    CHECK(kinds.count(QStringLiteral("callback_closed")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'callback_attempt'")) == 2);
}

TEST_CASE("a callback past its deadline without contact is escalated to the lead and shown first")
{
    CallbackFixture f(QStringLiteral("2026-03-02 10:00"));
    auto late = f.callbacks->create(f.request(QStringLiteral("2026-03-02 16:00")), f.agent).value();
    auto r = f.request(QStringLiteral("2026-03-06 16:00"));
    r.earliestAt = beijing(QStringLiteral("2026-03-02 09:00")); // before now: allowed
    auto later = f.callbacks->create(r, f.agent).value();

    CHECK(f.callbacks->escalateOverdue(beijing(QStringLiteral("2026-03-02 15:59")), f.lead).value() == 0);
    const int changes = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    CHECK(f.callbacks->escalateOverdue(beijing(QStringLiteral("2026-03-02 16:00")), f.lead).value() == 1);
    const auto log = hotline::sync::pendingChanges(f.store.db->connection(), 1000).value();
    REQUIRE(log.size() == changes + 1);
    CHECK(log.last().entity == QStringLiteral("callback"));
    CHECK(log.last().entityId == late.id);
    CHECK(log.last().fields.value(QStringLiteral("status")).toString() == QStringLiteral("escalated"));
    CHECK(f.callbacks->escalateOverdue(beijing(QStringLiteral("2026-03-02 16:30")), f.lead).value() == 0);
    auto escalated = f.callbacks->find(late.id).value().value();
    CHECK(escalated.status == CallbackStatus::Escalated);
    CHECK(escalated.escalatedAt == beijing(QStringLiteral("2026-03-02 16:00")));

    auto leadQueue = f.callbacks->queue(f.lead, true).value();
    REQUIRE(leadQueue.size() == 2);
    CHECK(leadQueue[0].callback.id == late.id);
    CHECK(leadQueue[1].callback.id == later.id);
    // The lead sees the numbers; an agent not assigned does not see the lead's queue and sees only their own.
    CHECK(leadQueue[0].number == QStringLiteral("13907711234"));
    CHECK(f.callbacks->queue(f.lead).value().isEmpty());          // mine only by default
    CHECK(f.callbacks->queue(f.agent, true).value().size() == 2); // agents: own only, even when asking for all
    CHECK(f.callbacks->queue(f.colleague, true).value().isEmpty());
    // An escalated callback can still be called: the taxpayer is reached.
    f.clock.set(beijing(QStringLiteral("2026-03-02 16:40")));
    auto done = f.callbacks->recordAttempt(late.id, AttemptOutcome::Connected, {}, f.lead);
    REQUIRE(done.ok());
    CHECK(done->status == CallbackStatus::Reached);
}

TEST_CASE("the queue shows the number in full to its assignee and the lead, and nothing to other roles")
{
    CallbackFixture f(QStringLiteral("2026-03-02 10:00"));
    auto r = f.request(QStringLiteral("2026-03-05 17:30"));
    r.assigneeId = f.colleague.id;
    REQUIRE(f.callbacks->create(r, f.lead).ok());
    // The lead: full (sees taxpayer data). The assigned technician: full (they dial it).
    CHECK(f.callbacks->queue(f.lead, true).value().first().number == QStringLiteral("13907711234"));
    CHECK(f.callbacks->queue(f.colleague).value().first().number == QStringLiteral("13907711234"));
    auto qa = hotline::security::OperatorRepository(f.store.db->connection())
                  .create(QStringLiteral("质检员"), hotline::security::Role::QaInspector, f.ids, f.clock)
                  .value();
    CHECK(f.callbacks->queue(qa, true).value().isEmpty());
}

TEST_CASE("the rules come from the settings table, with defaults and range checks")
{
    CallbackFixture f;
    const auto conn = f.store.db->connection();
    auto defaults = CallbackRules::load(conn).value();
    CHECK(defaults.maxAttempts == 3);
    CHECK(defaults.minGapMinutes == 30);
    CHECK(defaults.officeHoursOnly);
    CallbackRules bad;
    bad.maxAttempts = 0;
    CHECK(bad.save(conn).error().code == ErrorCode::InvalidInput);
    bad = {};
    bad.minGapMinutes = -5;
    CHECK_FALSE(bad.save(conn).ok());
    CallbackRules rules;
    rules.maxAttempts = 1;
    rules.minGapMinutes = 10;
    rules.officeHoursOnly = false;
    REQUIRE(rules.save(conn).ok());
    auto loaded = CallbackRules::load(conn).value();
    CHECK(loaded.maxAttempts == 1);
    CHECK(loaded.minGapMinutes == 10);
    CHECK_FALSE(loaded.officeHoursOnly);
    QSqlQuery q(conn);
    REQUIRE(q.exec(QStringLiteral("UPDATE settings SET value = 'many' WHERE key = 'callback.max_attempts'")));
    CHECK(CallbackRules::load(conn)->maxAttempts == 3);

    // With one attempt allowed any time of day, a no-answer at 20:00 fails the callback at once.
    f.callbacks->setRules(loaded);
    auto c = f.callbacks->create(f.request(), f.agent).value();
    f.clock.set(beijing(QStringLiteral("2026-02-13 20:00")));
    CHECK(f.callbacks->nextAllowedAttempt(c.id, f.clock.now())->allowedNow());
    CHECK(f.callbacks->recordAttempt(c.id, AttemptOutcome::Busy, {}, f.agent)->status == CallbackStatus::Failed);
}

TEST_CASE("office moments are half-open periods on working days")
{
    const auto cal = hotline::calendar::WorkCalendar::builtin();
    const hotline::calendar::OfficeHours hours;
    auto next = [&](const QString& t) { return nextOfficeMoment(cal, hours, beijing(t)); };
    CHECK(next(QStringLiteral("2026-03-02 11:59")) == beijing(QStringLiteral("2026-03-02 11:59")));
    CHECK(next(QStringLiteral("2026-03-02 12:00")) == beijing(QStringLiteral("2026-03-02 13:30")));
    CHECK(next(QStringLiteral("2026-03-02 17:30")) == beijing(QStringLiteral("2026-03-03 09:00")));
    CHECK(next(QStringLiteral("2026-03-02 08:59")) == beijing(QStringLiteral("2026-03-02 09:00")));
    // Friday evening → Monday; an ordinary Saturday is not a working day.
    CHECK(next(QStringLiteral("2026-03-06 18:00")) == beijing(QStringLiteral("2026-03-09 09:00")));
    CHECK(next(QStringLiteral("2026-03-07 10:00")) == beijing(QStringLiteral("2026-03-09 09:00")));
    // The make-up Saturday 28 February 2026 is.
    CHECK(next(QStringLiteral("2026-02-28 10:00")) == beijing(QStringLiteral("2026-02-28 10:00")));
    CHECK_FALSE(nextOfficeMoment(cal, hours, QDateTime()).isValid());
}

TEST_CASE("a callback no longer needed is cancelled by its assignee or a lead, once")
{
    CallbackFixture f(QStringLiteral("2026-03-02 10:00"));
    auto c = f.callbacks->create(f.request(QStringLiteral("2026-03-05 17:30")), f.agent).value();
    CHECK(f.callbacks->cancel(c.id, f.colleague).error().code == ErrorCode::Forbidden);
    CHECK(f.callbacks->cancel(QStringLiteral("missing"), f.agent).error().code == ErrorCode::NotFound);
    auto cancelled = f.callbacks->cancel(c.id, f.agent);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->status == CallbackStatus::Cancelled);
    CHECK(cancelled->closedAt == f.clock.now());
    CHECK(f.callbacks->cancel(c.id, f.lead).error().code == ErrorCode::IllegalTransition);
    CHECK(f.callbacks->queue(f.agent).value().isEmpty());
    CHECK(f.callbacks->recordAttempt(c.id, AttemptOutcome::Connected, {}, f.agent).error().code ==
          ErrorCode::IllegalTransition);
}
