#include "tickets/workorderpane.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/hotquestions.h"
#include "knowledge/kbdraftbutton.h"
#include "security/permissions.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderdetail.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderlistmodel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

QLabel* legendChip(const QString& text, const QString& colour, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid #bbb; border-radius: 3px; "
                                    "padding: 1px 6px; }")
                         .arg(colour));
    return l;
}

} // namespace

WorkOrderPane::WorkOrderPane(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("workOrderPane"));
    m_model = new WorkOrderListModel(*m_ws.db, *m_ws.clock, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search question, answer, unit, taxpayer ID, phone… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &WorkOrderPane::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &WorkOrderPane::applyFilters);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_status->addItem(tr("All statuses"));
    for (tickets::Status s : tickets::kAllStatuses) {
        m_status->addItem(tickets::displayName(s), static_cast<int>(s));
    }
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilterComboBox"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilterComboBox"));
    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilterComboBox"));
    m_due->addItem(tr("Any deadline"), static_cast<int>(tickets::DueFilter::Any));
    m_due->addItem(tr("Open"), static_cast<int>(tickets::DueFilter::Open));
    m_due->addItem(tr("Overdue"), static_cast<int>(tickets::DueFilter::Overdue));
    m_due->addItem(tr("Due today"), static_cast<int>(tickets::DueFilter::DueToday));
    for (QComboBox* c : {m_status, m_category, m_owner, m_due}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6);
        connect(c, &QComboBox::activated, this, &WorkOrderPane::applyFilters);
    }

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 4);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_due, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("workOrderTableView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WorkOrderListModel::Received, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    const QList<QPair<int, int>> widths{{WorkOrderListModel::Ticket, 150},     {WorkOrderListModel::Received, 125},
                                        {WorkOrderListModel::Due, 125},        {WorkOrderListModel::Status, 150},
                                        {WorkOrderListModel::Category, 170},   {WorkOrderListModel::Unit, 200},
                                        {WorkOrderListModel::TaxpayerId, 150}, {WorkOrderListModel::Caller, 110},
                                        {WorkOrderListModel::Contact, 70},     {WorkOrderListModel::Question, 320}};
    for (const auto& [column, width] : widths) {
        m_view->setColumnWidth(column, width);
    }

    m_detail = new WorkOrderDetail(m_ws, this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_detail->showWorkOrder(m_model->idAt(current.row())); });
    connect(m_detail, &WorkOrderDetail::changed, this, [this](const QString& id) {
        m_model->reload();
        selectWorkOrder(id);
        emit dataChanged();
    });
    connect(m_model, &WorkOrderListModel::loadFailed, this, [this](const QString& message) {
        Messages::show(this, Messages::Kind::Error, tr("Work orders"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkOrderPane::updateCountLabel);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto* legend = new QHBoxLayout;
    legend->addWidget(m_count);
    legend->addStretch(1);
    legend->addWidget(new QLabel(tr("Legend:"), this));
    legend->addWidget(legendChip(tr("Overdue"), QStringLiteral("#fdd8d8"), this));
    legend->addWidget(legendChip(tr("Due within 2 hours"), QStringLiteral("#ffecc2"), this));
    legend->addWidget(legendChip(tr("Resolved or closed"), QStringLiteral("#ffffff; color: #707070"), this));
    auto* toKb = new KbDraftButton(m_ws, this); // 转为知识库草稿, for resolved and closed work orders
    auto showInKbButton = [this, toKb] { toKb->setWorkOrder(m_detail->current()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, toKb, showInKbButton);
    connect(m_detail, &WorkOrderDetail::changed, toKb, showInKbButton);
    legend->addWidget(toKb);

    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addLayout(filters);
    ll->addWidget(m_view, 1);
    ll->addLayout(legend);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("workOrderSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 540});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_model->setMaskTaxpayerData(!security::seesTaxpayerData(m_ws.currentOperator));
    reloadAll();
}

void WorkOrderPane::reloadLookups()
{
    QHash<QString, QString> paths;
    if (auto cats = tickets::CategoryRepository(m_ws.db->connection()).all()) {
        m_categories = cats.value();
    }
    const QString chosenCategory = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("All categories"));
    for (const tickets::Category& c : m_categories) {
        paths.insert(c.id, tickets::CategoryRepository::pathOf(m_categories, c.id));
        m_category->addItem(c.parentId.isEmpty() ? c.name : QStringLiteral("    ") + c.name, c.id);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(chosenCategory)));

    QHash<QString, QString> names;
    const QString chosenOwner = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("Anyone"));
    m_owner->addItem(tr("Mine"), m_ws.currentOperator.id);
    if (auto ops = security::OperatorRepository(m_ws.db->connection()).all()) {
        for (const security::Operator& op : ops.value()) {
            names.insert(op.id, op.name);
            if (op.id != m_ws.currentOperator.id) {
                m_owner->addItem(op.name, op.id);
            }
        }
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(chosenOwner)));
    m_model->setLookups(paths, names);
    m_detail->setCategories(m_categories);
}

void WorkOrderPane::reloadAll()
{
    reloadLookups();
    m_model->markStale();
    applyFilters();
}

void WorkOrderPane::operatorChanged()
{
    m_model->setMaskTaxpayerData(!security::seesTaxpayerData(m_ws.currentOperator));
    const QString shown = m_detail->current() ? m_detail->current()->id : QString();
    reloadAll();
    m_detail->showWorkOrder(shown);
}

void WorkOrderPane::applyFilters()
{
    m_searchDelay->stop();
    tickets::ListQuery q;
    q.text = m_search->text();
    if (m_status->currentIndex() > 0) {
        q.statuses = {static_cast<tickets::Status>(m_status->currentData().toInt())};
    }
    if (const QString id = m_category->currentData().toString(); !id.isEmpty()) {
        q.categoryIds << id;
        for (const tickets::Category& c : m_categories) {
            if (c.parentId == id) {
                q.categoryIds << c.id; // a group filters by all its topics
            }
        }
    }
    q.ownerId = m_owner->currentData().toString();
    q.due = static_cast<tickets::DueFilter>(m_due->currentData().toInt());
    const QString selected = m_detail->current() ? m_detail->current()->id : QString();
    m_model->setQuery(q);
    if (!selected.isEmpty()) {
        selectWorkOrder(selected);
    }
}

void WorkOrderPane::updateCountLabel()
{
    m_count->setText(tr("%n work order(s)", nullptr, m_model->rowCount()));
}

void WorkOrderPane::selectWorkOrder(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void WorkOrderPane::openWorkOrder(const QString& id, const QString& callerNumber)
{
    for (QComboBox* filter : {m_status, m_category, m_owner, m_due}) {
        const QSignalBlocker block(filter);
        filter->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->setText(callerNumber);
    }
    applyFilters();
    selectWorkOrder(id);
    if (!m_detail->current() || m_detail->current()->id != id) {
        m_detail->showWorkOrder(id);
    }
    m_view->setFocus();
}

bool WorkOrderPane::insertAnswer(const QString& text, const QString& articleId)
{
    QPlainTextEdit* answer = nullptr;
    WorkOrderFields* fields = nullptr;
    if (auto* dialog = findChild<NewWorkOrderDialog*>(); dialog != nullptr && dialog->isVisible()) {
        fields = dialog->fields();
        answer = fields->answerEdit();
        dialog->raise();
        dialog->activateWindow();
    } else if (m_detail->current()) {
        answer = m_detail->findChild<QPlainTextEdit*>(QStringLiteral("answerPlainTextEdit"));
        fields = m_detail->findChild<WorkOrderFields*>();
    }
    if (answer == nullptr) {
        return false;
    }
    const QString current = answer->toPlainText().trimmed();
    answer->setPlainText(current.isEmpty() ? text : current + QLatin1Char('\n') + text);
    if (fields != nullptr && !articleId.isEmpty()) {
        fields->addArticle(articleId);
    }
    answer->setFocus();
    return true;
}

QString WorkOrderPane::linkArticle(const QString& articleId)
{
    if (!m_detail->current()) {
        return {};
    }
    const tickets::WorkOrder& w = *m_detail->current();
    Outcome done = knowledge::linkArticle(*m_ws.db, w.id, articleId, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!done) {
        return done.error().message;
    }
    emit dataChanged();
    return tr("The article is linked to work order %1.").arg(w.ticketNo);
}

void WorkOrderPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WorkOrderPane::newWorkOrder(const QString& callerNumber, const QString& callId)
{
    auto* dialog = new NewWorkOrderDialog(m_ws, m_categories, this);
    if (!callerNumber.isEmpty()) {
        dialog->prefillForCaller(callerNumber, callId);
    }
    connect(dialog, &NewWorkOrderDialog::created, this, [this](const tickets::WorkOrder& w) {
        m_model->reload();
        selectWorkOrder(w.id);
        emit dataChanged();
    });
    // Not modal: during the call the agent looks things up in the knowledge base and inserts the answer here.
    dialog->setModal(false);
    dialog->show();
    dialog->activateWindow();
}

} // namespace hotline::ui
