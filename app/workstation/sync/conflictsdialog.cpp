#include "sync/conflictsdialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "tickets/timeline.h"
#include "tickets/workorderservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

QString shown(const QJsonValue& v)
{
    return v.isNull() ? QStringLiteral("—") : v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toString();
}

} // namespace

ConflictsDialog::ConflictsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* hint = new QLabel(tr("When two workstations changed the same field before synchronising, the later change "
                               "at the central store was kept. The earlier value is listed here and can be put back."),
                            this);
    hint->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("conflictsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Work order"), tr("Field"), tr("Value that lost"), tr("Value kept"),
                                        tr("Found")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_showRestored = new QCheckBox(tr("Show restored ones too"), this);
    connect(m_showRestored, &QCheckBox::toggled, this, &ConflictsDialog::reload);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* restore = buttons->addButton(tr("&Restore the lost value"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(m_ws.currentOperator.supervises());
    connect(restore, &QPushButton::clicked, this, &ConflictsDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_showRestored);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

void ConflictsDialog::reload()
{
    auto all = sync::ConflictService(*m_ws.db, *m_ws.clock).list(m_showRestored->isChecked());
    m_conflicts = all ? all.value() : QList<sync::Conflict>();
    m_error->setText(all ? QString() : all.error().message);
    m_table->setRowCount(static_cast<int>(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const sync::Conflict& c = m_conflicts[row];
        const QStringList cells{c.label, tickets::fieldLabel(c.field), shown(c.losingValue), shown(c.winningValue),
                                c.detectedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (c.restoredAt.isValid()) {
                item->setForeground(QColor(0x70, 0x70, 0x70));
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeRowsToContents();
}

void ConflictsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size()) {
        m_error->setText(tr("Select the value to restore."));
        return;
    }
    tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    if (Outcome s = sync::ConflictService(*m_ws.db, *m_ws.clock).restore(m_conflicts[row].id, service, m_ws.currentOperator);
        !s) {
        m_error->setText(s.error().message);
        return;
    }
    emit restored();
    reload();
}

} // namespace hotline::ui
