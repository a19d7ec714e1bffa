#pragma once
// Simulated workstations (each its own store file, clock and id stream) and central stores of each kind.

#include "testsupport.h"

#include "security/operator.h"
#include "sync/centralstore.h"
#include "sync/syncengine.h"
#include "tickets/workorderservice.h"

#include <string>

namespace hotline::test {

// A fresh, empty central store: "sqlite" (a file in dir) or "postgres" (a new database on the test server).
QString makeCentral(const std::string& kind, QTemporaryDir& dir);

struct Workstation {
    explicit Workstation(int number, const QString& agentName = {});

    Result<sync::SyncReport> sync(const QString& centralUrl);
    tickets::WorkOrderDraft draft(const QString& question) const;
    // Every synced row, sorted and printed, without what is local by nature (row numbers, versions).
    QString canonicalDump() const;
    int count(const QString& sql) const;

    TempStore store;
    ManualClock clock{beijing(QStringLiteral("2025-09-30 09:00"))};
    SequentialIdGenerator ids;
    security::Operator agent;
    std::unique_ptr<tickets::WorkOrderService> service;
};

} // namespace hotline::test
