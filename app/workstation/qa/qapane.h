#pragma once
// The quality-inspection pane (质检): the recording catalogue, the scoring screen (player beside the scorecard), the
// weekly sampling queue, live-monitoring findings, an agent's own evaluations and the lead's appeals. Each part is a
// tab; a tab is shown only to the roles that may use it.

#include <QWidget>

class QTabWidget;

namespace hotline::ui {

struct Workspace;
class RecordingsWidget;

class QaPane final : public QWidget {
    Q_OBJECT
public:
    explicit QaPane(Workspace& workspace, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    // 录音库 (null for roles that may not see it).
    RecordingsWidget* recordings() const { return m_recordings; }
    // Rebuilds the tabs for the operator now at the keyboard (after 切换用户).
    void operatorChanged();

signals:
    // Something was saved that the rest of the workstation shows (sync, counts).
    void dataChanged();

private:
    void buildTabs();

    Workspace& m_ws;
    QTabWidget* m_tabs;
    RecordingsWidget* m_recordings = nullptr;
};

} // namespace hotline::ui
