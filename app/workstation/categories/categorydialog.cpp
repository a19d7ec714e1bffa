#include "categories/categorydialog.h"

#include "common/workspace.h"
#include "tickets/categories.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace hotline::ui {

CategoryDialog::CategoryDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("categoryDialog"));
    setWindowTitle(tr("Work-order categories"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("categoryTreeWidget"));
    m_tree->setHeaderHidden(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("categoryNameLineEdit"));
    m_name->setPlaceholderText(tr("Name for a new or renamed category"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto button = [this](const QString& text, void (CategoryDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_tree, 0, 0, 6, 1);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(button(tr("Add &group"), &CategoryDialog::addGroup), 1, 1);
    grid->addWidget(button(tr("Add &topic to group"), &CategoryDialog::addTopic), 2, 1);
    grid->addWidget(button(tr("&Rename"), &CategoryDialog::renameSelected), 3, 1);
    grid->addWidget(button(tr("Re&move"), &CategoryDialog::removeSelected), 4, 1);
    grid->addWidget(m_error, 6, 0, 1, 2);
    grid->addWidget(close, 7, 0, 1, 2);
    grid->setRowStretch(5, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr) {
            m_name->setText(item->text(0));
        }
    });
    reload();
    resize(560, 520);
}

void CategoryDialog::reload()
{
    const QString selected = selectedId();
    m_tree->clear();
    auto all = tickets::CategoryRepository(m_ws.db->connection()).all();
    if (!all) {
        report(all.error().message);
        return;
    }
    QHash<QString, QTreeWidgetItem*> groups;
    for (const tickets::Category& c : all.value()) {
        QTreeWidgetItem* item =
            c.parentId.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(groups.value(c.parentId));
        item->setText(0, c.name);
        item->setData(0, Qt::UserRole, c.id);
        if (c.parentId.isEmpty()) {
            groups.insert(c.id, item);
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
        }
        if (c.id == selected) {
            m_tree->setCurrentItem(item);
        }
    }
    m_tree->expandAll();
}

void CategoryDialog::report(const QString& error)
{
    m_error->setText(error);
}

QString CategoryDialog::selectedId() const
{
    return m_tree->currentItem() != nullptr ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

QString CategoryDialog::selectedGroupId() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (item != nullptr && item->parent() != nullptr) {
        item = item->parent();
    }
    return item != nullptr ? item->data(0, Qt::UserRole).toString() : QString();
}

void CategoryDialog::addGroup()
{
    auto r = tickets::CategoryRepository(m_ws.db->connection())
                 .add({}, m_name->text(), m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    report(r ? QString() : r.error().message);
    reload();
}

void CategoryDialog::addTopic()
{
    const QString group = selectedGroupId();
    if (group.isEmpty()) {
        report(tr("Select the group the topic belongs to."));
        return;
    }
    auto r = tickets::CategoryRepository(m_ws.db->connection())
                 .add(group, m_name->text(), m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    report(r ? QString() : r.error().message);
    reload();
}

void CategoryDialog::renameSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    Outcome r = tickets::CategoryRepository(m_ws.db->connection())
                    .rename(id, m_name->text(), m_ws.currentOperator, *m_ws.clock);
    report(r ? QString() : r.error().message);
    reload();
}

void CategoryDialog::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    Outcome r =
        tickets::CategoryRepository(m_ws.db->connection()).remove(id, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    report(r ? QString() : r.error().message);
    reload();
}

} // namespace hotline::ui
