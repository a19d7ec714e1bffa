#include "operators/operatordialog.h"

#include "common/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hotline::ui {

OperatorDialog::OperatorDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("operatorDialog"));
    setWindowTitle(tr("Who is working at this desk?"));
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("nameComboBox"));
    m_name->setEditable(true);
    m_name->lineEdit()->setPlaceholderText(tr("Your name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (security::Role r : security::kAllRoles) {
        m_role->addItem(security::displayName(r), static_cast<int>(r));
    }
    if (auto all = security::OperatorRepository(m_ws.db->connection()).all()) {
        for (const security::Operator& op : all.value()) {
            m_name->addItem(op.name, static_cast<int>(op.role));
        }
    }
    m_name->setCurrentIndex(-1);
    connect(m_name, &QComboBox::activated, this,
            [this](int i) { m_role->setCurrentIndex(m_role->findData(m_name->itemData(i))); });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start working"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* hint = new QLabel(tr("Every change you make is recorded under this name."), this);
    auto* form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(m_error);
    form->addRow(buttons);
}

void OperatorDialog::confirm()
{
    security::OperatorRepository repo(m_ws.db->connection());
    const auto role = static_cast<security::Role>(m_role->currentData().toInt());
    auto op = repo.ensure(m_name->currentText(), role, *m_ws.ids, *m_ws.clock);
    if (!op) {
        m_error->setText(op.error().message);
        m_error->show();
        m_name->setFocus();
        return;
    }
    if (Outcome s = repo.setCurrent(op->id); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    emit chosen(op.value());
    accept();
}

} // namespace hotline::ui
