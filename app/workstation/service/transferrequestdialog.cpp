#include "service/transferrequestdialog.h"

#include "common/workspace.h"
#include "workflow/transferservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hotline::ui {

TransferRequestDialog::TransferRequestDialog(Workspace& workspace, const tickets::WorkOrder& workOrder, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_workOrderId(workOrder.id)
{
    setObjectName(QStringLiteral("transferRequestDialog"));
    setWindowTitle(tr("Transfer %1 for an answer").arg(workOrder.ticketNo));
    setAttribute(Qt::WA_DeleteOnClose);
    workflow::TransferService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->addItem(workflow::Transfer{}.targetName(), key(workflow::TransferTarget::ExpertTeam));
    for (const QString& d : service.departments().value_or({})) {
        m_target->addItem(d, key(workflow::TransferTarget::Department));
    }
    m_target->setToolTip(tr("The remote expert team, or type the name of a business department."));
    m_question = new QPlainTextEdit(workOrder.question, this);
    m_question->setObjectName(QStringLiteral("questionPlainTextEdit"));
    m_question->setTabChangesFocus(true);
    m_question->setMinimumHeight(90);
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("dueDateTimeEdit"));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_due->setCalendarPopup(true);
    // Beijing wall-clock time whatever the machine's zone is (Qt 6.4 has no time zone on the edit).
    const QDateTime due = service.defaultDueAt(m_ws.clock->now()).toTimeZone(calendar::beijingTime());
    m_due->setDateTime(QDateTime(due.date(), due.time()));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* hint =
        new QLabel(tr("The work order shows as transferred until the answer comes back into its timeline."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("&To"), m_target);
    form->addRow(tr("&Question"), m_question);
    form->addRow(tr("&Due"), m_due);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

QDateTime TransferRequestDialog::dueAt() const
{
    return QDateTime(m_due->date(), m_due->time(), calendar::beijingTime()).toUTC();
}

void TransferRequestDialog::submit()
{
    workflow::TransferRequest r;
    r.workOrderId = m_workOrderId;
    const QString target = m_target->currentText().simplified();
    if (target == workflow::Transfer{}.targetName()) {
        r.target = workflow::TransferTarget::ExpertTeam;
    } else {
        r.target = workflow::TransferTarget::Department;
        r.department = target;
    }
    r.question = m_question->toPlainText();
    r.dueAt = dueAt();
    workflow::TransferService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    auto done = service.request(r, m_ws.currentOperator);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        if (done.error().field == QLatin1String("question")) {
            m_question->setFocus();
        } else if (done.error().field == QLatin1String("due_at")) {
            m_due->setFocus();
        } else if (done.error().field == QLatin1String("department")) {
            m_target->setFocus();
        }
        return;
    }
    emit requested(done.value());
    accept();
}

} // namespace hotline::ui
