#pragma once
// A store with accounts made the way people make them: the first administrator, then a team lead, two phone
// agents and a QA inspector created by the administrator, each with a password.

#include "security/accountservice.h"
#include "security/auditlog.h"
#include "testsupport.h"

#include <QSqlQuery>

namespace hotline::test {

inline const QString kAdminPassword = QStringLiteral("Admin12366");
inline const QString kPassword = QStringLiteral("Hotline2025");

struct SecurityFixture {
    SecurityFixture()
    {
        admin = accounts.createFirstAdmin(QStringLiteral("管理员"), kAdminPassword).value();
        lead = accounts.createAccount(QStringLiteral("张敏"), security::Role::TeamLead, kPassword, admin).value();
        agent = accounts.createAccount(QStringLiteral("李娜"), security::Role::Agent, kPassword, admin).value();
        colleague = accounts.createAccount(QStringLiteral("王芳"), security::Role::Agent, kPassword, admin).value();
        qa = accounts.createAccount(QStringLiteral("周洁"), security::Role::QaInspector, kPassword, admin).value();
    }

    int count(const QString& sql, const QVariantList& bindings = {}) const
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant& v : bindings) {
            q.addBindValue(v);
        }
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    // Audit entries of an action (key) about a target (any target when empty).
    int audited(const QString& action, const QString& target = {}) const
    {
        return target.isEmpty()
                   ? count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
                   : count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND target = ?"),
                           {action, target});
    }

    void exec(const QString& sql) const
    {
        QSqlQuery q(store.db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

    TempStore store;
    ManualClock clock{beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids;
    security::AccountService accounts{*store.db, clock, ids};
    security::Operator admin;
    security::Operator lead;
    security::Operator agent;
    security::Operator colleague;
    security::Operator qa;
};

} // namespace hotline::test
