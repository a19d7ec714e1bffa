#pragma once
// Work orders with call ids and caller numbers at chosen Beijing times, for the satisfaction tests.

#include "ticketfixture.h"

#include <QSqlQuery>

namespace hotline::test {

struct SatisfactionFixture : TicketFixture {
    SatisfactionFixture()
    {
        security::OperatorRepository ops(store.db->connection());
        admin = ops.create(QStringLiteral("周涛"), security::Role::Admin, ids, clock).value();
        inspector = ops.create(QStringLiteral("黄丽"), security::Role::QaInspector, ids, clock).value();
    }

    // A phone work order owned by `owner`, received at the Beijing time `at`, from `caller`, on PBX call `callId`.
    QString workOrder(const security::Operator& owner, const QString& at, const QString& caller,
                      const QString& callId = {})
    {
        auto d = draft();
        d.callerNumber = caller;
        d.receivedAt = beijing(at);
        clock.set(beijing(at).addSecs(600));
        auto w = service->create(d, owner);
        REQUIRE(w.ok());
        if (!callId.isEmpty()) {
            QSqlQuery q(store.db->connection());
            q.prepare(QStringLiteral("UPDATE work_orders SET call_id = ? WHERE id = ?"));
            q.addBindValue(callId);
            q.addBindValue(w->id);
            REQUIRE(q.exec());
        }
        return w->id;
    }

    security::Operator admin;
    security::Operator inspector;
};

} // namespace hotline::test
