#include "service/mailserverdialog.h"

#include "common/workspace.h"
#include "materials/smtpclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace hotline::ui {

MailServerDialog::MailServerDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("mailServerDialog"));
    setWindowTitle(tr("Mail server"));
    m_stored = materials::loadSmtpSettings(m_ws.db->connection()).value_or({});
    m_host = new QLineEdit(m_stored.host, this);
    m_host->setObjectName(QStringLiteral("smtpHostLineEdit"));
    m_host->setPlaceholderText(QStringLiteral("smtp.example.gov.cn"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("smtpPortSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(m_stored.port);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("smtpSecurityComboBox"));
    m_security->addItem(tr("TLS from the start (smtps, usually port 465)"),
                        materials::key(materials::SmtpSecurity::Smtps));
    m_security->addItem(tr("STARTTLS, required (usually port 587)"), materials::key(materials::SmtpSecurity::StartTls));
    m_security->addItem(tr("None — only for a relay on this machine"), materials::key(materials::SmtpSecurity::None));
    m_security->setCurrentIndex(m_security->findData(materials::key(m_stored.security)));
    connect(m_security, &QComboBox::activated, this, [this](int index) {
        const QString k = m_security->itemData(index).toString();
        if (k == materials::key(materials::SmtpSecurity::Smtps) && m_port->value() == 587) {
            m_port->setValue(465);
        } else if (k == materials::key(materials::SmtpSecurity::StartTls) && m_port->value() == 465) {
            m_port->setValue(587);
        }
    });
    m_user = new QLineEdit(m_stored.user, this);
    m_user->setObjectName(QStringLiteral("smtpUserLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("smtpPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(m_stored.password.isEmpty() ? tr("none stored")
                                                               : tr("stored — leave empty to keep it"));
    m_from = new QLineEdit(m_stored.fromAddress, this);
    m_from->setObjectName(QStringLiteral("smtpFromLineEdit"));
    m_from->setPlaceholderText(QStringLiteral("12366@example.gov.cn"));
    m_fromName = new QLineEdit(m_stored.fromName, this);
    m_fromName->setObjectName(QStringLiteral("smtpFromNameLineEdit"));
    m_maxMb = new QSpinBox(this);
    m_maxMb->setObjectName(QStringLiteral("maxAttachmentSpinBox"));
    m_maxMb->setRange(1, 100);
    m_maxMb->setSuffix(QStringLiteral(" MB"));
    m_maxMb->setValue(static_cast<int>(std::max<qint64>(1, m_stored.maxAttachmentBytes / (1024 * 1024))));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("smtpStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Sender &address:"), m_from);
    form->addRow(tr("Sender &name:"), m_fromName);
    form->addRow(tr("Largest attach&ment:"), m_maxMb);
    auto* buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    QPushButton* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_test, &QPushButton::clicked, this, &MailServerDialog::testConnection);
    connect(save, &QPushButton::clicked, this, &MailServerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("Kept on this workstation only (not synchronised). The password is stored in the local "
                               "store file; use an account that can only send."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 420);
}

MailServerDialog::~MailServerDialog()
{
    if (m_thread != nullptr) {
        m_thread->wait();
    }
}

materials::SmtpSettings MailServerDialog::collect() const
{
    materials::SmtpSettings s = m_stored;
    s.host = m_host->text();
    s.port = m_port->value();
    const QString k = m_security->currentData().toString();
    s.security = k == materials::key(materials::SmtpSecurity::StartTls) ? materials::SmtpSecurity::StartTls
                 : k == materials::key(materials::SmtpSecurity::None)   ? materials::SmtpSecurity::None
                                                                        : materials::SmtpSecurity::Smtps;
    s.user = m_user->text();
    if (!m_password->text().isEmpty()) {
        s.password = m_password->text();
    }
    s.fromAddress = m_from->text();
    s.fromName = m_fromName->text();
    s.maxAttachmentBytes = qint64(m_maxMb->value()) * 1024 * 1024;
    return s;
}

void MailServerDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1a7f37;"));
}

void MailServerDialog::save()
{
    materials::SmtpSettings s = collect();
    s.password = m_password->text(); // empty keeps the stored one
    if (Outcome saved = materials::saveSmtpSettings(m_ws.db->connection(), s, m_ws.currentOperator); !saved) {
        showStatus(saved.error().message, true);
        return;
    }
    accept();
}

void MailServerDialog::testConnection()
{
    if (m_thread != nullptr) {
        return;
    }
    auto valid = materials::validateSmtpSettings(collect());
    if (!valid) {
        showStatus(valid.error().message, true);
        return;
    }
    showStatus(tr("Connecting to %1:%2…").arg(valid->host).arg(valid->port), false);
    m_status->setStyleSheet({});
    m_test->setEnabled(false);
    const materials::SmtpSettings settings = valid.value();
    auto outcome = std::make_shared<Outcome>(Ok{});
    m_thread = QThread::create([settings, outcome] { *outcome = materials::testSmtpConnection(settings); });
    m_thread->setObjectName(QStringLiteral("smtptest"));
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        m_thread = nullptr;
        m_test->setEnabled(true);
        if (*outcome) {
            showStatus(tr("✔ The mail server answered and accepted the login."), false);
        } else {
            showStatus(tr("✘ %1").arg(outcome->error().message), true);
        }
        emit testFinished();
    });
    thread->start();
}

} // namespace hotline::ui
