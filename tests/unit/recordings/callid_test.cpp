// The call id on work orders (from the screen-pop) and the agent number (坐席工号) on operators: what recordings are
// matched by.
#include "security/accountservice.h"
#include "sync/changelog.h"
#include "ticketfixture.h"
#include "tickets/workorderrepository.h"

#include <QJsonObject>

using namespace hotline;

TEST_CASE("a work order keeps the call id it was created with, synced, and edits never change it")
{
    test::TicketFixture f;
    auto d = f.draft();
    d.callId = QStringLiteral("  PBX-0042 ");
    auto w = f.service->create(d, f.agent);
    REQUIRE(w.ok());
    CHECK(w->callId == QStringLiteral("PBX-0042"));
    auto stored = tickets::WorkOrderRepository(f.store.db->connection()).find(w->id).value();
    REQUIRE(stored);
    CHECK(stored->callId == QStringLiteral("PBX-0042"));
    auto pending = sync::pendingChanges(f.store.db->connection(), 100).value();
    bool synced = false;
    for (const sync::Change& c : pending) {
        if (c.entity == QLatin1String("work_order") && c.entityId == w->id) {
            synced = c.fields.value(QStringLiteral("call_id")).toString() == QStringLiteral("PBX-0042");
        }
    }
    CHECK(synced);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE call_id = 'PBX-0042'")) == 1);

    // An edit form's draft has no call id: the stored one stays.
    auto changes = tickets::draftOf(stored.value());
    changes.callId.clear();
    changes.answer = QStringLiteral("已电话回复。");
    REQUIRE(f.service->edit(w->id, changes, stored->version, f.agent).ok());
    CHECK(tickets::WorkOrderRepository(f.store.db->connection()).find(w->id).value()->callId ==
          QStringLiteral("PBX-0042"));
    // A work order taken without one has none.
    CHECK(f.service->create(f.draft(), f.agent)->callId.isEmpty());
}

TEST_CASE("an administrator sets an operator's agent number, unique, synced and read back")
{
    test::TempStore store;
    SequentialIdGenerator ids;
    ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    security::AccountService accounts(*store.db, clock, ids);
    auto admin = accounts.createFirstAdmin(QStringLiteral("管理员"), QStringLiteral("Admin12366")).value();
    auto agent =
        accounts.createAccount(QStringLiteral("李娜"), security::Role::Agent, QStringLiteral("Desk12366"), admin)
            .value();
    auto other =
        accounts.createAccount(QStringLiteral("王强"), security::Role::Agent, QStringLiteral("Desk12366"), admin)
            .value();
    REQUIRE(accounts.setAgentCode(agent.id, QStringLiteral(" 1001 "), admin).ok());
    CHECK(security::AccountRepository(store.db->connection()).find(agent.id).value()->op.agentCode ==
          QStringLiteral("1001"));
    bool synced = false;
    for (const sync::Change& c : sync::pendingChanges(store.db->connection(), 100).value()) {
        if (c.entity == QLatin1String("operator") && c.entityId == agent.id &&
            c.fields.value(QStringLiteral("agent_code")).toString() == QStringLiteral("1001")) {
            synced = true;
        }
    }
    CHECK(synced);
    auto taken = accounts.setAgentCode(other.id, QStringLiteral("1001"), admin);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    CHECK(taken.error().field == QStringLiteral("agent_code"));
    CHECK(accounts.setAgentCode(other.id, QString(21, QLatin1Char('9')), admin).error().code ==
          ErrorCode::InvalidInput);
    CHECK(accounts.setAgentCode(other.id, QStringLiteral("1002"), agent).error().code == ErrorCode::Forbidden);
    CHECK(accounts.accounts(admin).value().size() == 3);
    REQUIRE(accounts.setAgentCode(agent.id, QString(), admin).ok());
    CHECK(security::AccountRepository(store.db->connection()).find(agent.id).value()->op.agentCode.isEmpty());
}
