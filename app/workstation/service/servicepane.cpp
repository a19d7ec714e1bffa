#include "service/servicepane.h"

#include "common/workspace.h"
#include "security/permissions.h"
#include "service/callbackswidget.h"
#include "service/clientversionswidget.h"
#include "service/complaintswidget.h"
#include "service/materialswidget.h"
#include "service/myreturnvisitswidget.h"
#include "service/returnvisitplanswidget.h"
#include "service/trainingwidget.h"
#include "service/transferswidget.h"

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
    // 转办 and 回呼: everyone sees their own; the expert team and leads every open transfer (libcore decides).
    auto* transfers = new TransfersWidget(m_ws, tabs());
    connect(transfers, &TransfersWidget::changed, this, &ServicePane::dataChanged);
    connect(transfers, &TransfersWidget::openWorkOrder, this, &ServicePane::openWorkOrder);
    tabs()->addTab(transfers, tr("Transfers"));
    if (role != security::Role::Expert) {
        auto* callbacks = new CallbacksWidget(m_ws, tabs());
        connect(callbacks, &CallbacksWidget::changed, this, &ServicePane::dataChanged);
        connect(callbacks, &CallbacksWidget::openWorkOrder, this, &ServicePane::openWorkOrder);
        tabs()->addTab(callbacks, tr("Callbacks"));
    }
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
    if (visits->count() == 2) { // a planner works mostly on the plans; their own list below is usually short
        visits->setStretchFactor(0, 3);
        visits->setStretchFactor(1, 2);
    }
    connect(mine, &MyReturnVisitsWidget::dataChanged, this, &ServicePane::dataChanged);
    tabs()->addTab(visits, tr("Return visits"));
    // Everyone reads training, the library and the version records; libcore and the widgets gate the writes.
    auto* trainings = new TrainingWidget(m_ws, tabs());
    connect(trainings, &TrainingWidget::dataChanged, this, &TabbedPane::dataChanged);
    tabs()->addTab(trainings, tr("Training"));
    auto* library = new MaterialsWidget(m_ws, tabs());
    connect(library, &MaterialsWidget::dataChanged, this, &TabbedPane::dataChanged);
    tabs()->addTab(library, tr("Materials"));
    auto* versions = new ClientVersionsWidget(m_ws, tabs());
    connect(versions, &ClientVersionsWidget::dataChanged, this, &TabbedPane::dataChanged);
    tabs()->addTab(versions, tr("Client versions"));
}

} // namespace hotline::ui
