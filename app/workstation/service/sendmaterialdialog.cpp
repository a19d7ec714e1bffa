#include "service/sendmaterialdialog.h"

#include "common/workspace.h"
#include "materials/materiallibrary.h"
#include "tickets/workorderrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace hotline::ui {

SendMaterialDialog::SendMaterialDialog(Workspace& workspace, materials::MaterialLibrary& library,
                                       const QString& materialId, const QString& workOrderId, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_library(&library), m_workOrderId(workOrderId)
{
    build(materialId);
}

SendMaterialDialog::SendMaterialDialog(Workspace& workspace, const QString& workOrderId, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_ownLibrary(std::make_unique<materials::MaterialLibrary>(
                                            *workspace.db, materials::MaterialLibrary::folderFor(workspace.db->path()),
                                            *workspace.clock, *workspace.ids)),
      m_library(m_ownLibrary.get()), m_workOrderId(workOrderId)
{
    build({});
}

void SendMaterialDialog::build(const QString& materialId)
{
    const QString& workOrderId = m_workOrderId;
    setObjectName(QStringLiteral("sendMaterialDialog"));
    setWindowTitle(tr("Send to taxpayer"));
    m_settings = materials::loadSmtpSettings(m_ws.db->connection()).value_or({});
    m_material = new QComboBox(this);
    m_material->setObjectName(QStringLiteral("sendMaterialComboBox"));
    m_materials = m_library->list().value_or({});
    for (const materials::Material& m : std::as_const(m_materials)) {
        const QString version = m.releaseVersion.isEmpty() ? QString() : QLatin1Char(' ') + m.releaseVersion;
        m_material->addItem(QStringLiteral("%1%2 · %3").arg(m.title, version, materials::displayName(m.kind)), m.id);
    }
    if (const int i = m_material->findData(materialId); i >= 0) {
        m_material->setCurrentIndex(i);
    }
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("sendTicketLineEdit"));
    m_ticket->setPlaceholderText(tr("work order number, e.g. 20250930-K7QM-0001"));
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientLineEdit"));
    m_recipient->setPlaceholderText(QStringLiteral("name@example.com"));
    if (!workOrderId.isEmpty()) {
        if (auto w = tickets::WorkOrderRepository(m_ws.db->connection()).find(workOrderId); w && w.value()) {
            m_ticket->setText(w.value()->ticketNo);
            m_recipient->setText(materials::emailIn(
                {w.value()->contactName, w.value()->question, w.value()->answer, w.value()->unitName}));
        }
        m_ticket->setReadOnly(true);
    }
    m_attach = new QCheckBox(tr("&Attach the file (otherwise the link or a note is sent)"), this);
    m_attach->setObjectName(QStringLiteral("attachCheckBox"));
    m_attachHint = new QLabel(this);
    m_attachHint->setObjectName(QStringLiteral("attachHintLabel"));
    m_attachHint->setWordWrap(true);
    m_attachHint->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("sendNotePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("A line for the taxpayer (optional)"));
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sendStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_settings.configured()) {
        showStatus(tr("No mail server is set up yet: a team lead enters it under Settings ▸ Mail server…."), true);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Material:"), m_material);
    form->addRow(tr("&Work order:"), m_ticket);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(QString(), m_attach);
    form->addRow(QString(), m_attachHint);
    form->addRow(tr("M&essage:"), m_note);
    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(m_send, &QPushButton::clicked, this, &SendMaterialDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_material, &QComboBox::currentIndexChanged, this, &SendMaterialDialog::materialChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    materialChanged();
    resize(620, 420);
    (m_recipient->text().isEmpty() ? m_recipient : static_cast<QWidget*>(m_send))->setFocus();
}

SendMaterialDialog::~SendMaterialDialog()
{
    if (m_thread != nullptr) {
        m_thread->wait(); // curl gives up after the configured timeout
    }
}

void SendMaterialDialog::materialChanged()
{
    const QString id = m_material->currentData().toString();
    const auto it = std::find_if(m_materials.cbegin(), m_materials.cend(),
                                 [&id](const materials::Material& m) { return m.id == id; });
    m_attachHint->clear();
    m_attachHint->hide();
    if (it == m_materials.cend() || !it->isFile()) {
        m_attach->setChecked(false);
        m_attach->setEnabled(false);
        m_attachHint->setText(it == m_materials.cend() ? QString() : tr("A link: the mail carries its address."));
        m_attachHint->setVisible(!m_attachHint->text().isEmpty());
        return;
    }
    const bool fits = it->sizeBytes <= m_settings.maxAttachmentBytes;
    m_attach->setEnabled(fits);
    m_attach->setChecked(fits);
    if (!fits) {
        const QLocale c = QLocale::c();
        m_attachHint->setText(
            tr("The file is %1, more than the %2 a mail may carry: the mail says where to get it "
               "instead.")
                .arg(c.formattedDataSize(it->sizeBytes, 1, QLocale::DataSizeTraditionalFormat),
                     c.formattedDataSize(m_settings.maxAttachmentBytes, 1, QLocale::DataSizeTraditionalFormat)));
        m_attachHint->show();
    }
}

void SendMaterialDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QStringLiteral("color: #1a7f37; font-weight: bold;"));
}

void SendMaterialDialog::send()
{
    if (m_thread != nullptr) {
        return;
    }
    QString workOrderId = m_workOrderId;
    if (workOrderId.isEmpty() && !m_ticket->text().trimmed().isEmpty()) {
        auto found = materials::workOrderIdByTicket(m_ws.db->connection(), m_ticket->text());
        if (!found) {
            showStatus(found.error().message, true);
            m_ticket->setFocus();
            return;
        }
        workOrderId = found.value();
    }
    const materials::SendRequest request{m_material->currentData().toString(), workOrderId, m_recipient->text(),
                                         m_attach->isChecked(), m_note->toPlainText()};
    auto prepared = materials::prepareSend(*m_library, m_ws.db->connection(), request, m_settings, m_ws.currentOperator,
                                           *m_ws.ids, *m_ws.clock);
    if (!prepared) {
        showStatus(prepared.error().message, true);
        const QString& field = prepared.error().field;
        (field == QLatin1String("recipient") ? static_cast<QWidget*>(m_recipient)
         : field == QLatin1String("note")    ? static_cast<QWidget*>(m_note)
                                             : static_cast<QWidget*>(m_material))
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    showStatus(tr("Sending to %1…").arg(prepared->request.recipient), false);
    m_status->setStyleSheet({});
    m_progress->setRange(0, 0);
    m_progress->show();
    m_send->setEnabled(false);
    const materials::PreparedMail mail = prepared.value();
    const materials::SmtpSettings settings = m_settings;
    auto delivered = std::make_shared<Outcome>(Ok{});
    m_thread = QThread::create([mail, settings, delivered] { *delivered = materials::deliver(settings, mail); });
    m_thread->setObjectName(QStringLiteral("sendmaterial"));
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, mail, delivered] {
        thread->deleteLater();
        m_thread = nullptr;
        finish(mail, *delivered);
    });
    thread->start();
}

void SendMaterialDialog::finish(const materials::PreparedMail& mail, const Outcome& delivered)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->hide();
    m_send->setEnabled(true);
    auto stored = materials::recordSend(*m_ws.db, mail, delivered, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!stored) {
        showStatus(tr("The mail was %1, but recording it failed: %2")
                       .arg(delivered ? tr("sent") : tr("not sent"), stored.error().message),
                   true);
        return;
    }
    m_result = stored.value();
    if (m_result->sent) {
        showStatus(tr("✔ Sent to %1 (%2). It is in the work order's timeline.")
                       .arg(m_result->recipient, m_result->attached ? tr("file attached") : tr("link")),
                   false);
        m_close->setFocus();
    } else {
        showStatus(tr("✘ Not sent: %1").arg(m_result->error), true);
    }
    emit recorded(m_result.value());
}

} // namespace hotline::ui
