#include "service/callbackdialog.h"

#include "common/workspace.h"
#include "security/permissions.h"
#include "workflow/callbackservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hotline::ui {
namespace {

QDateTimeEdit* timeEdit(QWidget* parent, const QString& name, const QDateTime& t)
{
    auto* e = new QDateTimeEdit(parent);
    e->setObjectName(name);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setCalendarPopup(true);
    // The edit shows Beijing wall-clock time whatever the machine's zone is (Qt 6.4 has no time zone on it).
    const QDateTime local = t.toTimeZone(calendar::beijingTime());
    e->setDateTime(QDateTime(local.date(), local.time()));
    return e;
}

QDateTime beijingOf(const QDateTimeEdit* e)
{
    return QDateTime(e->date(), e->time(), calendar::beijingTime()).toUTC();
}

} // namespace

CallbackDialog::CallbackDialog(Workspace& workspace, const tickets::WorkOrder& workOrder, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_workOrderId(workOrder.id)
{
    setObjectName(QStringLiteral("callbackDialog"));
    setWindowTitle(tr("Schedule a callback for %1").arg(workOrder.ticketNo));
    setAttribute(Qt::WA_DeleteOnClose);
    workflow::CallbackService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    m_number = new QLineEdit(service.suggestedNumber(workOrder.id, m_ws.currentOperator).value_or({}), this);
    m_number->setObjectName(QStringLiteral("numberLineEdit"));
    m_number->setPlaceholderText(tr("Mobile or landline with area code"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("What the taxpayer is called back about (required)"));
    const QDateTime now = m_ws.clock->now();
    m_earliest = timeEdit(this, QStringLiteral("earliestDateTimeEdit"), now);
    // By default the end of the next working day (the calendar's reply-deadline rule, one working day more).
    m_deadline = timeEdit(this, QStringLiteral("deadlineDateTimeEdit"),
                          calendar::replyDeadline(m_ws.deadlines.calendar, m_ws.deadlines.hours, now, 1));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeComboBox"));
    if (auto all = security::OperatorRepository(m_ws.db->connection()).all()) {
        for (const security::Operator& op : all.value()) {
            if (security::authorizeActive(m_ws.db->connection(), op)) {
                m_assignee->addItem(op.name, op.id);
            }
        }
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(workOrder.ownerId)));
    // Only a lead gives the callback to someone else; libcore refuses nothing here, but an agent calls their own.
    m_assignee->setEnabled(m_ws.currentOperator.supervises());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->setWordWrap(true);
    m_error->hide();

    const workflow::CallbackRules rules = workflow::CallbackRules::load(m_ws.db->connection()).value_or({});
    auto* hint = new QLabel(tr("At most %1 attempts, at least %2 minutes apart, within office hours on working days. "
                               "Past the deadline without contact it goes to the team lead.")
                                .arg(rules.maxAttempts)
                                .arg(rules.minGapMinutes),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("&Number"), m_number);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Earliest"), m_earliest);
    form->addRow(tr("&Deadline"), m_deadline);
    form->addRow(tr("&Who calls"), m_assignee);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallbackDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void CallbackDialog::submit()
{
    workflow::CallbackRequest r;
    r.workOrderId = m_workOrderId;
    r.number = m_number->text();
    r.reason = m_reason->text();
    r.earliestAt = beijingOf(m_earliest);
    r.deadlineAt = beijingOf(m_deadline);
    r.assigneeId = m_assignee->currentData().toString();
    workflow::CallbackService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    if (auto rules = workflow::CallbackRules::load(m_ws.db->connection())) {
        service.setRules(rules.value());
    }
    auto done = service.create(r, m_ws.currentOperator);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        const QString field = done.error().field;
        QWidget* at = field == QLatin1String("number")        ? static_cast<QWidget*>(m_number)
                      : field == QLatin1String("reason")      ? static_cast<QWidget*>(m_reason)
                      : field == QLatin1String("deadline_at") ? static_cast<QWidget*>(m_deadline)
                                                              : nullptr;
        if (at != nullptr) {
            at->setFocus();
        }
        return;
    }
    emit scheduled(done.value());
    accept();
}

} // namespace hotline::ui
