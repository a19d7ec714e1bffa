#include "security/accountservice.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/transaction.h"
#include "security/auditlog.h"
#include "security/password.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::security {
namespace {

Error loginFailed()
{
    return makeError(ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("hotline::security", "The name or the password is wrong."));
}

Error lockedOut(const QDateTime& until)
{
    return makeError(
        ErrorCode::AccountLocked,
        QCoreApplication::translate("hotline::security",
                                    "Too many failed logins under this name: it is locked until %1. Try again then, "
                                    "or ask an administrator to reset the password.")
            .arg(until.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::security", "The account no longer exists."));
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AccountService::AccountService(db::Database& db, const Clock& clock, IdGenerator& ids, LoginPolicy policy)
    : m_db(db), m_clock(clock), m_ids(ids), m_policy(policy)
{
}

Result<bool> AccountService::needsFirstAdmin() const
{
    auto any = AccountRepository(m_db.connection()).anyWithPassword();
    if (!any) {
        return any.error();
    }
    return !any.value();
}

Result<Account> AccountService::accountFor(const QString& accountId) const
{
    auto found = AccountRepository(m_db.connection()).find(accountId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    return *found.value();
}

Outcome AccountService::keepAnAdministrator(const Account& account) const
{
    if (account.op.role != Role::Admin || !account.active || !account.hasPassword()) {
        return Ok{};
    }
    auto admins = AccountRepository(m_db.connection()).activeAdministrators();
    if (!admins) {
        return admins.error();
    }
    if (admins.value() <= 1) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::security",
                                                     "At least one active administrator must remain: make another "
                                                     "account administrator first."));
    }
    return Ok{};
}

Result<Operator> AccountService::insertAccount(const QString& trimmedName, Role role, const QString& hash,
                                               const QString& byId, const QString& auditDetail, bool alsoLogIn)
{
    const QSqlDatabase c = m_db.connection();
    AccountRepository repo(c);
    auto existing = repo.findByName(trimmedName);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::security", "An operator named %1 already exists.").arg(trimmedName),
            QStringLiteral("name"));
    }
    Account a;
    a.op = Operator{m_ids.next(), trimmedName, role};
    a.passwordHash = hash;
    const QDateTime now = m_clock.now();
    if (Outcome s = repo.insert(a, now); !s) {
        return s.error();
    }
    const QString actor = byId.isEmpty() ? a.op.id : byId;
    const QJsonObject fields{{QStringLiteral("name"), a.op.name},
                             {QStringLiteral("role"), key(role)},
                             {QStringLiteral("created_at"), now.toMSecsSinceEpoch()},
                             {QStringLiteral("password_hash"), hash},
                             {QStringLiteral("active"), true}};
    if (Outcome s =
            sync::appendChange(c, {QStringLiteral("operator"), a.op.id, sync::Operation::Insert, fields, actor, now});
        !s) {
        return s.error();
    }
    AuditLog audit(c);
    if (auto e = audit.append(AuditAction::AccountCreate, actor, a.op.id, auditDetail, m_ids, m_clock); !e) {
        return e.error();
    }
    if (alsoLogIn) {
        if (auto e = audit.append(AuditAction::Login, a.op.id, a.op.id, {}, m_ids, m_clock); !e) {
            return e.error();
        }
        if (Outcome s = OperatorRepository(c).setCurrent(a.op.id); !s) {
            return s.error();
        }
    }
    return a.op;
}

Result<QString> AccountService::checkedHash(const QString& trimmedName, const QString& password) const
{
    if (Outcome s = checkOperatorName(trimmedName); !s) {
        return s.error();
    }
    if (Outcome s = checkPasswordRules(password); !s) {
        return s.error();
    }
    return hashPassword(password);
}

Result<Operator> AccountService::createFirstAdmin(const QString& name, const QString& password)
{
    const QString trimmed = name.trimmed();
    auto hash = checkedHash(trimmed, password);
    if (!hash) {
        return hash.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto any = AccountRepository(m_db.connection()).anyWithPassword();
    if (!any) {
        return any.error();
    }
    if (any.value()) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::security", "This store already has accounts; log in with yours."));
    }
    auto op = insertAccount(trimmed, Role::Admin, hash.value(), {},
                            trimmed + QStringLiteral(" (admin, first administrator)"), true);
    if (!op) {
        return op.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return op;
}

Outcome AccountService::recordFailure(const std::optional<Account>& account, const QString& name, const QString& reason,
                                      Error& result)
{
    const QSqlDatabase c = m_db.connection();
    AccountRepository repo(c);
    AuditLog audit(c);
    const QDateTime now = m_clock.now();
    const QString target = account ? account->op.id : name;
    // Read again inside the transaction: another login at this store may have counted meanwhile.
    LoginState state;
    if (account) {
        auto fresh = repo.find(account->op.id);
        if (!fresh) {
            return fresh.error();
        }
        if (fresh.value()) {
            state = {fresh.value()->failedAttempts, fresh.value()->lockedUntil};
        }
    } else {
        auto fresh = repo.unknownNameState(name);
        if (!fresh) {
            return fresh.error();
        }
        state = fresh.value();
    }
    if (state.lockedUntil.isValid() && state.lockedUntil > now) {
        result = lockedOut(state.lockedUntil);
        if (auto e = audit.append(AuditAction::LoginFailed, {}, target, QStringLiteral("locked"), m_ids, m_clock); !e) {
            return e.error();
        }
        return Ok{};
    }
    LoginState next{state.failedAttempts + 1, {}};
    if (next.failedAttempts >= m_policy.maxFailures) {
        next = LoginState{0, now.addSecs(m_policy.lockSeconds)};
    }
    if (Outcome s = account ? repo.setLoginState(account->op.id, next) : repo.setUnknownNameState(name, next, now);
        !s) {
        return s;
    }
    if (auto e = audit.append(AuditAction::LoginFailed, {}, target, reason, m_ids, m_clock); !e) {
        return e.error();
    }
    if (next.lockedUntil.isValid()) {
        if (auto e = audit.append(AuditAction::LockOut, {}, target, QStringLiteral("until ") + iso(next.lockedUntil),
                                  m_ids, m_clock);
            !e) {
            return e.error();
        }
        result = lockedOut(next.lockedUntil);
    } else {
        result = loginFailed();
    }
    return Ok{};
}

Result<Operator> AccountService::login(const QString& nameInput, const QString& password)
{
    const QString name = nameInput.trimmed();
    if (name.isEmpty() || password.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::security", "Enter your name and your password."),
                         name.isEmpty() ? QStringLiteral("name") : QStringLiteral("password"));
    }
    const QSqlDatabase c = m_db.connection();
    AccountRepository repo(c);
    auto found = repo.findByName(name);
    if (!found) {
        return found.error();
    }
    const std::optional<Account> account = found.value();
    LoginState state;
    if (account) {
        state = {account->failedAttempts, account->lockedUntil};
    } else {
        auto s = repo.unknownNameState(name);
        if (!s) {
            return s.error();
        }
        state = s.value();
    }
    const QDateTime now = m_clock.now();
    const bool locked = state.lockedUntil.isValid() && state.lockedUntil > now;
    // Every path costs one Argon2id verification (except a lock, which is public anyway), so the time taken does
    // not tell a wrong password from a name without an account.
    QString reason;
    if (locked) {
        reason = QStringLiteral("locked");
    } else if (!account) {
        spendVerificationTime(password);
        reason = QStringLiteral("unknown_name");
    } else if (!account->hasPassword()) {
        spendVerificationTime(password);
        reason = QStringLiteral("no_password");
    } else if (!verifyPassword(password, account->passwordHash)) {
        reason = QStringLiteral("wrong_password");
    } else if (!account->active) {
        reason = QStringLiteral("inactive");
    }

    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (!reason.isEmpty()) {
        Error result = loginFailed();
        if (Outcome s = recordFailure(account, name, reason, result); !s) {
            return s.error();
        }
        if (Outcome s = tx.commit(); !s) {
            return s.error();
        }
        return result;
    }
    auto fresh = repo.find(account->op.id);
    if (!fresh) {
        return fresh.error();
    }
    if (fresh.value() && fresh.value()->lockedUntil.isValid() && fresh.value()->lockedUntil > now) {
        return lockedOut(fresh.value()->lockedUntil); // locked by a concurrent login meanwhile
    }
    if (Outcome s = repo.setLoginState(account->op.id, {}); !s) {
        return s.error();
    }
    if (needsRehash(account->passwordHash)) {
        // Hashed with older limits: replace it now that the password is at hand.
        if (auto hash = hashPassword(password)) {
            if (Outcome s = repo.setPasswordHash(account->op.id, hash.value(), now); !s) {
                return s.error();
            }
            if (Outcome s = sync::appendChange(c, {QStringLiteral("operator"), account->op.id, sync::Operation::Update,
                                                   QJsonObject{{QStringLiteral("password_hash"), hash.value()}},
                                                   account->op.id, now});
                !s) {
                return s.error();
            }
        }
    }
    if (auto e = AuditLog(c).append(AuditAction::Login, account->op.id, account->op.id, {}, m_ids, m_clock); !e) {
        return e.error();
    }
    if (Outcome s = OperatorRepository(c).setCurrent(account->op.id); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return fresh.value() ? fresh.value()->op : account->op;
}

Outcome AccountService::logout(const Operator& who)
{
    if (who.id.isEmpty()) {
        return Ok{};
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto e = AuditLog(m_db.connection()).append(AuditAction::Logout, who.id, who.id, {}, m_ids, m_clock); !e) {
        return e.error();
    }
    return tx.commit();
}

Result<QString> AccountService::lastLoginName() const
{
    auto current = OperatorRepository(m_db.connection()).current();
    if (!current) {
        return current.error();
    }
    return current.value() ? current.value()->name : QString();
}

Outcome AccountService::changeOwnPassword(const Operator& who, const QString& currentPassword,
                                          const QString& newPassword)
{
    auto account = accountFor(who.id);
    if (!account || !account->active) {
        return makeError(
            ErrorCode::Forbidden,
            QCoreApplication::translate("hotline::security",
                                        "This account does not exist or has been deactivated; log in again."));
    }
    if (!verifyPassword(currentPassword, account->passwordHash)) {
        return makeError(ErrorCode::AuthenticationFailed,
                         QCoreApplication::translate("hotline::security", "The current password is wrong."),
                         QStringLiteral("current_password"));
    }
    if (Outcome s = checkPasswordRules(newPassword); !s) {
        return s;
    }
    if (newPassword == currentPassword) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::security", "The new password must differ from the current one."),
            QStringLiteral("password"));
    }
    auto hash = hashPassword(newPassword);
    if (!hash) {
        return hash.error();
    }
    const QSqlDatabase c = m_db.connection();
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    const QDateTime now = m_clock.now();
    if (Outcome s = AccountRepository(c).setPasswordHash(who.id, hash.value(), now); !s) {
        return s;
    }
    if (Outcome s = sync::appendChange(c, {QStringLiteral("operator"), who.id, sync::Operation::Update,
                                           QJsonObject{{QStringLiteral("password_hash"), hash.value()}}, who.id, now});
        !s) {
        return s;
    }
    if (auto e = AuditLog(c).append(AuditAction::PasswordChange, who.id, who.id, {}, m_ids, m_clock); !e) {
        return e.error();
    }
    return tx.commit();
}

Result<QList<Account>> AccountService::accounts(const Operator& by) const
{
    if (Outcome s = authorize(m_db.connection(), by, Permission::ManageAccounts); !s) {
        return s.error();
    }
    return AccountRepository(m_db.connection()).all();
}

Result<Operator> AccountService::createAccount(const QString& name, Role role, const QString& password,
                                               const Operator& by)
{
    if (Outcome s = authorize(m_db.connection(), by, Permission::ManageAccounts); !s) {
        return s.error();
    }
    const QString trimmed = name.trimmed();
    auto hash = checkedHash(trimmed, password);
    if (!hash) {
        return hash.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto op = insertAccount(trimmed, role, hash.value(), by.id,
                            trimmed + QStringLiteral(" (") + key(role) + QLatin1Char(')'), false);
    if (!op) {
        return op.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return op;
}

Outcome AccountService::resetPassword(const QString& accountId, const QString& password, const Operator& by)
{
    if (Outcome s = authorize(m_db.connection(), by, Permission::ManageAccounts); !s) {
        return s;
    }
    auto account = accountFor(accountId);
    if (!account) {
        return account.error();
    }
    if (Outcome s = checkPasswordRules(password); !s) {
        return s;
    }
    auto hash = hashPassword(password);
    if (!hash) {
        return hash.error();
    }
    const QSqlDatabase c = m_db.connection();
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    const QDateTime now = m_clock.now();
    if (Outcome s = AccountRepository(c).setPasswordHash(accountId, hash.value(), now); !s) {
        return s;
    }
    if (Outcome s = sync::appendChange(c, {QStringLiteral("operator"), accountId, sync::Operation::Update,
                                           QJsonObject{{QStringLiteral("password_hash"), hash.value()}}, by.id, now});
        !s) {
        return s;
    }
    if (auto e = AuditLog(c).append(AuditAction::PasswordReset, by.id, accountId, account->op.name, m_ids, m_clock);
        !e) {
        return e.error();
    }
    return tx.commit();
}

Outcome AccountService::changeRole(const QString& accountId, Role role, const Operator& by)
{
    if (Outcome s = authorize(m_db.connection(), by, Permission::ManageAccounts); !s) {
        return s;
    }
    auto account = accountFor(accountId);
    if (!account) {
        return account.error();
    }
    if (account->op.role == role) {
        return Ok{};
    }
    if (Outcome s = keepAnAdministrator(account.value()); !s) {
        return s;
    }
    const QSqlDatabase c = m_db.connection();
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (Outcome s = AccountRepository(c).setRole(accountId, role); !s) {
        return s;
    }
    if (Outcome s = sync::appendChange(c, {QStringLiteral("operator"), accountId, sync::Operation::Update,
                                           QJsonObject{{QStringLiteral("role"), key(role)}}, by.id, m_clock.now()});
        !s) {
        return s;
    }
    const QString detail = key(account->op.role) + QLatin1Char('>') + key(role);
    if (auto e = AuditLog(c).append(AuditAction::RoleChange, by.id, accountId, detail, m_ids, m_clock); !e) {
        return e.error();
    }
    return tx.commit();
}

Outcome AccountService::setAgentCode(const QString& accountId, const QString& agentCode, const Operator& by)
{
    if (Outcome s = authorize(m_db.connection(), by, Permission::ManageAccounts); !s) {
        return s;
    }
    const QString code = agentCode.trimmed();
    if (code.size() > 20) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::security", "An agent number has at most 20 characters."),
                         QStringLiteral("agent_code"));
    }
    auto account = accountFor(accountId);
    if (!account) {
        return account.error();
    }
    if (account->op.agentCode == code) {
        return Ok{};
    }
    const QSqlDatabase c = m_db.connection();
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (!code.isEmpty()) {
        auto holder = AccountRepository(c).findByAgentCode(code, accountId);
        if (!holder) {
            return holder.error();
        }
        if (holder.value()) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("hotline::security", "%1 already has the agent number %2.")
                                 .arg(holder.value()->name, code),
                             QStringLiteral("agent_code"));
        }
    }
    if (Outcome s = AccountRepository(c).setAgentCode(accountId, code); !s) {
        return s;
    }
    if (Outcome s = sync::appendChange(c, {QStringLiteral("operator"), accountId, sync::Operation::Update,
                                           QJsonObject{{QStringLiteral("agent_code"), code}}, by.id, m_clock.now()});
        !s) {
        return s;
    }
    return tx.commit();
}

Outcome AccountService::deactivate(const QString& accountId, const Operator& by)
{
    if (Outcome s = authorize(m_db.connection(), by, Permission::ManageAccounts); !s) {
        return s;
    }
    auto account = accountFor(accountId);
    if (!account) {
        return account.error();
    }
    if (accountId == by.id) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::security", "You cannot deactivate your own account."));
    }
    if (!account->active) {
        return Ok{};
    }
    if (Outcome s = keepAnAdministrator(account.value()); !s) {
        return s;
    }
    return writeActive(accountId, false, AuditAction::AccountDeactivate, account->op.name, by);
}

Outcome AccountService::writeActive(const QString& accountId, bool active, AuditAction action, const QString& name,
                                    const Operator& by)
{
    const QSqlDatabase c = m_db.connection();
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (Outcome s = AccountRepository(c).setActive(accountId, active); !s) {
        return s;
    }
    if (Outcome s = sync::appendChange(c, {QStringLiteral("operator"), accountId, sync::Operation::Update,
                                           QJsonObject{{QStringLiteral("active"), active}}, by.id, m_clock.now()});
        !s) {
        return s;
    }
    if (auto e = AuditLog(c).append(action, by.id, accountId, name, m_ids, m_clock); !e) {
        return e.error();
    }
    return tx.commit();
}

Outcome AccountService::reactivate(const QString& accountId, const Operator& by)
{
    if (Outcome s = authorize(m_db.connection(), by, Permission::ManageAccounts); !s) {
        return s;
    }
    auto account = accountFor(accountId);
    if (!account) {
        return account.error();
    }
    if (account->active) {
        return Ok{};
    }
    return writeActive(accountId, true, AuditAction::AccountActivate, account->op.name, by);
}

} // namespace hotline::security
