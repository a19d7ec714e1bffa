#pragma once
// The people who work at a workstation and the role each has. Their login credentials are in
// accountrepository.h, what each role may do in permissions.h.

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

// Expert: the remote expert team (远程专业团队) that answers transferred questions; QualityManager: 质量管理员, who
// owns complaints. Both from schema 12.
enum class Role { Agent, Technician, OnlineAgent, QaInspector, TeamLead, Admin, Expert, QualityManager };
inline constexpr Role kAllRoles[] = {Role::Agent,    Role::Technician, Role::OnlineAgent, Role::QaInspector,
                                     Role::TeamLead, Role::Admin,      Role::Expert,      Role::QualityManager};

QString key(Role r);
std::optional<Role> roleFromKey(const QString& k);
QString displayName(Role r);

struct Operator {
    QString id;
    QString name;
    Role role = Role::Agent;
    // The PBX's agent number (坐席工号): recordings name agents by it. Empty when not set. Read with the account
    // (AccountRepository); OperatorRepository's reads leave it empty, so they also work on stores of schemas before 9.
    QString agentCode = {};

    // Leads and administrators act on others' records (Permission::EditAnyWorkOrder, permissions.h). This judges the
    // role held in hand, for what a screen offers; libcore operations check the stored role with authorize().
    bool supervises() const;
};

// A name is trimmed and has 1 to 20 characters.
Outcome checkOperatorName(const QString& trimmedName);

// SQL for operators and the workstation's current operator.
class OperatorRepository final {
public:
    explicit OperatorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Operator>> all() const;
    Result<std::optional<Operator>> find(const QString& id) const;
    Result<std::optional<Operator>> findByName(const QString& name) const;
    // Adds an operator without a password (name trimmed, 1–20 characters, unique) and records the change for the
    // sync. Accounts people log in with are made by AccountService.
    Result<Operator> create(const QString& name, Role role, IdGenerator& ids, const Clock& clock);
    // Finds the operator by name or creates it with the role.
    Result<Operator> ensure(const QString& name, Role role, IdGenerator& ids, const Clock& clock);

    // The operator who last logged in at this workstation (the login dialog offers the name again).
    Result<std::optional<Operator>> current() const;
    Status setCurrent(const QString& operatorId);

private:
    QSqlDatabase m_db;
};

} // namespace hotline::security
