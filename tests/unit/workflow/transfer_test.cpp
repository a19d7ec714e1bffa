#include "sync/changelog.h"
#include "ticketfixture.h"
#include "tickets/timeline.h"
#include "tickets/workorderrepository.h"
#include "workflow/transferservice.h"

using hotline::ErrorCode;
namespace test = hotline::test;
using namespace hotline::workflow;
using hotline::security::Operator;
using hotline::security::OperatorRepository;
using hotline::security::Role;
using hotline::test::beijing;
using hotline::tickets::Status;

namespace {

struct TransferFixture : test::TicketFixture {
    TransferFixture()
    {
        OperatorRepository ops(store.db->connection());
        expert = ops.create(QStringLiteral("周专家"), Role::Expert, ids, clock).value();
        expert2 = ops.create(QStringLiteral("吴专家"), Role::Expert, ids, clock).value();
        transfers = std::make_unique<TransferService>(*store.db, clock, ids);
        order = service->create(noAnswer(), agent).value();
    }
    hotline::tickets::WorkOrderDraft noAnswer() const
    {
        auto d = draft();
        d.answer.clear();
        return d;
    }
    TransferRequest toExperts() const
    {
        return {order.id, TransferTarget::ExpertTeam, {}, QStringLiteral("经营所得汇算清缴的减免税额怎么填？"), {}};
    }
    Status statusOf(const QString& id) const
    {
        return hotline::tickets::WorkOrderRepository(store.db->connection()).find(id).value()->status;
    }
    QStringList timelineKinds(const QString& id) const
    {
        QStringList out;
        for (const auto& e : hotline::tickets::WorkOrderRepository(store.db->connection()).timeline(id).value()) {
            out << e.kind;
        }
        return out;
    }
    Operator expert;
    Operator expert2;
    std::unique_ptr<TransferService> transfers;
    hotline::tickets::WorkOrder order;
};

} // namespace

TEST_CASE("a transfer to the expert team is due in two working days and marks the work order transferred")
{
    TransferFixture f;
    // Tuesday 30 September 2025 10:00: National Day follows, the second working day after is Friday 10 October.
    const int changesBefore = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto t = f.transfers->request(f.toExperts(), f.agent);
    REQUIRE(t.ok());
    CHECK(t->dueAt == beijing(QStringLiteral("2025-10-10 17:30")));
    CHECK(t->status == TransferStatus::Open);
    CHECK(t->holderId.isEmpty());
    CHECK(f.statusOf(f.order.id) == Status::Transferred);
    // New → 处理中 → 已转办, and the request with its question.
    CHECK(f.timelineKinds(f.order.id) == QStringList{QStringLiteral("created"), QStringLiteral("status"),
                                                     QStringLiteral("status"), QStringLiteral("transfer_request")});
    auto changes = hotline::sync::pendingChanges(f.store.db->connection(), 1000).value();
    QStringList entities;
    for (int i = changesBefore; i < changes.size(); ++i) {
        entities << changes[i].entity;
    }
    CHECK(entities.count(QStringLiteral("transfer")) == 1);
    CHECK(entities.count(QStringLiteral("work_order")) == 2);
    CHECK(entities.count(QStringLiteral("work_order_event")) == 3);

    auto marks = f.transfers->marks().value();
    REQUIRE(marks.contains(f.order.id));
    CHECK(marks[f.order.id].open);
    CHECK(marks[f.order.id].holderName.isEmpty());
}

TEST_CASE("the expert takes the transfer, answers it, and the work order returns to its owner with the answer")
{
    TransferFixture f;
    auto t = f.transfers->request(f.toExperts(), f.agent).value();
    f.clock.set(beijing(QStringLiteral("2025-10-09 09:30")));

    auto rows = f.transfers->openTransfers(f.expert).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].ticketNo == f.order.ticketNo);
    CHECK(rows[0].ownerName == QStringLiteral("李娜"));
    // 30 Sept 10:00–17:30 minus lunch = 6 h; then nothing until 9 Oct 09:00; plus 30 min.
    CHECK(rows[0].waitingMinutes == 6 * 60 + 30);
    CHECK_FALSE(rows[0].overdue);

    auto taken = f.transfers->take(t.id, f.expert);
    REQUIRE(taken.ok());
    CHECK(taken->holderId == f.expert.id);
    CHECK(f.transfers->marks().value()[f.order.id].holderName == QStringLiteral("周专家"));
    auto second = f.transfers->take(t.id, f.expert2);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("周专家")));
    auto stolen = f.transfers->answer(t.id, QStringLiteral("填在减免税额栏。"), f.expert2);
    REQUIRE_FALSE(stolen.ok());
    CHECK(stolen.error().code == ErrorCode::Conflict);

    auto answered = f.transfers->answer(t.id, QStringLiteral("  按减免事项附表填写减免税额。 "), f.expert);
    REQUIRE(answered.ok());
    CHECK(answered->status == TransferStatus::Answered);
    CHECK(answered->answer == QStringLiteral("按减免事项附表填写减免税额。"));
    CHECK(answered->answeredBy == f.expert.id);
    CHECK(f.statusOf(f.order.id) == Status::InProgress);
    const auto timeline = hotline::tickets::WorkOrderRepository(f.store.db->connection()).timeline(f.order.id).value();
    bool found = false;
    for (const auto& e : timeline) {
        if (e.kind == QLatin1String("transfer_answer")) {
            found = true;
            CHECK(e.note == QStringLiteral("按减免事项附表填写减免税额。"));
            CHECK(e.operatorId == f.expert.id);
            CHECK(hotline::tickets::describe(e, {}) == QStringLiteral("Answer from the remote expert team"));
        }
    }
    CHECK(found);
    // The owner sees 转办已答复 until they touch the work order.
    auto marks = f.transfers->marks().value();
    CHECK(marks[f.order.id].answeredUnseen);
    CHECK_FALSE(marks[f.order.id].open);
    f.clock.advanceSecs(60);
    REQUIRE(f.service->addNote(f.order.id, QStringLiteral("已电话告知"), f.agent).ok());
    auto w = f.service->view(f.order.id, f.agent).value();
    auto d = hotline::tickets::draftOf(w);
    d.answer = QStringLiteral("按减免事项附表填写减免税额。");
    REQUIRE(f.service->edit(f.order.id, d, w.version, f.agent).ok());
    CHECK_FALSE(f.transfers->marks().value().contains(f.order.id));
    CHECK(f.transfers->openTransfers(f.expert).value().isEmpty());
    // Answered: neither taken, answered again nor withdrawn.
    CHECK(f.transfers->answer(t.id, QStringLiteral("再答"), f.expert).error().code == ErrorCode::IllegalTransition);
    CHECK(f.transfers->withdraw(t.id, {}, f.agent).error().code == ErrorCode::IllegalTransition);
}

TEST_CASE("only one open transfer per work order, and only its owner or a lead requests one")
{
    TransferFixture f;
    auto byColleague = f.transfers->request(f.toExperts(), f.colleague);
    REQUIRE_FALSE(byColleague.ok());
    CHECK(byColleague.error().code == ErrorCode::Forbidden);
    CHECK(byColleague.error().message.contains(QStringLiteral("李娜")));
    auto byExpert = f.transfers->request(f.toExperts(), f.expert);
    CHECK(byExpert.error().code == ErrorCode::Forbidden);

    REQUIRE(f.transfers->request(f.toExperts(), f.agent).ok());
    auto twice = f.transfers->request(f.toExperts(), f.lead);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM transfers")) == 1);
}

TEST_CASE("bad transfer requests are refused and store nothing")
{
    TransferFixture f;
    const int before = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto noDept = f.toExperts();
    noDept.target = TransferTarget::Department;
    noDept.department = QStringLiteral("   ");
    CHECK(f.transfers->request(noDept, f.agent).error().field == QStringLiteral("department"));
    auto noQuestion = f.toExperts();
    noQuestion.question = QStringLiteral(" \n ");
    CHECK(f.transfers->request(noQuestion, f.agent).error().field == QStringLiteral("question"));
    auto past = f.toExperts();
    past.dueAt = beijing(QStringLiteral("2025-09-30 09:59"));
    CHECK(f.transfers->request(past, f.agent).error().field == QStringLiteral("due_at"));
    auto unknown = f.toExperts();
    unknown.workOrderId = QStringLiteral("nope");
    CHECK(f.transfers->request(unknown, f.agent).error().code == ErrorCode::NotFound);
    auto resolved = f.service->create(f.draft(), f.agent).value();
    REQUIRE(f.service->changeStatus(resolved.id, Status::InProgress, {}, f.agent).ok());
    REQUIRE(f.service->changeStatus(resolved.id, Status::Resolved, {}, f.agent).ok());
    auto late = f.toExperts();
    late.workOrderId = resolved.id;
    CHECK(f.transfers->request(late, f.agent).error().code == ErrorCode::IllegalTransition);
    const int after = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    CHECK(after == before + 6); // only the second work order: created and two status changes, row and event each
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM transfers")) == 0);
    CHECK(f.statusOf(f.order.id) == Status::New);
}

TEST_CASE("a department transfer is answered by the owner, not by the expert team, and can be withdrawn")
{
    TransferFixture f;
    auto req = f.toExperts();
    req.target = TransferTarget::Department;
    req.department = QStringLiteral(" 所得税科 ");
    req.dueAt = beijing(QStringLiteral("2025-10-09 12:00"));
    auto t = f.transfers->request(req, f.agent);
    REQUIRE(t.ok());
    CHECK(t->department == QStringLiteral("所得税科"));
    CHECK(t->dueAt == beijing(QStringLiteral("2025-10-09 12:00")));
    CHECK(f.transfers->departments().value() == QStringList{QStringLiteral("所得税科")});
    CHECK(f.transfers->take(t->id, f.expert).error().code == ErrorCode::InvalidInput);
    CHECK(f.transfers->answer(t->id, QStringLiteral("答"), f.expert).error().code == ErrorCode::Forbidden);
    CHECK(f.transfers->answer(t->id, QStringLiteral(" "), f.agent).error().field == QStringLiteral("answer"));
    // Agents cannot take from the expert queue either.
    auto other = f.service->create(f.noAnswer(), f.agent).value();
    auto expertT = f.toExperts();
    expertT.workOrderId = other.id;
    auto e = f.transfers->request(expertT, f.agent).value();
    CHECK(f.transfers->take(e.id, f.agent).error().code == ErrorCode::Forbidden);
    CHECK(f.transfers->answer(e.id, QStringLiteral("自己答"), f.agent).error().code == ErrorCode::Forbidden);
    // The agent sees only their own; the overdue one is flagged.
    f.clock.set(beijing(QStringLiteral("2025-10-09 14:00")));
    auto mine = f.transfers->openTransfers(f.agent).value();
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].overdue);
    CHECK(f.transfers->openTransfers(f.colleague).value().isEmpty());
    CHECK(f.transfers->openTransfers(f.lead, QStringLiteral("所得税科")).value().size() == 1);

    auto withdrawn = f.transfers->withdraw(e.id, QStringLiteral("已自行解答"), f.agent);
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn->status == TransferStatus::Withdrawn);
    CHECK(f.statusOf(other.id) == Status::InProgress);
    CHECK(f.transfers->withdraw(t->id, {}, f.colleague).error().code == ErrorCode::Forbidden);

    auto answered = f.transfers->answer(t->id, QStringLiteral("所得税科答复：可以补报。"), f.agent);
    REQUIRE(answered.ok());
    CHECK(f.statusOf(f.order.id) == Status::InProgress);
    // A new transfer is possible again once the first is closed.
    CHECK(f.transfers->request(f.toExperts(), f.agent).ok());
}

TEST_CASE("working time counts office hours on working days, make-up Saturdays included")
{
    const auto cal = hotline::calendar::WorkCalendar::builtin();
    const hotline::calendar::OfficeHours hours;
    // Friday 26 September 2025 17:00 → Sunday 28 September (调休上班) 10:00: 30 min + 1 h.
    CHECK(workingMinutesBetween(cal, hours, beijing(QStringLiteral("2025-09-26 17:00")),
                                beijing(QStringLiteral("2025-09-28 10:00"))) == 90);
    CHECK(workingMinutesBetween(cal, hours, beijing(QStringLiteral("2025-09-28 10:00")),
                                beijing(QStringLiteral("2025-09-26 17:00"))) == 0);
    CHECK(workingMinutesBetween(cal, hours, beijing(QStringLiteral("2025-10-01 09:00")),
                                beijing(QStringLiteral("2025-10-08 18:00"))) == 0);
    CHECK(formatWorkingTime(90, hours) == QStringLiteral("1 h 30 min"));
    CHECK(formatWorkingTime(7 * 60 + 60, hours) == QStringLiteral("1 working day(s) 1 h"));
}
