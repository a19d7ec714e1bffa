#include "knowledge/policiesdialog.h"

#include "common/workspace.h"
#include "knowledge/policyservice.h"
#include "security/permissions.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

PoliciesDialog::PoliciesDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("policiesDialog"));
    setWindowTitle(tr("Policy documents"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("policyTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Number"), tr("Title"), tr("Issued"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnWidth(Number, 230);
    m_tree->setColumnWidth(Title, 330);
    m_tree->setColumnWidth(Issued, 90);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("policyNumberLineEdit"));
    m_number->setPlaceholderText(tr("e.g. 国家税务总局公告2023年第14号"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("policyTitleLineEdit"));
    m_issued = new QDateEdit(this);
    m_issued->setObjectName(QStringLiteral("policyIssuedDateEdit"));
    m_issued->setCalendarPopup(true);
    m_issued->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_issued->setDate(m_ws.clock->now().date());
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("policyNoteLineEdit"));
    m_note->setPlaceholderText(tr("e.g. replaced by 国家税务总局公告2024年第2号"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto* addBox = new QGroupBox(tr("Add a policy document"), this);
    auto* addForm = new QFormLayout(addBox);
    addForm->addRow(tr("&Number:"), m_number);
    addForm->addRow(tr("&Title:"), m_title);
    auto* addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addPolicyButton"));
    addButton->setAutoDefault(false);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_issued);
    addRow->addStretch(1);
    addRow->addWidget(addButton);
    addForm->addRow(tr("Issued:"), addRow);
    connect(addButton, &QPushButton::clicked, this, &PoliciesDialog::add);

    auto* markBox = new QGroupBox(tr("The selected document changed"), this);
    auto* markForm = new QFormLayout(markBox);
    markForm->addRow(tr("N&ote:"), m_note);
    auto* repeal = new QPushButton(tr("Mark &repealed"), this);
    repeal->setObjectName(QStringLiteral("repealPolicyButton"));
    auto* amend = new QPushButton(tr("Mark a&mended"), this);
    amend->setObjectName(QStringLiteral("amendPolicyButton"));
    for (QPushButton* b : {repeal, amend}) {
        b->setAutoDefault(false);
    }
    connect(repeal, &QPushButton::clicked, this, &PoliciesDialog::markRepealed);
    connect(amend, &QPushButton::clicked, this, &PoliciesDialog::markAmended);
    auto* markRow = new QHBoxLayout;
    markRow->addWidget(new QLabel(tr("Articles citing it go back to review."), this), 1);
    markRow->addWidget(amend);
    markRow->addWidget(repeal);
    markForm->addRow(markRow);
    const bool reviewer = security::roleHas(m_ws.currentOperator.role, security::Permission::ReviewKnowledge);
    addBox->setEnabled(reviewer);
    markBox->setEnabled(reviewer);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(addBox);
    layout->addWidget(markBox);
    layout->addWidget(m_message);
    layout->addWidget(close);
    reload();
    resize(820, 600);
}

void PoliciesDialog::reload(const QString& select)
{
    const QString selected =
        !select.isEmpty()
            ? select
            : (m_tree->currentItem() ? m_tree->currentItem()->data(Number, Qt::UserRole).toString() : QString());
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    auto all = knowledge::PolicyService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock).all();
    for (const knowledge::Policy& p : all.value_or({})) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Number, p.number);
        item->setData(Number, Qt::UserRole, p.id);
        item->setText(Title, p.title);
        item->setToolTip(Title, p.title);
        item->setText(Issued, p.issued.toString(Qt::ISODate));
        item->setText(Status, knowledge::displayName(p.status));
        if (p.status == knowledge::PolicyStatus::Repealed) {
            item->setForeground(Status, QColor(0xb0, 0x00, 0x20));
        }
        if (p.id == selected) {
            m_tree->setCurrentItem(item);
        }
    }
    m_tree->setSortingEnabled(true);
    if (!all) {
        m_message->setText(all.error().message);
    }
}

void PoliciesDialog::add()
{
    auto r = knowledge::PolicyService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock)
                 .add(m_number->text(), m_title->text(), m_issued->date(), m_ws.currentOperator);
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    m_message->setText(tr("Added %1.").arg(knowledge::policyLabel(r.value())));
    m_number->clear();
    m_title->clear();
    reload(r->id);
}

void PoliciesDialog::markRepealed()
{
    mark(true);
}

void PoliciesDialog::markAmended()
{
    mark(false);
}

void PoliciesDialog::mark(bool repealed)
{
    if (m_tree->currentItem() == nullptr) {
        m_message->setText(tr("Select a policy document first."));
        return;
    }
    auto r = knowledge::PolicyService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock)
                 .changeStatus(m_tree->currentItem()->data(Number, Qt::UserRole).toString(),
                               repealed ? knowledge::PolicyStatus::Repealed : knowledge::PolicyStatus::Amended,
                               m_note->text(), m_ws.currentOperator);
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    m_message->setText(tr("%n article(s) citing it went back to review.", nullptr, r.value()));
    m_note->clear();
    reload();
    emit articlesSentBack();
}

} // namespace hotline::ui
