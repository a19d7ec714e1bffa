#pragma once
// The work-order list: holds only the row ids of the current filter and sort (8 bytes a row) and fetches what
// the view shows a block at a time, so a million work orders open as fast as a hundred.

#include "core/clock.h"
#include "tickets/workorderrepository.h"
#include "workflow/transferservice.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace hotline::db {
class Database;
}

namespace hotline::ui {

enum class DueState { Done, Normal, DueSoon, Overdue };

class WorkOrderListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Ticket,
        Received,
        Due,
        Status,
        Category,
        Unit,
        TaxpayerId,
        Caller,
        Contact,
        Question,
        Owner,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, DueStateRole };

    WorkOrderListModel(db::Database& db, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Filters (sort is kept from the view); reloads.
    void setQuery(const tickets::ListQuery& query);
    const tickets::ListQuery& query() const { return m_query; }
    // Re-runs the query (after a save) and forgets cached rows.
    void reload();
    // The next setQuery reads the store again even if only the text changed.
    void markStale() { m_baseValid = false; }
    // Taxpayer IDs and phone numbers shown masked (security/masking.h), for roles that do not see them in full.
    // The search still finds by the full values: it runs in the store.
    void setMaskTaxpayerData(bool mask);
    bool masksTaxpayerData() const { return m_mask; }
    // Names shown for category and operator ids.
    void setLookups(QHash<QString, QString> categoryPaths, QHash<QString, QString> operatorNames);

    // The row showing a work order, or -1.
    int rowOf(const QString& id) const;
    QString idAt(int row) const;

    static DueState dueState(const tickets::WorkOrderSummary& s, const QDateTime& now);

signals:
    void loadFailed(const QString& message);

private:
    const tickets::WorkOrderSummary* summaryAt(int row) const;
    void refresh();

    db::Database& m_db;
    const Clock& m_clock;
    tickets::ListQuery m_query;
    QVector<qint64> m_baseRowIds; // the query without its text, sorted; reused while only the text changes
    bool m_baseValid = false;
    QVector<qint64> m_rowIds;
    mutable QCache<int, QVector<tickets::WorkOrderSummary>> m_blocks{64};
    QHash<QString, QString> m_categoryPaths;
    QHash<QString, QString> m_operatorNames;
    // 已转办 and who holds it, 转办已答复 (workflow/transferservice.h), read with each reload.
    QHash<QString, workflow::TransferMark> m_transferMarks;
    QDateTime m_now; // one "now" per reload, so colours do not flicker while scrolling
    bool m_mask = true;
};

} // namespace hotline::ui
