#pragma once
// A portal store with the demo knowledge base, online agents, a phone agent, a lead and a technician, a manual clock
// and a ChatService that records every event it announces.

#include "chat/chatservice.h"
#include "knowledge/kbimport.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QSqlQuery>

namespace hotline::test {

struct ChatFixture {
    ChatFixture(const QString& at = QStringLiteral("2025-09-30 10:00")) : clock(beijing(at))
    {
        security::OperatorRepository ops(store.db->connection());
        portal = ops.create(QStringLiteral("网上咨询平台"), security::Role::OnlineAgent, ids, clock).value();
        alice = ops.create(QStringLiteral("谭雪梅"), security::Role::OnlineAgent, ids, clock).value();
        bob = ops.create(QStringLiteral("黄振宇"), security::Role::OnlineAgent, ids, clock).value();
        phoneAgent = ops.create(QStringLiteral("李娜"), security::Role::Agent, ids, clock).value();
        lead = ops.create(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value();
        technician = ops.create(QStringLiteral("王强"), security::Role::Technician, ids, clock).value();
        REQUIRE(knowledge::importKnowledgeJson(*store.db, knowledge::demoKnowledgeJson(), technician.id, lead.id, ids,
                                               clock)
                    .ok());
        service = std::make_unique<chat::ChatService>(*store.db, clock, ids, portal);
        REQUIRE(service->reload().ok());
        QObject::connect(service.get(), &chat::ChatService::eventAppended,
                         [this](const chat::ChatEvent& e) { emitted.append(e); });
    }

    chat::Started start(const QString& client = QStringLiteral("203.0.113.7"))
    {
        auto s = service->start(client);
        INFO((s ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
        return s.value();
    }
    QList<chat::ChatEvent> say(const QString& id, const QString& text, const QString& clientId = {})
    {
        auto r = service->postTaxpayerMessage(id, clientId.isEmpty() ? ids.next() : clientId, text,
                                              QStringLiteral("203.0.113.7"));
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    chat::ChatStatus status(const QString& id)
    {
        auto s = service->status(id);
        REQUIRE(s.ok());
        return s.value();
    }
    QList<chat::ChatEvent> log(const QString& id)
    {
        auto e = service->events(id, 0);
        REQUIRE(e.ok());
        return e.value();
    }
    int count(const QString& sql) const
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    void setClock(const QString& at) { clock.set(beijing(at)); }

    TempStore store;
    ManualClock clock;
    SequentialIdGenerator ids;
    security::Operator portal, alice, bob, phoneAgent, lead, technician;
    std::unique_ptr<chat::ChatService> service;
    QList<chat::ChatEvent> emitted;
};

} // namespace hotline::test
