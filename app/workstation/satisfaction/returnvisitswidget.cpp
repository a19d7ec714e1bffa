#include "satisfaction/returnvisitswidget.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "satisfaction/returnvisitdialog.h"
#include "satisfaction/returnvisits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

ReturnVisitsWidget::ReturnVisitsWidget(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Return visits"), parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("returnVisitsWidget"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("returnVisitsTreeWidget"));
    m_list->setHeaderLabels({tr("Time"), tr("By"), tr("Reached by"), tr("Verdict"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < 4; ++c) {
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_visit = new QPushButton(tr("Return &visit… (Ctrl+Shift+R)"), this);
    m_visit->setObjectName(QStringLiteral("returnVisitPushButton"));
    connect(m_visit, &QPushButton::clicked, this, &ReturnVisitsWidget::recordVisit);
    // Works anywhere in the detail editor the widget sits in. Not Ctrl+R: on GNOME that is QKeySequence::Refresh,
    // which the main window's Refresh action holds.
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), parent ? parent : this, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, this, &ReturnVisitsWidget::recordVisit);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_visit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    setWorkOrder({}, {});
}

void ReturnVisitsWidget::setWorkOrder(const QString& id, const QString& ownerId)
{
    m_workOrderId = id;
    const bool may = !id.isEmpty() && (ownerId == m_ws.currentOperator.id || m_ws.currentOperator.supervises());
    m_visit->setEnabled(may);
    m_visit->setToolTip(may ? tr("Record a return visit to the taxpayer (回访)")
                            : tr("Only the owner of this work order or a team lead may record a return visit."));
    reload();
}

void ReturnVisitsWidget::recordVisit()
{
    if (!m_visit->isEnabled() || m_workOrderId.isEmpty()) {
        return;
    }
    auto* dialog = new ReturnVisitDialog(m_ws, m_workOrderId, this);
    connect(dialog, &ReturnVisitDialog::recorded, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void ReturnVisitsWidget::reload()
{
    m_list->clear();
    if (m_workOrderId.isEmpty()) {
        return;
    }
    auto visits = satisfaction::ReturnVisitService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                      .list(m_workOrderId, m_ws.currentOperator);
    if (!visits) {
        return;
    }
    for (const satisfaction::ReturnVisit& v : visits.value()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, v.visitedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, v.visitorName);
        item->setText(2, satisfaction::displayName(v.method));
        item->setText(3, satisfaction::verdictText(v.verdict));
        item->setText(4, v.note);
        item->setToolTip(4, v.note);
    }
}

} // namespace hotline::ui
