#include "qa/qapane.h"

#include "common/workspace.h"
#include "qa/appealswidget.h"
#include "qa/livefindingswidget.h"
#include "qa/myevaluationswidget.h"
#include "qa/playbacktab.h"
#include "qa/qamonthlywidget.h"
#include "qa/recordingswidget.h"
#include "qa/samplingplanwidget.h"
#include "security/permissions.h"

#include <QTabWidget>

namespace hotline::ui {

QaPane::QaPane(Workspace& workspace, QWidget* parent) : TabbedPane(workspace, QStringLiteral("qaPane"), parent)
{
    buildTabs();
}

void QaPane::buildTabs()
{
    // libcore refuses what a role may not do; the pane only leaves out the tabs that would be refused.
    const security::Role role = m_ws.currentOperator.role;
    m_recordings = nullptr;
    if (security::roleHas(role, security::Permission::ImportRecordings) ||
        security::roleHas(role, security::Permission::ListenRecordings)) {
        m_recordings = new RecordingsWidget(m_ws, tabs());
        tabs()->addTab(m_recordings, tr("Recordings"));
        connect(m_recordings, &RecordingsWidget::dataChanged, this, &QaPane::dataChanged);
    }
    using security::Permission;
    PlaybackTab* workbench = nullptr;
    if (security::roleHas(role, Permission::ListenRecordings)) {
        workbench = new PlaybackTab(m_ws, tabs());
        connect(workbench, &PlaybackTab::evaluationSubmitted, this, &QaPane::dataChanged);
        tabs()->addTab(workbench, tr("Listen and score"));
    }
    // A recording chosen in the catalogue or the sampling queue opens in 收听评分.
    const auto open = [this, workbench](const QString& recordingId) {
        if (workbench != nullptr) {
            tabs()->setCurrentWidget(workbench);
            (void)workbench->openCatalogued(recordingId);
        }
    };
    if (m_recordings != nullptr) {
        connect(m_recordings, &RecordingsWidget::openRecording, this, open);
    }
    if (security::roleHas(role, Permission::ScoreCalls)) {
        auto* live = new LiveFindingsWidget(m_ws, tabs());
        connect(live, &LiveFindingsWidget::logged, this, &QaPane::dataChanged);
        tabs()->addTab(live, tr("Live monitoring"));
        auto* sampling = new SamplingPlanWidget(m_ws, tabs());
        connect(sampling, &SamplingPlanWidget::dataChanged, this, &QaPane::dataChanged);
        connect(sampling, &SamplingPlanWidget::openRecording, this, open);
        tabs()->addTab(sampling, tr("Sampling plan"));
    }
    auto* mine = new MyEvaluationsWidget(m_ws, tabs()); // everyone, for their own
    connect(mine, &MyEvaluationsWidget::dataChanged, this, &QaPane::dataChanged);
    tabs()->addTab(mine, tr("My evaluations"));
    if (security::roleHas(role, Permission::ManageQa)) {
        auto* appeals = new AppealsWidget(m_ws, tabs());
        connect(appeals, &AppealsWidget::dataChanged, this, &QaPane::dataChanged);
        tabs()->addTab(appeals, tr("Appeals"));
    }
    if (security::roleHas(role, Permission::ListenRecordings)) {
        tabs()->addTab(new QaMonthlyWidget(m_ws, tabs()), tr("Monthly QA report"));
    }
}

} // namespace hotline::ui
