#pragma once
// What each role may do. The table lives here, in libcore, and every protected operation checks it against the
// role stored for the acting operator (not the role a caller claims), so hiding a button is never the only guard.

#include "core/result.h"
#include "security/operator.h"

#include <QList>
#include <QSqlDatabase>

namespace hotline::security {

enum class Permission {
    ManageAccounts,        // create accounts, reset passwords, change roles, (de)activate
    ManageCategories,      // add, rename, remove work-order categories
    EditAnyWorkOrder,      // change or transfer work orders owned by someone else
    ViewTaxpayerData,      // see taxpayer IDs and phone numbers unmasked everywhere
    RevealOwnTaxpayerData, // reveal them, audited, on work orders one owns
    ExportData,            // export work orders and reports to files
    BulkQuery,             // queries over all work orders beyond the work list (reports, ad-hoc searches)
    ViewAuditLog,          // read the audit log
    WriteKnowledge,        // write and edit knowledge-base drafts and submit them for review
    ReviewKnowledge,       // publish, reject or archive others' articles; repeal or amend policy documents
    ManageKnowledge,       // KB categories, synonyms, courses and news links, pinned hot questions
    ImportRecordings,      // import call recordings into the catalogue, link them to work orders
    ListenRecordings,      // play any agent's recordings and read every evaluation
    ScoreCalls,            // score recordings (质检), place markers, log live-monitoring findings, draw samples
    ManageQa,              // edit scorecard templates and the sampling plan, decide appeals
    ImportSatisfaction,    // import the telephone system's post-call survey results (满意度评价)
    AnswerTransfers,       // take and answer questions transferred to the remote expert team (转办)
    HandleComplaints,      // own, investigate, reply to and close complaints (投诉)
    PlanReturnVisits,      // draw return-visit lists (回访计划) and deal them to agents
    ManageTraining,        // record training sessions and their attendance (培训)
    ManageMaterials,       // add, replace and archive install packages, manuals and recordings in the library (资料库)
    ManageClientVersions,  // record 扣缴端 releases and their verification (版本验证)
    ServeChats,            // answer taxpayers' online chats (网上咨询) as an online agent
    ManageQuickPhrases,    // keep the online agents' standard service wording (服务用语)
};

inline constexpr Permission kAllPermissions[] = {
    Permission::ManageAccounts,   Permission::ManageCategories,      Permission::EditAnyWorkOrder,
    Permission::ViewTaxpayerData, Permission::RevealOwnTaxpayerData, Permission::ExportData,
    Permission::BulkQuery,        Permission::ViewAuditLog,          Permission::WriteKnowledge,
    Permission::ReviewKnowledge,  Permission::ManageKnowledge,       Permission::ImportRecordings,
    Permission::ListenRecordings, Permission::ScoreCalls,            Permission::ManageQa,
    Permission::ImportSatisfaction, Permission::AnswerTransfers, Permission::HandleComplaints,
    Permission::PlanReturnVisits,   Permission::ManageTraining,  Permission::ManageMaterials,
    Permission::ManageClientVersions, Permission::ServeChats, Permission::ManageQuickPhrases};

QString key(Permission p);
// What the permission allows, as the end of a sentence ("manage accounts"), translated.
QString displayName(Permission p);

bool roleHas(Role role, Permission p);
QList<Permission> permissionsOf(Role role);

// Checks that the operator exists, is active, and that the role stored for them holds p. Forbidden otherwise,
// with a message naming what was refused.
Outcome authorize(const QSqlDatabase& db, const Operator& by, Permission p);

// Checks only that the operator exists and is active (a deactivated account changes nothing).
Outcome authorizeActive(const QSqlDatabase& db, const Operator& by);

// Whether by may see the full taxpayer data of a work order owned by ownerId (ViewTaxpayerData, or
// RevealOwnTaxpayerData on their own work order). Reads the stored role like authorize().
Outcome authorizeReveal(const QSqlDatabase& db, const Operator& by, const QString& ownerId);

// The same decisions on a role held in hand, for what a screen shows (masking, enabled buttons).
bool seesTaxpayerData(const Operator& op);
bool mayReveal(const Operator& op, const QString& ownerId);

} // namespace hotline::security
