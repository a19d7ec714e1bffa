#include "security/auditedaccess.h"

#include "db/database.h"
#include "db/transaction.h"
#include "security/auditlog.h"
#include "security/permissions.h"

namespace hotline::security {
namespace {

Outcome authorizeAudited(db::Database& db, const Clock& clock, IdGenerator& ids, const Operator& by,
                         Permission permission, AuditAction action, const QString& detail)
{
    if (Outcome s = authorize(db.connection(), by, permission); !s) {
        return s;
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto e = AuditLog(db.connection()).append(action, by.id, {}, detail.trimmed(), ids, clock); !e) {
        return e.error();
    }
    return tx.commit();
}

} // namespace

Outcome authorizeExport(db::Database& db, const Clock& clock, IdGenerator& ids, const Operator& by, const QString& what)
{
    return authorizeAudited(db, clock, ids, by, Permission::ExportData, AuditAction::Export, what);
}

Outcome authorizeBulkQuery(db::Database& db, const Clock& clock, IdGenerator& ids, const Operator& by,
                           const QString& query)
{
    return authorizeAudited(db, clock, ids, by, Permission::BulkQuery, AuditAction::BulkQuery, query);
}

} // namespace hotline::security
