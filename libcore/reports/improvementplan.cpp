#include "reports/improvementplan.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace hotline::reports {
namespace {

Outcome validMonth(int year, int month)
{
    if (!QDate(year, month, 1).isValid() || year < 2000 || year > 2999) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::reports", "Choose a valid month."),
                         QStringLiteral("month"));
    }
    return Ok{};
}

} // namespace

QString monthKey(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

Result<ImprovementPlan> loadImprovementPlan(db::Database& db, int year, int month, const security::Operator& by)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::BulkQuery); !allowed) {
        return allowed.error();
    }
    if (Outcome ok = validMonth(year, month); !ok) {
        return ok.error();
    }
    ImprovementPlan plan;
    plan.month = monthKey(year, month);
    auto q = db::exec(db.connection(),
                      QStringLiteral("SELECT p.id, p.body, p.author_id, coalesce(o.name, ''), p.updated_at, p.version "
                                     "FROM improvement_plans p LEFT JOIN operators o ON o.id = p.author_id "
                                     "WHERE p.month = ?"),
                      {plan.month});
    if (!q) {
        return q.error();
    }
    if (q.value().next()) {
        plan.id = q.value().value(0).toString();
        plan.body = q.value().value(1).toString();
        plan.authorId = q.value().value(2).toString();
        plan.authorName = q.value().value(3).toString();
        plan.updatedAt = db::utcTime(q.value().value(4));
        plan.version = q.value().value(5).toInt();
    }
    return plan;
}

Result<ImprovementPlan> saveImprovementPlan(db::Database& db, int year, int month, const QString& body,
                                            int loadedVersion, const security::Operator& by, IdGenerator& ids,
                                            const Clock& clock)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::BulkQuery); !allowed) {
        return allowed.error();
    }
    if (Outcome ok = validMonth(year, month); !ok) {
        return ok.error();
    }
    if (loadedVersion < 0) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::reports", "The plan's version cannot be negative."),
                         QStringLiteral("version"));
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    // Read inside the write transaction, so no other save can slip in between the check and the write.
    auto current = loadImprovementPlan(db, year, month, by);
    if (!current) {
        return current.error();
    }
    ImprovementPlan plan = current.value();
    if (plan.version != loadedVersion) {
        return makeError(
            ErrorCode::Conflict,
            plan.version == 0
                ? QCoreApplication::translate("hotline::reports",
                                              "The improvement plan of %1 no longer exists in the version you "
                                              "edited; reload it.")
                      .arg(plan.month)
                : QCoreApplication::translate("hotline::reports",
                                              "The improvement plan of %1 was saved by %2 (version %3) after you "
                                              "opened it (version %4); reload it and apply your changes again.")
                      .arg(plan.month, plan.authorName)
                      .arg(plan.version)
                      .arg(loadedVersion));
    }
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const bool inserting = plan.id.isEmpty();
    if (inserting) {
        plan.id = ids.next();
    }
    plan.body = body;
    plan.authorId = by.id;
    plan.authorName = by.name;
    plan.updatedAt = db::utcTime(now);
    plan.version = loadedVersion + 1;
    QJsonObject fields{{QStringLiteral("body"), body},
                       {QStringLiteral("author_id"), by.id},
                       {QStringLiteral("updated_at"), now},
                       {QStringLiteral("version"), plan.version}};
    Result<QSqlQuery> written =
        inserting ? db::exec(db.connection(),
                             QStringLiteral("INSERT INTO improvement_plans (id, month, body, author_id, updated_at, "
                                            "version) VALUES (?, ?, ?, ?, ?, ?)"),
                             {plan.id, plan.month, body, by.id, now, plan.version})
                  : db::exec(db.connection(),
                             QStringLiteral("UPDATE improvement_plans SET body = ?, author_id = ?, updated_at = ?, "
                                            "version = ? WHERE id = ? AND version = ?"),
                             {body, by.id, now, plan.version, plan.id, loadedVersion});
    if (!written) {
        return written.error();
    }
    if (inserting) {
        fields.insert(QStringLiteral("month"), plan.month);
    }
    if (Outcome s = sync::appendChange(db.connection(), {QStringLiteral("improvement_plan"), plan.id,
                                                         inserting ? sync::Operation::Insert : sync::Operation::Update,
                                                         fields, by.id, clock.now()});
        !s) {
        return s.error();
    }
    const QString versionId = ids.next();
    auto version = db::exec(db.connection(),
                            QStringLiteral("INSERT INTO improvement_plan_versions (id, plan_id, version, body, "
                                           "author_id, saved_at) VALUES (?, ?, ?, ?, ?, ?)"),
                            {versionId, plan.id, plan.version, body, by.id, now});
    if (!version) {
        return version.error();
    }
    if (Outcome s = sync::appendChange(db.connection(),
                                       {QStringLiteral("improvement_plan_version"), versionId, sync::Operation::Insert,
                                        QJsonObject{{QStringLiteral("plan_id"), plan.id},
                                                    {QStringLiteral("version"), plan.version},
                                                    {QStringLiteral("body"), body},
                                                    {QStringLiteral("author_id"), by.id},
                                                    {QStringLiteral("saved_at"), now}},
                                        by.id, clock.now()});
        !s) {
        return s.error();
    }
    if (Outcome c = tx.commit(); !c) {
        return c.error();
    }
    return plan;
}

} // namespace hotline::reports
