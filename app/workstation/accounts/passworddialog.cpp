#include "accounts/passworddialog.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "security/accountservice.h"
#include "security/password.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hotline::ui {
namespace {

QLineEdit* passwordEdit(const QString& objectName, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(security::kMaxPasswordLength);
    return e;
}

} // namespace

PasswordDialog::PasswordDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Change my password"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_current = passwordEdit(QStringLiteral("currentPasswordLineEdit"), this);
    m_new = passwordEdit(QStringLiteral("newPasswordLineEdit"), this);
    m_repeat = passwordEdit(QStringLiteral("repeatPasswordLineEdit"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    auto* hint = new QLabel(tr("At least 8 characters, with letters and digits."), this);
    form->addRow(tr("&Current password"), m_current);
    form->addRow(tr("&New password"), m_new);
    form->addRow(tr("&Repeat new password"), m_repeat);
    form->addRow(hint);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(380);
}

void PasswordDialog::submit()
{
    const auto fail = [this](const QString& message, QLineEdit* focus) {
        m_error->setText(message);
        m_error->show();
        focus->setFocus(Qt::OtherFocusReason);
    };
    if (m_new->text() != m_repeat->text()) {
        fail(tr("The two new passwords differ; type the same password twice."), m_new);
        return;
    }
    Outcome changed = security::AccountService(*m_ws.db, *m_ws.clock, *m_ws.ids)
                          .changeOwnPassword(m_ws.currentOperator, m_current->text(), m_new->text());
    if (!changed) {
        fail(changed.error().message, changed.error().field == QLatin1String("current_password") ? m_current : m_new);
        return;
    }
    Messages::show(parentWidget(), Messages::Kind::Information, tr("Change my password"),
                   tr("Your password has been changed."));
    accept();
}

} // namespace hotline::ui
