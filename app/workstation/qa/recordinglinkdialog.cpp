#include "qa/recordinglinkdialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "recordings/recordingrepository.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "tickets/workorderrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

enum Col { TicketNo, Received, Status, Question };

} // namespace

RecordingLinkDialog::RecordingLinkDialog(Workspace& workspace, const recordings::Recording& recording, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_recording(recording)
{
    setObjectName(QStringLiteral("recordingLinkDialog"));
    setWindowTitle(tr("Link to a work order"));
    const QString caller = security::seesTaxpayerData(m_ws.currentOperator)
                               ? recording.callerNumber
                               : security::maskPhone(recording.callerNumber);
    auto* about = new QLabel(
        tr("Recording of %1, caller %2, agent %3")
            .arg(recording.startedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 caller.isEmpty() ? tr("unknown") : caller,
                 recording.agentName.isEmpty() ? recording.agentCode : recording.agentName),
        this);
    about->setWordWrap(true);
    m_ticketNo = new QLineEdit(this);
    m_ticketNo->setObjectName(QStringLiteral("ticketNoLineEdit"));
    m_ticketNo->setPlaceholderText(tr("Work order number"));
    auto* find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findPushButton"));
    auto* label = new QLabel(tr("Work order &no.:"), this);
    label->setBuddy(m_ticketNo);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_ticketNo, 1);
    row->addWidget(find);
    m_hint = new QLabel(tr("Or choose one of the caller's work orders:"), this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("candidatesTreeWidget"));
    m_list->setHeaderLabels({tr("No."), tr("Received"), tr("Status"), tr("Question")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Received, Qt::DescendingOrder);
    m_list->header()->setStretchLastSection(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(640, 380);

    connect(find, &QPushButton::clicked, this, &RecordingLinkDialog::findTicket);
    connect(m_ticketNo, &QLineEdit::returnPressed, this, &RecordingLinkDialog::findTicket);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecordingLinkDialog::updateOk);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadCallerWorkOrders();
    updateOk();
}

QString RecordingLinkDialog::workOrderId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(TicketNo, Qt::UserRole).toString() : QString();
}

void RecordingLinkDialog::loadCallerWorkOrders()
{
    if (m_recording.callerNumber.isEmpty()) {
        m_hint->setText(tr("The recording has no caller number: find the work order by its number."));
        return;
    }
    tickets::WorkOrderRepository repo(m_ws.db->connection());
    auto history = repo.history(m_recording.callerNumber, QString(), 50);
    if (!history) {
        m_hint->setText(history.error().message);
        return;
    }
    for (const tickets::WorkOrderSummary& s : history.value()) {
        addCandidate(s.id, s.id == m_recording.workOrderId);
    }
    if (history->isEmpty()) {
        m_hint->setText(tr("The caller has no work orders: find the work order by its number."));
    }
}

void RecordingLinkDialog::addCandidate(const QString& id, bool select)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(TicketNo, Qt::UserRole).toString() == id) {
            if (select) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
            }
            return;
        }
    }
    auto found = tickets::WorkOrderRepository(m_ws.db->connection()).find(id);
    if (!found || !found.value()) {
        return;
    }
    const tickets::WorkOrder& w = *found.value();
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(TicketNo, w.ticketNo);
    item->setData(TicketNo, Qt::UserRole, w.id);
    item->setText(Received,
                  w.receivedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    item->setText(Status, tickets::displayName(w.status));
    item->setText(Question, w.question.left(60));
    item->setToolTip(Question, w.question);
    if (select) {
        m_list->setCurrentItem(item);
    }
}

bool RecordingLinkDialog::findTicket()
{
    const QString no = m_ticketNo->text().trimmed();
    if (no.isEmpty()) {
        return false;
    }
    auto id = recordings::RecordingRepository(m_ws.db->connection()).workOrderByTicketNo(no);
    if (!id || id.value().isEmpty()) {
        m_hint->setText(tr("No work order has the number %1.").arg(no));
        return false;
    }
    addCandidate(id.value(), true);
    return true;
}

void RecordingLinkDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!workOrderId().isEmpty());
}

} // namespace hotline::ui
