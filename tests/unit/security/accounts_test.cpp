#include "db/database.h"
#include "security/accountrepository.h"
#include "security/operator.h"
#include "securityfixture.h"
#include "sync/changelog.h"

using hotline::ErrorCode;
using hotline::makeError;
using hotline::Result;
using namespace hotline::security;
namespace test = hotline::test;

namespace {

int changesFor(const test::SecurityFixture& f, const QString& entity, const QString& id)
{
    return f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = ? AND entity_id = ?"), {entity, id});
}

} // namespace

TEST_CASE("a new store asks for the first administrator, who is created once, logged in and audited")
{
    test::TempStore store;
    hotline::ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    hotline::SequentialIdGenerator ids;
    AccountService accounts(*store.db, clock, ids);
    REQUIRE(accounts.needsFirstAdmin().value());

    auto admin = accounts.createFirstAdmin(QStringLiteral("  管理员 "), test::kAdminPassword);
    REQUIRE(admin.ok());
    CHECK(admin->name == QStringLiteral("管理员"));
    CHECK(admin->role == Role::Admin);
    CHECK_FALSE(accounts.needsFirstAdmin().value());
    CHECK(accounts.lastLoginName().value() == QStringLiteral("管理员"));
    auto stored = AccountRepository(store.db->connection()).find(admin->id).value();
    REQUIRE(stored.has_value());
    CHECK(stored->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(stored->active);

    auto latest = AuditLog(store.db->connection()).latest(10).value();
    REQUIRE(latest.size() == 2);
    CHECK(latest.at(1).action == QStringLiteral("account_create"));
    CHECK(latest.at(0).action == QStringLiteral("login"));
    CHECK(latest.at(0).operatorId == admin->id);

    auto again = accounts.createFirstAdmin(QStringLiteral("第二个管理员"), test::kAdminPassword);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(AccountRepository(store.db->connection()).all().value().size() == 1);
}

TEST_CASE("the first administrator needs a valid name and password, and nothing is stored otherwise")
{
    test::TempStore store;
    hotline::ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    hotline::SequentialIdGenerator ids;
    AccountService accounts(*store.db, clock, ids);
    const struct {
        QString name;
        QString password;
        QString field;
    } bad[] = {
        {QStringLiteral("   "), test::kAdminPassword, QStringLiteral("name")},
        {QString(21, QChar(0x7ba1)), test::kAdminPassword, QStringLiteral("name")},
        {QStringLiteral("管理员"), QStringLiteral("short1"), QStringLiteral("password")},
        {QStringLiteral("管理员"), QStringLiteral("onlyletters"), QStringLiteral("password")},
        {QStringLiteral("管理员"), QStringLiteral("1234567890"), QStringLiteral("password")},
    };
    for (const auto& b : bad) {
        INFO(b.name.toStdString() << " / " << b.password.toStdString());
        auto r = accounts.createFirstAdmin(b.name, b.password);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == b.field);
    }
    CHECK(accounts.needsFirstAdmin().value());
    CHECK(AccountRepository(store.db->connection()).all().value().isEmpty());
    CHECK(AuditLog(store.db->connection()).count().value() == 0);
}

TEST_CASE("on a store upgraded with operators but no passwords the administrator takes a new name")
{
    test::TempStore store;
    hotline::ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    hotline::SequentialIdGenerator ids;
    auto old = OperatorRepository(store.db->connection()).create(QStringLiteral("黄晓雯"), Role::Agent, ids, clock);
    REQUIRE(old.ok());
    AccountService accounts(*store.db, clock, ids);
    CHECK(accounts.needsFirstAdmin().value()); // an operator without a password cannot log in
    auto taken = accounts.createFirstAdmin(QStringLiteral("黄晓雯"), test::kAdminPassword);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    auto admin = accounts.createFirstAdmin(QStringLiteral("管理员"), test::kAdminPassword);
    REQUIRE(admin.ok());
    // The old operator logs in once the administrator gives them a password.
    CHECK(accounts.login(QStringLiteral("黄晓雯"), test::kPassword).error().code == ErrorCode::AuthenticationFailed);
    REQUIRE(accounts.resetPassword(old->id, test::kPassword, admin.value()).ok());
    CHECK(accounts.login(QStringLiteral("黄晓雯"), test::kPassword).ok());
}

TEST_CASE("a store of schema 2 keeps its operators through the upgrade, active and without passwords")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    hotline::ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    hotline::SequentialIdGenerator ids;
    QString oldId;
    {
        hotline::db::OpenOptions v2;
        v2.targetVersion = 2;
        auto old = hotline::db::Database::open(path, v2);
        REQUIRE(old.ok());
        REQUIRE(old.value()->schemaVersion() == 2);
        oldId = OperatorRepository(old.value()->connection())
                    .create(QStringLiteral("黄晓雯"), Role::TeamLead, ids, clock)
                    .value()
                    .id;
    }
    auto opened = hotline::db::Database::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->schemaVersion() == hotline::db::Database::latestSchemaVersion());
    auto account = AccountRepository(opened.value()->connection()).find(oldId).value();
    REQUIRE(account.has_value());
    CHECK(account->op.name == QStringLiteral("黄晓雯"));
    CHECK(account->op.role == Role::TeamLead);
    CHECK(account->active);
    CHECK_FALSE(account->hasPassword());
    CHECK(account->failedAttempts == 0);
    CHECK_FALSE(account->lockedUntil.isValid());
    AccountService accounts(*opened.value(), clock, ids);
    CHECK(accounts.needsFirstAdmin().value());
    CHECK(AuditLog(opened.value()->connection()).verify().value().intact());
}

TEST_CASE("a login with the right name and password returns the operator and is audited")
{
    test::SecurityFixture f;
    auto op = f.accounts.login(QStringLiteral(" 李娜 "), test::kPassword);
    REQUIRE(op.ok());
    CHECK(op->id == f.agent.id);
    CHECK(op->role == Role::Agent);
    CHECK(f.audited(QStringLiteral("login"), f.agent.id) == 1);
    CHECK(f.accounts.lastLoginName().value() == QStringLiteral("李娜"));
    REQUIRE(f.accounts.logout(op.value()).ok());
    CHECK(f.audited(QStringLiteral("logout"), f.agent.id) == 1);
}

TEST_CASE("a wrong password and an unknown name get the same message, and both are audited")
{
    test::SecurityFixture f;
    auto wrongPassword = f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Wrong2025"));
    auto unknownName = f.accounts.login(QStringLiteral("李四"), test::kPassword);
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(unknownName.ok());
    CHECK(wrongPassword.error().code == ErrorCode::AuthenticationFailed);
    CHECK(unknownName.error().code == ErrorCode::AuthenticationFailed);
    CHECK(wrongPassword.error().message == unknownName.error().message);
    CHECK_FALSE(wrongPassword.error().message.contains(QStringLiteral("李")));
    CHECK(f.audited(QStringLiteral("login_failed"), f.agent.id) == 1);
    CHECK(f.audited(QStringLiteral("login_failed"), QStringLiteral("李四")) == 1);
    CHECK(f.audited(QStringLiteral("login")) == 1); // only the administrator's first login
}

TEST_CASE("an empty name or password is asked for again without counting as a failure")
{
    test::SecurityFixture f;
    const int before = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto noName = f.accounts.login(QStringLiteral("  "), test::kPassword);
    auto noPassword = f.accounts.login(QStringLiteral("李娜"), QString());
    REQUIRE_FALSE(noName.ok());
    REQUIRE_FALSE(noPassword.ok());
    CHECK(noName.error().code == ErrorCode::InvalidInput);
    CHECK(noName.error().field == QStringLiteral("name"));
    CHECK(noPassword.error().field == QStringLiteral("password"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    CHECK(AccountRepository(f.store.db->connection()).find(f.agent.id).value()->failedAttempts == 0);
}

TEST_CASE("five failed logins in a row lock the name for 15 minutes, even against the right password")
{
    test::SecurityFixture f;
    for (int i = 1; i <= 4; ++i) {
        auto r = f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Guess%1abc").arg(i));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::AuthenticationFailed);
        f.clock.advanceSecs(10);
    }
    auto fifth = f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Guess5abc"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().code == ErrorCode::AccountLocked);
    CHECK(fifth.error().message.contains(QStringLiteral("2025-09-30 10:15"))); // Beijing time, 15 minutes on
    CHECK(f.audited(QStringLiteral("lockout"), f.agent.id) == 1);

    f.clock.advanceSecs(14 * 60);
    auto stillLocked = f.accounts.login(QStringLiteral("李娜"), test::kPassword);
    REQUIRE_FALSE(stillLocked.ok());
    CHECK(stillLocked.error().code == ErrorCode::AccountLocked);
    CHECK(f.audited(QStringLiteral("login")) == 1);

    f.clock.advanceSecs(60);
    auto after = f.accounts.login(QStringLiteral("李娜"), test::kPassword);
    REQUIRE(after.ok());
    CHECK(AccountRepository(f.store.db->connection()).find(f.agent.id).value()->failedAttempts == 0);
    // Other names were never affected.
    CHECK(f.accounts.login(QStringLiteral("王芳"), test::kPassword).ok());
}

TEST_CASE("a good login resets the count of failures")
{
    test::SecurityFixture f;
    for (int i = 0; i < 4; ++i) {
        CHECK_FALSE(f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Guess0abc")).ok());
    }
    REQUIRE(f.accounts.login(QStringLiteral("李娜"), test::kPassword).ok());
    for (int i = 0; i < 4; ++i) {
        auto r = f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Guess0abc"));
        CHECK(r.error().code == ErrorCode::AuthenticationFailed);
    }
    CHECK(f.accounts.login(QStringLiteral("李娜"), test::kPassword).ok());
}

TEST_CASE("a name without an account is locked the same way, so the lock-out does not reveal names")
{
    test::SecurityFixture f;
    Result<Operator> last = makeError(ErrorCode::InvalidInput, {});
    for (int i = 0; i < 5; ++i) {
        last = f.accounts.login(QStringLiteral("李四"), QStringLiteral("Guess0abc"));
    }
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().code == ErrorCode::AccountLocked);
    Result<Operator> real = makeError(ErrorCode::InvalidInput, {});
    for (int i = 0; i < 5; ++i) {
        real = f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Guess0abc"));
    }
    CHECK(real.error().message == last.error().message);
    CHECK(f.audited(QStringLiteral("lockout"), QStringLiteral("李四")) == 1);
    f.clock.advanceSecs(15 * 60);
    CHECK(f.accounts.login(QStringLiteral("李四"), QStringLiteral("Guess0abc")).error().code ==
          ErrorCode::AuthenticationFailed);
}

TEST_CASE("a deactivated account cannot log in, with the same message as a wrong password")
{
    test::SecurityFixture f;
    REQUIRE(f.accounts.deactivate(f.agent.id, f.admin).ok());
    auto r = f.accounts.login(QStringLiteral("李娜"), test::kPassword);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::AuthenticationFailed);
    CHECK(r.error().message == f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Wrong2025x")).error().message);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND detail = "
                                 "'inactive'")) == 1);
    REQUIRE(f.accounts.reactivate(f.agent.id, f.admin).ok());
    CHECK(f.accounts.login(QStringLiteral("李娜"), test::kPassword).ok());
    CHECK(f.audited(QStringLiteral("account_deactivate"), f.agent.id) == 1);
    CHECK(f.audited(QStringLiteral("account_activate"), f.agent.id) == 1);
}

TEST_CASE("a deactivated operator changes nothing, even with an Operator value in hand")
{
    test::SecurityFixture f;
    REQUIRE(f.accounts.deactivate(f.lead.id, f.admin).ok());
    auto r = f.accounts.changeOwnPassword(f.lead, test::kPassword, QStringLiteral("NewPass2025"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Forbidden);
}

TEST_CASE("an operator changes their own password after giving the current one")
{
    test::SecurityFixture f;
    auto wrong = f.accounts.changeOwnPassword(f.agent, QStringLiteral("NotMine2025"), QStringLiteral("NewPass2025"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::AuthenticationFailed);
    CHECK(wrong.error().field == QStringLiteral("current_password"));
    auto weak = f.accounts.changeOwnPassword(f.agent, test::kPassword, QStringLiteral("newpass"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == ErrorCode::InvalidInput);
    auto same = f.accounts.changeOwnPassword(f.agent, test::kPassword, test::kPassword);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().code == ErrorCode::InvalidInput);
    CHECK(f.audited(QStringLiteral("password_change")) == 0);

    REQUIRE(f.accounts.changeOwnPassword(f.agent, test::kPassword, QStringLiteral("NewPass2025")).ok());
    CHECK_FALSE(f.accounts.login(QStringLiteral("李娜"), test::kPassword).ok());
    CHECK(f.accounts.login(QStringLiteral("李娜"), QStringLiteral("NewPass2025")).ok());
    CHECK(f.audited(QStringLiteral("password_change"), f.agent.id) == 1);
    // The centre learns the new hash, never the password.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'operator' AND entity_id = ? "
                                 "AND fields LIKE '%password_hash%$argon2id$%'"),
                  {f.agent.id}) >= 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE fields LIKE '%NewPass2025%'")) == 0);
}

TEST_CASE("an administrator creates accounts with unique names, valid roles and passwords")
{
    test::SecurityFixture f;
    auto dup = f.accounts.createAccount(QStringLiteral("李娜"), Role::Agent, test::kPassword, f.admin);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Conflict);
    CHECK(dup.error().field == QStringLiteral("name"));
    auto weak = f.accounts.createAccount(QStringLiteral("赵云"), Role::Agent, QStringLiteral("zhaoyun"), f.admin);
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().field == QStringLiteral("password"));
    auto empty = f.accounts.createAccount(QStringLiteral(" "), Role::Agent, test::kPassword, f.admin);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("name"));

    auto tech = f.accounts.createAccount(QStringLiteral("赵云"), Role::Technician, test::kPassword, f.admin);
    REQUIRE(tech.ok());
    CHECK(tech->role == Role::Technician);
    CHECK(f.audited(QStringLiteral("account_create"), tech->id) == 1);
    CHECK(changesFor(f, QStringLiteral("operator"), tech->id) == 1);
    // The centre gets every column a new operator row needs (NOT NULL created_at included), never the password.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'operator' AND entity_id = ? AND "
                                 "fields LIKE '%\"created_at\":%' AND fields LIKE '%\"active\":true%' "
                                 "AND fields NOT LIKE '%Hotline2025%'"),
                  {tech->id}) == 1);
    CHECK(f.accounts.login(QStringLiteral("赵云"), test::kPassword).ok());
    auto all = f.accounts.accounts(f.admin);
    REQUIRE(all.ok());
    CHECK(all->size() == 6);
}

TEST_CASE("an administrator's password reset lifts a lock-out and is audited")
{
    test::SecurityFixture f;
    for (int i = 0; i < 5; ++i) {
        (void)f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Guess0abc"));
    }
    REQUIRE(f.accounts.login(QStringLiteral("李娜"), test::kPassword).error().code == ErrorCode::AccountLocked);
    auto weak = f.accounts.resetPassword(f.agent.id, QStringLiteral("abc"), f.admin);
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == ErrorCode::InvalidInput);
    auto missing = f.accounts.resetPassword(QStringLiteral("no-such-id"), QStringLiteral("Reset2025"), f.admin);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    REQUIRE(f.accounts.resetPassword(f.agent.id, QStringLiteral("Reset2025"), f.admin).ok());
    CHECK(f.accounts.login(QStringLiteral("李娜"), QStringLiteral("Reset2025")).ok());
    CHECK(f.audited(QStringLiteral("password_reset"), f.agent.id) == 1);
}

TEST_CASE("role changes are audited with old and new role and take effect at once")
{
    test::SecurityFixture f;
    REQUIRE(f.accounts.changeRole(f.agent.id, Role::TeamLead, f.admin).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'role_change' AND target = ? "
                                 "AND detail = 'agent>lead'"),
                  {f.agent.id}) == 1);
    // The same role again changes nothing and records nothing.
    REQUIRE(f.accounts.changeRole(f.agent.id, Role::TeamLead, f.admin).ok());
    CHECK(f.audited(QStringLiteral("role_change")) == 1);
    CHECK(f.accounts.login(QStringLiteral("李娜"), test::kPassword)->role == Role::TeamLead);
    auto missing = f.accounts.changeRole(QStringLiteral("no-such-id"), Role::Agent, f.admin);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("the last active administrator can be neither demoted nor deactivated, and nobody deactivates themselves")
{
    test::SecurityFixture f;
    auto demote = f.accounts.changeRole(f.admin.id, Role::TeamLead, f.admin);
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().code == ErrorCode::Conflict);
    auto self = f.accounts.deactivate(f.admin.id, f.admin);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().code == ErrorCode::Conflict);

    auto second = f.accounts.createAccount(QStringLiteral("系统管理员"), Role::Admin, test::kPassword, f.admin);
    REQUIRE(second.ok());
    REQUIRE(f.accounts.deactivate(second->id, f.admin).ok());
    CHECK(f.accounts.changeRole(f.admin.id, Role::TeamLead, f.admin).error().code == ErrorCode::Conflict);
    REQUIRE(f.accounts.reactivate(second->id, f.admin).ok());
    REQUIRE(f.accounts.changeRole(f.admin.id, Role::TeamLead, second.value()).ok());
    CHECK(f.accounts.deactivate(second->id, f.admin).error().code == ErrorCode::Forbidden); // no longer an admin
}
