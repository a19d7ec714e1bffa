#pragma once
// The team lead's reports (统计报表): the daily consultation summary, the monthly service analysis with its charts
// and improvement plan, the QA and reply-deadline figures per agent, and the exports. Tabs by role.

#include "common/tabbedpane.h"

namespace hotline::ui {

class ReportsPane final : public TabbedPane {
    Q_OBJECT
public:
    explicit ReportsPane(Workspace& workspace, QWidget* parent = nullptr);

private:
    void buildTabs() override;
};

} // namespace hotline::ui
