#include "synctest.h"

#include "db/query.h"
#include "sync/conflicts.h"
#include "security/accountservice.h"
#include "security/auditlog.h"
#include "tickets/categories.h"
#include "tickets/workorderrepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <thread>

using hotline::ErrorCode;
using hotline::test::makeCentral;
using hotline::test::Workstation;
using namespace hotline::tickets;
namespace hsync = hotline::sync;

namespace {

QSqlDatabase raw(const QString& url, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(url.startsWith(QLatin1String("sqlite:")) ? QStringLiteral("QSQLITE")
                                                                                         : QStringLiteral("QODBC"),
                                                name);
    db.setDatabaseName(url.mid(url.indexOf(QLatin1Char(':')) + 1));
    REQUIRE(db.open());
    return db;
}

int journalSize(const QString& url)
{
    int n = 0;
    {
        QSqlDatabase db = raw(url, QStringLiteral("journal-count"));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM hd_changes")));
        REQUIRE(q.next());
        n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal-count"));
    return n;
}

} // namespace

TEST_CASE("the central store is created by the numbered migrations and a newer one is refused")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    {
        auto central = hsync::CentralStore::connect(url);
        INFO((central ? QString() : central.error().message).toStdString());
        REQUIRE(central.ok());
        CHECK(central.value()->schemaVersion() == hsync::CentralStore::knownSchemaVersion());
        CHECK(central.value()->dialect() == (kind == "sqlite" ? hsync::Dialect::SQLite : hsync::Dialect::PostgreSQL));
        CHECK(central.value()->latestSeq().value() == 0);
    }
    {
        auto again = hsync::CentralStore::connect(url);
        REQUIRE(again.ok());
    }
    {
        QSqlDatabase db = raw(url, QStringLiteral("bump"));
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("UPDATE hd_meta SET v = '99' WHERE k = 'schema_version'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    auto newer = hsync::CentralStore::connect(url);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == ErrorCode::StoreNewerSchema);
    CHECK(newer.error().message.contains(QStringLiteral("keeps working")));
}

TEST_CASE("an unreachable or misnamed central store is a clear error and the workstation keeps working")
{
    Workstation a(1);
    auto bad = a.sync(QStringLiteral("mysql://somewhere"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    auto down = a.sync(QStringLiteral("odbc:Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=1;Database=x;Uid=x;"));
    REQUIRE_FALSE(down.ok());
    CHECK(down.error().code == ErrorCode::StoreCannotOpen);
    CHECK(a.service->create(a.draft(QStringLiteral("断网时也能登记工单吗？")), a.agent).ok());
    CHECK(hsync::SyncEngine::status(*a.store.db).value().pending > 0);
}

TEST_CASE("a pushed batch sent twice changes nothing at the centre")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    auto central = hsync::CentralStore::connect(url).value();
    QList<hsync::OutgoingChange> batch;
    for (int i = 1; i <= 5; ++i) {
        batch.append({i, hsync::Change{QStringLiteral("category"), QStringLiteral("c%1").arg(i), hsync::Operation::Insert,
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("类别%1").arg(i)}}, {},
                                       QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC)}});
    }
    auto first = central->push(QStringLiteral("client-a"), QStringLiteral("AAAA"), batch, 1);
    REQUIRE(first.ok());
    auto second = central->push(QStringLiteral("client-a"), QStringLiteral("AAAA"), batch, 2);
    REQUIRE(second.ok());
    CHECK(first.value() == second.value());
    CHECK(journalSize(url) == 5);
    auto pulled = central->pull(0, 100).value();
    REQUIRE(pulled.size() == 5);
    CHECK(pulled[2].change.fields.value(QStringLiteral("name")).toString() == QStringLiteral("类别3"));
}

TEST_CASE("two workstations exchange work orders, timelines and operators")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    Workstation a(1, QStringLiteral("李娜"));
    Workstation b(2, QStringLiteral("王强"));
    auto w = a.service->create(a.draft(QStringLiteral("个人养老金扣除凭证在哪里下载？")), a.agent).value();
    REQUIRE(a.service->addNote(w.id, QStringLiteral("已告知在个人所得税App下载"), a.agent).ok());
    auto pushed = a.sync(url);
    INFO((pushed ? QString() : pushed.error().message).toStdString());
    REQUIRE(pushed.ok());
    CHECK(pushed->pushed > 0);
    auto pulled = b.sync(url);
    REQUIRE(pulled.ok());
    CHECK(pulled->rejected == 0);
    auto there = WorkOrderRepository(b.store.db->connection()).find(w.id).value();
    REQUIRE(there.has_value());
    CHECK(there->question == QStringLiteral("个人养老金扣除凭证在哪里下载？"));
    CHECK(there->ownerId == a.agent.id);
    CHECK(WorkOrderRepository(b.store.db->connection()).timeline(w.id).value().size() == 2);
    ListQuery search;
    search.text = QStringLiteral("养老金");
    CHECK(WorkOrderRepository(b.store.db->connection()).rowIds(search).value().size() == 1);
    REQUIRE(a.sync(url).ok());
    CHECK(a.canonicalDump() == b.canonicalDump());
    CHECK(hsync::SyncEngine::status(*a.store.db).value().pending == 0);
}

TEST_CASE("concurrent edits of one field: the centre's order decides and the losing value is kept on every desk")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    Workstation a(1);
    Workstation b(2);
    auto w = a.service->create(a.draft(QStringLiteral("扣缴端打不开")), a.agent).value();
    REQUIRE(a.sync(url).ok());
    REQUIRE(b.sync(url).ok());
    // Both edit the answer while offline; a lead at b may edit a's work order.
    auto lead = hotline::security::OperatorRepository(b.store.db->connection())
                    .create(QStringLiteral("组长"), hotline::security::Role::TeamLead, b.ids, b.clock)
                    .value();
    auto da = a.draft(QStringLiteral("扣缴端打不开"));
    da.answer = QStringLiteral("A：请重新安装扣缴端");
    REQUIRE(a.service->edit(w.id, da, w.version, a.agent).ok());
    auto db = b.draft(QStringLiteral("扣缴端打不开"));
    db.answer = QStringLiteral("B：请以管理员身份运行");
    db.difficulty = Difficulty::Hard;
    REQUIRE(b.service->edit(w.id, db, w.version, lead).ok());
    REQUIRE(a.sync(url).ok()); // a reaches the centre first
    auto bReport = b.sync(url).value(); // b pushes later: b's answer wins, a's is the conflict
    CHECK(bReport.conflicts == 1);
    REQUIRE(a.sync(url).ok());
    REQUIRE(b.sync(url).ok());
    const auto onA = WorkOrderRepository(a.store.db->connection()).find(w.id).value();
    CHECK(onA->answer == QStringLiteral("B：请以管理员身份运行"));
    CHECK(onA->difficulty == Difficulty::Hard);
    CHECK(a.canonicalDump() == b.canonicalDump());
    for (Workstation* desk : {&a, &b}) {
        QSqlQuery q(desk->store.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT field, losing_value, winning_value FROM sync_conflicts")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("answer"));
        CHECK(q.value(1).toString().contains(QStringLiteral("A：请重新安装扣缴端")));
        CHECK(q.value(2).toString().contains(QStringLiteral("B：请以管理员身份运行")));
        CHECK_FALSE(q.next());
    }

    // A team lead at a restores the losing answer; everyone gets it, and the conflict shows as restored.
    hsync::ConflictService conflictsOnA(*a.store.db, a.clock);
    auto open = conflictsOnA.list(false).value();
    REQUIRE(open.size() == 1);
    CHECK(open.first().field == QStringLiteral("answer"));
    CHECK(open.first().label == onA->ticketNo);
    auto refused = conflictsOnA.restore(open.first().id, *a.service, a.agent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    auto leadA = hotline::security::OperatorRepository(a.store.db->connection())
                     .create(QStringLiteral("组长A"), hotline::security::Role::TeamLead, a.ids, a.clock)
                     .value();
    REQUIRE(conflictsOnA.restore(open.first().id, *a.service, leadA).ok());
    CHECK(conflictsOnA.list(false).value().isEmpty());
    REQUIRE(a.sync(url).ok());
    REQUIRE(b.sync(url).ok());
    CHECK(WorkOrderRepository(b.store.db->connection()).find(w.id).value()->answer == QStringLiteral("A：请重新安装扣缴端"));
    CHECK(hsync::ConflictService(*b.store.db, b.clock).list(false).value().isEmpty());
    CHECK(hsync::ConflictService(*b.store.db, b.clock).list(true).value().size() == 1);
}

TEST_CASE("three workstations create a thousand work orders each, edit shared ones and converge")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    std::vector<std::unique_ptr<Workstation>> desks;
    for (int i = 1; i <= 3; ++i) {
        desks.push_back(std::make_unique<Workstation>(i));
    }
    std::vector<hotline::security::Operator> leads;
    for (size_t d = 0; d < desks.size(); ++d) {
        Workstation& desk = *desks[d];
        leads.push_back(hotline::security::OperatorRepository(desk.store.db->connection())
                            .create(QStringLiteral("组长%1").arg(d + 1), hotline::security::Role::TeamLead, desk.ids,
                                    desk.clock)
                            .value());
    }
    // Shared work orders everybody edits.
    QStringList shared;
    for (int i = 0; i < 5; ++i) {
        shared << desks[0]->service->create(desks[0]->draft(QStringLiteral("共享工单%1").arg(i)), desks[0]->agent).value().id;
    }
    REQUIRE(desks[0]->sync(url).ok());
    for (int round = 0; round < 10; ++round) {
        for (size_t d = 0; d < desks.size(); ++d) {
            Workstation& desk = *desks[d];
            QList<WorkOrderDraft> drafts;
            for (int i = 0; i < 100; ++i) {
                drafts << desk.draft(QStringLiteral("第%1台第%2轮第%3个问题").arg(d + 1).arg(round).arg(i));
            }
            REQUIRE(desk.service->createMany(drafts, desk.agent).value() == 100);
            for (const QString& id : shared) {
                auto current = WorkOrderRepository(desk.store.db->connection()).find(id).value();
                if (!current) {
                    continue; // not pulled yet
                }
                auto edit = hotline::tickets::draftOf(*current);
                edit.answer = QStringLiteral("第%1台在第%2轮的答复").arg(d + 1).arg(round);
                REQUIRE(desk.service->edit(id, edit, current->version, leads[d]).ok());
            }
            auto r = desk.sync(url);
            INFO((r ? QString() : r.error().message).toStdString());
            REQUIRE(r.ok());
            if (r->rejected > 0) {
                QSqlQuery why(desk.store.db->connection());
                why.exec(QStringLiteral("SELECT entity, reason FROM sync_rejects LIMIT 3"));
                while (why.next()) {
                    UNSCOPED_INFO(why.value(0).toString().toStdString() + ": " + why.value(1).toString().toStdString());
                }
            }
            CHECK(r->rejected == 0);
            desk.clock.advanceSecs(60);
        }
    }
    for (int settle = 0; settle < 2; ++settle) {
        for (auto& desk : desks) {
            REQUIRE(desk->sync(url).ok());
        }
    }
    for (auto& desk : desks) {
        CHECK(desk->count(QStringLiteral("SELECT count(*) FROM work_orders")) == 3005);
        CHECK(desk->count(QStringLiteral("SELECT count(DISTINCT ticket_no) FROM work_orders")) == 3005);
        CHECK(hsync::SyncEngine::status(*desk->store.db).value().pending == 0);
    }
    CHECK(desks[0]->canonicalDump() == desks[1]->canonicalDump());
    CHECK(desks[1]->canonicalDump() == desks[2]->canonicalDump());
}

TEST_CASE("malformed, oversized and unknown incoming changes are refused with a reason and the rest goes on")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    Workstation a(1);
    Workstation b(2);
    auto w = a.service->create(a.draft(QStringLiteral("正常的工单")), a.agent).value();
    REQUIRE(a.sync(url).ok());
    {
        QSqlDatabase db = raw(url, QStringLiteral("inject"));
        const QString insert = QStringLiteral(
            "INSERT INTO hd_changes (client_id, client_seq, entity, entity_id, operation, fields, operator_id, "
            "changed_at, received_at) VALUES ('evil', ?, ?, ?, 'insert', ?, NULL, 0, 0)");
        const QList<QStringList> rows{
            {QStringLiteral("1"), QStringLiteral("spaceship"), QStringLiteral("x1"), QStringLiteral("{}")},
            {QStringLiteral("2"), QStringLiteral("work_order"), QStringLiteral("x2"), QStringLiteral("not json")},
            {QStringLiteral("3"), QStringLiteral("category"), QStringLiteral("x3"),
             QStringLiteral("{\"name\":\"坏\",\"drop_table\":\"x\"}")},
            {QStringLiteral("4"), QStringLiteral("category"), QStringLiteral("x4"),
             QStringLiteral("{\"name\":\"") + QString(300 * 1024, QLatin1Char('x')) + QStringLiteral("\"}")},
            {QStringLiteral("5"), QStringLiteral("category"), QStringLiteral(""), QStringLiteral("{\"name\":\"无编号\"}")},
        };
        for (const QStringList& r : rows) {
            QSqlQuery q(db);
            q.prepare(insert);
            q.addBindValue(r[0].toLongLong());
            q.addBindValue(r[1]);
            q.addBindValue(r[2]);
            q.addBindValue(r[3]);
            const bool ok = q.exec();
            INFO(q.lastError().text().toStdString());
            REQUIRE(ok);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inject"));
    auto later = a.service->create(a.draft(QStringLiteral("注入之后的工单")), a.agent).value();
    REQUIRE(a.sync(url).ok());
    auto report = b.sync(url);
    REQUIRE(report.ok());
    CHECK(report->rejected == 5);
    CHECK(WorkOrderRepository(b.store.db->connection()).find(w.id).value().has_value());
    CHECK(WorkOrderRepository(b.store.db->connection()).find(later.id).value().has_value());
    QSqlQuery q(b.store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT entity_id, reason FROM sync_rejects ORDER BY seq")));
    QStringList reasons;
    while (q.next()) {
        reasons << q.value(1).toString();
    }
    REQUIRE(reasons.size() == 5);
    CHECK(reasons[0].contains(QStringLiteral("unknown kind")));
    CHECK(reasons[1].contains(QStringLiteral("not a JSON object")));
    CHECK(reasons[2].contains(QStringLiteral("drop_table")));
    CHECK(reasons[3].contains(QStringLiteral("larger than")));
    CHECK(reasons[4].contains(QStringLiteral("record id")));
}

TEST_CASE("a pull never skips a change that a slower pusher commits later")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    auto slow = hsync::CentralStore::connect(url).value();
    auto reader = hsync::CentralStore::connect(url).value();
    auto change = [](qint64 n) {
        return hsync::OutgoingChange{n, hsync::Change{QStringLiteral("category"), QStringLiteral("k%1").arg(n),
                                                      hsync::Operation::Insert, QJsonObject{}, {}, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)}};
    };
    std::thread fast;
    QList<qint64> seenWhileOpen;
    slow->setBeforeCommitHook([&] {
        // The slow push holds its numbers but has not committed: a faster pusher must wait behind it ...
        fast = std::thread([&url, &change] {
            auto other = hsync::CentralStore::connect(url).value();
            REQUIRE(other->push(QStringLiteral("fast"), QStringLiteral("FFFF"), {change(1)}, 0).ok());
        });
        // ... and a reader sees neither yet.
        for (const auto& e : reader->pull(0, 100).value()) {
            seenWhileOpen << e.seq;
        }
    });
    REQUIRE(slow->push(QStringLiteral("slow"), QStringLiteral("SSSS"), {change(1), change(2)}, 0).ok());
    fast.join();
    CHECK(seenWhileOpen.isEmpty());
    const auto all = reader->pull(0, 100).value();
    REQUIRE(all.size() == 3);
    CHECK(all[0].clientId == QStringLiteral("slow"));
    CHECK(all[1].clientId == QStringLiteral("slow"));
    CHECK(all[2].clientId == QStringLiteral("fast"));
    CHECK(all[0].seq < all[1].seq);
    CHECK(all[1].seq < all[2].seq);
}

TEST_CASE("audit entries of every workstation reach the others and every chain still verifies")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    Workstation a(1);
    Workstation b(2);
    hotline::security::AccountService accountsA(*a.store.db, a.clock, a.ids);
    REQUIRE(accountsA.createFirstAdmin(QStringLiteral("管理员甲"), QStringLiteral("Admin12366")).ok());
    REQUIRE(accountsA.login(QStringLiteral("管理员甲"), QStringLiteral("Admin12366")).ok());
    CHECK_FALSE(accountsA.login(QStringLiteral("管理员甲"), QStringLiteral("wrong-password1")).ok());
    hotline::security::AccountService accountsB(*b.store.db, b.clock, b.ids);
    REQUIRE(accountsB.createFirstAdmin(QStringLiteral("管理员乙"), QStringLiteral("Admin12366")).ok());
    const int onA = hotline::security::AuditLog(a.store.db->connection()).count().value();
    const int onB = hotline::security::AuditLog(b.store.db->connection()).count().value();
    REQUIRE(onA >= 3);
    for (int round = 0; round < 2; ++round) {
        REQUIRE(a.sync(url).ok());
        auto r = b.sync(url);
        REQUIRE(r.ok());
        CHECK(r->rejected == 0);
    }
    for (Workstation* desk : {&a, &b}) {
        hotline::security::AuditLog log(desk->store.db->connection());
        CHECK(log.count().value() == onA + onB);
        auto report = log.verify().value();
        CHECK(report.problems.isEmpty());
    }
}

TEST_CASE("two desks that named an operator and a topic alike offline keep every work order and agree on names")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    CAPTURE(kind);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    Workstation a(1, QStringLiteral("李娜"));
    Workstation b(2, QStringLiteral("李娜")); // the same name, made offline on another desk
    const QString group = [&a] {
        QSqlQuery q(a.store.db->connection());
        q.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NULL ORDER BY sort_order LIMIT 1"));
        q.next();
        return q.value(0).toString();
    }();
    auto admin = [](Workstation& d) {
        return hotline::security::OperatorRepository(d.store.db->connection())
            .create(QStringLiteral("管理员%1").arg(d.ids.next().right(1)), hotline::security::Role::Admin, d.ids, d.clock)
            .value();
    };
    auto topicA = hotline::tickets::CategoryRepository(a.store.db->connection())
                      .add(group, QStringLiteral("个人养老金"), admin(a), a.ids, a.clock);
    REQUIRE(topicA.ok());
    auto topicB = hotline::tickets::CategoryRepository(b.store.db->connection())
                      .add(group, QStringLiteral("个人养老金"), admin(b), b.ids, b.clock);
    REQUIRE(topicB.ok());
    auto draftA = a.draft(QStringLiteral("甲台登记的问题"));
    draftA.categoryId = topicA->id;
    auto onA = a.service->create(draftA, a.agent).value();
    auto draftB = b.draft(QStringLiteral("乙台登记的问题"));
    draftB.categoryId = topicB->id;
    auto onB = b.service->create(draftB, b.agent).value();

    REQUIRE(a.sync(url).ok()); // a's names reach the centre first
    for (int round = 0; round < 2; ++round) {
        auto rb = b.sync(url);
        REQUIRE(rb.ok());
        CHECK(rb->rejected == 0);
        auto ra = a.sync(url);
        REQUIRE(ra.ok());
        CHECK(ra->rejected == 0);
    }
    for (Workstation* desk : {&a, &b}) {
        hotline::tickets::WorkOrderRepository orders(desk->store.db->connection());
        CHECK(orders.find(onA.id).value().has_value());
        CHECK(orders.find(onB.id).value().has_value());
        QSqlQuery q(desk->store.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM operators WHERE name LIKE '李娜%' ORDER BY name")));
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
        }
        CHECK(names == QStringList{QStringLiteral("李娜"), QStringLiteral("李娜-") + b.agent.id.right(4)});
    }
    CHECK(a.canonicalDump() == b.canonicalDump());
}
