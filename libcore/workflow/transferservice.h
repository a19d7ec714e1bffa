#pragma once
// 转办 from a work order to the remote expert team or a business department, and back. Each operation checks the
// acting operator's permission, then writes the transfer row, the work order's status and timeline and their
// change-log entries in one transaction.
//
// Who may do what: the work order's owner (or a role with EditAnyWorkOrder) requests and withdraws a transfer and
// records a department's answer; the expert team (Permission::AnswerTransfers) takes expert-team transfers from its
// queue and answers them. One open transfer per work order at a time.

#include "core/result.h"
#include "security/operator.h"
#include "tickets/deadlines.h"
#include "workflow/transfer.h"

#include <QHash>
#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
namespace tickets {
class WorkOrderService;
}
} // namespace hotline

namespace hotline::workflow {

struct TransferRequest {
    QString workOrderId;
    TransferTarget target = TransferTarget::ExpertTeam;
    QString department; // required for TransferTarget::Department
    QString question;
    QDateTime dueAt; // invalid: the default (defaultDueAt of now)
};

// What the work list shows of a work order's transfers.
struct TransferMark {
    bool open = false;           // 已转办: an open transfer
    bool answeredUnseen = false; // 转办已答复: answered and its owner has not changed the work order since
    QString targetName;
    QString holderName; // who took it (expert), empty while it waits
};

// Work order id → its mark, for the work orders that have one (the work list reads it with each reload).
Result<QHash<QString, TransferMark>> transferMarks(const QSqlDatabase& db);

class TransferService final {
public:
    TransferService(db::Database& db, const Clock& clock, IdGenerator& ids, tickets::DeadlinePolicy calendar = {});

    static constexpr int kDefaultWorkingDays = 2;
    // The default due time of a transfer requested at `requested`: the end of office hours of the second working day
    // after it (the reply-deadline rule of the calendar, calendar/workcalendar.h).
    QDateTime defaultDueAt(const QDateTime& requested) const;

    Result<Transfer> request(const TransferRequest& request, const security::Operator& by);
    // The expert takes an open expert-team transfer from the queue (becomes its holder).
    Result<Transfer> take(const QString& transferId, const security::Operator& by);
    // The answer: the expert team's (AnswerTransfers; refused when another expert holds it) or, for a department,
    // the owner recording what the department answered. The answer goes into the timeline and the work order
    // returns to 处理中.
    Result<Transfer> answer(const QString& transferId, const QString& answer, const security::Operator& by);
    // The owner withdraws an open transfer; the work order returns to 处理中.
    Result<Transfer> withdraw(const QString& transferId, const QString& reason, const security::Operator& by);

    Result<std::optional<Transfer>> find(const QString& transferId) const;
    Result<std::optional<Transfer>> openTransferOf(const QString& workOrderId) const;
    Result<QList<Transfer>> transfersOf(const QString& workOrderId) const;
    // Open transfers, oldest first: all of them for the expert team, leads and admins, otherwise those of by's own
    // work orders. targetName filters (empty: every target).
    Result<QList<TransferRow>> openTransfers(const security::Operator& by, const QString& targetName = {}) const;
    // Department names used before, for the editable list of targets.
    Result<QStringList> departments() const;
    // Work order id → its mark, for the work orders that have one.
    Result<QHash<QString, TransferMark>> marks() const;

    const tickets::DeadlinePolicy& calendar() const { return m_calendar; }

private:
    Result<Transfer> loadOpen(const QString& transferId) const;
    Outcome authorizeOwner(const QString& workOrderId, const security::Operator& by) const;
    Outcome store(const Transfer& before, const Transfer& after, bool inserted, const security::Operator& by);
    // Back to its owner once its transfer is over: 已转办 → 处理中 (unless the owner moved it on meanwhile).
    Outcome returnToOwner(tickets::WorkOrderService& orders, const QString& workOrderId, const security::Operator& by);

    db::Database& m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
    tickets::DeadlinePolicy m_calendar;
};

} // namespace hotline::workflow
