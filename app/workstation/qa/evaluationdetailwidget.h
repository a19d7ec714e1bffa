#pragma once
// One evaluation in full, for the agent (我的质检) and the lead (申诉处理): the score line, the per-item deductions
// with their reasons, and the feedback trail (已阅, 申诉, 维持原判, 改判 with old → new).

#include "qa/feedback.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace hotline::ui {

class EvaluationDetailWidget final : public QWidget {
    Q_OBJECT
public:
    enum ItemColumn { Dimension, Item, Deduction, Reason, ItemColumnCount };
    enum EventColumn { At, Actor, Action, Note, EventColumnCount };

    explicit EvaluationDetailWidget(QWidget* parent = nullptr);

    void display(const qa::EvaluationDetail& detail);
    void clear();
    QTreeWidget* items() const { return m_items; }
    QTreeWidget* events() const { return m_events; }
    QLabel* headline() const { return m_headline; }

    // "85 / 100, 合格" or "0 / 100, 致命项" (shared with the lists).
    static QString scoreText(const qa::EvaluationSummary& s);

private:
    QLabel* m_headline;
    QTreeWidget* m_items;
    QTreeWidget* m_events;
};

} // namespace hotline::ui
