#pragma once
// 月度分析报告 as a PDF (A4, QPdfWriter + QTextDocument): the title 12366纳税服务热线月度分析报告 YYYY年M月, the same
// figures as the workbook in tables, the charts drawn with QPainter (monthlycharts.h), and "page n of m" at the foot
// of every page. Chinese text in Noto Sans CJK SC (fonts-noto-cjk) with fallbacks. Needs a QGuiApplication (the CLI
// makes one for this command; without one the export is refused with a clear error instead of crashing).
// ExportData; written through a temporary file renamed into place; audited like the workbook.

#include "reports/monthlyreport.h"
#include "reports/workorderexport.h"

namespace hotline::reports {

Result<ExportResult> exportMonthlyPdf(db::Database& db, int year, int month, const QString& path,
                                      const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                      const ExportProgress& progress = {});

// The PDF of a report already made (no permission check, no audit). Returns the number of pages.
Result<int> writeMonthlyPdf(const MonthlyReport& report, const QString& path);

} // namespace hotline::reports
