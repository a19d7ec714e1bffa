#pragma once
// The people who work at a workstation and the role each has. Real accounts with passwords come with the
// central store; until then the operator picks a name and role at first start.

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::security {

enum class Role { Agent, Technician, OnlineAgent, QaInspector, TeamLead, Admin };
inline constexpr Role kAllRoles[] = {Role::Agent,       Role::Technician, Role::OnlineAgent,
                                     Role::QaInspector, Role::TeamLead,   Role::Admin};

QString key(Role r);
std::optional<Role> roleFromKey(const QString& k);
QString displayName(Role r);

struct Operator {
    QString id;
    QString name;
    Role role = Role::Agent;

    // Leads and admins may act on any work order, not only their own.
    bool supervises() const { return role == Role::TeamLead || role == Role::Admin; }
};

// SQL for operators and the workstation's current operator.
class OperatorRepository final {
public:
    explicit OperatorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Operator>> all() const;
    Result<std::optional<Operator>> find(const QString& id) const;
    Result<std::optional<Operator>> findByName(const QString& name) const;
    // Adds an operator (name trimmed, 1–20 characters, unique) and records the change for the sync.
    Result<Operator> create(const QString& name, Role role, IdGenerator& ids, const Clock& clock);
    // Finds the operator by name or creates it with the role.
    Result<Operator> ensure(const QString& name, Role role, IdGenerator& ids, const Clock& clock);

    Result<std::optional<Operator>> current() const;
    Status setCurrent(const QString& operatorId);

private:
    QSqlDatabase m_db;
};

} // namespace hotline::security
