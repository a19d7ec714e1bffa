#include "security/accountrepository.h"

#include "db/query.h"

namespace hotline::security {
namespace {

const QString kColumns =
    QStringLiteral("id, name, role, password_hash, failed_attempts, locked_until, active, agent_code");

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

Account fromRow(const QSqlQuery& q)
{
    Account a;
    a.op = Operator{q.value(0).toString(), q.value(1).toString(),
                    roleFromKey(q.value(2).toString()).value_or(Role::Agent), q.value(7).toString()};
    a.passwordHash = q.value(3).toString();
    a.failedAttempts = q.value(4).toInt();
    a.lockedUntil = db::utcTime(q.value(5));
    a.active = q.value(6).toBool();
    return a;
}

Result<std::optional<Account>> findOne(const QSqlDatabase& db, const QString& column, const QString& value)
{
    auto q = db::exec(db, QStringLiteral("SELECT %1 FROM operators WHERE %2 = ?").arg(kColumns, column), {value});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Account>{};
    }
    return std::optional<Account>{fromRow(q.value())};
}

Outcome run(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    auto q = db::exec(db, sql, bindings);
    if (!q) {
        return q.error();
    }
    return Ok{};
}

// Names people type are kept to a sane length in the throttle table.
QString throttleKey(const QString& name)
{
    return name.left(64);
}

} // namespace

Result<std::optional<Account>> AccountRepository::find(const QString& id) const
{
    return findOne(m_db, QStringLiteral("id"), id);
}

Result<std::optional<Account>> AccountRepository::findByName(const QString& trimmedName) const
{
    return findOne(m_db, QStringLiteral("name"), trimmedName);
}

Result<QList<Account>> AccountRepository::all() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT %1 FROM operators ORDER BY name").arg(kColumns));
    if (!q) {
        return q.error();
    }
    QList<Account> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

Result<bool> AccountRepository::anyWithPassword() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM operators WHERE password_hash <> '')"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toBool();
}

Result<int> AccountRepository::activeAdministrators() const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT count(*) FROM operators WHERE role = ? AND active = 1 "
                                     "AND password_hash <> ''"),
                      {key(Role::Admin)});
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

Outcome AccountRepository::insert(const Account& a, const QDateTime& now)
{
    return run(m_db,
               QStringLiteral("INSERT INTO operators (id, name, role, created_at, password_hash, active, "
                              "password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {a.op.id, a.op.name, key(a.op.role), now.toMSecsSinceEpoch(), a.passwordHash, a.active ? 1 : 0,
                a.hasPassword() ? ms(now) : ms({})});
}

Outcome AccountRepository::setPasswordHash(const QString& id, const QString& hash, const QDateTime& now)
{
    return run(m_db,
               QStringLiteral("UPDATE operators SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, "
                              "locked_until = NULL WHERE id = ?"),
               {hash, now.toMSecsSinceEpoch(), id});
}

Outcome AccountRepository::setLoginState(const QString& id, const LoginState& state)
{
    return run(m_db, QStringLiteral("UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
               {state.failedAttempts, ms(state.lockedUntil), id});
}

Outcome AccountRepository::setRole(const QString& id, Role role)
{
    return run(m_db, QStringLiteral("UPDATE operators SET role = ? WHERE id = ?"), {key(role), id});
}

Outcome AccountRepository::setAgentCode(const QString& id, const QString& agentCode)
{
    return run(m_db, QStringLiteral("UPDATE operators SET agent_code = ? WHERE id = ?"),
               {agentCode.isNull() ? QStringLiteral("") : agentCode, id});
}

Result<std::optional<Operator>> AccountRepository::findByAgentCode(const QString& agentCode,
                                                                   const QString& exceptId) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT %1 FROM operators WHERE agent_code = ? AND id <> ?").arg(kColumns),
                      {agentCode, exceptId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Operator>{};
    }
    return std::optional<Operator>{fromRow(q.value()).op};
}

Outcome AccountRepository::setActive(const QString& id, bool active)
{
    return run(m_db, QStringLiteral("UPDATE operators SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
}

Result<LoginState> AccountRepository::unknownNameState(const QString& name) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT failed_attempts, locked_until FROM login_throttle WHERE name = ?"),
                      {throttleKey(name)});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return LoginState{};
    }
    return LoginState{q.value().value(0).toInt(), db::utcTime(q.value().value(1))};
}

Outcome AccountRepository::setUnknownNameState(const QString& name, const LoginState& state, const QDateTime& now)
{
    // Forget names that have not failed for a day and are not locked.
    const qint64 dayAgo = now.addDays(-1).toMSecsSinceEpoch();
    if (Outcome s = run(m_db,
                        QStringLiteral("DELETE FROM login_throttle WHERE last_failed_at < ? "
                                       "AND (locked_until IS NULL OR locked_until < ?)"),
                        {dayAgo, now.toMSecsSinceEpoch()});
        !s) {
        return s;
    }
    return run(m_db,
               QStringLiteral("INSERT OR REPLACE INTO login_throttle (name, failed_attempts, locked_until, "
                              "last_failed_at) VALUES (?, ?, ?, ?)"),
               {throttleKey(name), state.failedAttempts, ms(state.lockedUntil), now.toMSecsSinceEpoch()});
}

} // namespace hotline::security
