#include "qa/evaluationdetailwidget.h"

#include "calendar/workcalendar.h"
#include "qa/qasortitem.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

QString when(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// What a step of the trail did (the statuses name where it led: 申诉中, here 申诉).
QString stepName(qa::EvaluationStatus action)
{
    switch (action) {
    case qa::EvaluationStatus::Submitted:
        return EvaluationDetailWidget::tr("Scored");
    case qa::EvaluationStatus::Acknowledged:
        return EvaluationDetailWidget::tr("Marked as read");
    case qa::EvaluationStatus::Appealed:
        return EvaluationDetailWidget::tr("Appealed against");
    case qa::EvaluationStatus::Upheld:
        return EvaluationDetailWidget::tr("Decision: upheld");
    case qa::EvaluationStatus::Changed:
        return EvaluationDetailWidget::tr("Decision: changed");
    }
    return {};
}

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& labels)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(int(labels.size()));
    tree->setHeaderLabels(labels);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // in the order given until a header is clicked
    tree->setSortingEnabled(true);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

EvaluationDetailWidget::EvaluationDetailWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationDetailWidget"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("evaluationHeadlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_items = makeTree(this, QStringLiteral("evaluationItemsTreeWidget"),
                       {tr("Dimension"), tr("Item"), tr("Deduction"), tr("Reason")});
    m_items->setColumnWidth(Dimension, 90);
    m_items->setColumnWidth(Item, 160);
    m_items->setColumnWidth(Deduction, 60);
    m_events =
        makeTree(this, QStringLiteral("evaluationEventsTreeWidget"), {tr("Time"), tr("By"), tr("Step"), tr("Details")});
    m_events->setColumnWidth(At, 120);
    m_events->setColumnWidth(Actor, 70);
    m_events->setColumnWidth(Action, 80);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_items);
    split->addWidget(m_events);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);
}

QString EvaluationDetailWidget::scoreText(const qa::EvaluationSummary& s)
{
    const QString verdict = s.fatal ? tr("fatal item") : s.passed ? tr("pass") : tr("fail");
    return tr("%1 / %2, %3").arg(QString::number(s.total), QString::number(s.maxTotal), verdict);
}

void EvaluationDetailWidget::clear()
{
    m_headline->clear();
    m_items->clear();
    m_events->clear();
}

void EvaluationDetailWidget::display(const qa::EvaluationDetail& d)
{
    clear();
    const qa::EvaluationSummary& s = d.summary;
    QString line = tr("%1, call of %2, scored by %3 on %4: %5 (pass mark %6). %7")
                       .arg(s.agentName, when(s.callStartedAt), s.inspectorName, when(s.scoredAt), scoreText(s),
                            QString::number(s.passMark), qa::displayName(s.status));
    if (!s.comment.isEmpty()) {
        line += QLatin1Char('\n') + tr("Comment: %1").arg(s.comment);
    }
    m_headline->setText(line);
    m_items->setSortingEnabled(false);
    for (const qa::EvaluationItemDetail& it : d.items) {
        auto* row = new QaSortItem(m_items);
        row->setText(Dimension, it.dimensionName);
        row->setText(Item, it.itemName.isEmpty() ? it.itemKey : it.itemName);
        row->setSorted(Deduction, it.fatal ? tr("fatal") : QStringLiteral("−%1").arg(it.deduction), it.deduction);
        row->setText(Reason, it.reason);
        row->setToolTip(Reason, it.reason);
        if (it.fatal) {
            row->setForeground(Deduction, QColor(0xb0, 0x20, 0x20));
        }
    }
    if (d.items.isEmpty()) {
        auto* row = new QTreeWidgetItem(m_items);
        row->setText(Item, tr("No deductions"));
    }
    // The template's order until a header is clicked.
    m_items->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_items->setSortingEnabled(true);
    m_events->setSortingEnabled(false);
    for (const qa::EvaluationEvent& e : d.events) {
        auto* row = new QaSortItem(m_events);
        row->setSorted(At, when(e.at), double(e.at.toMSecsSinceEpoch()));
        row->setText(Actor, e.actorName);
        row->setText(Action, stepName(e.action));
        QString note = e.reason;
        if (e.action == qa::EvaluationStatus::Changed && e.oldTotal && e.newTotal) {
            note = tr("%1 → %2: %3").arg(QString::number(*e.oldTotal), QString::number(*e.newTotal), e.reason);
        }
        row->setText(Note, note);
        row->setToolTip(Note, note);
    }
    m_events->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_events->setSortingEnabled(true);
}

} // namespace hotline::ui
