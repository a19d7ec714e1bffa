#include "qa/scorecardeditordialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "qa/scorecardrepository.h"
#include "security/operator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kStandardRole = Qt::UserRole + 1;
constexpr int kPointsRole = Qt::UserRole + 2;
constexpr int kFatalRole = Qt::UserRole + 3;
constexpr int kVersionIdRole = Qt::UserRole + 4;

QString points(double v)
{
    return QString::number(v, 'g', 6);
}

bool isDimension(const QTreeWidgetItem* node)
{
    return node != nullptr && node->parent() == nullptr;
}

} // namespace

ScorecardEditorDialog::ScorecardEditorDialog(Workspace& workspace, const QString& templateId, QWidget* parent)
    : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("scorecardEditorDialog"));
    setWindowTitle(tr("Scorecard"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_templateName = new QLineEdit(this);
    m_templateName->setObjectName(QStringLiteral("scorecardNameLineEdit"));
    m_passMark = new QDoubleSpinBox(this);
    m_passMark->setObjectName(QStringLiteral("passMarkDoubleSpinBox"));
    m_passMark->setDecimals(1);
    m_passMark->setSingleStep(0.5);
    m_passMark->setSuffix(tr(" points"));
    m_maxTotal = new QLabel(this);
    m_maxTotal->setObjectName(QStringLiteral("scorecardMaxTotalLabel"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scorecardTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Dimension / item"), tr("Points"), tr("Fatal")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Points, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Fatal, QHeaderView::ResizeToContents);
    auto button = [this](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* treeButtons = new QHBoxLayout;
    treeButtons->addWidget(
        button(tr("Add &dimension"), QStringLiteral("addDimensionButton"), &ScorecardEditorDialog::addDimension));
    treeButtons->addWidget(button(tr("Add &item"), QStringLiteral("addItemButton"), &ScorecardEditorDialog::addItem));
    treeButtons->addWidget(
        button(tr("&Remove"), QStringLiteral("removeScorecardNodeButton"), &ScorecardEditorDialog::removeSelected));
    treeButtons->addWidget(button(tr("Up"), QStringLiteral("moveUpButton"), [this] { moveSelected(-1); }));
    treeButtons->addWidget(button(tr("Down"), QStringLiteral("moveDownButton"), [this] { moveSelected(1); }));
    treeButtons->addStretch(1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scorecardNodeNameLineEdit"));
    m_points = new QDoubleSpinBox(this);
    m_points->setObjectName(QStringLiteral("maxPointsDoubleSpinBox"));
    m_points->setRange(0, 100);
    m_points->setDecimals(1);
    m_points->setSingleStep(0.5);
    m_points->setSuffix(tr(" points"));
    m_fatal = new QCheckBox(tr("Fatal item: hitting it sets the total to 0"), this);
    m_fatal->setObjectName(QStringLiteral("fatalItemCheckBox"));
    m_fatal->setStyleSheet(QStringLiteral("QCheckBox { color: #b00020; }"));
    m_standard = new QPlainTextEdit(this);
    m_standard->setObjectName(QStringLiteral("scoringStandardPlainTextEdit"));
    m_standard->setPlaceholderText(tr("Scoring standard: what earns the points and what is deducted for what"));
    m_standard->setTabChangesFocus(true);
    auto* details = new QFormLayout;
    details->addRow(tr("&Name:"), m_name);
    details->addRow(tr("Maximum &points:"), m_points);
    details->addRow(QString(), m_fatal);
    details->addRow(tr("Scoring &standard:"), m_standard);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("scorecardHistoryTreeWidget"));
    m_history->setColumnCount(5);
    m_history->setHeaderLabels({tr("Version"), tr("Saved"), tr("Saved by"), tr("Max total"), tr("Pass mark")});
    m_history->setRootIsDecorated(false);
    m_history->setSortingEnabled(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->setMaximumHeight(100);
    m_history->setToolTip(tr("Double-click a version (or press Enter on it) to load it into the editor"));
    connect(m_history, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* row) { loadVersion(row->data(0, kVersionIdRole).toString()); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("scorecardMessageLabel"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save as new version (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveScorecardButton"));
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_save, &QPushButton::clicked, this, &ScorecardEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ScorecardEditorDialog::save);

    auto* head = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("Scorecard &name:"), this);
    nameLabel->setBuddy(m_templateName);
    head->addWidget(nameLabel);
    head->addWidget(m_templateName, 1);
    auto* passLabel = new QLabel(tr("Pass &mark:"), this);
    passLabel->setBuddy(m_passMark);
    head->addWidget(passLabel);
    head->addWidget(m_passMark);
    head->addWidget(m_maxTotal);
    auto* left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addLayout(treeButtons);
    auto* middle = new QHBoxLayout;
    middle->addLayout(left, 3);
    middle->addLayout(details, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(middle, 1);
    layout->addWidget(new QLabel(
        tr("Versions (an evaluation keeps the version it was scored with; double-click one to load it):"), this));
    layout->addWidget(m_history);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ScorecardEditorDialog::showSelected);
    connect(m_name, &QLineEdit::textEdited, this, &ScorecardEditorDialog::writeBack);
    connect(m_points, &QDoubleSpinBox::valueChanged, this, &ScorecardEditorDialog::writeBack);
    connect(m_fatal, &QCheckBox::toggled, this, &ScorecardEditorDialog::writeBack);
    connect(m_standard, &QPlainTextEdit::textChanged, this, &ScorecardEditorDialog::writeBack);
    load(templateId);
    resize(960, 680);
}

void ScorecardEditorDialog::load(const QString& templateId)
{
    auto v = templateId.isEmpty() ? qa::currentScorecard(m_ws.db->connection())
                                  : qa::latestScorecardVersion(m_ws.db->connection(), templateId);
    if (!v) {
        showMessage(v.error().message, true);
        m_save->setEnabled(false);
        return;
    }
    m_templateId = v->templateId;
    fill(v.value());
    loadHistory();
}

void ScorecardEditorDialog::fill(const qa::ScorecardVersion& v)
{
    m_templateName->setText(v.templateName);
    m_tree->clear();
    for (const qa::ScorecardDimension& dim : v.definition.dimensions) {
        auto* node = new QTreeWidgetItem(m_tree);
        node->setText(Name, dim.name);
        node->setData(Name, kKeyRole, dim.key);
        for (const qa::ScorecardItem& item : dim.items) {
            addItemNode(node, item);
        }
        node->setExpanded(true);
    }
    refreshTotals();
    m_passMark->setValue(v.passMark);
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
    showSelected();
}

void ScorecardEditorDialog::loadVersion(const QString& versionId)
{
    auto v = qa::scorecardVersion(m_ws.db->connection(), versionId);
    if (!v) {
        showMessage(v.error().message, true);
        return;
    }
    fill(v.value());
    showMessage(tr("Version %1 loaded into the editor: saving it makes it the newest version again.").arg(v->version),
                false);
}

void ScorecardEditorDialog::loadHistory()
{
    m_history->clear();
    auto all = qa::scorecardVersions(m_ws.db->connection(), m_templateId);
    if (!all) {
        showMessage(all.error().message, true);
        return;
    }
    QHash<QString, QString> names;
    for (const security::Operator& op : security::OperatorRepository(m_ws.db->connection()).all().value_or({})) {
        names.insert(op.id, op.name);
    }
    for (const qa::ScorecardVersion& v : all.value()) {
        auto* row = new QTreeWidgetItem(m_history);
        row->setData(0, Qt::DisplayRole, v.version);
        row->setData(0, kVersionIdRole, v.id);
        row->setText(
            1, v.createdAt.toMSecsSinceEpoch() == 0
                   ? tr("shipped")
                   : v.createdAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        row->setText(2, v.createdBy == QStringLiteral("system") ? tr("HotlineDesk") : names.value(v.createdBy));
        row->setData(3, Qt::DisplayRole, v.maxTotal);
        row->setData(4, Qt::DisplayRole, v.passMark);
    }
    m_history->sortByColumn(0, Qt::DescendingOrder);
}

QTreeWidgetItem* ScorecardEditorDialog::addItemNode(QTreeWidgetItem* dimension, const qa::ScorecardItem& item)
{
    auto* node = new QTreeWidgetItem(dimension);
    node->setText(Name, item.name);
    node->setData(Name, kKeyRole, item.key);
    node->setData(Name, kStandardRole, item.standard);
    node->setData(Name, kPointsRole, item.maxPoints);
    node->setData(Name, kFatalRole, item.fatal);
    node->setToolTip(Name, item.standard);
    node->setText(Points, item.fatal ? QString() : points(item.maxPoints));
    node->setText(Fatal, item.fatal ? tr("fatal") : QString());
    node->setForeground(Name, item.fatal ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
    node->setForeground(Fatal, QBrush(QColor(0xb0, 0x00, 0x20)));
    return node;
}

qa::ScorecardDefinition ScorecardEditorDialog::definition() const
{
    qa::ScorecardDefinition def;
    for (int d = 0; d < m_tree->topLevelItemCount(); ++d) {
        const QTreeWidgetItem* dimNode = m_tree->topLevelItem(d);
        qa::ScorecardDimension dim{dimNode->data(Name, kKeyRole).toString(), dimNode->text(Name), {}};
        for (int i = 0; i < dimNode->childCount(); ++i) {
            const QTreeWidgetItem* n = dimNode->child(i);
            const bool fatal = n->data(Name, kFatalRole).toBool();
            dim.items.append({n->data(Name, kKeyRole).toString(), n->text(Name),
                              fatal ? 0 : n->data(Name, kPointsRole).toDouble(),
                              n->data(Name, kStandardRole).toString(), fatal});
        }
        def.dimensions.append(dim);
    }
    return def;
}

void ScorecardEditorDialog::showSelected()
{
    QTreeWidgetItem* node = m_tree->currentItem();
    m_filling = true;
    const bool item = node != nullptr && !isDimension(node);
    m_name->setEnabled(node != nullptr);
    m_name->setText(node != nullptr ? node->text(Name) : QString());
    m_fatal->setEnabled(item);
    m_fatal->setChecked(item && node->data(Name, kFatalRole).toBool());
    m_points->setEnabled(item && !m_fatal->isChecked());
    m_points->setValue(item ? node->data(Name, kPointsRole).toDouble() : 0);
    m_standard->setEnabled(item);
    m_standard->setPlainText(item ? node->data(Name, kStandardRole).toString() : QString());
    m_filling = false;
}

void ScorecardEditorDialog::writeBack()
{
    QTreeWidgetItem* node = m_tree->currentItem();
    if (m_filling || node == nullptr) {
        return;
    }
    node->setText(Name, m_name->text());
    if (!isDimension(node)) {
        const bool fatal = m_fatal->isChecked();
        m_points->setEnabled(!fatal);
        node->setData(Name, kFatalRole, fatal);
        node->setData(Name, kPointsRole, fatal ? 0.0 : m_points->value());
        node->setData(Name, kStandardRole, m_standard->toPlainText());
        node->setToolTip(Name, m_standard->toPlainText());
        node->setText(Points, fatal ? QString() : points(m_points->value()));
        node->setText(Fatal, fatal ? tr("fatal") : QString());
        node->setForeground(Name, fatal ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
    }
    refreshTotals();
}

void ScorecardEditorDialog::refreshTotals()
{
    const qa::ScorecardDefinition def = definition();
    for (int d = 0; d < m_tree->topLevelItemCount(); ++d) {
        double sum = 0;
        for (const qa::ScorecardItem& i : def.dimensions.at(d).items) {
            sum += i.maxPoints;
        }
        m_tree->topLevelItem(d)->setText(Points, points(sum));
    }
    m_maxTotal->setText(tr("Max total: %1 points").arg(points(def.maxTotal())));
    m_passMark->setMaximum(std::max(0.0, def.maxTotal()));
}

void ScorecardEditorDialog::addDimension()
{
    auto* node = new QTreeWidgetItem(m_tree);
    node->setText(Name, tr("New dimension"));
    node->setData(Name, kKeyRole, qa::unusedKey(definition(), QStringLiteral("dimension")));
    node->setExpanded(true);
    m_tree->setCurrentItem(node);
    refreshTotals();
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ScorecardEditorDialog::addItem()
{
    QTreeWidgetItem* at = m_tree->currentItem();
    QTreeWidgetItem* dimension = at == nullptr ? nullptr : isDimension(at) ? at : at->parent();
    if (dimension == nullptr) {
        showMessage(tr("Select the dimension to add the item to."), true);
        return;
    }
    QTreeWidgetItem* node =
        addItemNode(dimension, {qa::unusedKey(definition(), QStringLiteral("item")), tr("New item"), 5, {}, false});
    dimension->setExpanded(true);
    m_tree->setCurrentItem(node);
    refreshTotals();
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ScorecardEditorDialog::removeSelected()
{
    QTreeWidgetItem* node = m_tree->currentItem();
    if (node == nullptr) {
        return;
    }
    delete node;
    refreshTotals();
    showSelected();
}

void ScorecardEditorDialog::moveSelected(int delta)
{
    QTreeWidgetItem* node = m_tree->currentItem();
    if (node == nullptr) {
        return;
    }
    QTreeWidgetItem* parent = node->parent();
    const int count = parent != nullptr ? parent->childCount() : m_tree->topLevelItemCount();
    const int from = parent != nullptr ? parent->indexOfChild(node) : m_tree->indexOfTopLevelItem(node);
    const int to = from + delta;
    if (to < 0 || to >= count) {
        return;
    }
    const bool expanded = node->isExpanded();
    if (parent != nullptr) {
        parent->insertChild(to, parent->takeChild(from));
    } else {
        m_tree->insertTopLevelItem(to, m_tree->takeTopLevelItem(from));
    }
    node->setExpanded(expanded);
    m_tree->setCurrentItem(node);
    refreshTotals();
}

bool ScorecardEditorDialog::save()
{
    auto v = qa::saveScorecardVersion(m_ws.db->connection(), m_templateId, m_templateName->text(), m_passMark->value(),
                                      definition(), m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!v) {
        showMessage(v.error().message, true);
        return false;
    }
    showMessage(
        tr("Saved as version %1. Evaluations already made keep the version they were scored with.").arg(v->version),
        false);
    loadHistory();
    emit saved(v->id);
    return true;
}

void ScorecardEditorDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
}

} // namespace hotline::ui
