#include "chat/chatservicedialog.h"

#include "chat/agentsettings.h"
#include "common/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hotline::ui {

ChatServiceDialog::ChatServiceDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("chatServiceDialog"));
    setWindowTitle(tr("Online consultation service"));
    m_url = new QLineEdit(chat::agentUrl(*m_ws.db).value_or(chat::defaultAgentUrl()), this);
    m_url->setObjectName(QStringLiteral("agentUrlLineEdit"));
    m_url->setPlaceholderText(chat::defaultAgentUrl());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto* hint = new QLabel(tr("The agents' address of the portal service (hotlinedesk-portal), reachable from this "
                               "workstation only inside the hotline's network. Empty: %1.")
                                .arg(chat::defaultAgentUrl()),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChatServiceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("&Address"), m_url);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(480);
}

void ChatServiceDialog::save()
{
    if (Outcome s = chat::setAgentUrl(*m_ws.db, m_url->text()); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        m_url->setFocus(Qt::OtherFocusReason);
        return;
    }
    emit saved();
    accept();
}

} // namespace hotline::ui
