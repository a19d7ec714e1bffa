#pragma once
// 回访计划 (PlanReturnVisits): 生成回访计划… and the plans with their progress (done / total); the selected plan's
// work orders, who visits each and whether it has been visited.

#include <QWidget>

class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class ReturnVisitPlansWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ReturnVisitPlansWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void newPlan();
    QTreeWidget* plans() const { return m_plans; }
    QTreeWidget* items() const { return m_items; }

signals:
    void dataChanged();

private:
    void showItems();

    Workspace& m_ws;
    QTreeWidget* m_plans;
    QTreeWidget* m_items;
};

} // namespace hotline::ui
