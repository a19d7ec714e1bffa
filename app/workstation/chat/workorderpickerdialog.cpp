#include "chat/workorderpickerdialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "tickets/workorderrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kShown = 200;

} // namespace

WorkOrderPickerDialog::WorkOrderPickerDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("workOrderPickerDialog"));
    setWindowTitle(tr("File under an existing work order"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("workOrderSearchLineEdit"));
    m_search->setPlaceholderText(tr("Ticket number, words of the question, unit or phone; Enter searches"));
    m_search->setClearButtonEnabled(true);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("workOrderResultTreeWidget"));
    m_results->setHeaderLabels({tr("Ticket no."), tr("Received"), tr("Status"), tr("Question")});
    m_results->setRootIsDecorated(false);
    m_results->setSortingEnabled(true);
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 170);
    m_results->setColumnWidth(1, 120);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("File here"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkOrderPickerDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::returnPressed, this, &WorkOrderPickerDialog::search);
    connect(m_results, &QTreeWidget::itemActivated, this, &WorkOrderPickerDialog::choose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(720, 440);
    search();
}

void WorkOrderPickerDialog::search()
{
    m_results->clear();
    tickets::WorkOrderRepository repo(m_ws.db->connection());
    const QString text = m_search->text().trimmed();
    tickets::ListQuery query;
    query.text = tickets::WorkOrderRepository::isSearchable(text) ? text : QString();
    auto rows = repo.rowIds(query);
    QVector<qint64> ids = rows.value_or({});
    if (ids.isEmpty() && !text.isEmpty()) {
        // A ticket number is not among the searched words: look through the newest by number.
        query.text.clear();
        ids = repo.rowIds(query).value_or({});
        ids.resize(std::min<qsizetype>(ids.size(), 5000));
        QVector<qint64> keep;
        for (const tickets::WorkOrderSummary& s : repo.summaries(ids).value_or({})) {
            if (s.ticketNo.contains(text, Qt::CaseInsensitive)) {
                keep << s.rowId;
            }
        }
        ids = keep;
    }
    ids.resize(std::min<qsizetype>(ids.size(), kShown));
    m_results->setSortingEnabled(false);
    for (const tickets::WorkOrderSummary& s : repo.summaries(ids).value_or({})) {
        auto* item = new QTreeWidgetItem(
            m_results,
            {s.ticketNo, s.receivedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             tickets::displayName(s.status), s.questionStart.simplified()});
        item->setData(0, Qt::UserRole, s.id);
    }
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(1, Qt::DescendingOrder);
    if (m_results->topLevelItemCount() > 0) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
    }
}

void WorkOrderPickerDialog::choose()
{
    if (QTreeWidgetItem* item = m_results->currentItem()) {
        emit chosen(item->data(0, Qt::UserRole).toString());
        accept();
    }
}

} // namespace hotline::ui
