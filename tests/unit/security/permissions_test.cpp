#include "security/auditedaccess.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "securityfixture.h"
#include "tickets/categories.h"
#include "tickets/workorderservice.h"

using hotline::ErrorCode;
using namespace hotline::security;
namespace test = hotline::test;
namespace tickets = hotline::tickets;

namespace {

// Accounts plus work orders: one taken by the agent 李娜, one by her colleague 王芳.
struct Desk : test::SecurityFixture {
    Desk()
    {
        mine = service.create(draft(), agent).value();
        theirs = service.create(draft(), colleague).value();
    }

    tickets::WorkOrderDraft draft() const
    {
        tickets::WorkOrderDraft d;
        d.callerNumber = QStringLiteral("0771-5551234");
        d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
        d.taxpayerId = QStringLiteral("91450100MA5K3L8Q7Y");
        d.contactName = QStringLiteral("陈静");
        d.contactNumber = QStringLiteral("139 0771 1234");
        d.categoryId = topic();
        d.question = QStringLiteral("综合所得预扣预缴申报时提示人员信息未验证通过，怎么处理？");
        return d;
    }

    QString topic() const
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    QString group() const
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NULL ORDER BY sort_order LIMIT 1")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    tickets::WorkOrderService service{*store.db, clock, ids};
    tickets::CategoryRepository categories{store.db->connection()};
    tickets::WorkOrder mine;
    tickets::WorkOrder theirs;
};

void checkForbidden(const hotline::Error& e)
{
    INFO(e.message.toStdString());
    CHECK(e.code == ErrorCode::Forbidden);
    CHECK_FALSE(e.message.isEmpty());
}

} // namespace

TEST_CASE("the role table gives each role its permissions")
{
    using P = Permission;
    CHECK(permissionsOf(Role::Admin).size() == 15);
    CHECK(roleHas(Role::Admin, P::ManageAccounts));
    CHECK(roleHas(Role::Admin, P::ViewAuditLog));
    CHECK_FALSE(roleHas(Role::Admin, P::RevealOwnTaxpayerData)); // sees everything anyway
    for (P p : {P::ManageCategories, P::EditAnyWorkOrder, P::ViewTaxpayerData, P::ExportData, P::BulkQuery}) {
        CHECK(roleHas(Role::TeamLead, p));
    }
    CHECK_FALSE(roleHas(Role::TeamLead, P::ManageAccounts));
    CHECK_FALSE(roleHas(Role::TeamLead, P::ViewAuditLog));
    CHECK(permissionsOf(Role::Agent) == QList<P>{P::RevealOwnTaxpayerData, P::WriteKnowledge});
    // Online agents answer the portal's chats; the lead does too and keeps their service wording.
    CHECK(permissionsOf(Role::OnlineAgent) == QList<P>{P::RevealOwnTaxpayerData, P::WriteKnowledge, P::ServeChats});
    CHECK(roleHas(Role::TeamLead, P::ServeChats));
    CHECK(roleHas(Role::TeamLead, P::ManageQuickPhrases));
    for (Role r : {Role::Agent, Role::OnlineAgent, Role::Admin, Role::QaInspector}) {
        CHECK_FALSE(roleHas(r, P::ManageQuickPhrases));
    }
    CHECK_FALSE(roleHas(Role::Agent, P::ServeChats));
    CHECK(permissionsOf(Role::Technician) ==
          QList<P>{P::RevealOwnTaxpayerData, P::WriteKnowledge, P::ManageMaterials, P::ManageClientVersions});
    // The expert team answers transfers and nothing of the floor's; the quality manager owns complaints, hears the
    // calls complained about and plans return visits, but neither scores calls nor sees taxpayer data.
    CHECK(permissionsOf(Role::Expert) == QList<P>{P::AnswerTransfers, P::WriteKnowledge, P::ReviewKnowledge});
    CHECK(roleHas(Role::QualityManager, P::HandleComplaints));
    CHECK(roleHas(Role::QualityManager, P::ListenRecordings));
    CHECK(roleHas(Role::QualityManager, P::PlanReturnVisits));
    CHECK_FALSE(roleHas(Role::QualityManager, P::ScoreCalls));
    CHECK_FALSE(roleHas(Role::QualityManager, P::ViewTaxpayerData));
    CHECK_FALSE(roleHas(Role::Expert, P::ViewTaxpayerData));
    for (P p : {P::AnswerTransfers, P::HandleComplaints, P::PlanReturnVisits, P::ManageTraining}) {
        CHECK(roleHas(Role::TeamLead, p));
        CHECK_FALSE(roleHas(Role::Agent, p));
    }
    CHECK(permissionsOf(Role::QaInspector) == QList<P>{P::WriteKnowledge, P::ReviewKnowledge, P::ImportRecordings,
                                                       P::ListenRecordings, P::ScoreCalls});
    // Recordings are heard and scored by QA inspectors and leads; only the lead edits scorecards and decides appeals;
    // administrators import (the nightly job) but do not listen.
    CHECK(roleHas(Role::TeamLead, P::ScoreCalls));
    CHECK(roleHas(Role::TeamLead, P::ManageQa));
    CHECK_FALSE(roleHas(Role::QaInspector, P::ManageQa));
    CHECK(roleHas(Role::Admin, P::ImportRecordings));
    CHECK_FALSE(roleHas(Role::Admin, P::ListenRecordings));
    CHECK_FALSE(roleHas(Role::Admin, P::ScoreCalls));
    CHECK(roleHas(Role::TeamLead, P::ManageKnowledge));
    CHECK_FALSE(roleHas(Role::QaInspector, P::ManageKnowledge));
    // Post-call survey results are imported by leads and administrators only.
    CHECK(roleHas(Role::TeamLead, P::ImportSatisfaction));
    CHECK(roleHas(Role::Admin, P::ImportSatisfaction));
    CHECK_FALSE(roleHas(Role::QaInspector, P::ImportSatisfaction));
    // What screens ask of a role in hand follows the same table.
    for (Role r : kAllRoles) {
        CHECK(Operator{QStringLiteral("x"), QStringLiteral("x"), r}.supervises() == roleHas(r, P::EditAnyWorkOrder));
    }
    CHECK(Operator{QStringLiteral("x"), QStringLiteral("x"), Role::TeamLead}.supervises());
    CHECK_FALSE(Operator{QStringLiteral("x"), QStringLiteral("x"), Role::Technician}.supervises());
    for (P p : kAllPermissions) {
        CHECK_FALSE(key(p).isEmpty());
        CHECK_FALSE(displayName(p).isEmpty());
    }
}

TEST_CASE("a phone agent calling libcore is refused every protected operation")
{
    Desk d;
    const Operator& a = d.agent;
    const QString catName = QStringLiteral("个人养老金");

    checkForbidden(d.categories.add(d.group(), catName, a, d.ids, d.clock).error());
    checkForbidden(d.categories.add({}, catName, a, d.ids, d.clock).error());
    checkForbidden(d.categories.rename(d.topic(), catName, a, d.clock).error());
    checkForbidden(d.categories.remove(d.topic(), a, d.ids, d.clock).error());

    checkForbidden(d.accounts.accounts(a).error());
    checkForbidden(d.accounts.createAccount(QStringLiteral("赵云"), Role::Agent, test::kPassword, a).error());
    checkForbidden(d.accounts.createAccount(QStringLiteral("赵云"), Role::Admin, test::kPassword, a).error());
    checkForbidden(d.accounts.resetPassword(d.colleague.id, QStringLiteral("Taken2025"), a).error());
    checkForbidden(d.accounts.resetPassword(d.admin.id, QStringLiteral("Taken2025"), a).error());
    checkForbidden(d.accounts.changeRole(a.id, Role::Admin, a).error());
    checkForbidden(d.accounts.deactivate(d.colleague.id, a).error());
    checkForbidden(d.accounts.reactivate(d.colleague.id, a).error());

    auto edit = d.service.edit(d.theirs.id, d.draft(), d.theirs.version, a);
    checkForbidden(edit.error());
    CHECK(edit.error().message.contains(QStringLiteral("王芳")));
    checkForbidden(d.service.changeStatus(d.theirs.id, tickets::Status::InProgress, {}, a).error());
    checkForbidden(d.service.transfer(d.theirs.id, a.id, QStringLiteral("我来处理"), a).error());
    checkForbidden(d.service.reveal(d.theirs.id, a).error());

    checkForbidden(authorizeExport(*d.store.db, d.clock, d.ids, a, QStringLiteral("work orders to a.xlsx")).error());
    checkForbidden(authorizeBulkQuery(*d.store.db, d.clock, d.ids, a, QStringLiteral("all of 2025")).error());

    // Nothing was changed or recorded by any of it.
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM categories WHERE name = ?"), {catName}) == 0);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM operators")) == 5);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM operators WHERE role = 'admin'")) == 1);
    for (const char* action : {"reveal", "export", "bulk_query", "delete", "password_reset", "role_change"}) {
        CHECK(d.audited(QString::fromLatin1(action)) == 0);
    }
}

TEST_CASE("libcore checks the role stored for an operator, not the one a caller claims")
{
    Desk d;
    Operator forged = d.agent;
    forged.role = Role::Admin;
    checkForbidden(d.accounts.createAccount(QStringLiteral("赵云"), Role::Admin, test::kPassword, forged).error());
    checkForbidden(d.categories.remove(d.topic(), forged, d.ids, d.clock).error());
    checkForbidden(authorizeExport(*d.store.db, d.clock, d.ids, forged, QStringLiteral("x")).error());
    Operator stranger{QStringLiteral("not-an-operator"), QStringLiteral("某人"), Role::Admin};
    checkForbidden(authorizeBulkQuery(*d.store.db, d.clock, d.ids, stranger, QStringLiteral("x")).error());
    checkForbidden(d.service.create(d.draft(), stranger).error());
}

TEST_CASE("a QA inspector and a technician are refused too, and a lead only what is the administrator's")
{
    Desk d;
    checkForbidden(d.service.reveal(d.mine.id, d.qa).error());
    checkForbidden(d.categories.add({}, QStringLiteral("质检"), d.qa, d.ids, d.clock).error());
    checkForbidden(authorizeExport(*d.store.db, d.clock, d.ids, d.qa, QStringLiteral("x")).error());
    checkForbidden(d.accounts.createAccount(QStringLiteral("赵云"), Role::Agent, test::kPassword, d.lead).error());
    checkForbidden(d.accounts.resetPassword(d.agent.id, QStringLiteral("Taken2025"), d.lead).error());
    checkForbidden(d.accounts.changeRole(d.lead.id, Role::Admin, d.lead).error());
}

TEST_CASE("team leads manage categories, change others' work orders, export and query in bulk, all audited")
{
    Desk d;
    auto added = d.categories.add(d.group(), QStringLiteral("个人养老金"), d.lead, d.ids, d.clock);
    REQUIRE(added.ok());
    REQUIRE(d.categories.rename(added->id, QStringLiteral("个人养老金扣除"), d.lead, d.clock).ok());
    REQUIRE(d.categories.remove(added->id, d.lead, d.ids, d.clock).ok());
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND target = ? "
                                 "AND operator_id = ? AND detail LIKE '%个人养老金扣除'"),
                  {added->id, d.lead.id}) == 1);
    CHECK(d.service.changeStatus(d.theirs.id, tickets::Status::InProgress, {}, d.lead).ok());
    REQUIRE(authorizeExport(*d.store.db, d.clock, d.ids, d.lead, QStringLiteral("work orders of September")).ok());
    REQUIRE(authorizeBulkQuery(*d.store.db, d.clock, d.ids, d.lead, QStringLiteral("unit = 绿城餐饮")).ok());
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND operator_id = ? "
                                 "AND detail = 'work orders of September'"),
                  {d.lead.id}) == 1);
    CHECK(d.audited(QStringLiteral("bulk_query")) == 1);
}

TEST_CASE("an agent sees taxpayer data masked and reveals it, audited, only on her own work orders")
{
    Desk d;
    auto seen = d.service.view(d.mine.id, d.agent);
    REQUIRE(seen.ok());
    CHECK(seen->taxpayerId == QStringLiteral("9145**********8Q7Y"));
    CHECK(seen->callerNumber == QStringLiteral("0771***1234"));
    CHECK(seen->contactNumber == QStringLiteral("139****1234"));
    CHECK(seen->question == d.mine.question);
    CHECK(d.service.view(d.theirs.id, d.agent)->taxpayerId == QStringLiteral("9145**********8Q7Y"));

    auto full = d.service.reveal(d.mine.id, d.agent);
    REQUIRE(full.ok());
    CHECK(full->taxpayerId == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(full->callerNumber == QStringLiteral("07715551234"));
    CHECK(full->contactNumber == QStringLiteral("13907711234"));
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND operator_id = ? AND "
                                 "target = ? AND detail = ?"),
                  {d.agent.id, d.mine.id,
                   QString(d.mine.ticketNo + QStringLiteral(" caller_number,taxpayer_id,contact_number"))}) == 1);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'audit_entry'")) ==
          d.count(QStringLiteral("SELECT count(*) FROM audit_log")));

    // Leads see the full values without a reveal; a reveal by them is still recorded.
    CHECK(d.service.view(d.theirs.id, d.lead)->taxpayerId == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(d.service.reveal(d.theirs.id, d.lead).ok());
    CHECK(d.audited(QStringLiteral("reveal")) == 2);
    CHECK(seesTaxpayerData(d.lead));
    CHECK_FALSE(seesTaxpayerData(d.agent));
    CHECK(mayReveal(d.agent, d.agent.id));
    CHECK_FALSE(mayReveal(d.agent, d.colleague.id));
    CHECK_FALSE(mayReveal(d.qa, d.qa.id));
}

TEST_CASE("a work order with nothing to reveal records no reveal, and an unknown one is not found")
{
    Desk d;
    auto bare = d.draft();
    bare.channel = tickets::Channel::Online;
    bare.callerNumber.clear();
    bare.taxpayerId.clear();
    bare.contactNumber.clear();
    auto w = d.service.create(bare, d.agent).value();
    auto r = d.service.reveal(w.id, d.agent);
    REQUIRE(r.ok());
    CHECK(r->taxpayerId.isEmpty());
    CHECK(d.audited(QStringLiteral("reveal")) == 0);
    CHECK(d.service.reveal(QStringLiteral("no-such-id"), d.agent).error().code == ErrorCode::NotFound);
    CHECK(d.service.view(QStringLiteral("no-such-id"), d.agent).error().code == ErrorCode::NotFound);
}

TEST_CASE("an edit that sends the masked values back keeps the stored ones")
{
    Desk d;
    tickets::WorkOrder seen = d.service.view(d.mine.id, d.agent).value();
    tickets::WorkOrderDraft changes = tickets::draftOf(seen);
    changes.answer = QStringLiteral("请在人员信息采集中点击获取反馈。");
    auto saved = d.service.edit(d.mine.id, changes, seen.version, d.agent);
    REQUIRE(saved.ok());
    CHECK(saved->taxpayerId == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(saved->callerNumber == QStringLiteral("07715551234"));
    CHECK(saved->contactNumber == QStringLiteral("13907711234"));
    CHECK(saved->answer == changes.answer);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'work_order' AND entity_id = ? AND "
                                 "operation = 'update' AND fields LIKE '%taxpayer_id%'"),
                  {d.mine.id}) == 0);

    // A masked value that is not the stored one's mask is refused as invalid, not stored.
    changes.taxpayerId = QStringLiteral("4501**********1234");
    auto wrong = d.service.edit(d.mine.id, changes, saved->version, d.agent);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("taxpayer_id"));
    // A new full value replaces the old one.
    changes.taxpayerId = QStringLiteral("450103198001011233");
    auto replaced = d.service.edit(d.mine.id, changes, saved->version, d.agent);
    REQUIRE(replaced.ok());
    CHECK(replaced->taxpayerId == QStringLiteral("450103198001011233"));
}
