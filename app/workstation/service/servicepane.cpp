#include "service/servicepane.h"

#include "common/workspace.h"
#include "security/permissions.h"
#include "service/complaintswidget.h"
#include "service/myreturnvisitswidget.h"
#include "service/returnvisitplanswidget.h"

#include <QSplitter>
#include <QTabWidget>

namespace hotline::ui {

ServicePane::ServicePane(Workspace& workspace, QWidget* parent)
    : TabbedPane(workspace, QStringLiteral("servicePane"), parent)
{
    buildTabs();
}

void ServicePane::buildTabs()
{
    // libcore refuses what a role may not do; the pane only leaves out the tabs that would be refused.
    const security::Role role = m_ws.currentOperator.role;
    using security::Permission;
    auto* complaints = new ComplaintsWidget(m_ws, tabs()); // everyone registers; handlers see the whole register
    connect(complaints, &ComplaintsWidget::dataChanged, this, &ServicePane::dataChanged);
    connect(complaints, &ComplaintsWidget::openRecording, this, &ServicePane::openRecording);
    tabs()->addTab(complaints, tr("Complaints"));
    auto* visits = new QSplitter(Qt::Vertical, tabs());
    visits->setObjectName(QStringLiteral("returnVisitsSplitter"));
    auto* mine = new MyReturnVisitsWidget(m_ws, visits);
    if (security::roleHas(role, Permission::PlanReturnVisits)) {
        auto* plans = new ReturnVisitPlansWidget(m_ws, visits);
        connect(plans, &ReturnVisitPlansWidget::dataChanged, mine, &MyReturnVisitsWidget::reload);
        connect(plans, &ReturnVisitPlansWidget::dataChanged, this, &ServicePane::dataChanged);
        connect(mine, &MyReturnVisitsWidget::dataChanged, plans, &ReturnVisitPlansWidget::reload);
        visits->insertWidget(0, plans);
    }
    visits->addWidget(mine);
    connect(mine, &MyReturnVisitsWidget::dataChanged, this, &ServicePane::dataChanged);
    tabs()->addTab(visits, tr("Return visits"));
}

} // namespace hotline::ui
