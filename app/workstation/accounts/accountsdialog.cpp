#include "accounts/accountsdialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "security/accountservice.h"
#include "security/password.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace hotline::ui {

AccountsDialog::AccountsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountsTreeWidget"));
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("State"), tr("Agent no.")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMaxLength(20);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (security::Role r : security::kAllRoles) {
        m_role->addItem(security::displayName(r), static_cast<int>(r));
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(security::kMaxPasswordLength);
    m_password->setPlaceholderText(tr("At least 8 characters, letters and digits"));
    m_agentCode = new QLineEdit(this);
    m_agentCode->setObjectName(QStringLiteral("agentCodeLineEdit"));
    m_agentCode->setMaxLength(20);
    m_agentCode->setPlaceholderText(tr("As the PBX names the agent in recordings"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto button = [this](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("A&gent no."), m_agentCode);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(button(tr("&Create account"), &AccountsDialog::createAccount));
    side->addWidget(new QLabel(tr("For the selected account:"), this));
    side->addWidget(button(tr("Set the &role chosen above"), &AccountsDialog::applyRole));
    side->addWidget(button(tr("Set the agent n&o. above"), &AccountsDialog::applyAgentCode));
    side->addWidget(button(tr("Re&set its password to the one above"), &AccountsDialog::resetPassword));
    side->addWidget(button(tr("&Deactivate"), [this] { setSelectedActive(false); }));
    side->addWidget(button(tr("Re&activate"), [this] { setSelectedActive(true); }));
    side->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_list, 0, 0);
    grid->addLayout(side, 0, 1);
    grid->addWidget(m_message, 1, 0, 1, 2);
    grid->addWidget(close, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr) {
            m_name->setText(item->text(0));
            m_role->setCurrentIndex(m_role->findData(item->data(1, Qt::UserRole)));
            m_agentCode->setText(item->text(3));
        }
    });
    reload();
    resize(720, 460);
}

void AccountsDialog::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    auto all = security::AccountService(*m_ws.db, *m_ws.clock, *m_ws.ids).accounts(m_ws.currentOperator);
    if (!all) {
        report(all.error().message);
        return;
    }
    const QDateTime now = m_ws.clock->now();
    for (const security::Account& a : all.value()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, a.op.name);
        item->setData(0, Qt::UserRole, a.op.id);
        item->setText(1, security::displayName(a.op.role));
        item->setData(1, Qt::UserRole, static_cast<int>(a.op.role));
        QString state = tr("Active");
        if (!a.active) {
            state = tr("Deactivated");
        } else if (!a.hasPassword()) {
            state = tr("No password yet");
        } else if (a.lockedUntil.isValid() && a.lockedUntil > now) {
            state = tr("Locked until %1")
                        .arg(a.lockedUntil.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("HH:mm")));
        }
        item->setText(2, state);
        item->setText(3, a.op.agentCode);
        if (a.op.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
}

QString AccountsDialog::selectedId() const
{
    return m_list->currentItem() != nullptr ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void AccountsDialog::report(const QString& error, const QString& success)
{
    m_message->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(error.isEmpty() ? success : error);
    if (error.isEmpty()) {
        m_password->clear();
        reload();
    }
}

void AccountsDialog::createAccount()
{
    const auto role = static_cast<security::Role>(m_role->currentData().toInt());
    auto made = security::AccountService(*m_ws.db, *m_ws.clock, *m_ws.ids)
                    .createAccount(m_name->text(), role, m_password->text(), m_ws.currentOperator);
    report(made ? QString() : made.error().message, made ? tr("Account %1 created.").arg(made->name) : QString());
}

void AccountsDialog::resetPassword()
{
    if (selectedId().isEmpty()) {
        report(tr("Select an account first."));
        return;
    }
    Outcome done = security::AccountService(*m_ws.db, *m_ws.clock, *m_ws.ids)
                       .resetPassword(selectedId(), m_password->text(), m_ws.currentOperator);
    report(done ? QString() : done.error().message, tr("The password has been reset."));
}

void AccountsDialog::applyRole()
{
    if (selectedId().isEmpty()) {
        report(tr("Select an account first."));
        return;
    }
    const auto role = static_cast<security::Role>(m_role->currentData().toInt());
    Outcome done =
        security::AccountService(*m_ws.db, *m_ws.clock, *m_ws.ids).changeRole(selectedId(), role, m_ws.currentOperator);
    report(done ? QString() : done.error().message, tr("The role has been changed."));
}

void AccountsDialog::applyAgentCode()
{
    if (selectedId().isEmpty()) {
        report(tr("Select an account first."));
        return;
    }
    Outcome done = security::AccountService(*m_ws.db, *m_ws.clock, *m_ws.ids)
                       .setAgentCode(selectedId(), m_agentCode->text(), m_ws.currentOperator);
    report(done ? QString() : done.error().message, tr("The agent number has been set."));
}

void AccountsDialog::setSelectedActive(bool active)
{
    if (selectedId().isEmpty()) {
        report(tr("Select an account first."));
        return;
    }
    security::AccountService accounts(*m_ws.db, *m_ws.clock, *m_ws.ids);
    Outcome done = active ? accounts.reactivate(selectedId(), m_ws.currentOperator)
                          : accounts.deactivate(selectedId(), m_ws.currentOperator);
    report(done ? QString() : done.error().message,
           active ? tr("The account has been reactivated.") : tr("The account has been deactivated."));
}

} // namespace hotline::ui
