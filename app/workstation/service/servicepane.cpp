#include "service/servicepane.h"

#include "common/workspace.h"
#include "security/permissions.h"
#include "service/callbackswidget.h"
#include "service/transferswidget.h"

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
}

} // namespace hotline::ui
