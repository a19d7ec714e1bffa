#include "security/permissions.h"

#include "db/query.h"

#include <QCoreApplication>

namespace hotline::security {
namespace {

// The role → permissions table. Team leads run the floor (others' work orders, categories, exports);
// administrators also manage accounts and read the audit log. Agents and technicians see taxpayer data only by an
// audited reveal on work orders they own; QA inspectors judge answers and recordings and get no taxpayer data.
// Everyone writes knowledge-base drafts (typical problems flow in from the floor); leads, administrators and QA
// inspectors, who judge answers, review them; leads and administrators curate the KB's lists and dictionary.
// Recordings are heard and scored by QA inspectors and leads only; the lead owns the scorecards and decides appeals;
// administrators may import recordings (the nightly PBX job) but not listen to them. An agent reads only their own
// evaluations and plays only the recordings of those (libcore/qa checks that, not this table). Post-call survey
// results (满意度) are imported by leads and administrators, who run the monthly figures. The remote expert team
// answers transferred questions (the lead may too); complaints belong to the quality manager (and the lead), who also
// hears the calls complained about and plans return visits; leads keep the training record; leads, administrators
// and technicians keep the materials library and the 扣缴端 version records. Online agents and leads answer the
// portal's chats; the lead keeps their standard service wording.
QList<Permission> table(Role role)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        return {P::ManageAccounts,  P::ManageCategories, P::EditAnyWorkOrder, P::ViewTaxpayerData,
                P::ExportData,      P::BulkQuery,        P::ViewAuditLog,     P::WriteKnowledge,
                P::ReviewKnowledge, P::ManageKnowledge,  P::ImportRecordings, P::ImportSatisfaction,
                P::ManageTraining,  P::ManageMaterials,  P::ManageClientVersions};
    case Role::TeamLead:
        return {P::ManageCategories, P::EditAnyWorkOrder, P::ViewTaxpayerData, P::ExportData,
                P::BulkQuery,        P::WriteKnowledge,   P::ReviewKnowledge,  P::ManageKnowledge,
                P::ImportRecordings, P::ListenRecordings, P::ScoreCalls,       P::ManageQa,
                P::ImportSatisfaction, P::AnswerTransfers, P::HandleComplaints, P::PlanReturnVisits,
                P::ManageTraining,   P::ManageMaterials,  P::ManageClientVersions, P::ServeChats,
                P::ManageQuickPhrases};
    case Role::QaInspector:
        return {P::WriteKnowledge,   P::ReviewKnowledge,  P::ImportRecordings,
                P::ListenRecordings, P::ScoreCalls};
    case Role::Technician:
        return {P::RevealOwnTaxpayerData, P::WriteKnowledge, P::ManageMaterials, P::ManageClientVersions};
    case Role::Agent:
        return {P::RevealOwnTaxpayerData, P::WriteKnowledge};
    case Role::OnlineAgent:
        return {P::RevealOwnTaxpayerData, P::WriteKnowledge, P::ServeChats};
    case Role::Expert:
        return {P::AnswerTransfers, P::WriteKnowledge, P::ReviewKnowledge};
    case Role::QualityManager:
        return {P::HandleComplaints, P::PlanReturnVisits, P::ListenRecordings, P::WriteKnowledge,
                P::ReviewKnowledge};
    }
    return {};
}

Error forbidden(const QString& message)
{
    return makeError(ErrorCode::Forbidden, message);
}

// The stored role of an active operator, or the reason there is none.
Result<Role> storedRole(const QSqlDatabase& db, const Operator& by)
{
    auto q = db::exec(db, QStringLiteral("SELECT role, active FROM operators WHERE id = ?"), {by.id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next() || !q.value().value(1).toBool()) {
        return forbidden(QCoreApplication::translate(
            "hotline::security", "This account does not exist or has been deactivated; log in again."));
    }
    const auto role = roleFromKey(q.value().value(0).toString());
    if (!role) {
        return forbidden(QCoreApplication::translate("hotline::security", "This account has no valid role."));
    }
    return *role;
}

} // namespace

QString key(Permission p)
{
    switch (p) {
    case Permission::ManageAccounts:
        return QStringLiteral("manage_accounts");
    case Permission::ManageCategories:
        return QStringLiteral("manage_categories");
    case Permission::EditAnyWorkOrder:
        return QStringLiteral("edit_any_work_order");
    case Permission::ViewTaxpayerData:
        return QStringLiteral("view_taxpayer_data");
    case Permission::RevealOwnTaxpayerData:
        return QStringLiteral("reveal_own_taxpayer_data");
    case Permission::ExportData:
        return QStringLiteral("export");
    case Permission::BulkQuery:
        return QStringLiteral("bulk_query");
    case Permission::ViewAuditLog:
        return QStringLiteral("view_audit_log");
    case Permission::WriteKnowledge:
        return QStringLiteral("write_knowledge");
    case Permission::ReviewKnowledge:
        return QStringLiteral("review_knowledge");
    case Permission::ManageKnowledge:
        return QStringLiteral("manage_knowledge");
    case Permission::ImportRecordings:
        return QStringLiteral("import_recordings");
    case Permission::ListenRecordings:
        return QStringLiteral("listen_recordings");
    case Permission::ScoreCalls:
        return QStringLiteral("score_calls");
    case Permission::ManageQa:
        return QStringLiteral("manage_qa");
    case Permission::ImportSatisfaction:
        return QStringLiteral("import_satisfaction");
    case Permission::AnswerTransfers:
        return QStringLiteral("answer_transfers");
    case Permission::HandleComplaints:
        return QStringLiteral("handle_complaints");
    case Permission::PlanReturnVisits:
        return QStringLiteral("plan_return_visits");
    case Permission::ManageTraining:
        return QStringLiteral("manage_training");
    case Permission::ManageMaterials:
        return QStringLiteral("manage_materials");
    case Permission::ManageClientVersions:
        return QStringLiteral("manage_client_versions");
    case Permission::ServeChats:
        return QStringLiteral("serve_chats");
    case Permission::ManageQuickPhrases:
        return QStringLiteral("manage_quick_phrases");
    }
    return {};
}

QString displayName(Permission p)
{
    switch (p) {
    case Permission::ManageAccounts:
        return QCoreApplication::translate("hotline::security", "manage accounts");
    case Permission::ManageCategories:
        return QCoreApplication::translate("hotline::security", "manage work-order categories");
    case Permission::EditAnyWorkOrder:
        return QCoreApplication::translate("hotline::security", "change work orders of others");
    case Permission::ViewTaxpayerData:
        return QCoreApplication::translate("hotline::security", "see full taxpayer IDs and phone numbers");
    case Permission::RevealOwnTaxpayerData:
        return QCoreApplication::translate("hotline::security",
                                           "reveal full taxpayer IDs and phone numbers of one's own work orders");
    case Permission::ExportData:
        return QCoreApplication::translate("hotline::security", "export data");
    case Permission::BulkQuery:
        return QCoreApplication::translate("hotline::security", "run bulk queries");
    case Permission::ViewAuditLog:
        return QCoreApplication::translate("hotline::security", "read the audit log");
    case Permission::WriteKnowledge:
        return QCoreApplication::translate("hotline::security", "write knowledge-base drafts");
    case Permission::ReviewKnowledge:
        return QCoreApplication::translate("hotline::security", "review knowledge-base articles");
    case Permission::ManageKnowledge:
        return QCoreApplication::translate("hotline::security",
                                           "manage the knowledge base's categories, synonyms and lists");
    case Permission::ImportRecordings:
        return QCoreApplication::translate("hotline::security", "import call recordings");
    case Permission::ListenRecordings:
        return QCoreApplication::translate("hotline::security", "listen to every agent's recordings and evaluations");
    case Permission::ScoreCalls:
        return QCoreApplication::translate("hotline::security", "score recorded and live calls");
    case Permission::ManageQa:
        return QCoreApplication::translate("hotline::security",
                                           "edit scorecards and the sampling plan, decide appeals");
    case Permission::ImportSatisfaction:
        return QCoreApplication::translate("hotline::security", "import post-call satisfaction survey results");
    case Permission::AnswerTransfers:
        return QCoreApplication::translate("hotline::security", "answer questions transferred to the expert team");
    case Permission::HandleComplaints:
        return QCoreApplication::translate("hotline::security", "handle complaints");
    case Permission::PlanReturnVisits:
        return QCoreApplication::translate("hotline::security", "plan return visits");
    case Permission::ManageTraining:
        return QCoreApplication::translate("hotline::security", "keep the training record");
    case Permission::ManageMaterials:
        return QCoreApplication::translate("hotline::security", "manage the materials library");
    case Permission::ManageClientVersions:
        return QCoreApplication::translate("hotline::security", "record withholding-client versions");
    case Permission::ServeChats:
        return QCoreApplication::translate("hotline::security", "answer taxpayers' online chats");
    case Permission::ManageQuickPhrases:
        return QCoreApplication::translate("hotline::security", "edit the standard service wording");
    }
    return {};
}

bool roleHas(Role role, Permission p)
{
    return table(role).contains(p);
}

QList<Permission> permissionsOf(Role role)
{
    return table(role);
}

Outcome authorize(const QSqlDatabase& db, const Operator& by, Permission p)
{
    auto role = storedRole(db, by);
    if (!role) {
        return role.error();
    }
    if (!roleHas(role.value(), p)) {
        return forbidden(QCoreApplication::translate("hotline::security", "Your role (%1) may not %2.")
                             .arg(displayName(role.value()), displayName(p)));
    }
    return Ok{};
}

Outcome authorizeActive(const QSqlDatabase& db, const Operator& by)
{
    auto role = storedRole(db, by);
    if (!role) {
        return role.error();
    }
    return Ok{};
}

Outcome authorizeReveal(const QSqlDatabase& db, const Operator& by, const QString& ownerId)
{
    auto role = storedRole(db, by);
    if (!role) {
        return role.error();
    }
    if (roleHas(role.value(), Permission::ViewTaxpayerData)) {
        return Ok{};
    }
    if (roleHas(role.value(), Permission::RevealOwnTaxpayerData)) {
        if (ownerId == by.id) {
            return Ok{};
        }
        return forbidden(QCoreApplication::translate(
            "hotline::security",
            "Full taxpayer data can be revealed only on your own work orders; ask its owner or a team lead."));
    }
    return forbidden(QCoreApplication::translate("hotline::security", "Your role (%1) may not %2.")
                         .arg(displayName(role.value()), displayName(Permission::ViewTaxpayerData)));
}

bool seesTaxpayerData(const Operator& op)
{
    return !op.id.isEmpty() && roleHas(op.role, Permission::ViewTaxpayerData);
}

bool mayReveal(const Operator& op, const QString& ownerId)
{
    return seesTaxpayerData(op) ||
           (!op.id.isEmpty() && ownerId == op.id && roleHas(op.role, Permission::RevealOwnTaxpayerData));
}

} // namespace hotline::security
