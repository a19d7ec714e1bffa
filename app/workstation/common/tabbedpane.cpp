#include "common/tabbedpane.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace hotline::ui {

TabbedPane::TabbedPane(Workspace& workspace, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_ws(workspace)
{
    setObjectName(objectName);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(objectName.chopped(4) + QStringLiteral("TabWidget")); // qaPane → qaTabWidget
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
}

void TabbedPane::operatorChanged()
{
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    buildTabs();
}

} // namespace hotline::ui
