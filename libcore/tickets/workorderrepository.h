#pragma once
// All SQL about work orders and their timelines. Callers own the transaction.

#include "core/result.h"
#include "tickets/workorder.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace hotline::tickets {

// What the list shows of a work order (fetched a block at a time).
struct WorkOrderSummary {
    qint64 rowId = 0;
    QString id;
    QString ticketNo;
    QDateTime receivedAt;
    QDateTime dueAt;
    Status status = Status::New;
    Channel channel = Channel::Phone;
    Difficulty difficulty = Difficulty::Normal;
    QString categoryId;
    QString ownerId;
    QString callerNumber;
    QString unitName;
    QString taxpayerId;
    QString contactName;
    QString questionStart; // the first 80 characters
};

enum class DueFilter { Any, Open, Overdue, DueToday };
enum class SortKey { Received, Due, TicketNo, Status, Unit, TaxpayerId, Caller, Category, Owner };

struct ListQuery {
    QString text;            // free text over question, answer, unit, taxpayer ID, phones, contact
    QList<Status> statuses;  // empty: any
    QStringList categoryIds; // empty: any
    QString ownerId;         // empty: anyone
    DueFilter due = DueFilter::Any;
    QDateTime now; // for the due filters
    QDateTime endOfToday;
    SortKey sort = SortKey::Received;
    Qt::SortOrder order = Qt::DescendingOrder;
};

struct Counts {
    int total = 0;
    int open = 0;
    int overdue = 0;
    int dueToday = 0;
};

class WorkOrderRepository final {
public:
    explicit WorkOrderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Outcome insert(const WorkOrder& w);
    // Writes every mutable field; the caller has already bumped the version.
    Outcome update(const WorkOrder& w);
    Result<std::optional<WorkOrder>> find(const QString& id) const;
    // The local row number of a work order (0 when unknown); only for addressing rows in lists.
    Result<qint64> rowIdOf(const QString& id) const;

    Outcome appendEvent(const TimelineEvent& e);
    Result<QList<TimelineEvent>> timeline(const QString& workOrderId) const;

    // The rows of a query in its order. The text part is applied as keepMatching(rows without text, matches).
    Result<QVector<qint64>> rowIds(const ListQuery& query) const;
    // Whether text holds anything to search for (punctuation alone does not).
    static bool isSearchable(const QString& text);
    // Rows whose text matches (any order of words, fragments of two or more characters), ascending.
    Result<QVector<qint64>> matchingRowIds(const QString& text) const;
    // The rows of `ordered` that are in `matchesAscending`, keeping their order. Linear in both (a bitmap), so a
    // list can apply a new search text to a million rows without asking the database to sort again.
    static QVector<qint64> keepMatching(const QVector<qint64>& ordered, const QVector<qint64>& matchesAscending);
    // Summaries for the given rows, in the same order (rows deleted meanwhile are left out).
    Result<QList<WorkOrderSummary>> summaries(const QVector<qint64>& rowIds) const;
    Result<Counts> counts(const QDateTime& now, const QDateTime& endOfToday) const;
    // Earlier work orders of a caller number or a unit, newest first (screen-pop).
    Result<QList<WorkOrderSummary>> history(const QString& callerNumber, const QString& unitName, int limit) const;

    // The workstation's own part of ticket numbers and its next sequence number (then advanced).
    Result<QString> stationCode(const QString& seed);
    Result<qint64> takeTicketSequence();

private:
    Result<QVector<qint64>> readRowIds(const QString& sql, const QVariantList& bindings) const;

    QSqlDatabase m_db;
};

} // namespace hotline::tickets
