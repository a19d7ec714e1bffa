#include "qa/qapane.h"

#include "common/workspace.h"
#include "qa/playbacktab.h"
#include "security/permissions.h"

#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hotline::ui {

QaPane::QaPane(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("qaPane"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("qaTabWidget"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
    buildTabs();
}

void QaPane::operatorChanged()
{
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    buildTabs();
}

void QaPane::buildTabs()
{
    // libcore refuses what a role may not do; the pane only leaves out the tabs that would be refused.
    const security::Role role = m_ws.currentOperator.role;
    if (security::roleHas(role, security::Permission::ListenRecordings)) {
        m_tabs->addTab(new PlaybackTab(m_ws, m_tabs), style()->standardIcon(QStyle::SP_MediaPlay), tr("Playback"));
    }
    // (tabs are added here, one block per part, in the order users work: catalogue, scoring, sampling, live
    // monitoring, my evaluations, appeals)
}

} // namespace hotline::ui
