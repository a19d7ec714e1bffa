#include "security/operator.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::security {
namespace {

Operator fromRow(const QSqlQuery& q)
{
    return Operator{q.value(0).toString(), q.value(1).toString(),
                    roleFromKey(q.value(2).toString()).value_or(Role::Agent)};
}

Result<std::optional<Operator>> findOne(const QSqlDatabase& db, const QString& column, const QString& value)
{
    auto q = db::exec(db, QStringLiteral("SELECT id, name, role FROM operators WHERE %1 = ?").arg(column), {value});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Operator>{};
    }
    return std::optional<Operator>{fromRow(q.value())};
}

} // namespace

bool Operator::supervises() const
{
    return roleHas(role, Permission::EditAnyWorkOrder);
}

QString key(Role r)
{
    switch (r) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Technician:
        return QStringLiteral("technician");
    case Role::OnlineAgent:
        return QStringLiteral("online_agent");
    case Role::QaInspector:
        return QStringLiteral("qa");
    case Role::TeamLead:
        return QStringLiteral("lead");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Expert:
        return QStringLiteral("expert");
    case Role::QualityManager:
        return QStringLiteral("quality_manager");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& k)
{
    for (Role r : kAllRoles) {
        if (key(r) == k) {
            return r;
        }
    }
    return std::nullopt;
}

QString displayName(Role r)
{
    switch (r) {
    case Role::Agent:
        return QCoreApplication::translate("hotline::security", "Phone agent");
    case Role::Technician:
        return QCoreApplication::translate("hotline::security", "Technician");
    case Role::OnlineAgent:
        return QCoreApplication::translate("hotline::security", "Online agent");
    case Role::QaInspector:
        return QCoreApplication::translate("hotline::security", "QA inspector");
    case Role::TeamLead:
        return QCoreApplication::translate("hotline::security", "Team lead");
    case Role::Admin:
        return QCoreApplication::translate("hotline::security", "Administrator");
    case Role::Expert:
        return QCoreApplication::translate("hotline::security", "Expert team");
    case Role::QualityManager:
        return QCoreApplication::translate("hotline::security", "Quality manager");
    }
    return {};
}

Result<QList<Operator>> OperatorRepository::all() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id, name, role FROM operators ORDER BY name"));
    if (!q) {
        return q.error();
    }
    QList<Operator> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

Result<std::optional<Operator>> OperatorRepository::find(const QString& id) const
{
    return findOne(m_db, QStringLiteral("id"), id);
}

Result<std::optional<Operator>> OperatorRepository::findByName(const QString& name) const
{
    return findOne(m_db, QStringLiteral("name"), name.trimmed());
}

Outcome checkOperatorName(const QString& trimmedName)
{
    if (trimmedName.isEmpty() || trimmedName.size() > 20) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::security", "An operator's name must have 1 to 20 characters."),
            QStringLiteral("name"));
    }
    return Ok{};
}

Result<Operator> OperatorRepository::create(const QString& name, Role role, IdGenerator& ids, const Clock& clock)
{
    const QString trimmed = name.trimmed();
    if (Outcome s = checkOperatorName(trimmed); !s) {
        return s.error();
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto existing = findByName(trimmed);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::security", "An operator named %1 already exists.").arg(trimmed));
    }
    const Operator op{ids.next(), trimmed, role};
    const qint64 now = clock.now().toMSecsSinceEpoch();
    if (auto q =
            db::exec(m_db, QStringLiteral("INSERT INTO operators (id, name, role, created_at) VALUES (?, ?, ?, ?)"),
                     {op.id, op.name, key(role), now});
        !q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("name"), op.name},
                             {QStringLiteral("role"), key(role)},
                             {QStringLiteral("created_at"), now}};
    if (Status s = sync::appendChange(
            m_db, {QStringLiteral("operator"), op.id, sync::Operation::Insert, fields, op.id, clock.now()});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return op;
}

Result<Operator> OperatorRepository::ensure(const QString& name, Role role, IdGenerator& ids, const Clock& clock)
{
    auto existing = findByName(name);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return *existing.value();
    }
    return create(name, role, ids, clock);
}

Result<std::optional<Operator>> OperatorRepository::current() const
{
    auto q =
        db::exec(m_db, QStringLiteral("SELECT o.id, o.name, o.role FROM settings s JOIN operators o ON o.id = s.value "
                                      "WHERE s.key = 'current_operator'"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Operator>{};
    }
    return std::optional<Operator>{fromRow(q.value())};
}

Status OperatorRepository::setCurrent(const QString& operatorId)
{
    auto q =
        db::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('current_operator', ?)"),
                 {operatorId});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

} // namespace hotline::security
