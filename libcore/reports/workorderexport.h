#pragma once
// 工单明细导出: the work orders received in a period (Beijing dates) to an Excel workbook — one row per work order,
// Chinese headers, dates as Excel dates, a frozen and filterable header row, written in constant-memory mode (a
// million rows in tens of megabytes). Taxpayer IDs and phone numbers are masked unless the export asks for them in
// full, which needs a role that sees taxpayer data and a stated purpose. Every export is audited after the file is
// written: who, what, the purpose, how many rows and the file's SHA-256; an export that cannot be audited is removed.

#include "core/result.h"
#include "security/operator.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::reports {

struct WorkOrderExportRequest {
    QDate from; // received on or after (Beijing)
    QDate to;   // received on or before (Beijing)
    QString path;
    bool unmasked = false; // full taxpayer IDs and phone numbers: ViewTaxpayerData and a purpose
    QString purpose;       // why the data leaves the system (kept in the audit log); required when unmasked
};

struct ExportResult {
    QString path;
    qint64 rows = 0;
    QString sha256; // of the file written (hex)
};

// Called every few thousand rows with (done, total); returning false cancels (nothing is left on disk).
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// Excel allows 1,048,576 rows a sheet: beyond that the detail continues on 工单明细(2), (3) …
inline constexpr qint64 kRowsPerSheet = 1048575;

Result<ExportResult> exportWorkOrders(db::Database& db, const WorkOrderExportRequest& request,
                                      const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                      const ExportProgress& progress = {});

} // namespace hotline::reports
