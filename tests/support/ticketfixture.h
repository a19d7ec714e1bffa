#pragma once
// A store with an agent, a colleague and a team lead, a manual clock in Beijing office hours, and a service.

#include "security/operator.h"
#include "testsupport.h"
#include "tickets/workorderservice.h"

namespace hotline::test {

struct TicketFixture {
    TicketFixture();

    // A valid phone-call draft in the seeded category 扣缴端软件 / 综合所得申报.
    tickets::WorkOrderDraft draft() const;
    QString topicId(const QString& group, const QString& topic) const;
    int count(const QString& sql) const;

    TempStore store;
    ManualClock clock{beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids;
    security::Operator agent;
    security::Operator colleague;
    security::Operator lead;
    std::unique_ptr<tickets::WorkOrderService> service;
};

} // namespace hotline::test
