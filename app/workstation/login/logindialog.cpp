#include "login/logindialog.h"

#include "common/workspace.h"
#include "security/accountservice.h"
#include "security/password.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hotline::ui {

LoginDialog::LoginDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("loginDialog"));
    security::AccountService accounts(*m_ws.db, *m_ws.clock, *m_ws.ids);
    auto first = accounts.needsFirstAdmin();
    m_firstStart = first && first.value();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMaxLength(20);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(security::kMaxPasswordLength);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(security::kMaxPasswordLength);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(m_firstStart ? tr("Create and log in") : tr("Log in"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("loginPushButton"));
    m_submit->setDefault(true); // Enter in any field logs in
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    auto* hint = new QLabel(this);
    hint->setWordWrap(true);
    if (m_firstStart) {
        setWindowTitle(tr("HotlineDesk — create the administrator"));
        hint->setText(tr("This store has no accounts yet. Create the administrator's account: the administrator "
                         "then makes an account for each colleague. The password needs at least 8 characters, "
                         "letters and digits."));
    } else {
        setWindowTitle(tr("HotlineDesk — log in"));
        hint->setText(tr("Log in with your own account: everything you do is recorded under your name."));
        if (auto last = accounts.lastLoginName()) {
            m_name->setText(last.value());
        }
    }
    form->addRow(hint);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Password"), m_password);
    if (m_firstStart) {
        form->addRow(tr("&Repeat password"), m_repeat);
    } else {
        m_repeat->hide();
    }
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(420);
}

void LoginDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::showError(const QString& message, QLineEdit* focus)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    m_repeat->clear();
    focus->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::submit()
{
    security::AccountService accounts(*m_ws.db, *m_ws.clock, *m_ws.ids);
    Result<security::Operator> op = makeError(ErrorCode::InvalidInput, {});
    if (m_firstStart) {
        if (m_password->text() != m_repeat->text()) {
            showError(tr("The two passwords differ; type the same password twice."), m_password);
            return;
        }
        op = accounts.createFirstAdmin(m_name->text(), m_password->text());
    } else {
        op = accounts.login(m_name->text(), m_password->text());
    }
    if (!op) {
        showError(op.error().message, op.error().field == QLatin1String("name") ? m_name : m_password);
        return;
    }
    m_error->hide();
    m_password->clear();
    m_repeat->clear();
    emit loggedIn(op.value());
    accept();
}

} // namespace hotline::ui
