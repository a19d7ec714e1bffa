#include "qa/qapane.h"

#include "common/workspace.h"
#include "qa/appealswidget.h"
#include "qa/myevaluationswidget.h"
#include "qa/qamonthlywidget.h"
#include "qa/samplingplanwidget.h"
#include "qa/evaluationformwidget.h"
#include "qa/livefindingswidget.h"
#include "security/permissions.h"

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
    // (tabs are added here, one block per part, in the order users work: catalogue, scoring, sampling, live
    // monitoring, my evaluations, appeals)
    using security::Permission;
    if (security::roleHas(role, Permission::ScoreCalls)) {
        auto* form = new EvaluationFormWidget(m_ws, m_tabs);
        connect(form, &EvaluationFormWidget::submitted, this, &QaPane::dataChanged);
        m_tabs->addTab(form, tr("Scoring"));
        auto* live = new LiveFindingsWidget(m_ws, m_tabs);
        connect(live, &LiveFindingsWidget::logged, this, &QaPane::dataChanged);
        m_tabs->addTab(live, tr("Live monitoring"));
        auto* sampling = new SamplingPlanWidget(m_ws, m_tabs);
        connect(sampling, &SamplingPlanWidget::dataChanged, this, &QaPane::dataChanged);
        m_tabs->addTab(sampling, tr("Sampling plan"));
    }
    auto* mine = new MyEvaluationsWidget(m_ws, m_tabs); // everyone, for their own
    connect(mine, &MyEvaluationsWidget::dataChanged, this, &QaPane::dataChanged);
    m_tabs->addTab(mine, tr("My evaluations"));
    if (security::roleHas(role, Permission::ManageQa)) {
        auto* appeals = new AppealsWidget(m_ws, m_tabs);
        connect(appeals, &AppealsWidget::dataChanged, this, &QaPane::dataChanged);
        m_tabs->addTab(appeals, tr("Appeals"));
    }
    if (security::roleHas(role, Permission::ListenRecordings)) {
        m_tabs->addTab(new QaMonthlyWidget(m_ws, m_tabs), tr("Monthly QA report"));
    }
}

} // namespace hotline::ui
