#pragma once
// Exports and bulk queries take data out of the work list: only roles holding the permission may run them, and
// each run is recorded in the audit log before any data is read. The export and report features call these first
// and stop on an error.

#include "core/result.h"
#include "security/operator.h"

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::security {

// Permission::ExportData; `what` says what is exported and where to (kept in the audit entry).
Outcome authorizeExport(db::Database& db, const Clock& clock, IdGenerator& ids, const Operator& by,
                        const QString& what);
// Permission::BulkQuery; `query` describes the query (kept in the audit entry).
Outcome authorizeBulkQuery(db::Database& db, const Clock& clock, IdGenerator& ids, const Operator& by,
                           const QString& query);

} // namespace hotline::security
