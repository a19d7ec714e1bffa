#include "service/transferswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "security/permissions.h"
#include "workflow/transferservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

enum Column { Ticket, Question, Target, Holder, Waiting, Due, ColumnCount };
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole;
constexpr int kWorkOrderRole = Qt::UserRole + 2;
constexpr int kOwnedRole = Qt::UserRole + 3;
constexpr int kExpertRole = Qt::UserRole + 4;

// Sorts by the value behind the text where there is one (minutes waited, due time).
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
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

TransferAnswerDialog::TransferAnswerDialog(const QString& ticketNo, const QString& question, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("transferAnswerDialog"));
    setWindowTitle(tr("Answer the transfer of %1").arg(ticketNo));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* q = new QLabel(question, this);
    q->setWordWrap(true);
    q->setTextFormat(Qt::PlainText);
    q->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("answerPlainTextEdit"));
    m_answer->setPlaceholderText(tr("The answer, as the owner will relay it to the taxpayer (Ctrl+Enter sends)"));
    m_answer->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send answer (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Question:"), this));
    layout->addWidget(q);
    auto* answerLabel = new QLabel(tr("&Answer:"), this);
    answerLabel->setBuddy(m_answer);
    layout->addWidget(answerLabel);
    layout->addWidget(m_answer, 1);
    layout->addWidget(buttons);
    auto send = [this] {
        if (m_answer->toPlainText().trimmed().isEmpty()) {
            m_answer->setFocus();
            return;
        }
        emit answered(m_answer->toPlainText());
    };
    connect(buttons, &QDialogButtonBox::accepted, this, send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(k, this), &QShortcut::activated, this, send);
    }
    resize(520, 360);
}

TransfersWidget::TransfersWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("transfersWidget"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetFilterComboBox"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("transfersTreeWidget"));
    m_list->setHeaderLabels(
        {tr("Work order"), tr("Question"), tr("Transferred to"), tr("Holder"), tr("Waiting"), tr("Due")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Due, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Question, QHeaderView::Stretch);
    m_take = new QPushButton(tr("&Take (Ctrl+T)"), this);
    m_take->setObjectName(QStringLiteral("takePushButton"));
    m_answer = new QPushButton(tr("&Answer… (Ctrl+Enter)"), this);
    m_answer->setObjectName(QStringLiteral("answerPushButton"));
    m_withdraw = new QPushButton(tr("&Withdraw"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawPushButton"));
    auto* reload = new QPushButton(tr("&Refresh (F5)"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Transferred to:"), this));
    top->addWidget(m_target);
    top->addWidget(m_summary, 1);
    top->addWidget(reload);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_take);
    actions->addWidget(m_answer);
    actions->addWidget(m_withdraw);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Enter opens the work order."), this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);

    const bool expert = security::roleHas(m_ws.currentOperator.role, security::Permission::AnswerTransfers);
    m_take->setVisible(expert);
    connect(m_take, &QPushButton::clicked, this, &TransfersWidget::takeSelected);
    connect(m_answer, &QPushButton::clicked, this, &TransfersWidget::answerSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &TransfersWidget::withdrawSelected);
    connect(reload, &QPushButton::clicked, this, &TransfersWidget::refresh);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TransfersWidget::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TransfersWidget::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openWorkOrder(item->data(0, kWorkOrderRole).toString(), {}); });
    auto shortcut = [this](const QKeySequence& k, auto slot) {
        connect(new QShortcut(k, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated, this,
                slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        if (m_take->isVisible() && m_take->isEnabled()) {
            takeSelected();
        }
    });
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        shortcut(k, [this] {
            if (m_answer->isEnabled()) {
                answerSelected();
            }
        });
    }
    shortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
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

void TransfersWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void TransfersWidget::refresh()
{
    workflow::TransferService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    const QString keep = selectedId();
    const QString filter = m_target->currentIndex() > 0 ? m_target->currentText() : QString();
    auto rows = service.openTransfers(m_ws.currentOperator);
    if (!rows) {
        showError(rows.error().message);
        return;
    }
    // The target filter lists every target with open transfers.
    QStringList targets;
    for (const workflow::TransferRow& r : rows.value()) {
        if (!targets.contains(r.transfer.targetName())) {
            targets << r.transfer.targetName();
        }
    }
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_target->addItem(tr("All targets"));
        m_target->addItems(targets);
        m_target->setCurrentIndex(std::max(0, m_target->findText(filter)));
    }
    const QString active = m_target->currentIndex() > 0 ? m_target->currentText() : QString();
    const bool lead = m_ws.currentOperator.supervises();
    m_list->setSortingEnabled(false);
    m_list->clear();
    int overdue = 0;
    int shown = 0;
    for (const workflow::TransferRow& r : rows.value()) {
        const workflow::Transfer& t = r.transfer;
        if (!active.isEmpty() && t.targetName() != active) {
            continue;
        }
        ++shown;
        auto* item = new SortItem(m_list);
        item->setText(Ticket, r.ticketNo);
        item->setText(Question, QString(t.question).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        item->setToolTip(Question, t.question);
        item->setText(Target, t.targetName());
        item->setText(Holder, t.target == workflow::TransferTarget::ExpertTeam
                                  ? (r.holderName.isEmpty() ? tr("(waiting in the queue)") : r.holderName)
                                  : r.ownerName);
        item->setText(Waiting, workflow::formatWorkingTime(r.waitingMinutes, m_ws.deadlines.hours));
        item->setData(Waiting, kSortRole, r.waitingMinutes);
        item->setText(Due, beijingText(t.dueAt));
        item->setData(Due, kSortRole, t.dueAt.toMSecsSinceEpoch());
        item->setData(0, kIdRole, t.id);
        item->setData(0, kWorkOrderRole, t.workOrderId);
        item->setData(0, kOwnedRole, r.ownerId == m_ws.currentOperator.id || lead);
        item->setData(0, kExpertRole, t.target == workflow::TransferTarget::ExpertTeam);
        if (r.overdue) {
            ++overdue;
            item->setForeground(Due, QColor(0xd3, 0x2f, 0x2f));
            QFont f = item->font(Due);
            f.setBold(true);
            item->setFont(Due, f);
            item->setToolTip(Due, tr("Overdue"));
        }
        if (t.id == keep) {
            m_list->setCurrentItem(item);
        }
    }
    m_list->setSortingEnabled(true);
    if (m_list->currentItem() == nullptr && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_summary->setText(tr("%n open", nullptr, shown) +
                       (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()));
    updateButtons();
}

QString TransfersWidget::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(0, kIdRole).toString() : QString();
}

void TransfersWidget::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool expert = security::roleHas(m_ws.currentOperator.role, security::Permission::AnswerTransfers);
    const bool toTeam = item != nullptr && item->data(0, kExpertRole).toBool();
    const bool owned = item != nullptr && item->data(0, kOwnedRole).toBool();
    m_take->setEnabled(toTeam && expert);
    m_answer->setEnabled(item != nullptr && (toTeam ? expert : owned));
    m_withdraw->setEnabled(owned);
}

void TransfersWidget::showError(const QString& message)
{
    Messages::show(this, Messages::Kind::Warning, tr("Transfer"), message);
}

void TransfersWidget::takeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    workflow::TransferService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    if (auto t = service.take(id, m_ws.currentOperator); !t) {
        showError(t.error().message);
    } else {
        emit changed();
    }
    refresh();
}

void TransfersWidget::answerSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    auto* dialog = new TransferAnswerDialog(item->text(Ticket), item->toolTip(Question), this);
    connect(dialog, &TransferAnswerDialog::answered, this, [this, dialog](const QString& text) {
        if (answerSelectedWith(text)) {
            dialog->accept();
        }
    });
    dialog->open();
}

bool TransfersWidget::answerSelectedWith(const QString& text)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return false;
    }
    workflow::TransferService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    auto t = service.answer(id, text, m_ws.currentOperator);
    if (!t) {
        showError(t.error().message);
        return false;
    }
    emit changed();
    refresh();
    return true;
}

void TransfersWidget::withdrawSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    workflow::TransferService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    if (auto t = service.withdraw(id, {}, m_ws.currentOperator); !t) {
        showError(t.error().message);
    } else {
        emit changed();
    }
    refresh();
}

} // namespace hotline::ui
