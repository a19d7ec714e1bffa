#include "service/servicepane.h"

#include "common/workspace.h"
#include "security/permissions.h"

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
    (void)role;
}

} // namespace hotline::ui
