#pragma once
// The values that lost a concurrent edit (last writer wins per field), for the team lead to see and restore.

#include "core/result.h"
#include "security/operator.h"

#include <QDateTime>
#include <QJsonValue>

namespace hotline {
class Clock;
namespace db {
class Database;
}
namespace tickets {
class WorkOrderService;
}
} // namespace hotline

namespace hotline::sync {

struct Conflict {
    QString id;
    QString entity;
    QString entityId;
    QString label; // what people call the record (a work order's number)
    QString field;
    QJsonValue losingValue;
    QJsonValue winningValue;
    QDateTime detectedAt;
    QDateTime restoredAt; // invalid while not restored
};

class ConflictService final {
public:
    ConflictService(db::Database& db, const Clock& clock);

    Result<QList<Conflict>> list(bool includeRestored) const;
    // Puts the losing value back as a new edit (which syncs like any edit) and marks the conflict restored.
    // Team leads and admins only.
    Outcome restore(const QString& conflictId, tickets::WorkOrderService& service, const security::Operator& by);

private:
    db::Database& m_db;
    const Clock& m_clock;
};

} // namespace hotline::sync
