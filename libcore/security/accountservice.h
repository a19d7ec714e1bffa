#pragma once
// Personal accounts: the first administrator, logins with lock-out, passwords, and what administrators do to
// accounts. Every change is written with its change-log record and its audit entry in one transaction.

#include "core/result.h"
#include "security/accountrepository.h"
#include "security/auditlog.h"
#include "security/operator.h"

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::security {

struct LoginPolicy {
    int maxFailures = 5;          // consecutive failed logins under one name ...
    qint64 lockSeconds = 15 * 60; // ... lock it for this long
};

class AccountService final {
public:
    AccountService(db::Database& db, const Clock& clock, IdGenerator& ids, LoginPolicy policy = {});

    // True while no account can log in: the workstation then asks for the administrator's account.
    Result<bool> needsFirstAdmin() const;
    // Creates the administrator and logs them in; refused (Conflict) once any account has a password.
    Result<Operator> createFirstAdmin(const QString& name, const QString& password);

    // AuthenticationFailed with one message whatever was wrong (name, password, no password yet, deactivated);
    // AccountLocked after maxFailures consecutive failures under the name, until the lock expires. A name without
    // an account is counted and locked the same way, so neither message tells whether a name exists.
    Result<Operator> login(const QString& name, const QString& password);
    Outcome logout(const Operator& who);
    // The name of whoever logged in last at this workstation (empty if nobody yet).
    Result<QString> lastLoginName() const;

    Outcome changeOwnPassword(const Operator& who, const QString& currentPassword, const QString& newPassword);

    // Administrators only (Permission::ManageAccounts).
    Result<QList<Account>> accounts(const Operator& by) const;
    Result<Operator> createAccount(const QString& name, Role role, const QString& password, const Operator& by);
    // Sets a new password and lifts a lock-out.
    Outcome resetPassword(const QString& accountId, const QString& password, const Operator& by);
    Outcome changeRole(const QString& accountId, Role role, const Operator& by);
    // The operator's PBX agent number (坐席工号): trimmed, at most 20 characters, unique among operators; empty
    // clears it. Recorded for the sync.
    Outcome setAgentCode(const QString& accountId, const QString& agentCode, const Operator& by);
    Outcome deactivate(const QString& accountId, const Operator& by);
    Outcome reactivate(const QString& accountId, const Operator& by);

    const LoginPolicy& policy() const { return m_policy; }

private:
    Result<Account> accountFor(const QString& accountId) const;
    // A new account's name and password checked, and the password's hash.
    Result<QString> checkedHash(const QString& trimmedName, const QString& password) const;
    // Refuses to leave the store without an active administrator who can log in.
    Outcome keepAnAdministrator(const Account& account) const;
    // Sets the active flag, records it for the sync and in the audit log, in one transaction.
    Outcome writeActive(const QString& accountId, bool active, AuditAction action, const QString& name,
                        const Operator& by);
    Result<Operator> insertAccount(const QString& trimmedName, Role role, const QString& hash, const QString& byId,
                                   const QString& auditDetail, bool alsoLogIn);
    Outcome recordFailure(const std::optional<Account>& account, const QString& name, const QString& reason,
                          Error& result);

    db::Database& m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
    LoginPolicy m_policy;
};

} // namespace hotline::security
