#include "sync/changelog.h"
#include "ticketfixture.h"
#include "tickets/statusflow.h"
#include "tickets/timeline.h"
#include "tickets/workorderrepository.h"

using hotline::ErrorCode;
namespace test = hotline::test;
namespace hsync = hotline::sync;
using namespace hotline::tickets;
using hotline::test::beijing;

TEST_CASE("a new work order is stored normalised, owned by its receiver, with deadline, timeline and change log")
{
    test::TicketFixture f;
    auto created = f.service->create(f.draft(), f.agent);
    REQUIRE(created.ok());
    const WorkOrder& w = created.value();
    CHECK(w.callerNumber == QStringLiteral("07715551234"));
    CHECK(w.contactNumber == QStringLiteral("13907711234"));
    CHECK(w.taxpayerId == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(w.ownerId == f.agent.id);
    CHECK(w.status == Status::New);
    CHECK(w.dueAt == beijing(QStringLiteral("2025-09-30 17:30")));
    CHECK(w.ticketNo.startsWith(QStringLiteral("20250930-")));
    CHECK(w.ticketNo.endsWith(QStringLiteral("-0001")));

    auto stored = WorkOrderRepository(f.store.db->connection()).find(w.id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->question == f.draft().question);
    CHECK(stored.value()->dueAt == w.dueAt);

    auto timeline = WorkOrderRepository(f.store.db->connection()).timeline(w.id);
    REQUIRE(timeline.ok());
    REQUIRE(timeline.value().size() == 1);
    CHECK(timeline.value().first().kind == QStringLiteral("created"));
    CHECK(timeline.value().first().operatorName == QStringLiteral("李娜"));

    auto changes = hsync::pendingChanges(f.store.db->connection(), 100);
    REQUIRE(changes.ok());
    QStringList entities;
    for (const hsync::Change& c : changes.value()) {
        if (c.entityId == w.id) {
            CHECK(c.operation == hsync::Operation::Insert);
            CHECK(c.fields.value(QStringLiteral("caller_number")).toString() == QStringLiteral("07715551234"));
            CHECK(c.operatorId == f.agent.id);
        }
        entities << c.entity;
    }
    CHECK(entities.contains(QStringLiteral("work_order")));
    CHECK(entities.contains(QStringLiteral("work_order_event")));
}

TEST_CASE("a difficult question is due at the end of the second working day, across National Day")
{
    test::TicketFixture f;
    auto d = f.draft();
    d.difficulty = Difficulty::Hard;
    d.receivedAt = beijing(QStringLiteral("2025-09-30 16:00"));
    auto created = f.service->create(d, f.agent);
    REQUIRE(created.ok());
    CHECK(created->dueAt == beijing(QStringLiteral("2025-10-10 17:30")));
}

TEST_CASE("changing the difficulty recomputes the deadline and logs only the changed fields")
{
    test::TicketFixture f;
    auto w = f.service->create(f.draft(), f.agent).value();
    const int before = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto d = f.draft();
    d.difficulty = Difficulty::Hard;
    auto edited = f.service->edit(w.id, d, w.version, f.agent);
    REQUIRE(edited.ok());
    CHECK(edited->dueAt == beijing(QStringLiteral("2025-10-10 17:30")));
    CHECK(edited->version == w.version + 1);
    auto changes = hsync::pendingChanges(f.store.db->connection(), 1000).value();
    CHECK(changes.size() == before + 2); // the update and its timeline event
    const hsync::Change& update = changes[before];
    CHECK(update.operation == hsync::Operation::Update);
    CHECK(update.fields.keys() == QStringList{QStringLiteral("difficulty"), QStringLiteral("due_at")});
    const auto timeline = WorkOrderRepository(f.store.db->connection()).timeline(w.id).value();
    CHECK(describe(timeline.last(), {}) == QStringLiteral("Changed difficulty, reply deadline"));
}

TEST_CASE("an edit based on an old version is refused")
{
    test::TicketFixture f;
    auto w = f.service->create(f.draft(), f.agent).value();
    auto d = f.draft();
    d.answer = QStringLiteral("第一次修改");
    REQUIRE(f.service->edit(w.id, d, w.version, f.agent).ok());
    d.answer = QStringLiteral("基于旧版本的修改");
    auto stale = f.service->edit(w.id, d, w.version, f.agent);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
}

TEST_CASE("invalid input is refused with the field and nothing is stored")
{
    test::TicketFixture f;
    const int orders = f.count(QStringLiteral("SELECT count(*) FROM work_orders"));
    const int changes = f.count(QStringLiteral("SELECT count(*) FROM change_log"));
    struct Case {
        const char* name;
        std::function<void(WorkOrderDraft&)> spoil;
        const char* field;
    };
    const std::vector<Case> cases{
        {"wrong check digit", [](WorkOrderDraft& d) { d.taxpayerId = QStringLiteral("91450100MA5K3L8Q7X"); },
         "taxpayer_id"},
        {"bad phone", [](WorkOrderDraft& d) { d.callerNumber = QStringLiteral("12345"); }, "caller_number"},
        {"no caller on a call", [](WorkOrderDraft& d) { d.callerNumber.clear(); }, "caller_number"},
        {"no question", [](WorkOrderDraft& d) { d.question = QStringLiteral("   "); }, "question"},
        {"a group is not a topic",
         [&f](WorkOrderDraft& d) {
             d.categoryId = f.topicId(QStringLiteral("扣缴端软件"), QStringLiteral("网络与设置")).left(8);
         },
         "category_id"},
        {"resolved without answer",
         [](WorkOrderDraft& d) {
             d.resolvedOnFirstContact = true;
             d.answer.clear();
         },
         "answer"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        auto d = f.draft();
        c.spoil(d);
        auto r = f.service->create(d, f.agent);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QString::fromLatin1(c.field));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_orders")) == orders);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log")) == changes);
}

TEST_CASE("an online question needs no caller number")
{
    test::TicketFixture f;
    auto d = f.draft();
    d.channel = Channel::Online;
    d.callerNumber.clear();
    auto r = f.service->create(d, f.agent);
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    CHECK(r.ok());
}

TEST_CASE("the status flow allows the documented moves and refuses the rest")
{
    CHECK(canTransition(Status::New, Status::InProgress));
    CHECK(canTransition(Status::New, Status::Resolved));
    CHECK(canTransition(Status::InProgress, Status::Transferred));
    CHECK(canTransition(Status::Transferred, Status::Resolved));
    CHECK(canTransition(Status::Resolved, Status::Closed));
    CHECK(canTransition(Status::Closed, Status::InProgress));
    CHECK_FALSE(canTransition(Status::New, Status::Closed));
    CHECK_FALSE(canTransition(Status::New, Status::AwaitingReply));
    CHECK_FALSE(canTransition(Status::Closed, Status::Resolved));
    CHECK_FALSE(canTransition(Status::Resolved, Status::New));

    test::TicketFixture f;
    auto w = f.service->create(f.draft(), f.agent).value();
    auto illegal = f.service->changeStatus(w.id, Status::Closed, {}, f.agent);
    REQUIRE_FALSE(illegal.ok());
    CHECK(illegal.error().code == ErrorCode::IllegalTransition);
    f.clock.advanceSecs(600);
    REQUIRE(f.service->changeStatus(w.id, Status::InProgress, {}, f.agent).ok());
    auto resolved = f.service->changeStatus(w.id, Status::Resolved, QStringLiteral("已电话答复"), f.agent);
    REQUIRE(resolved.ok());
    CHECK(resolved->resolvedAt == f.clock.now());
    REQUIRE(f.service->changeStatus(w.id, Status::Closed, {}, f.agent).ok());
    auto reopened = f.service->changeStatus(w.id, Status::InProgress, QStringLiteral("纳税人再次来电"), f.agent);
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened->resolvedAt.isValid());
    auto timeline = WorkOrderRepository(f.store.db->connection()).timeline(w.id).value();
    REQUIRE(timeline.size() == 5);
    CHECK(timeline[2].note == QStringLiteral("已电话答复"));
    CHECK(timeline[4].detail == QStringLiteral("closed>in_progress"));
    CHECK(describe(timeline[4], {}) == QStringLiteral("Reopened: Closed → In progress"));
    CHECK(describe(timeline[0], {}) == QStringLiteral("Created"));
}

TEST_CASE("only the owner or a lead changes a work order and a formal transfer with reason moves ownership")
{
    test::TicketFixture f;
    auto w = f.service->create(f.draft(), f.agent).value();
    auto foreign = f.service->changeStatus(w.id, Status::InProgress, {}, f.colleague);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == ErrorCode::Forbidden);
    CHECK(foreign.error().message.contains(QStringLiteral("李娜")));

    // Anyone may add a note.
    CHECK(f.service->addNote(w.id, QStringLiteral("纳税人说下午再打来"), f.colleague).ok());

    auto noReason = f.service->transfer(w.id, f.colleague.id, QStringLiteral("  "), f.agent);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::InvalidInput);

    auto moved = f.service->transfer(w.id, f.colleague.id, QStringLiteral("需要技术员远程协助"), f.agent);
    REQUIRE(moved.ok());
    CHECK(moved->ownerId == f.colleague.id);
    CHECK_FALSE(f.service->changeStatus(w.id, Status::InProgress, {}, f.agent).ok());
    CHECK(f.service->changeStatus(w.id, Status::InProgress, {}, f.colleague).ok());
    CHECK(f.service->changeStatus(w.id, Status::AwaitingReply, {}, f.lead).ok());

    auto timeline = WorkOrderRepository(f.store.db->connection()).timeline(w.id).value();
    const auto transfer = std::find_if(timeline.begin(), timeline.end(),
                                       [](const TimelineEvent& e) { return e.kind == QLatin1String("transfer"); });
    REQUIRE(transfer != timeline.end());
    CHECK(transfer->detail == f.agent.id + QLatin1Char('>') + f.colleague.id);
    CHECK(describe(*transfer, {{f.agent.id, f.agent.name}, {f.colleague.id, f.colleague.name}}) ==
          QStringLiteral("Transferred from 李娜 to 王强"));
    CHECK(transfer->note == QStringLiteral("需要技术员远程协助"));
}

TEST_CASE("resolving needs an answer on record")
{
    test::TicketFixture f;
    auto d = f.draft();
    d.answer.clear();
    auto w = f.service->create(d, f.agent).value();
    REQUIRE(f.service->changeStatus(w.id, Status::InProgress, {}, f.agent).ok());
    auto r = f.service->changeStatus(w.id, Status::Resolved, {}, f.agent);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("answer"));
}

TEST_CASE("free-text search finds two-character words, digits and ID fragments, and filters combine")
{
    test::TicketFixture f;
    auto a = f.service->create(f.draft(), f.agent).value();
    auto d = f.draft();
    d.unitName = QStringLiteral("柳州市鱼峰区汇通机械配件厂");
    d.callerNumber = QStringLiteral("0772-3216789");
    d.taxpayerId.clear();
    d.question = QStringLiteral("专项附加扣除中赡养老人怎么填写分摊比例？");
    d.categoryId = f.topicId(QStringLiteral("个税业务"), QStringLiteral("专项附加扣除"));
    d.resolvedOnFirstContact = true;
    auto b = f.service->create(d, f.agent).value();

    WorkOrderRepository repo(f.store.db->connection());
    auto find = [&repo, &f](const QString& text, DueFilter due = DueFilter::Any) {
        ListQuery q;
        q.text = text;
        q.due = due;
        q.now = f.clock.now();
        q.endOfToday = beijing(QStringLiteral("2025-09-30 23:59"));
        QStringList ids;
        for (qint64 row : repo.rowIds(q).value()) {
            ids << repo.summaries({row}).value().first().id;
        }
        return ids;
    };
    CHECK(find(QStringLiteral("赡养")) == QStringList{b.id});
    CHECK(find(QStringLiteral("柳州")) == QStringList{b.id});
    CHECK(find(QStringLiteral("青秀区")) == QStringList{a.id});
    CHECK(find(QStringLiteral("5551234")) == QStringList{a.id});
    CHECK(find(QStringLiteral("ma5k3")) == QStringList{a.id});
    CHECK(find(QStringLiteral("老")) == QStringList{b.id});
    CHECK(find(QStringLiteral("申报")).size() == 2);
    CHECK(find(QStringLiteral("预扣")) == QStringList{a.id});
    CHECK(find(QStringLiteral("怎么")).size() == 2);
    CHECK(find(QStringLiteral("怎么 柳州")) == QStringList{b.id});
    CHECK(find(QStringLiteral("不存在的词")).isEmpty());
    CHECK(find(QString(), DueFilter::Open) == QStringList{a.id});
    CHECK(find(QString(), DueFilter::DueToday) == QStringList{a.id});
    f.clock.set(beijing(QStringLiteral("2025-09-30 18:00")));
    CHECK(find(QString(), DueFilter::Overdue) == QStringList{a.id});

    auto counts = repo.counts(f.clock.now(), beijing(QStringLiteral("2025-09-30 23:59"))).value();
    CHECK(counts.total == 2);
    CHECK(counts.open == 1);
    CHECK(counts.overdue == 1);
    CHECK(counts.dueToday == 0);
}

TEST_CASE("an edit of the question is found by search at once")
{
    test::TicketFixture f;
    auto w = f.service->create(f.draft(), f.agent).value();
    auto d = f.draft();
    d.question = QStringLiteral("个人养老金扣除凭证在哪里下载？");
    REQUIRE(f.service->edit(w.id, d, w.version, f.agent).ok());
    WorkOrderRepository repo(f.store.db->connection());
    ListQuery q;
    q.text = QStringLiteral("养老金");
    CHECK(repo.rowIds(q).value().size() == 1);
    q.text = QStringLiteral("未验证通过");
    CHECK(repo.rowIds(q).value().isEmpty());
}

TEST_CASE("the caller's history lists earlier work orders of the number and of the unit")
{
    test::TicketFixture f;
    auto first = f.service->create(f.draft(), f.agent).value();
    auto d = f.draft();
    d.callerNumber = QStringLiteral("13800771234");
    d.contactNumber.clear();
    f.clock.advanceSecs(3600);
    auto second = f.service->create(d, f.agent).value();
    WorkOrderRepository repo(f.store.db->connection());
    auto byNumber = repo.history(QStringLiteral("07715551234"), {}, 10).value();
    REQUIRE(byNumber.size() == 1);
    CHECK(byNumber.first().id == first.id);
    auto byUnit = repo.history(QStringLiteral("07715551234"), f.draft().unitName, 10).value();
    REQUIRE(byUnit.size() == 2);
    CHECK(byUnit.first().id == second.id); // newest first
}

TEST_CASE("many drafts are stored in one transaction or not at all")
{
    test::TicketFixture f;
    QList<WorkOrderDraft> drafts{f.draft(), f.draft(), f.draft()};
    drafts[2].taxpayerId = QStringLiteral("123");
    CHECK_FALSE(f.service->createMany(drafts, f.agent).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_orders")) == 0);
    drafts.removeLast();
    CHECK(f.service->createMany(drafts, f.agent).value() == 2);
    CHECK(f.count(QStringLiteral("SELECT count(DISTINCT ticket_no) FROM work_orders")) == 2);
}
