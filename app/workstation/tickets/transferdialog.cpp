#include "tickets/transferdialog.h"

#include "common/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hotline::ui {

TransferDialog::TransferDialog(Workspace& workspace, const QString& currentOwnerId, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer work order"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_colleague = new QComboBox(this);
    m_colleague->setObjectName(QStringLiteral("colleagueComboBox"));
    if (auto all = security::OperatorRepository(workspace.db->connection()).all()) {
        for (const security::Operator& op : all.value()) {
            if (op.id != currentOwnerId) {
                m_colleague->addItem(
                    op.name + QStringLiteral("（") + security::displayName(op.role) + QStringLiteral("）"), op.id);
            }
        }
    }
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the colleague takes over (required)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* hint = new QLabel(tr("The colleague becomes responsible for the work order until it is closed."), this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(hint);
    form->addRow(tr("&Colleague"), m_colleague);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_colleague->currentIndex() < 0 || m_reason->toPlainText().trimmed().isEmpty()) {
            m_reason->setFocus();
            m_reason->setStyleSheet(QStringLiteral("border: 2px solid #d32f2f;"));
            return;
        }
        emit chosen(m_colleague->currentData().toString(), m_reason->toPlainText().trimmed());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace hotline::ui
