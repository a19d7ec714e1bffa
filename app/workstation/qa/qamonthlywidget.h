#pragma once
// The 质检月报 tab (leads, QA): per agent for a chosen month, evaluations done vs planned, average total, pass rate,
// fatal items and the average score of each scorecard dimension (qa/qasummary.h says how each figure is counted).

#include <QWidget>

class QDateEdit;
class QLabel;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class QaMonthlyWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Agent, Done, Planned, Average, PassRate, Fatal, FirstDimension };

    explicit QaMonthlyWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    QDateEdit* monthEdit() const { return m_month; }
    QTreeWidget* table() const { return m_table; }

private:
    Workspace& m_ws;
    QDateEdit* m_month;
    QTreeWidget* m_table;
    QLabel* m_note;
};

} // namespace hotline::ui
