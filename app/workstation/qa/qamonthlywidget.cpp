#include "qa/qamonthlywidget.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "qa/qasortitem.h"
#include "qa/qasummary.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

QaMonthlyWidget::QaMonthlyWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("qaMonthlyWidget"));
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("summaryMonthDateEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    const QDate today = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    connect(m_month, &QDateEdit::dateChanged, this, &QaMonthlyWidget::reload);
    auto* label = new QLabel(tr("&Month:"), this);
    label->setBuddy(m_month);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshSummaryButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &QaMonthlyWidget::reload);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("summaryNoteLabel"));
    m_note->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_month);
    top->addWidget(refresh);
    top->addStretch(1);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("qaSummaryTreeWidget"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->header()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    reload();
}

void QaMonthlyWidget::reload()
{
    const QDate month = m_month->date();
    auto all = qa::monthlySummary(m_ws.db->connection(), month.year(), month.month(), m_ws.currentOperator);
    m_table->setSortingEnabled(false);
    m_table->clear();
    QStringList headers{tr("Agent"),         tr("Done"),      tr("Planned (scored)"),
                        tr("Average total"), tr("Pass rate"), tr("Fatal items")};
    if (!all) {
        m_table->setHeaderLabels(headers);
        m_note->setText(all.error().message);
        return;
    }
    // One column per dimension, in the order the summary first names them.
    QStringList dimensions;
    for (const qa::AgentMonthSummary& s : all.value()) {
        for (const qa::DimensionSummary& d : s.dimensions) {
            if (!dimensions.contains(d.name)) {
                dimensions.append(d.name);
            }
        }
    }
    for (const QString& d : dimensions) {
        headers.append(tr("%1 (avg.)").arg(d));
    }
    m_table->setColumnCount(int(headers.size()));
    m_table->setHeaderLabels(headers);
    for (const qa::AgentMonthSummary& s : all.value()) {
        auto* row = new QaSortItem(m_table);
        row->setText(Agent, s.agentName);
        row->setSorted(Done, QString::number(s.done), s.done);
        row->setSorted(Planned, tr("%1 (%2)").arg(s.planned).arg(s.plannedEvaluated), s.planned);
        if (s.done > 0) {
            row->setSorted(Average, QString::number(s.averageTotal, 'f', 1), s.averageTotal);
            row->setSorted(PassRate, QStringLiteral("%1%").arg(s.passRate * 100, 0, 'f', 0), s.passRate);
        } else {
            row->setSorted(Average, QStringLiteral("–"), -1);
            row->setSorted(PassRate, QStringLiteral("–"), -1);
        }
        row->setSorted(Fatal, QString::number(s.fatalItems), s.fatalItems);
        if (s.fatalItems > 0) {
            row->setForeground(Fatal, QColor(0xb0, 0x20, 0x20));
        }
        if (s.planned > s.plannedEvaluated) {
            row->setForeground(Planned, QColor(0xb0, 0x60, 0x00));
        }
        for (const qa::DimensionSummary& d : s.dimensions) {
            const int column = FirstDimension + int(dimensions.indexOf(d.name));
            row->setSorted(column,
                           tr("%1 / %2").arg(QString::number(d.averageScore, 'f', 1),
                                             QString::number(d.averageScore + d.averageDeduction, 'f', 1)),
                           d.averageScore);
            row->setToolTip(column, tr("Average deduction %1").arg(d.averageDeduction, 0, 'f', 1));
        }
        for (int c = Done; c < m_table->columnCount(); ++c) {
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Agent, Qt::AscendingOrder);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 12);
    }
    m_note->setText(all->isEmpty()
                        ? tr("No evaluations or sampled calls in this month.")
                        : tr("Done: evaluations scored in the month. Planned: sampled calls of the month "
                             "(in brackets, those scored). Dimensions: average points of the dimension's maximum."));
}

} // namespace hotline::ui
