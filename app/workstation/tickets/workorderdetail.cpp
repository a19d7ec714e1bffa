#include "tickets/workorderdetail.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "satisfaction/returnvisitswidget.h"
#include "security/permissions.h"
#include "service/complaintdialog.h"
#include "service/callbackdialog.h"
#include "service/transferrequestdialog.h"
#include "service/sendmaterialdialog.h"
#include "tickets/statusflow.h"
#include "tickets/timeline.h"
#include "tickets/transferdialog.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderrepository.h"
#include "tickets/workorderservice.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

QString beijingText(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString actionText(tickets::Status from, tickets::Status to)
{
    using tickets::Status;
    if (!tickets::isOpen(from) && tickets::isOpen(to)) {
        return WorkOrderDetail::tr("Reopen");
    }
    switch (to) {
    case Status::InProgress:
        return WorkOrderDetail::tr("Start handling");
    case Status::AwaitingReply:
        return WorkOrderDetail::tr("Mark awaiting reply");
    case Status::Transferred:
        return WorkOrderDetail::tr("Mark transferred");
    case Status::AwaitingVisit:
        return WorkOrderDetail::tr("Mark awaiting return visit");
    case Status::Resolved:
        return WorkOrderDetail::tr("Resolve");
    case Status::Closed:
        return WorkOrderDetail::tr("Close");
    case Status::New:
        break;
    }
    return tickets::displayName(to);
}

} // namespace

WorkOrderDetail::WorkOrderDetail(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("workOrderDetail"));
    m_empty = new QLabel(tr("Select a work order to see and edit it, or press Ctrl+N for a new one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_body = new QWidget(this);
    m_header = new QLabel(m_body);
    m_header->setObjectName(QStringLiteral("headerLabel"));
    m_header->setTextFormat(Qt::PlainText);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setWordWrap(true);

    m_fields = new WorkOrderFields(m_ws.deadlines, m_body);
    m_save = new QPushButton(tr("&Save changes (Ctrl+S)"), m_body);
    m_save->setObjectName(QStringLiteral("saveChangesButton"));
    connect(m_save, &QPushButton::clicked, this, &WorkOrderDetail::saveChanges);
    connect(new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &WorkOrderDetail::saveChanges);

    auto* actions = new QHBoxLayout;
    m_statusButtons = new QHBoxLayout;
    actions->addLayout(m_statusButtons);
    actions->addStretch(1);
    m_transfer = new QPushButton(tr("Trans&fer to colleague…"), m_body);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    connect(m_transfer, &QPushButton::clicked, this, &WorkOrderDetail::transfer);
    m_reveal = new QPushButton(tr("Re&veal full details"), m_body);
    m_reveal->setObjectName(QStringLiteral("revealPushButton"));
    connect(m_reveal, &QPushButton::clicked, this, &WorkOrderDetail::reveal);
    // 投诉: a complaint about this work order, with its recording and owner filled in (Ctrl+Shift+C).
    auto* complain = new QPushButton(tr("Complaint…"), m_body);
    complain->setObjectName(QStringLiteral("workOrderComplaintButton"));
    complain->setToolTip(tr("Register a complaint about this work order (Ctrl+Shift+C)"));
    const auto openComplaint = [this] {
        if (m_current) {
            auto* dialog = new ComplaintDialog(m_ws, m_current->id, m_current->ownerId, this);
            connect(dialog, &ComplaintDialog::registered, this,
                    [this] { emit changed(m_current ? m_current->id : QString()); });
            dialog->open();
        }
    };
    connect(complain, &QPushButton::clicked, this, openComplaint);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, openComplaint);
    m_refer = new QPushButton(tr("Transfer for an answer… (Ctrl+Shift+T)"), m_body);
    m_refer->setObjectName(QStringLiteral("requestTransferPushButton"));
    m_refer->setToolTip(tr("Ask the remote expert team or a business department for the answer"));
    connect(m_refer, &QPushButton::clicked, this, &WorkOrderDetail::requestTransfer);
    m_callback = new QPushButton(tr("Schedule callback… (Ctrl+Shift+B)"), m_body);
    m_callback->setObjectName(QStringLiteral("scheduleCallbackPushButton"));
    connect(m_callback, &QPushButton::clicked, this, &WorkOrderDetail::scheduleCallback);
    for (const auto& [keys, slot] :
         {std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &WorkOrderDetail::requestTransfer},
          std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &WorkOrderDetail::scheduleCallback}}) {
        connect(new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated,
                this, slot);
    }
    // 发送资料 (Ctrl+Shift+M): a library material to the taxpayer by e-mail, recorded in the timeline.
    auto* sendMaterial = new QPushButton(tr("Send &material… (Ctrl+Shift+M)"), m_body);
    sendMaterial->setObjectName(QStringLiteral("sendMaterialButton"));
    const auto openSend = [this] {
        if (!m_current) {
            return;
        }
        auto* dialog = new SendMaterialDialog(m_ws, m_current->id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SendMaterialDialog::recorded, this,
                [this] { showWorkOrder(m_current ? m_current->id : QString()); });
        dialog->open();
    };
    connect(sendMaterial, &QPushButton::clicked, this, openSend);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, openSend);
    auto* workflowActions = new QHBoxLayout; // on their own row
    workflowActions->addWidget(m_refer);
    workflowActions->addWidget(m_callback);
    workflowActions->addWidget(complain); // 转办, 回呼, 投诉 and 发送资料: the workflow around the work order
    workflowActions->addWidget(sendMaterial);
    workflowActions->addStretch(1);
    actions->addWidget(m_reveal);
    actions->addWidget(m_transfer);
    actions->addWidget(m_save);

    auto* timelineBox = new QGroupBox(tr("Timeline"), m_body);
    m_timeline = new QTreeWidget(timelineBox);
    m_timeline->setObjectName(QStringLiteral("timelineTreeWidget"));
    m_timeline->setHeaderLabels({tr("Time"), tr("Operator"), tr("What"), tr("Note")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->setColumnWidth(2, 220);
    m_note = new QLineEdit(timelineBox);
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    m_note->setPlaceholderText(tr("Add a note to the timeline (Enter)"));
    m_addNote = new QPushButton(tr("Add &note"), timelineBox);
    connect(m_note, &QLineEdit::returnPressed, this, &WorkOrderDetail::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &WorkOrderDetail::addNote);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    auto* tl = new QVBoxLayout(timelineBox);
    tl->addWidget(m_timeline, 1);
    tl->addLayout(noteRow);

    auto* bl = new QVBoxLayout(m_body);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_header);
    bl->addWidget(m_fields, 3);
    bl->addLayout(actions);
    bl->addLayout(workflowActions);
    bl->addWidget(timelineBox, 2);
    m_returnVisits = new ReturnVisitsWidget(m_ws, m_body); // 回访 (Ctrl+Shift+R)
    connect(m_returnVisits, &ReturnVisitsWidget::changed, this,
            [this] { emit changed(m_current ? m_current->id : QString()); });
    bl->addWidget(m_returnVisits, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_body->hide();
}

void WorkOrderDetail::setCategories(const QList<tickets::Category>& categories)
{
    m_fields->setCategories(categories);
}

void WorkOrderDetail::showWorkOrder(const QString& id)
{
    m_current.reset();
    m_revealed = false;
    if (!id.isEmpty()) {
        // As the operator may see it: masked unless their role sees taxpayer data.
        tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
        if (auto found = service.view(id, m_ws.currentOperator)) {
            m_current = found.value();
        }
    }
    refresh();
}

void WorkOrderDetail::reveal()
{
    if (!m_current) {
        return;
    }
    tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    auto full = service.reveal(m_current->id, m_ws.currentOperator);
    if (!full) {
        showError(full.error().message);
        return;
    }
    m_current->callerNumber = full->callerNumber;
    m_current->taxpayerId = full->taxpayerId;
    m_current->contactNumber = full->contactNumber;
    m_revealed = true;
    refresh();
}

void WorkOrderDetail::refresh()
{
    m_empty->setVisible(!m_current);
    m_body->setVisible(m_current.has_value());
    if (!m_current) {
        return;
    }
    const tickets::WorkOrder& w = *m_current;
    QString owner = w.ownerId;
    if (auto op = security::OperatorRepository(m_ws.db->connection()).find(w.ownerId); op && op.value()) {
        owner = op.value()->name;
    }
    m_header->setText(tr("%1 · %2 · owner %3 · reply by %4")
                          .arg(w.ticketNo, tickets::displayName(w.status), owner, beijingText(w.dueAt)));
    m_fields->setDraft(tickets::draftOf(w));
    const bool masked = !m_revealed && !security::seesTaxpayerData(m_ws.currentOperator);
    m_fields->setTaxpayerDataMasked(masked);
    m_reveal->setVisible(masked && !(w.callerNumber.isEmpty() && w.taxpayerId.isEmpty() && w.contactNumber.isEmpty()));
    const bool mayReveal = security::mayReveal(m_ws.currentOperator, w.ownerId);
    m_reveal->setEnabled(mayReveal);
    m_reveal->setToolTip(mayReveal ? tr("Shows the full taxpayer ID and phone numbers; this is recorded in the "
                                        "audit log.")
                                   : tr("Only the owner of this work order or a team lead may see the full "
                                        "taxpayer ID and phone numbers."));

    while (QLayoutItem* item = m_statusButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (tickets::Status to : tickets::nextStatuses(w.status)) {
        if (to == tickets::Status::Transferred) {
            continue; // 已转办 comes with a transfer (转办…), never alone
        }
        auto* b = new QPushButton(actionText(w.status, to), m_body);
        b->setObjectName(QStringLiteral("status_") + tickets::key(to) + QStringLiteral("PushButton"));
        connect(b, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        m_statusButtons->addWidget(b);
    }
    m_transfer->setEnabled(w.status != tickets::Status::Closed);
    m_refer->setEnabled(w.status != tickets::Status::Resolved && w.status != tickets::Status::Closed &&
                        w.status != tickets::Status::Transferred);
    m_callback->setEnabled(w.status != tickets::Status::Closed);
    m_returnVisits->setWorkOrder(w.id, w.ownerId);

    m_timeline->clear();
    QHash<QString, QString> names;
    if (auto all = security::OperatorRepository(m_ws.db->connection()).all()) {
        for (const security::Operator& op : all.value()) {
            names.insert(op.id, op.name);
        }
    }
    if (auto events = tickets::WorkOrderRepository(m_ws.db->connection()).timeline(w.id)) {
        for (const tickets::TimelineEvent& e : events.value()) {
            auto* item = new QTreeWidgetItem(m_timeline);
            item->setText(0, beijingText(e.at));
            item->setText(1, e.operatorName);
            item->setText(2, tickets::describe(e, names));
            item->setToolTip(2, item->text(2));
            item->setText(3, e.note);
            item->setToolTip(3, e.note);
        }
    }
}

void WorkOrderDetail::showError(const QString& message)
{
    Messages::show(this, Messages::Kind::Warning, tr("Work order"), message);
}

void WorkOrderDetail::afterChange(const tickets::WorkOrder& w)
{
    // What libcore hands back after a change is complete: mask it again unless it was revealed.
    const bool masked = !m_revealed && !security::seesTaxpayerData(m_ws.currentOperator);
    m_current = masked ? tickets::WorkOrderService::masked(w) : w;
    refresh();
    emit changed(w.id);
}

void WorkOrderDetail::saveChanges()
{
    if (!m_current) {
        return;
    }
    tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    auto saved = service.edit(m_current->id, m_fields->draft(), m_current->version, m_ws.currentOperator);
    if (!saved) {
        if (saved.error().field.isEmpty()) {
            showError(saved.error().message);
        } else {
            m_fields->showError(saved.error());
        }
        return;
    }
    afterChange(saved.value());
}

void WorkOrderDetail::changeStatus(tickets::Status to)
{
    if (!m_current) {
        return;
    }
    tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    // Unsaved edits of the answer go with a resolve: the agent typed it, then pressed Resolve.
    if (m_fields->draft().answer.trimmed() != m_current->answer) {
        auto saved = service.edit(m_current->id, m_fields->draft(), m_current->version, m_ws.currentOperator);
        if (!saved) {
            m_fields->showError(saved.error());
            return;
        }
        m_current = saved.value();
    }
    auto changed = service.changeStatus(m_current->id, to, m_note->text(), m_ws.currentOperator);
    if (!changed) {
        showError(changed.error().message);
        return;
    }
    m_note->clear();
    afterChange(changed.value());
}

void WorkOrderDetail::addNote()
{
    if (!m_current || m_note->text().trimmed().isEmpty()) {
        return;
    }
    tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    if (Outcome s = service.addNote(m_current->id, m_note->text(), m_ws.currentOperator); !s) {
        showError(s.error().message);
        return;
    }
    m_note->clear();
    refresh();
}

void WorkOrderDetail::transfer()
{
    if (!m_current) {
        return;
    }
    auto* dialog = new TransferDialog(m_ws, m_current->ownerId, this);
    connect(dialog, &TransferDialog::chosen, this, [this](const QString& toId, const QString& reason) {
        tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
        auto moved = service.transfer(m_current->id, toId, reason, m_ws.currentOperator);
        if (!moved) {
            showError(moved.error().message);
            return;
        }
        afterChange(moved.value());
    });
    dialog->open();
}

void WorkOrderDetail::requestTransfer()
{
    if (!m_current || !m_refer->isEnabled()) {
        return;
    }
    auto* dialog = new TransferRequestDialog(m_ws, *m_current, this);
    connect(dialog, &TransferRequestDialog::requested, this, [this](const workflow::Transfer& t) {
        showWorkOrder(t.workOrderId);
        emit changed(t.workOrderId);
    });
    dialog->open();
}

void WorkOrderDetail::scheduleCallback()
{
    if (!m_current || !m_callback->isEnabled()) {
        return;
    }
    auto* dialog = new CallbackDialog(m_ws, *m_current, this);
    connect(dialog, &CallbackDialog::scheduled, this, [this](const workflow::Callback& c) {
        refresh();
        emit changed(c.workOrderId);
    });
    dialog->open();
}

} // namespace hotline::ui
