#include "knowledge/kbcategoriesdialog.h"

#include "common/workspace.h"
#include "knowledge/kbcategories.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace hotline::ui {

KbCategoriesDialog::KbCategoriesDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("kbCategoriesDialog"));
    setWindowTitle(tr("Knowledge-base categories"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("kbCategoryListWidget"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("kbCategoryNameLineEdit"));
    m_name->setPlaceholderText(tr("Name for a new or renamed category"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto button = [this](const QString& text, void (KbCategoriesDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_list, 0, 0, 5, 1);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(button(tr("&Add"), &KbCategoriesDialog::add), 1, 1);
    grid->addWidget(button(tr("&Rename"), &KbCategoriesDialog::renameSelected), 2, 1);
    grid->addWidget(button(tr("Re&move"), &KbCategoriesDialog::removeSelected), 3, 1);
    grid->addWidget(m_error, 5, 0, 1, 2);
    grid->addWidget(close, 6, 0, 1, 2);
    grid->setRowStretch(4, 1);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr) {
            m_name->setText(item->data(Qt::UserRole + 1).toString());
        }
    });
    reload();
    resize(480, 400);
}

void KbCategoriesDialog::reload(const QString& select)
{
    const QString selected =
        !select.isEmpty() ? select
                          : (m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString());
    m_list->clear();
    auto all = knowledge::KbCategoryRepository(m_ws.db->connection()).all();
    if (!all) {
        report(all.error().message);
        return;
    }
    for (const knowledge::KbCategory& c : all.value()) {
        auto* item = new QListWidgetItem(tr("%1 (%n article(s))", nullptr, c.articles).arg(c.name), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.name);
        if (c.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
}

void KbCategoriesDialog::report(const QString& error)
{
    m_error->setText(error);
}

void KbCategoriesDialog::add()
{
    auto r = knowledge::KbCategoryRepository(m_ws.db->connection())
                 .add(m_name->text(), m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    report(r ? QString() : r.error().message);
    reload(r ? r->id : QString());
}

void KbCategoriesDialog::renameSelected()
{
    if (m_list->currentItem() == nullptr) {
        report(tr("Select a category first."));
        return;
    }
    Outcome r = knowledge::KbCategoryRepository(m_ws.db->connection())
                    .rename(m_list->currentItem()->data(Qt::UserRole).toString(), m_name->text(), m_ws.currentOperator,
                            *m_ws.clock);
    report(r ? QString() : r.error().message);
    reload();
}

void KbCategoriesDialog::removeSelected()
{
    if (m_list->currentItem() == nullptr) {
        report(tr("Select a category first."));
        return;
    }
    Outcome r = knowledge::KbCategoryRepository(m_ws.db->connection())
                    .remove(m_list->currentItem()->data(Qt::UserRole).toString(), m_ws.currentOperator, *m_ws.clock);
    report(r ? QString() : r.error().message);
    reload();
}

} // namespace hotline::ui
