#include "service/callbackswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "workflow/callbackservice.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

enum Column { Number, Ticket, Reason, Earliest, Deadline, Attempts, Next, Assignee, ColumnCount };
constexpr int kIdRole = Qt::UserRole;
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kWorkOrderRole = Qt::UserRole + 2;
constexpr int kNumberRole = Qt::UserRole + 3;
constexpr int kExplanationRole = Qt::UserRole + 4;

class SortItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int c = treeWidget() != nullptr ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(c, kSortRole);
        const QVariant b = other.data(c, kSortRole);
        if (a.isValid() && b.isValid()) {
            return a.toLongLong() < b.toLongLong();
        }
        return text(c) < other.text(c);
    }
};

QString beijingText(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

workflow::CallbackService serviceFor(Workspace& ws)
{
    workflow::CallbackService s(*ws.db, *ws.clock, *ws.ids, ws.deadlines);
    if (auto rules = workflow::CallbackRules::load(ws.db->connection())) {
        s.setRules(rules.value());
    }
    return s;
}

} // namespace

CallbacksWidget::CallbacksWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("callbacksWidget"));
    m_everyone = new QCheckBox(tr("&Everyone's (escalated first)"), this);
    m_everyone->setObjectName(QStringLiteral("everyoneCheckBox"));
    m_everyone->setVisible(m_ws.currentOperator.supervises());
    m_everyone->setChecked(m_ws.currentOperator.supervises());
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("callbacksTreeWidget"));
    m_list->setHeaderLabels({tr("Number"), tr("Work order"), tr("Reason"), tr("Earliest"), tr("Deadline"),
                             tr("Attempts"), tr("Next allowed"), tr("Who calls")});
    m_list->setRootIsDecorated(false);
    // Unsorted until a header is clicked: the queue's own order (escalated first, then by earliest time).
    m_list->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_list->installEventFilter(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("attemptNoteLineEdit"));
    m_note->setPlaceholderText(tr("Note on the attempt (optional)"));
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextAttemptLabel"));
    m_next->setWordWrap(true);
    m_summary = new QLabel(this);
    auto* reload = new QPushButton(tr("&Refresh (F5)"), this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_everyone);
    top->addWidget(m_summary, 1);
    top->addWidget(reload);
    auto* attempt = new QHBoxLayout;
    attempt->addWidget(new QLabel(tr("Attempt:"), this));
    int n = 1;
    for (workflow::AttemptOutcome o : workflow::kAllAttemptOutcomes) {
        auto* b = new QPushButton(QStringLiteral("&%1 ").arg(n) + workflow::displayName(o), this);
        b->setObjectName(QStringLiteral("outcome_") + workflow::key(o) + QStringLiteral("PushButton"));
        connect(b, &QPushButton::clicked, this, [this, o] { recordAttempt(o); });
        attempt->addWidget(b);
        m_outcomes << b;
        ++n;
    }
    attempt->addWidget(m_note, 1);
    m_cancel = new QPushButton(tr("&Cancel callback"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCallbackPushButton"));
    m_cancel->setToolTip(tr("The callback is no longer needed"));
    connect(m_cancel, &QPushButton::clicked, this, &CallbacksWidget::cancelSelected);
    attempt->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_next);
    layout->addLayout(attempt);
    layout->addWidget(new QLabel(tr("Keys 1–4 on the list record the outcome; Enter opens the work order and the "
                                    "caller's history."),
                                 this));

    connect(m_everyone, &QCheckBox::toggled, this, &CallbacksWidget::refresh);
    connect(reload, &QPushButton::clicked, this, &CallbacksWidget::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CallbacksWidget::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit openWorkOrder(item->data(0, kWorkOrderRole).toString(), item->data(0, kNumberRole).toString());
    });
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &CallbacksWidget::refresh);
    // Waiting times, next-allowed times and escalations move with the clock: re-read each minute while shown.
    auto* minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    minute->start();
    refresh();
}

bool CallbacksWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_4) {
            recordAttempt(workflow::kAllAttemptOutcomes[key - Qt::Key_1]);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallbacksWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void CallbacksWidget::refresh()
{
    workflow::CallbackService service = serviceFor(m_ws);
    const QDateTime now = m_ws.clock->now();
    if (auto escalated = service.escalateOverdue(now, m_ws.currentOperator); escalated && escalated.value() > 0) {
        emit changed();
    }
    const QString keep = selectedId();
    auto rows = service.queue(m_ws.currentOperator, m_everyone->isChecked());
    if (!rows) {
        Messages::show(this, Messages::Kind::Warning, tr("Callbacks"), rows.error().message);
        return;
    }
    m_list->setSortingEnabled(false);
    m_list->clear();
    int escalated = 0;
    int callable = 0;
    for (const workflow::CallbackRow& r : rows.value()) {
        const workflow::Callback& c = r.callback;
        auto* item = new SortItem(m_list);
        item->setText(Number, r.number);
        item->setText(Ticket, r.ticketNo);
        item->setText(Reason, c.reason);
        item->setToolTip(Reason, c.reason);
        item->setText(Earliest, beijingText(c.earliestAt));
        item->setData(Earliest, kSortRole, c.earliestAt.toMSecsSinceEpoch());
        item->setText(Deadline, beijingText(c.deadlineAt));
        item->setData(Deadline, kSortRole, c.deadlineAt.toMSecsSinceEpoch());
        item->setText(Attempts, QString::number(r.attempts));
        item->setData(Attempts, kSortRole, r.attempts);
        item->setText(Next, r.next.allowedNow() ? tr("now") : beijingText(r.next.at));
        item->setData(Next, kSortRole, r.next.at.isValid() ? r.next.at.toMSecsSinceEpoch() : 0);
        item->setToolTip(Next, r.next.explanation());
        item->setText(Assignee, r.assigneeName);
        item->setData(0, kIdRole, c.id);
        item->setData(0, kWorkOrderRole, c.workOrderId);
        item->setData(0, kNumberRole, c.number);
        item->setData(0, kExplanationRole, r.next.explanation());
        if (c.status == workflow::CallbackStatus::Escalated) {
            ++escalated;
            for (int col = 0; col < ColumnCount; ++col) {
                item->setForeground(col, QColor(0xd3, 0x2f, 0x2f));
            }
            item->setText(Deadline, beijingText(c.deadlineAt) + QStringLiteral(" · ") + tr("escalated"));
        }
        if (r.next.allowedNow()) {
            ++callable;
            QFont f = item->font(Next);
            f.setBold(true);
            item->setFont(Next, f);
        }
        if (c.id == keep) {
            m_list->setCurrentItem(item);
        }
    }
    m_list->setSortingEnabled(true);
    if (m_list->currentItem() == nullptr && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_summary->setText(tr("%n to call", nullptr, static_cast<int>(rows->size())) +
                       tr(", %n callable now", nullptr, callable) +
                       (escalated > 0 ? tr(", %n escalated", nullptr, escalated) : QString()));
    showSelected();
}

QString CallbacksWidget::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(0, kIdRole).toString() : QString();
}

void CallbacksWidget::showSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_next->setText(item != nullptr ? item->data(0, kExplanationRole).toString() : tr("No callbacks to make."));
    for (QPushButton* b : m_outcomes) {
        b->setEnabled(item != nullptr);
    }
    m_cancel->setEnabled(item != nullptr);
}

bool CallbacksWidget::recordAttempt(workflow::AttemptOutcome outcome)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return false;
    }
    workflow::CallbackService service = serviceFor(m_ws);
    auto done = service.recordAttempt(id, outcome, m_note->text(), m_ws.currentOperator);
    if (!done) {
        Messages::show(this, Messages::Kind::Warning, tr("Callbacks"), done.error().message);
        return false;
    }
    m_note->clear();
    emit changed();
    refresh();
    return true;
}

void CallbacksWidget::cancelSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    workflow::CallbackService service = serviceFor(m_ws);
    if (auto done = service.cancel(id, m_ws.currentOperator); !done) {
        Messages::show(this, Messages::Kind::Warning, tr("Callbacks"), done.error().message);
        return;
    }
    emit changed();
    refresh();
}

} // namespace hotline::ui
