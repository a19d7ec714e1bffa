#include "service/complaintdialog.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "workflow/complaintservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hotline::ui {

ComplaintDialog::ComplaintDialog(Workspace& workspace, const QString& workOrderId, const QString& agentId,
                                 QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_workOrderId(workOrderId)
{
    setObjectName(QStringLiteral("complaintDialog"));
    setWindowTitle(tr("New complaint"));
    setAttribute(Qt::WA_DeleteOnClose);
    using namespace workflow;

    // Beijing wall time, read back as such in save() (QDateTimeEdit has no time zone in Qt 6.4).
    const QDateTime now = m_ws.clock->now().toTimeZone(calendar::beijingTime());
    m_received = new QDateTimeEdit(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())), this);
    m_received->setObjectName(QStringLiteral("complaintReceivedDateTimeEdit"));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("complaintChannelComboBox"));
    for (ComplaintChannel c : kAllComplaintChannels) {
        m_channel->addItem(displayName(c), key(c));
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("complainantNameLineEdit"));
    m_name->setMaxLength(kMaxComplainantNameLength);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("complainantPhoneLineEdit"));
    m_phone->setPlaceholderText(tr("Mobile or landline with area code"));
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("complaintSubjectComboBox"));
    for (ComplaintSubject s : kAllComplaintSubjects) {
        m_subject->addItem(displayName(s), key(s));
    }
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("complaintAgentComboBox"));
    m_agent->addItem(tr("(choose the agent)"), QString());
    for (const security::Operator& op : security::OperatorRepository(m_ws.db->connection()).all().value_or({})) {
        m_agent->addItem(op.name, op.id);
    }
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agentId)));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("complaintSeverityComboBox"));
    for (ComplaintSeverity s : kAllComplaintSeverities) {
        m_severity->addItem(displayName(s), key(s));
    }
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("complaintSummaryPlainTextEdit"));
    m_summary->setPlaceholderText(tr("What the complainant says happened"));
    m_summary->setTabChangesFocus(true);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ComplaintDialog::subjectChanged);

    auto* form = new QFormLayout;
    form->addRow(tr("&Received:"), m_received);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Complainant &name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("A&bout:"), m_subject);
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&Summary:"), m_summary);
    if (!m_workOrderId.isEmpty()) {
        auto* linked = new QLabel(tr("Linked to the work order and its call recording."), this);
        linked->setObjectName(QStringLiteral("complaintLinkedLabel"));
        form->addRow(QString(), linked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    subjectChanged();
    resize(520, 460);
}

void ComplaintDialog::subjectChanged()
{
    m_agent->setEnabled(m_subject->currentData().toString() == workflow::key(workflow::ComplaintSubject::Agent));
}

void ComplaintDialog::save()
{
    using namespace workflow;
    ComplaintDraft d;
    d.receivedAt = QDateTime(m_received->date(), m_received->time(), calendar::beijingTime());
    d.channel = complaintChannelFromKey(m_channel->currentData().toString()).value_or(ComplaintChannel::Phone);
    d.complainantName = m_name->text();
    d.complainantPhone = m_phone->text();
    d.subject = complaintSubjectFromKey(m_subject->currentData().toString()).value_or(ComplaintSubject::Other);
    d.subjectAgentId = d.subject == ComplaintSubject::Agent ? m_agent->currentData().toString() : QString();
    d.workOrderId = m_workOrderId;
    d.summary = m_summary->toPlainText();
    d.severity = complaintSeverityFromKey(m_severity->currentData().toString()).value_or(ComplaintSeverity::Minor);
    auto made =
        ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids).registerComplaint(d, m_ws.currentOperator);
    if (!made) {
        Messages::show(this, Messages::Kind::Warning, tr("New complaint"), made.error().message);
        const QString field = made.error().field;
        QWidget* at = field == QLatin1String("complainant_phone") ? static_cast<QWidget*>(m_phone)
                      : field == QLatin1String("summary")         ? static_cast<QWidget*>(m_summary)
                      : field == QLatin1String("received_at")     ? static_cast<QWidget*>(m_received)
                      : field == QLatin1String("subject_agent")   ? static_cast<QWidget*>(m_agent)
                                                                  : nullptr;
        if (at != nullptr) {
            at->setFocus();
        }
        return;
    }
    emit registered(made.value().id, made.value().number);
    accept();
}

} // namespace hotline::ui
