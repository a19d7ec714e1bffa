#pragma once
// 扣缴端版本: each release of the withholding client (自然人电子税务局扣缴端) as the hotline verified it before
// answering questions about it — release date, the bureau's deadline, a checklist of the client's real upgrade checks,
// the result, who verified it and when, whether (and which) operation manuals were revised, and the upgrade package in
// the library. Writing needs Permission::ManageClientVersions; every write travels through the outbox
// (entity client_version).

#include "core/result.h"
#include "security/operator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::materials {

struct ChecklistItem {
    QString item;
    std::optional<bool> passed; // nullopt: not yet checked
    QString note;
};

enum class VerificationResult { Pending, Passed, Failed };
QString key(VerificationResult r);
QString displayName(VerificationResult r);

struct ClientVersion {
    QString id; // empty: not stored yet
    QString clientVersion;
    QDate releasedOn;
    QDate deadlineOn; // invalid: no deadline set
    QString notes;
    QList<ChecklistItem> checklist;
    VerificationResult result = VerificationResult::Pending;
    QString verifiedBy;
    QString verifiedByName;
    QDateTime verifiedAt;
    bool manualRevised = false;
    QString manualNote;
    QString materialId; // the upgrade package; empty when none
    int version = 0;
};

// The client's real upgrade checks: 安装升级, 登录, 人员信息采集, 综合所得申报, 分类所得申报, 非居民所得申报, 缴款,
// 更正申报, 查询统计, 备份恢复.
QList<ChecklistItem> defaultChecklist();

QByteArray checklistJson(const QList<ChecklistItem>& items);
Result<QList<ChecklistItem>> checklistFromJson(const QByteArray& json);

// Trims and checks: version (1–50, e.g. V3.1.221), a release date, a deadline not before it, items named and unique.
Result<ClientVersion> validateClientVersion(const ClientVersion& v);

// Inserts (empty id) or updates the record (not the verification: result, verifier and time stay as they are, and a
// changed checklist sets a verified record back to pending). Refused when the version exists or someone else saved in
// between.
Result<ClientVersion> saveClientVersion(db::Database& db, const ClientVersion& v, const security::Operator& by,
                                        IdGenerator& ids, const Clock& clock);
// Records the verification: every checklist item decided (passed or failed), the result passed when all passed,
// failed when any failed; `by` and now as verifier and time.
Result<ClientVersion> verifyClientVersion(db::Database& db, const QString& id, int expectedVersion,
                                          const security::Operator& by, const Clock& clock);

// Newest release first.
Result<QList<ClientVersion>> listClientVersions(const QSqlDatabase& db);
Result<ClientVersion> loadClientVersion(const QSqlDatabase& db, const QString& id);

} // namespace hotline::materials
