#pragma once
// The service workflow around the work order (服务管理): transfers to the expert team and departments (转办),
// the callback queue (回呼), complaints (投诉), return-visit lists (回访), training (培训), the materials library
// (资料库) and the 扣缴端 version records (版本验证). Tabs by role.

#include "common/tabbedpane.h"

namespace hotline::ui {

class ServicePane final : public TabbedPane {
    Q_OBJECT
public:
    explicit ServicePane(Workspace& workspace, QWidget* parent = nullptr);

signals:
    // A recording to play in 质检 (from a complaint).
    void openRecording(const QString& recordingId);
    // Enter on a transfer or callback: the work order (and the caller's history) in the 工单 pane.
    void openWorkOrder(const QString& workOrderId, const QString& callerNumber);

private:
    void buildTabs() override;
};

} // namespace hotline::ui
