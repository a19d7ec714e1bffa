#pragma once
// The quality-inspection pane (质检): the recording catalogue, the scoring screen (player beside the scorecard), the
// weekly sampling queue, live-monitoring findings, an agent's own evaluations and the lead's appeals. Each part is a
// tab; a tab is shown only to the roles that may use it.

#include "common/tabbedpane.h"

namespace hotline::ui {

class RecordingsWidget;

class QaPane final : public TabbedPane {
    Q_OBJECT
public:
    explicit QaPane(Workspace& workspace, QWidget* parent = nullptr);

    // 录音库 (null for roles that may not see it).
    RecordingsWidget* recordings() const { return m_recordings; }

private:
    void buildTabs() override;

    RecordingsWidget* m_recordings = nullptr;
};

} // namespace hotline::ui
