#include "service/returnvisitplanswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "qa/qasortitem.h"
#include "satisfaction/rating.h"
#include "service/returnvisitplandialog.h"
#include "workflow/returnvisitplan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

QString beijingDate(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

ReturnVisitPlansWidget::ReturnVisitPlansWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("returnVisitPlansWidget"));
    auto* create = new QPushButton(tr("New return-visit &plan…"), this);
    create->setObjectName(QStringLiteral("newReturnVisitPlanButton"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    create->setToolTip(tr("Draw a share of the work orders resolved in a period and deal them to agents "
                          "(Ctrl+Shift+P)"));
    connect(create, &QPushButton::clicked, this, &ReturnVisitPlansWidget::newPlan);
    m_plans = new QTreeWidget(this);
    m_plans->setObjectName(QStringLiteral("returnVisitPlansTreeWidget"));
    m_plans->setHeaderLabels({tr("Plan"), tr("Period"), tr("Share"), tr("Done"), tr("Seed"), tr("Drawn by")});
    m_plans->setRootIsDecorated(false);
    m_plans->setSortingEnabled(true);
    m_plans->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_plans, &QTreeWidget::currentItemChanged, this, &ReturnVisitPlansWidget::showItems);
    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("returnVisitPlanItemsTreeWidget"));
    m_items->setHeaderLabels({tr("Work order"), tr("Visited by"), tr("Resolved"), tr("Visit")});
    m_items->setRootIsDecorated(false);
    m_items->setSortingEnabled(true);
    m_items->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Return-visit plans"), this));
    bar->addStretch();
    bar->addWidget(create);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_plans);
    split->addWidget(m_items);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    reload();
}

void ReturnVisitPlansWidget::reload()
{
    const QString keep =
        m_plans->currentItem() != nullptr ? m_plans->currentItem()->data(0, Qt::UserRole).toString() : QString();
    auto plans =
        workflow::ReturnVisitPlanService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids).plans(m_ws.currentOperator);
    m_plans->setSortingEnabled(false);
    m_plans->clear();
    if (!plans) {
        Messages::show(this, Messages::Kind::Warning, tr("Return-visit plans"), plans.error().message);
        return;
    }
    for (const workflow::ReturnVisitPlan& p : plans.value()) {
        auto* item = new QaSortItem(m_plans);
        item->setData(0, Qt::UserRole, p.id);
        item->setText(0, p.title);
        item->setSorted(1,
                        QStringLiteral("%1 – %2").arg(beijingDate(p.periodFrom), beijingDate(p.periodTo.addMSecs(-1))),
                        double(p.periodFrom.toMSecsSinceEpoch()));
        item->setSorted(2, QStringLiteral("%1 %").arg(p.sharePercent), p.sharePercent);
        item->setSorted(3, QStringLiteral("%1/%2").arg(p.done).arg(p.total),
                        p.total > 0 ? double(p.done) / p.total : 0.0);
        item->setText(4, QString::number(p.seed));
        item->setText(5, p.createdByName);
        if (p.total > 0 && p.done == p.total) {
            item->setForeground(3, QColor(0x1b, 0x7f, 0x3b));
        }
        if (p.id == keep) {
            m_plans->setCurrentItem(item);
        }
    }
    m_plans->setSortingEnabled(true);
    if (m_plans->currentItem() == nullptr && m_plans->topLevelItemCount() > 0) {
        m_plans->setCurrentItem(m_plans->topLevelItem(0));
    }
    showItems();
}

void ReturnVisitPlansWidget::showItems()
{
    m_items->setSortingEnabled(false);
    m_items->clear();
    if (m_plans->currentItem() == nullptr) {
        return;
    }
    auto items = workflow::ReturnVisitPlanService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                     .items(m_plans->currentItem()->data(0, Qt::UserRole).toString(), m_ws.currentOperator);
    if (!items) {
        return;
    }
    for (const workflow::PlanItem& it : items.value()) {
        auto* row = new QTreeWidgetItem(m_items);
        row->setText(0, it.ticketNo);
        row->setText(1, it.assigneeName);
        row->setText(2, beijingDate(it.resolvedAt));
        row->setText(3, !it.done()       ? tr("To do")
                        : it.lastVerdict ? satisfaction::displayName(*it.lastVerdict)
                                         : tr("Not reached"));
    }
    m_items->setSortingEnabled(true);
}

void ReturnVisitPlansWidget::newPlan()
{
    auto* dialog = new ReturnVisitPlanDialog(m_ws, this);
    connect(dialog, &ReturnVisitPlanDialog::created, this, [this] {
        reload();
        emit dataChanged();
    });
    dialog->open();
}

} // namespace hotline::ui
