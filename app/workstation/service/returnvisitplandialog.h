#pragma once
// 生成回访计划: the period (last week by default), the share and the agents who make the visits; an optional seed
// repeats an earlier draw.

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace hotline::ui {

struct Workspace;

class ReturnVisitPlanDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ReturnVisitPlanDialog(Workspace& workspace, QWidget* parent = nullptr);

    void save();
    QListWidget* agents() const { return m_agents; }

signals:
    void created(const QString& planId);

private:
    Workspace& m_ws;
    QLineEdit* m_title;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QSpinBox* m_share;
    QListWidget* m_agents;
    QLineEdit* m_seed;
};

} // namespace hotline::ui
