#pragma once
// The 申诉处理 tab for the QA lead: appealed evaluations with the agent's reason, oldest first; 维持原判 (with a
// reason) or 改判… (new total and reason); the trail below shows old → new once decided.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;
class EvaluationDetailWidget;

class AppealsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Agent, Scored, Total, AppealReason, ColumnCount };

    explicit AppealsWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void uphold();
    void changeScore();

    QTreeWidget* list() const { return m_list; }
    EvaluationDetailWidget* detail() const { return m_detail; }
    QPushButton* upholdButton() const { return m_uphold; }
    QPushButton* changeButton() const { return m_change; }
    QLabel* status() const { return m_count; }

signals:
    void dataChanged();
    void countChanged(int count);

private:
    QString currentId() const;
    void showCurrent();

    Workspace& m_ws;
    QTreeWidget* m_list;
    EvaluationDetailWidget* m_detail;
    QLabel* m_count;
    QLabel* m_decided; // what the last decision did (the evaluation leaves the list)
    QPushButton* m_uphold;
    QPushButton* m_change;
};

} // namespace hotline::ui
