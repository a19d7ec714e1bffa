// 转办 and 回呼 travel between workstations through the centre: the expert team answers on another desk.

#include "synctest.h"
#include "tickets/workorderrepository.h"
#include "workflow/callbackservice.h"
#include "workflow/transferservice.h"

using namespace hotline;
using namespace hotline::test;

TEST_CASE("a transfer answered by the expert team on another workstation, and a callback's attempts, sync back")
{
    QTemporaryDir dir;
    const QString url = makeCentral("sqlite", dir);
    Workstation a(1, QStringLiteral("李娜"));
    Workstation b(2, QStringLiteral("王强"));
    const security::Operator expert = security::OperatorRepository(a.store.db->connection())
                                          .create(QStringLiteral("周专家"), security::Role::Expert, a.ids, a.clock)
                                          .value();
    const auto w = a.service->create(a.draft(QStringLiteral("减免税额怎么填？")), a.agent).value();
    workflow::TransferService transfersA(*a.store.db, a.clock, a.ids);
    const auto t = transfersA.request({w.id, workflow::TransferTarget::ExpertTeam, {}, w.question, {}}, a.agent);
    REQUIRE(t.ok());
    workflow::CallbackService callbacksA(*a.store.db, a.clock, a.ids);
    const auto c = callbacksA.create(
        {w.id, QStringLiteral("13907711234"), QStringLiteral("回复结果"), {}, a.clock.now().addDays(3), {}}, a.agent);
    REQUIRE(c.ok());
    REQUIRE(callbacksA.recordAttempt(c->id, workflow::AttemptOutcome::Busy, QStringLiteral("占线"), a.agent).ok());

    auto pushed = a.sync(url);
    INFO((pushed ? QString() : pushed.error().message).toStdString());
    REQUIRE(pushed.ok());
    auto pulled = b.sync(url);
    REQUIRE(pulled.ok());
    CHECK(pulled->rejected == 0);

    b.clock.set(beijing(QStringLiteral("2025-09-30 14:00")));
    workflow::TransferService transfersB(*b.store.db, b.clock, b.ids);
    auto queue = transfersB.openTransfers(expert).value();
    REQUIRE(queue.size() == 1);
    CHECK(queue.first().ticketNo == w.ticketNo);
    REQUIRE(transfersB.take(t->id, expert).ok());
    REQUIRE(transfersB.answer(t->id, QStringLiteral("在减免事项附表中填写。"), expert).ok());
    workflow::CallbackService callbacksB(*b.store.db, b.clock, b.ids);
    CHECK(callbacksB.attempts(c->id)->size() == 1);
    REQUIRE(b.sync(url).ok());
    auto back = a.sync(url);
    REQUIRE(back.ok());
    CHECK(back->rejected == 0);

    const auto answered = transfersA.find(t->id).value().value();
    CHECK(answered.status == workflow::TransferStatus::Answered);
    CHECK(answered.holderId == expert.id);
    CHECK(answered.answer == QStringLiteral("在减免事项附表中填写。"));
    CHECK(tickets::WorkOrderRepository(a.store.db->connection()).find(w.id).value()->status ==
          tickets::Status::InProgress);
    CHECK(a.canonicalDump() == b.canonicalDump());
}
