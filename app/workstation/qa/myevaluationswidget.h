#pragma once
// The 我的质检 tab: the operator's own evaluations (date, total, pass or fail, status), the selected one in full, and
// 已阅 / 申诉… for the evaluated agent. libcore returns only the operator's own, whatever the role.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;
class EvaluationDetailWidget;

class MyEvaluationsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Scored, Call, Total, Result, Status, Inspector, ColumnCount };

    explicit MyEvaluationsWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void acknowledge();
    void appeal();

    QTreeWidget* list() const { return m_list; }
    EvaluationDetailWidget* detail() const { return m_detail; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* appealButton() const { return m_appeal; }

signals:
    void dataChanged();

private:
    QString currentId() const;
    void showCurrent();
    void reloadKeeping(const QString& id);

    Workspace& m_ws;
    QTreeWidget* m_list;
    EvaluationDetailWidget* m_detail;
    QLabel* m_count;
    QPushButton* m_acknowledge;
    QPushButton* m_appeal;
};

} // namespace hotline::ui
