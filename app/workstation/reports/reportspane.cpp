#include "reports/reportspane.h"

#include "common/workspace.h"
#include "reports/dailysummarywidget.h"
#include "reports/monthlyreportwidget.h"
#include "security/permissions.h"

#include <QTabWidget>

namespace hotline::ui {

ReportsPane::ReportsPane(Workspace& workspace, QWidget* parent)
    : TabbedPane(workspace, QStringLiteral("reportsPane"), parent)
{
    buildTabs();
}

void ReportsPane::buildTabs()
{
    // libcore refuses what a role may not do; the pane only leaves out the tabs that would be refused.
    const security::Role role = m_ws.currentOperator.role;
    using security::Permission;
    if (!security::roleHas(role, Permission::BulkQuery)) {
        return;
    }
    tabs()->addTab(new DailySummaryWidget(m_ws, tabs()), tr("Daily summary"));
    auto* monthly = new MonthlyReportWidget(m_ws, tabs());
    connect(monthly, &MonthlyReportWidget::dataChanged, this, &ReportsPane::dataChanged);
    tabs()->addTab(monthly, tr("Monthly analysis"));
}

} // namespace hotline::ui
