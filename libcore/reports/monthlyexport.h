#pragma once
// What the monthly report's workbook and PDF share: the permission check (ExportData on top of the report's
// BulkQuery), the progress steps and the audit entry written after the file (who, which month, the file, its
// SHA-256, and that the report holds no taxpayer IDs); a file that cannot be audited is removed.

#include "core/result.h"
#include "reports/monthlyreport.h"
#include "reports/workorderexport.h"

namespace hotline::reports {

// The steps a monthly export reports through ExportProgress: made the report, wrote the file, audited.
inline constexpr qint64 kMonthlyExportSteps = 3;

// Checks ExportData and the month, then makes the report (step 1). Cancelled when progress returns false.
Result<MonthlyReport> startMonthlyExport(db::Database& db, int year, int month, const QString& path,
                                         const security::Operator& by, const Clock& clock,
                                         const ExportProgress& progress);

// After the file is in place: hashes and audits it (kind "xlsx" or "pdf"); removes the file when that fails.
Result<ExportResult> finishMonthlyExport(db::Database& db, const MonthlyReport& report, const QString& kind,
                                         const QString& path, const security::Operator& by, IdGenerator& ids,
                                         const Clock& clock, const ExportProgress& progress);

// The error of a cancelled export.
Error exportCancelled();

} // namespace hotline::reports
