#include "chat/quickphrasesdialog.h"

#include "common/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

QuickPhrasesDialog::QuickPhrasesDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("quickPhrasesDialog"));
    setWindowTitle(tr("Service phrases"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("quickPhraseTreeWidget"));
    m_tree->setHeaderLabels({tr("Category"), tr("Phrase"), tr("In use")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(0, 80);
    m_tree->setColumnWidth(2, 60);
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("quickPhraseCategoryLineEdit"));
    m_category->setMaxLength(chat::kMaxQuickPhraseCategoryChars);
    m_category->setPlaceholderText(tr("e.g. greeting, lookup, closing"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("quickPhraseTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_counter = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_add = new QPushButton(tr("&Add as new"), this);
    m_save = new QPushButton(tr("&Save changes"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_deactivate = new QPushButton(tr("&Take out of use"), this);
    m_restore = new QPushButton(tr("&Restore defaults"), this);
    m_restore->setObjectName(QStringLiteral("restoreDefaultsPushButton"));
    m_restore->setToolTip(tr("Add the standard wording (offered when no phrase is in use)"));
    connect(m_add, &QPushButton::clicked, this, &QuickPhrasesDialog::addPhrase);
    connect(m_save, &QPushButton::clicked, this, &QuickPhrasesDialog::saveSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_deactivate, &QPushButton::clicked, this, &QuickPhrasesDialog::deactivateSelected);
    connect(m_restore, &QPushButton::clicked, this, &QuickPhrasesDialog::restoreDefaults);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QuickPhrasesDialog::showSelected);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const qsizetype n = m_text->toPlainText().trimmed().size();
        m_counter->setText(QStringLiteral("%1/%2").arg(n).arg(chat::kMaxQuickPhraseChars));
        m_counter->setStyleSheet(n > chat::kMaxQuickPhraseChars ? QStringLiteral("color: #b00020;") : QString());
    });

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_up, m_down, m_deactivate, m_restore}) {
        side->addWidget(b);
    }
    side->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_tree, 1);
    listRow->addLayout(side);
    auto* form = new QFormLayout;
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("&Text"), m_text);
    form->addRow(QString(), m_counter);
    auto* editRow = new QHBoxLayout;
    editRow->addStretch(1);
    editRow->addWidget(m_add);
    editRow->addWidget(m_save);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(listRow, 1);
    layout->addLayout(form);
    layout->addLayout(editRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 520);
    reload();
}

const chat::QuickPhrase* QuickPhrasesDialog::selected() const
{
    const int row = m_tree->currentItem() != nullptr ? m_tree->indexOfTopLevelItem(m_tree->currentItem()) : -1;
    return row >= 0 && row < m_list.size() ? &m_list[row] : nullptr;
}

void QuickPhrasesDialog::reload(const QString& select)
{
    m_tree->clear();
    m_list = chat::listQuickPhrases(m_ws.db->connection(), true).value_or({});
    bool anyActive = false;
    for (const chat::QuickPhrase& p : m_list) {
        auto* item = new QTreeWidgetItem(m_tree, {p.category, p.text, p.active ? tr("yes") : tr("no")});
        item->setToolTip(1, p.text);
        if (!p.active) {
            for (int c = 0; c < 3; ++c) {
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
        anyActive = anyActive || p.active;
        if (p.id == select) {
            m_tree->setCurrentItem(item);
        }
    }
    m_restore->setEnabled(!anyActive);
    showSelected();
}

void QuickPhrasesDialog::showSelected()
{
    const chat::QuickPhrase* p = selected();
    const bool editable = p != nullptr && p->active;
    m_save->setEnabled(editable);
    m_deactivate->setEnabled(editable);
    m_up->setEnabled(editable);
    m_down->setEnabled(editable);
    if (p != nullptr) {
        m_category->setText(p->category);
        m_text->setPlainText(p->text);
    }
}

void QuickPhrasesDialog::finish(const Outcome& outcome, const QString& select)
{
    if (!outcome) {
        m_error->setText(outcome.error().message);
        m_error->show();
        (outcome.error().field == QLatin1String("category") ? static_cast<QWidget*>(m_category) : m_text)
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->hide();
    reload(select);
    emit changed();
}

void QuickPhrasesDialog::addPhrase()
{
    auto added = chat::addQuickPhrase(*m_ws.db, m_category->text(), m_text->toPlainText(), m_ws.currentOperator,
                                      *m_ws.ids, *m_ws.clock);
    finish(added ? Outcome(Ok{}) : Outcome(added.error()), added ? added->id : QString());
}

void QuickPhrasesDialog::saveSelected()
{
    const chat::QuickPhrase* p = selected();
    if (p == nullptr) {
        return;
    }
    auto saved = chat::editQuickPhrase(*m_ws.db, p->id, m_category->text(), m_text->toPlainText(), p->version,
                                       m_ws.currentOperator, *m_ws.clock);
    finish(saved ? Outcome(Ok{}) : Outcome(saved.error()), p->id);
}

void QuickPhrasesDialog::moveSelected(int by)
{
    const chat::QuickPhrase* p = selected();
    if (p == nullptr) {
        return;
    }
    QStringList ids;
    for (const chat::QuickPhrase& q : m_list) {
        if (q.active) {
            ids << q.id;
        }
    }
    const qsizetype from = ids.indexOf(p->id);
    const qsizetype to = from + by;
    if (from < 0 || to < 0 || to >= ids.size()) {
        return;
    }
    const QString id = p->id;
    ids.move(from, to);
    finish(chat::reorderQuickPhrases(*m_ws.db, ids, m_ws.currentOperator, *m_ws.clock), id);
}

void QuickPhrasesDialog::deactivateSelected()
{
    if (const chat::QuickPhrase* p = selected()) {
        finish(chat::deactivateQuickPhrase(*m_ws.db, p->id, m_ws.currentOperator, *m_ws.clock));
    }
}

void QuickPhrasesDialog::restoreDefaults()
{
    auto restored = chat::restoreDefaultQuickPhrases(*m_ws.db, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    finish(restored ? Outcome(Ok{}) : Outcome(restored.error()));
}

} // namespace hotline::ui
