#include "qa/recordingswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "qa/recordingimportdialog.h"
#include "qa/recordinglinkdialog.h"
#include "qa/recordinglistmodel.h"
#include "recordings/recordingservice.h"
#include "security/permissions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

const QDate kNoDate(2000, 1, 1); // the date edits' minimum, shown as 不限

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName, const QString& unset)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(unset);
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

RecordingsWidget::RecordingsWidget(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_model(new RecordingListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("recordingsWidget"));
    m_model->setMaskCallers(!security::seesTaxpayerData(m_ws.currentOperator));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RecordingListModel::SortRole);
    buildUi();
    loadAgents();
    reload();
}

RecordingsWidget::~RecordingsWidget() = default;

void RecordingsWidget::buildUi()
{
    m_from = makeDateEdit(this, QStringLiteral("fromDateEdit"), tr("Any"));
    m_to = makeDateEdit(this, QStringLiteral("toDateEdit"), tr("Any"));
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agentComboBox"));
    m_agent->setMinimumContentsLength(8);
    m_unlinked = new QCheckBox(tr("&Unlinked only"), this);
    m_unlinked->setObjectName(QStringLiteral("unlinkedCheckBox"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Caller, call id, agent code or file name"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto* filters = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    auto* agentLabel = new QLabel(tr("A&gent"), this);
    agentLabel->setBuddy(m_agent);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(agentLabel);
    filters->addWidget(m_agent);
    filters->addSpacing(8);
    filters->addWidget(m_unlinked);
    filters->addWidget(m_search, 1);

    m_import = new QPushButton(tr("&Import recordings…"), this);
    m_import->setObjectName(QStringLiteral("importPushButton"));
    m_import->setToolTip(tr("Import a folder of recordings (Ctrl+I)"));
    m_link = new QPushButton(tr("&Link to work order…"), this);
    m_link->setObjectName(QStringLiteral("linkPushButton"));
    m_link->setToolTip(tr("Link the selected recording to its work order by hand (Ctrl+L)"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_unlink = new QPushButton(tr("U&nlink"), this);
    m_unlink->setObjectName(QStringLiteral("unlinkPushButton"));
    m_verify = new QPushButton(tr("&Verify files"), this);
    m_verify->setObjectName(QStringLiteral("verifyPushButton"));
    m_verify->setToolTip(tr("Check that the selected recordings' files are still there and unchanged (F5 reloads)"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_import);
    actions->addWidget(m_link);
    actions->addWidget(m_unlink);
    actions->addWidget(m_verify);
    actions->addStretch(1);
    actions->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordingsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordingListModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RecordingListModel::Started, 150);
    m_table->setColumnWidth(RecordingListModel::Caller, 120);
    m_table->setColumnWidth(RecordingListModel::Duration, 70);
    m_table->setColumnWidth(RecordingListModel::Format, 110);
    m_table->setColumnWidth(RecordingListModel::WorkOrder, 170);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    m_importAction = new QAction(tr("Import recordings…"), this);
    m_importAction->setObjectName(QStringLiteral("importRecordingsAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_importAction);
    auto* refresh = new QAction(this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);

    const bool mayImport = security::roleHas(m_ws.currentOperator.role, security::Permission::ImportRecordings);
    for (QPushButton* b : {m_import, m_link, m_unlink}) {
        b->setVisible(mayImport);
    }
    m_importAction->setEnabled(mayImport);

    connect(m_import, &QPushButton::clicked, this, &RecordingsWidget::openImportDialog);
    connect(m_importAction, &QAction::triggered, this, &RecordingsWidget::openImportDialog);
    connect(m_link, &QPushButton::clicked, this, &RecordingsWidget::linkCurrent);
    connect(m_unlink, &QPushButton::clicked, this, &RecordingsWidget::unlinkCurrent);
    connect(m_verify, &QPushButton::clicked, this, &RecordingsWidget::verifySelected);
    connect(refresh, &QAction::triggered, this, &RecordingsWidget::reload);
    // Enter and a double-click (activated covers both; a style may also activate on a single click).
    connect(m_table, &QTableView::activated, this, &RecordingsWidget::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordingsWidget::updateButtons);
    connect(m_from, &QDateEdit::dateChanged, this, &RecordingsWidget::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &RecordingsWidget::reload);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &RecordingsWidget::reload);
    connect(m_unlinked, &QCheckBox::toggled, this, &RecordingsWidget::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RecordingsWidget::reload);
}

void RecordingsWidget::loadAgents()
{
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    const bool seesAll = security::roleHas(m_ws.currentOperator.role, security::Permission::ListenRecordings) ||
                         security::roleHas(m_ws.currentOperator.role, security::Permission::ImportRecordings);
    if (!seesAll) {
        m_agent->setEnabled(false);
        return;
    }
    auto ops = security::OperatorRepository(m_ws.db->connection()).all();
    if (!ops) {
        return;
    }
    for (const security::Operator& op : ops.value()) {
        m_agent->addItem(op.name, op.id);
    }
}

void RecordingsWidget::reload()
{
    const QString keep = currentRecordingId();
    recordings::RecordingFilter filter;
    if (m_from->date() != kNoDate) {
        filter.from = QDateTime(m_from->date(), QTime(0, 0), calendar::beijingTime());
    }
    if (m_to->date() != kNoDate) {
        filter.before = QDateTime(m_to->date().addDays(1), QTime(0, 0), calendar::beijingTime());
    }
    filter.agentId = m_agent->currentData().toString();
    filter.link = m_unlinked->isChecked() ? recordings::LinkFilter::Unlinked : recordings::LinkFilter::Any;
    filter.text = m_search->text();
    filter.limit = kPageSize;
    auto rows = recordings::listRecordings(*m_ws.db, filter, m_ws.currentOperator);
    auto total = recordings::countRecordings(*m_ws.db, filter, m_ws.currentOperator);
    if (!rows) {
        m_model->setRecordings({});
        m_count->setText(rows.error().message);
        updateButtons();
        return;
    }
    const int shown = static_cast<int>(rows->size());
    m_model->setRecordings(std::move(rows).value());
    const int all = total.value_or(shown);
    m_count->setText(all > shown ? tr("%1 recordings, the newest %2 shown").arg(all).arg(shown)
                                 : tr("%n recording(s)", nullptr, all));
    if (!keep.isEmpty()) {
        selectRecording(keep);
    }
    updateButtons();
}

QString RecordingsWidget::currentRecordingId() const
{
    const recordings::Recording* r = current();
    return r != nullptr ? r->id : QString();
}

const recordings::Recording* RecordingsWidget::current() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), QModelIndex())) {
        return nullptr;
    }
    return m_model->at(m_proxy->mapToSource(index).row());
}

bool RecordingsWidget::selectRecording(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RecordingsWidget::updateButtons()
{
    const recordings::Recording* r = current();
    m_link->setEnabled(r != nullptr);
    m_unlink->setEnabled(r != nullptr && r->linked());
    m_verify->setEnabled(m_table->selectionModel()->hasSelection());
}

void RecordingsWidget::openCurrent()
{
    const QString id = currentRecordingId();
    if (!id.isEmpty()) {
        emit openRecording(id);
    }
}

RecordingImportDialog* RecordingsWidget::openImportDialog()
{
    if (!m_importAction->isEnabled()) {
        return nullptr;
    }
    if (m_importDialog == nullptr) {
        m_importDialog = new RecordingImportDialog(m_ws, this);
        connect(m_importDialog, &RecordingImportDialog::importFinished, this, [this](bool, int imported) {
            if (imported > 0) {
                reload();
                emit dataChanged();
            }
        });
    }
    m_importDialog->open();
    return m_importDialog;
}

void RecordingsWidget::linkCurrent()
{
    const recordings::Recording* r = current();
    if (r == nullptr) {
        return;
    }
    RecordingLinkDialog dialog(m_ws, *r, this);
    if (dialog.exec() != QDialog::Accepted || dialog.workOrderId().isEmpty()) {
        return;
    }
    const QString id = r->id;
    if (Outcome s = recordings::linkRecording(*m_ws.db, id, dialog.workOrderId(), m_ws.currentOperator, *m_ws.clock);
        !s) {
        Messages::show(this, Messages::Kind::Error, tr("Link to a work order"), s.error().message);
        return;
    }
    reload();
    selectRecording(id);
    emit dataChanged();
}

void RecordingsWidget::unlinkCurrent()
{
    const recordings::Recording* r = current();
    if (r == nullptr || !r->linked()) {
        return;
    }
    const QString id = r->id;
    if (Outcome s = recordings::unlinkRecording(*m_ws.db, id, m_ws.currentOperator, *m_ws.clock); !s) {
        Messages::show(this, Messages::Kind::Error, tr("Unlink"), s.error().message);
        return;
    }
    reload();
    selectRecording(id);
    emit dataChanged();
}

void RecordingsWidget::verifySelected()
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const recordings::Recording* r = m_model->at(m_proxy->mapToSource(index).row())) {
            ids << r->id;
        }
    }
    int flagged = 0;
    for (const QString& id : ids) {
        auto checked = recordings::verifyRecordingFile(*m_ws.db, id, m_ws.currentOperator, *m_ws.clock);
        if (!checked) {
            Messages::show(this, Messages::Kind::Error, tr("Verify files"), checked.error().message);
            return;
        }
        if (checked->fileState != recordings::FileState::Ok) {
            ++flagged;
        }
        m_model->updateRecording(checked.value());
    }
    if (flagged > 0) {
        Messages::show(this, Messages::Kind::Warning, tr("Verify files"),
                       tr("%n file(s) missing or changed since import: they will not be played.", nullptr, flagged));
    }
    updateButtons();
}

} // namespace hotline::ui
