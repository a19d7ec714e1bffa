#include "qa/myevaluationswidget.h"

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
namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

MyEvaluationsWidget::MyEvaluationsWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("myEvaluationsWidget"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("myEvaluationsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Scored at"), tr("Call"), tr("Total"), tr("Result"), tr("Status"), tr("Inspector")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setColumnWidth(Scored, 125);
    m_list->setColumnWidth(Call, 125);
    m_list->setColumnWidth(Total, 60);
    m_list->setColumnWidth(Result, 70);
    m_list->setColumnWidth(Status, 80);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MyEvaluationsWidget::showCurrent);
    m_detail = new EvaluationDetailWidget(this);

    m_count = new QLabel(this);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeEvaluationButton"));
    m_acknowledge->setToolTip(tr("Mark the evaluation as read (Ctrl+Return)"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_acknowledge, &QPushButton::clicked, this, &MyEvaluationsWidget::acknowledge);
    m_appeal = new QPushButton(tr("A&ppeal…"), this);
    m_appeal->setObjectName(QStringLiteral("appealEvaluationButton"));
    m_appeal->setToolTip(tr("Appeal against the evaluation, with your reason (once)"));
    connect(m_appeal, &QPushButton::clicked, this, &MyEvaluationsWidget::appeal);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshMyEvaluationsButton"));
    connect(refresh, &QPushButton::clicked, this, &MyEvaluationsWidget::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_appeal);
    buttons->addWidget(refresh);
    layOutListOverDetail(this, m_list, m_detail, buttons);
    reload();
}

QString MyEvaluationsWidget::currentId() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    return item == nullptr ? QString() : item->data(Scored, Qt::UserRole).toString();
}

void MyEvaluationsWidget::reload()
{
    reloadKeeping(currentId());
}

void MyEvaluationsWidget::reloadKeeping(const QString& id)
{
    auto mine = qa::myEvaluations(m_ws.db->connection(), m_ws.currentOperator);
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (!mine) {
        m_count->setText(mine.error().message);
        showCurrent();
        return;
    }
    int unread = 0;
    QTreeWidgetItem* keep = nullptr;
    for (const qa::EvaluationSummary& e : mine.value()) {
        auto* row = new QaSortItem(m_list);
        row->setData(Scored, Qt::UserRole, e.id);
        row->setSorted(Scored, when(e.scoredAt), double(e.scoredAt.toMSecsSinceEpoch()));
        row->setSorted(Call, when(e.callStartedAt), double(e.callStartedAt.toMSecsSinceEpoch()));
        row->setSorted(Total, QString::number(e.total), e.total);
        row->setText(Result, e.fatal ? tr("Fatal item") : e.passed ? tr("Pass") : tr("Fail"));
        row->setForeground(Result, e.passed ? QColor(0x20, 0x80, 0x30) : QColor(0xb0, 0x20, 0x20));
        row->setText(Status, qa::displayName(e.status));
        row->setText(Inspector, e.inspectorName);
        if (e.status == qa::EvaluationStatus::Submitted) {
            ++unread;
            QFont bold = row->font(Status);
            bold.setBold(true);
            row->setFont(Status, bold);
        }
        if (e.id == id) {
            keep = row;
        }
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Scored, Qt::DescendingOrder);
    m_list->setCurrentItem(keep != nullptr ? keep : m_list->topLevelItem(0));
    m_count->setText(mine->isEmpty() ? tr("You have no evaluations yet.")
                                     : tr("%n evaluation(s)", nullptr, int(mine->size())) + QStringLiteral("  ") +
                                           tr("%n not yet read", nullptr, unread));
    showCurrent();
}

void MyEvaluationsWidget::showCurrent()
{
    const QString id = currentId();
    m_acknowledge->setEnabled(false);
    m_appeal->setEnabled(false);
    m_detail->setVisible(!id.isEmpty());
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
    // libcore decides; the buttons only offer what it would allow.
    const qa::EvaluationStatus s = d->summary.status;
    bool appealedBefore = false;
    for (const qa::EvaluationEvent& e : d->events) {
        appealedBefore = appealedBefore || e.action == qa::EvaluationStatus::Appealed;
    }
    m_acknowledge->setEnabled(s == qa::EvaluationStatus::Submitted);
    m_appeal->setEnabled(!appealedBefore &&
                         (s == qa::EvaluationStatus::Submitted || s == qa::EvaluationStatus::Acknowledged));
}

void MyEvaluationsWidget::acknowledge()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        return;
    }
    Outcome r = qa::acknowledgeEvaluation(m_ws.db->connection(), id, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!r) {
        Messages::show(this, Messages::Kind::Warning, tr("Acknowledge"), r.error().message);
        return;
    }
    reloadKeeping(id);
    emit dataChanged();
}

void MyEvaluationsWidget::appeal()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        return;
    }
    const auto reason = FeedbackPrompts::reason(this, tr("Appeal"),
                                                tr("Why do you disagree with this evaluation? (The QA lead decides.)"));
    if (!reason) {
        return;
    }
    Outcome r = qa::appealEvaluation(m_ws.db->connection(), id, *reason, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!r) {
        Messages::show(this, Messages::Kind::Warning, tr("Appeal"), r.error().message);
        return;
    }
    reloadKeeping(id);
    emit dataChanged();
}

} // namespace hotline::ui
