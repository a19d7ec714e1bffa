#pragma once
// SQL for login credentials: an operator's password hash, failed-login count, lock and active flag, and the
// failed-login counters of names that have no account. Callers own the transaction and the change log.

#include "core/result.h"
#include "security/operator.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hotline::security {

struct Account {
    Operator op;
    QString passwordHash; // empty: cannot log in until an administrator sets a password
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid: not locked
    bool active = true;

    bool hasPassword() const { return !passwordHash.isEmpty(); }
};

// Failed logins counted for a name (an account's own, or a name without an account).
struct LoginState {
    int failedAttempts = 0;
    QDateTime lockedUntil;
};

class AccountRepository final {
public:
    explicit AccountRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Account>> find(const QString& id) const;
    Result<std::optional<Account>> findByName(const QString& trimmedName) const;
    Result<QList<Account>> all() const;
    // Whether any account can log in at all (if none, the first start creates the administrator).
    Result<bool> anyWithPassword() const;
    Result<int> activeAdministrators() const;

    Outcome insert(const Account& a, const QDateTime& now);
    Outcome setPasswordHash(const QString& id, const QString& hash, const QDateTime& now);
    Outcome setLoginState(const QString& id, const LoginState& state);
    Outcome setRole(const QString& id, Role role);
    Outcome setActive(const QString& id, bool active);
    Outcome setAgentCode(const QString& id, const QString& agentCode);
    // The operator other than exceptId holding this agent code (坐席工号), if any.
    Result<std::optional<Operator>> findByAgentCode(const QString& agentCode, const QString& exceptId) const;

    // Counters for names without an account; old ones are forgotten when a new failure is stored.
    Result<LoginState> unknownNameState(const QString& name) const;
    Outcome setUnknownNameState(const QString& name, const LoginState& state, const QDateTime& now);

private:
    QSqlDatabase m_db;
};

} // namespace hotline::security
