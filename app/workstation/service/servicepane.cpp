#include "service/servicepane.h"

#include "common/workspace.h"
#include "security/permissions.h"
#include "service/clientversionswidget.h"
#include "service/materialswidget.h"
#include "service/trainingwidget.h"

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
