#pragma once
// 月度分析报告 as an Excel workbook. Sheets: 汇总 (the summary laid out under headings), 月度趋势 (six months with a
// native column chart), 分类统计 (top-level categories with a pie chart), 渠道统计, 时限达标 (by difficulty), 坐席时限
// (per agent), 满意度 (overall and per agent, with a column chart of the rates), 投诉, 质检, 热点问题 and 改进方案.
// Counts are numbers, rates are Excel percentages (the exact ratio, shown with one decimal); every detail sheet has
// a frozen, filterable header row. The figures are monthlyReport()'s, nothing is computed here.
// ExportData (leads, administrators); written under a temporary name and renamed; audited like exportWorkOrders
// (the report holds no taxpayer IDs or phone numbers, and the audit entry says so).

#include "reports/monthlyreport.h"
#include "reports/workorderexport.h"

namespace hotline::reports {

Result<ExportResult> exportMonthlyWorkbook(db::Database& db, int year, int month, const QString& path,
                                           const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                           const ExportProgress& progress = {});

// The workbook of a report already made (no permission check, no audit): for exportMonthlyWorkbook.
Outcome writeMonthlyWorkbook(const MonthlyReport& report, const QString& path);

} // namespace hotline::reports
