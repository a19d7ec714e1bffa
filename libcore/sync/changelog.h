#pragma once
// The outbox: every change that must reach the central store is appended here inside the same local transaction
// as the change itself, so a crash can never keep one without the other. The sync only has to ship it.

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hotline::sync {

enum class Operation { Insert, Update, Delete };

struct Change {
    QString entity;   // work_order, work_order_event, operator, category
    QString entityId; // the row's UUID
    Operation operation;
    QJsonObject fields; // new values of the changed fields
    QString operatorId;
    QDateTime at;
};

// Must be called inside an open transaction on db.
Status appendChange(const QSqlDatabase& db, const Change& change);

// The fields of `after` whose values differ from those in `before`: what an update sends.
QJsonObject changedFields(const QJsonObject& before, const QJsonObject& after);

// Changes not yet shipped, oldest first (the sync work reads this).
Result<QList<Change>> pendingChanges(const QSqlDatabase& db, int limit);
Result<int> pendingCount(const QSqlDatabase& db);

} // namespace hotline::sync
