#include "qa/appealswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "qa/listoverdetail.h"
#include "qa/evaluationdetailwidget.h"
#include "qa/feedback.h"
#include "qa/feedbackprompts.h"
#include "qa/qasortitem.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace hotline::ui {

AppealsWidget::AppealsWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("appealsWidget"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("appealsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Agent"), tr("Scored at"), tr("Total"), tr("Agent's reason")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setWordWrap(true);
    m_list->setColumnWidth(Agent, 80);
    m_list->setColumnWidth(Scored, 125);
    m_list->setColumnWidth(Total, 110);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AppealsWidget::showCurrent);
    m_detail = new EvaluationDetailWidget(this);
    m_count = new QLabel(this);
    m_decided = new QLabel(this);
    m_decided->setObjectName(QStringLiteral("appealDecidedLabel"));
    m_uphold = new QPushButton(tr("&Uphold…"), this);
    m_uphold->setObjectName(QStringLiteral("upholdAppealButton"));
    m_uphold->setToolTip(tr("Keep the score (维持原判), with the reason for the agent"));
    connect(m_uphold, &QPushButton::clicked, this, &AppealsWidget::uphold);
    m_change = new QPushButton(tr("&Change score…"), this);
    m_change->setObjectName(QStringLiteral("changeScoreButton"));
    m_change->setToolTip(tr("Set a new total (改判), with the reason; the old and new totals are kept"));
    connect(m_change, &QPushButton::clicked, this, &AppealsWidget::changeScore);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAppealsButton"));
    connect(refresh, &QPushButton::clicked, this, &AppealsWidget::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addWidget(m_decided, 1);
    buttons->addWidget(m_uphold);
    buttons->addWidget(m_change);
    buttons->addWidget(refresh);
    layOutListOverDetail(this, m_list, m_detail, buttons);
    reload();
}

QString AppealsWidget::currentId() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    return item == nullptr ? QString() : item->data(Agent, Qt::UserRole).toString();
}

void AppealsWidget::reload()
{
    auto appeals = qa::appealedEvaluations(m_ws.db->connection(), m_ws.currentOperator);
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (!appeals) {
        m_count->setText(appeals.error().message);
        showCurrent();
        return;
    }
    for (const qa::EvaluationSummary& e : appeals.value()) {
        auto* row = new QaSortItem(m_list);
        row->setData(Agent, Qt::UserRole, e.id);
        row->setText(Agent, e.agentName);
        row->setSorted(Scored,
                       e.scoredAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       double(e.scoredAt.toMSecsSinceEpoch()));
        row->setSorted(Total, EvaluationDetailWidget::scoreText(e), e.total);
        row->setText(AppealReason, e.appealReason);
        row->setToolTip(AppealReason, e.appealReason);
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Scored, Qt::AscendingOrder);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    const int n = int(appeals->size());
    m_count->setText(tr("%n appeal(s) to decide", nullptr, n));
    emit countChanged(n);
    showCurrent();
}

void AppealsWidget::showCurrent()
{
    const QString id = currentId();
    m_uphold->setEnabled(!id.isEmpty());
    m_change->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    auto d = qa::evaluationDetail(m_ws.db->connection(), id, m_ws.currentOperator);
    if (!d) {
        m_detail->clear();
        m_count->setText(d.error().message);
        return;
    }
    m_detail->display(d.value());
}

void AppealsWidget::uphold()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        return;
    }
    const auto reason = FeedbackPrompts::reason(this, tr("Uphold the evaluation"),
                                                tr("Why does the score stand? (The agent reads this.)"));
    if (!reason) {
        return;
    }
    Outcome r = qa::upholdEvaluation(m_ws.db->connection(), id, *reason, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!r) {
        Messages::show(this, Messages::Kind::Warning, tr("Uphold the evaluation"), r.error().message);
        return;
    }
    const QString agent = m_list->currentItem()->text(Agent);
    m_decided->setText(tr("Upheld: %1, %2").arg(agent, m_list->currentItem()->text(Total)));
    reload();
    emit dataChanged();
}

void AppealsWidget::changeScore()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        return;
    }
    auto d = qa::evaluationDetail(m_ws.db->connection(), id, m_ws.currentOperator);
    if (!d) {
        Messages::show(this, Messages::Kind::Warning, tr("Change the score"), d.error().message);
        return;
    }
    const auto change = FeedbackPrompts::score(this, d->summary.total, d->summary.maxTotal);
    if (!change) {
        return;
    }
    Outcome r = qa::changeEvaluationScore(m_ws.db->connection(), id, change->total, change->reason,
                                          m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!r) {
        Messages::show(this, Messages::Kind::Warning, tr("Change the score"), r.error().message);
        return;
    }
    m_decided->setText(
        tr("Changed: %1, %2 → %3")
            .arg(d->summary.agentName, QString::number(d->summary.total), QString::number(change->total)));
    reload();
    emit dataChanged();
}

} // namespace hotline::ui
