#include "sync/changelog.h"

#include "db/query.h"

#include <QJsonDocument>

namespace hotline::sync {
namespace {

QString key(Operation op)
{
    switch (op) {
    case Operation::Insert:
        return QStringLiteral("insert");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Operation operationFromKey(const QString& k)
{
    if (k == QLatin1String("update")) {
        return Operation::Update;
    }
    return k == QLatin1String("delete") ? Operation::Delete : Operation::Insert;
}

} // namespace

Status appendChange(const QSqlDatabase& db, const Change& c)
{
    auto q = db::exec(db,
                      QStringLiteral("INSERT INTO change_log (entity, entity_id, operation, fields, operator_id, "
                                     "changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {c.entity, c.entityId, key(c.operation),
                       QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)), c.operatorId,
                       c.at.toMSecsSinceEpoch()});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<QList<Change>> pendingChanges(const QSqlDatabase& db, int limit)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT entity, entity_id, operation, fields, operator_id, changed_at "
                                     "FROM change_log ORDER BY seq LIMIT ?"),
                      {limit});
    if (!q) {
        return q.error();
    }
    QList<Change> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), operationFromKey(r.value(2).toString()),
                    QJsonDocument::fromJson(r.value(3).toString().toUtf8()).object(), r.value(4).toString(),
                    QDateTime::fromMSecsSinceEpoch(r.value(5).toLongLong(), Qt::UTC)});
    }
    return out;
}

Result<int> pendingCount(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT count(*) FROM change_log"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

QJsonObject changedFields(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

} // namespace hotline::sync
