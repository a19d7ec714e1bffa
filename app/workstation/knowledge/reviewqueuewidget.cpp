#include "knowledge/reviewqueuewidget.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "knowledge/articleservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

ReviewQueueWidget::ReviewQueueWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("reviewQueueWidget"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("reviewQueueTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Title"), tr("Category"), tr("Author"), tr("Waiting since"), tr("Why")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(Title, 200);
    m_tree->setColumnWidth(Category, 90);
    m_tree->setColumnWidth(Author, 60);
    m_tree->setColumnWidth(Since, 115);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openArticle(item->data(Title, Qt::UserRole).toString()); });
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reviewReasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_reason->setText(item == nullptr ? QString() : tr("%1: %2").arg(item->text(Title), item->text(Reason)));
    });
    m_count = new QLabel(this);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshReviewQueueButton"));
    connect(refresh, &QPushButton::clicked, this, &ReviewQueueWidget::reload);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_reason);
    layout->addLayout(bottom);
    reload();
}

void ReviewQueueWidget::reload()
{
    auto queue = knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock).reviewQueue();
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    if (!queue) {
        m_count->setText(queue.error().message);
        return;
    }
    for (const knowledge::ReviewItem& r : queue.value()) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Title, r.title);
        item->setToolTip(Title, r.title);
        item->setData(Title, Qt::UserRole, r.articleId);
        item->setText(Category, r.category);
        item->setText(Author, r.authorName);
        item->setText(Since, r.since.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(Reason, r.sentBack ? r.reason : tr("Submitted"));
        item->setToolTip(Reason, item->text(Reason));
        if (r.sentBack) {
            item->setForeground(Reason, QColor(0xa0, 0x40, 0x00));
        }
    }
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(Since, Qt::AscendingOrder);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    const int n = int(queue->size());
    m_count->setText(tr("%n article(s) awaiting review", nullptr, n));
    emit countChanged(n);
}

} // namespace hotline::ui
