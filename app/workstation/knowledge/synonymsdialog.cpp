#include "knowledge/synonymsdialog.h"

#include "common/workspace.h"
#include "knowledge/synonymrepository.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>

namespace hotline::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
const QString kShownSeparator = QStringLiteral("、");

} // namespace

SynonymsDialog::SynonymsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("synonymsDialog"));
    setWindowTitle(tr("Synonym dictionary"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* about = new QLabel(tr("Words in one group mean the same to a caller: a search for any of them finds the "
                                "others too. A word can be in one group only."),
                             this);
    about->setWordWrap(true);
    m_groups = new QTreeWidget(this);
    m_groups->setObjectName(QStringLiteral("synonymGroupsTreeWidget"));
    m_groups->setColumnCount(2);
    m_groups->setHeaderLabels({tr("Words"), tr("Count")});
    m_groups->setRootIsDecorated(false);
    m_groups->setSortingEnabled(true);
    m_groups->sortByColumn(0, Qt::AscendingOrder);
    m_groups->header()->setStretchLastSection(false);
    m_groups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("synonymWordsLineEdit"));
    m_words->setPlaceholderText(tr("Words of the group, separated by commas or 、 (e.g. 个税、个人所得税)"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("synonymErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto button = [this](const QString& text, const QString& name, void (SynonymsDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* grid = new QGridLayout(this);
    grid->addWidget(about, 0, 0, 1, 2);
    grid->addWidget(m_groups, 1, 0, 5, 1);
    grid->addWidget(button(tr("&Add as new group"), QStringLiteral("addSynonymGroupButton"), &SynonymsDialog::addGroup),
                    1, 1);
    grid->addWidget(
        button(tr("&Save changes to group"), QStringLiteral("saveSynonymGroupButton"), &SynonymsDialog::saveSelected),
        2, 1);
    grid->addWidget(
        button(tr("Re&move group"), QStringLiteral("removeSynonymGroupButton"), &SynonymsDialog::removeSelected), 3, 1);
    grid->addWidget(m_words, 6, 0, 1, 2);
    grid->addWidget(m_error, 7, 0, 1, 2);
    grid->addWidget(close, 8, 0, 1, 2);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 1);
    connect(m_groups, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr) {
            m_words->setText(item->text(0));
        }
    });
    connect(m_words, &QLineEdit::returnPressed, this, [this] {
        if (selectedId().isEmpty()) {
            addGroup();
        } else {
            saveSelected();
        }
    });
    reload();
    // Typing first: the list would otherwise take the focus and put its first group in the field.
    m_words->setFocus(Qt::OtherFocusReason);
    resize(620, 520);
}

void SynonymsDialog::reload(const QString& select)
{
    const QString keep = select.isEmpty() ? selectedId() : select;
    m_groups->clear();
    auto all = knowledge::SynonymRepository(m_ws.db->connection()).groups();
    if (!all) {
        report(all.error().message);
        return;
    }
    for (const knowledge::SynonymGroup& g : all.value()) {
        auto* item = new QTreeWidgetItem(m_groups);
        item->setText(0, g.words.join(kShownSeparator));
        item->setText(1, QString::number(g.words.size()));
        item->setData(0, kIdRole, g.id);
        if (g.id == keep) {
            m_groups->setCurrentItem(item);
        }
    }
}

void SynonymsDialog::report(const QString& error)
{
    m_error->setText(error);
}

QString SynonymsDialog::selectedId() const
{
    return m_groups->currentItem() != nullptr ? m_groups->currentItem()->data(0, kIdRole).toString() : QString();
}

QStringList SynonymsDialog::typedWords() const
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]+"));
    return m_words->text().split(separators, Qt::SkipEmptyParts);
}

void SynonymsDialog::addGroup()
{
    auto r = knowledge::SynonymRepository(m_ws.db->connection())
                 .add(typedWords(), m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    report(r ? QString() : r.error().message);
    if (r) {
        reload(r->id);
        emit changed();
    }
}

void SynonymsDialog::saveSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        report(tr("Select the group to change."));
        return;
    }
    Outcome r =
        knowledge::SynonymRepository(m_ws.db->connection()).update(id, typedWords(), m_ws.currentOperator, *m_ws.clock);
    report(r ? QString() : r.error().message);
    if (r) {
        reload(id);
        emit changed();
    }
}

void SynonymsDialog::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        report(tr("Select the group to remove."));
        return;
    }
    Outcome r = knowledge::SynonymRepository(m_ws.db->connection()).remove(id, m_ws.currentOperator, *m_ws.clock);
    report(r ? QString() : r.error().message);
    if (r) {
        m_words->clear();
        reload();
        emit changed();
    }
}

} // namespace hotline::ui
