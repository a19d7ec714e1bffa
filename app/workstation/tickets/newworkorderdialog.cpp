#include "tickets/newworkorderdialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "security/permissions.h"
#include "tickets/validation.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

NewWorkOrderDialog::NewWorkOrderDialog(Workspace& workspace, const QList<tickets::Category>& categories,
                                       QWidget* parent)
    : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("newWorkOrderDialog"));
    setWindowTitle(tr("New work order"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_fields = new WorkOrderFields(m_ws.deadlines, this);
    m_fields->setCategories(categories);
    m_fields->setReceivedAt(m_ws.clock->now());
    m_resolved = new QCheckBox(tr("&Resolved during the call"), this);
    m_resolved->setObjectName(QStringLiteral("resolvedCheckBox"));

    m_historyLabel = new QLabel(this);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("historyTreeWidget"));
    m_history->setHeaderLabels({tr("Received"), tr("Status"), tr("Unit"), tr("Question")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setStretchLastSection(true);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->setColumnWidth(2, 220);
    m_history->setFocusPolicy(Qt::ClickFocus); // keep Tab within the form
    m_historyLabel->hide();
    m_history->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkOrderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        connect(new QShortcut(k, this), &QShortcut::activated, this, &NewWorkOrderDialog::save);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_fields, 3);
    layout->addWidget(m_resolved);
    layout->addWidget(buttons);
    setTabOrder(m_fields->answerEdit(), m_resolved);
    resize(820, 560);
    m_initialFocus = m_fields->callerNumberEdit();
}

void NewWorkOrderDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_initialFocus->setFocus(Qt::OtherFocusReason);
}

void NewWorkOrderDialog::prefillForCaller(const QString& callerNumber, const QString& callId)
{
    auto normalized = tickets::normalizePhone(callerNumber);
    const QString number = normalized ? normalized.value() : callerNumber.trimmed();
    tickets::WorkOrderDraft d;
    d.callerNumber = number;
    d.contactNumber = number;
    d.callId = callId.trimmed();
    d.receivedAt = m_ws.clock->now();
    tickets::WorkOrderRepository repo(m_ws.db->connection());
    auto byNumber = repo.history(number, {}, 1);
    if (byNumber && !byNumber.value().isEmpty()) {
        // The same caller again: their unit, ID and name are most likely unchanged.
        auto last = repo.find(byNumber.value().first().id);
        if (last && last.value()) {
            d.unitName = last.value()->unitName;
            // The ID belongs to that earlier work order: only roles that see taxpayer data get it prefilled.
            if (security::seesTaxpayerData(m_ws.currentOperator)) {
                d.taxpayerId = last.value()->taxpayerId;
            }
            d.contactName = last.value()->contactName;
        }
    }
    m_fields->setDraft(d);
    auto history = repo.history(number, d.unitName, 50);
    m_history->clear();
    if (history) {
        for (const tickets::WorkOrderSummary& s : history.value()) {
            auto* item = new QTreeWidgetItem(m_history);
            item->setText(
                0, s.receivedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            item->setText(1, tickets::displayName(s.status));
            item->setText(2, s.unitName);
            item->setText(3, s.questionStart);
            item->setToolTip(3, s.questionStart);
        }
    }
    const int n = m_history->topLevelItemCount();
    m_historyLabel->setText(
        n == 0 ? tr("Incoming call from %1: no earlier work orders.").arg(number)
               : tr("Incoming call from %1: %n earlier work order(s) of this number or unit.", nullptr, n).arg(number));
    m_historyLabel->show();
    m_history->setVisible(n > 0);
    setWindowTitle(tr("Incoming call %1 — new work order").arg(number));
    m_initialFocus = m_fields->questionEdit(); // the number is known: the agent writes the question first
}

void NewWorkOrderDialog::save()
{
    tickets::WorkOrderDraft d = m_fields->draft();
    d.resolvedOnFirstContact = m_resolved->isChecked();
    tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    auto created = service.create(d, m_ws.currentOperator);
    if (!created) {
        m_fields->showError(created.error());
        return;
    }
    const tickets::WorkOrder w = created.value();
    emit this->created(w);
    accept();
}

} // namespace hotline::ui
