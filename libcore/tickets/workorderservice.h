#pragma once
// What agents do with work orders: create, edit, move through the status flow, transfer, annotate.
// Each operation validates first, then writes the row, its timeline entry and its change-log entry in one
// transaction: either all of it is stored or none of it.

#include "core/result.h"
#include "security/operator.h"
#include "tickets/deadlines.h"
#include "tickets/workorder.h"

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
class Transaction;
} // namespace db
} // namespace hotline

namespace hotline::tickets {

// The parts of a work order that identify the taxpayer, shown masked to roles that do not need them.
struct TaxpayerData {
    QString callerNumber;
    QString taxpayerId;
    QString contactNumber;
};

class WorkOrderService final {
public:
    WorkOrderService(db::Database& db, const Clock& clock, IdGenerator& ids, DeadlinePolicy deadlines = {});

    // Checks and normalises a draft (phone numbers to digits, taxpayer ID upper-cased) without saving it.
    Result<WorkOrderDraft> validate(const WorkOrderDraft& draft) const;

    // The receiving agent becomes the owner (首次受理负责制).
    Result<WorkOrder> create(const WorkOrderDraft& draft, const security::Operator& by);
    // Many at once in one transaction (imports, demo data); stops at the first invalid draft and stores none.
    Result<int> createMany(const QList<WorkOrderDraft>& drafts, const security::Operator& by);

    // Replaces the editable fields with those of `changes`; refused when someone else saved in between
    // (expectedVersion differs). A change of difficulty recomputes the deadline. A taxpayer ID or phone number
    // given in exactly the masked form of the stored value (as view() showed it) means "unchanged".
    Result<WorkOrder> edit(const QString& id, const WorkOrderDraft& changes, int expectedVersion,
                           const security::Operator& by);
    Result<WorkOrder> changeStatus(const QString& id, Status to, const QString& note, const security::Operator& by);
    // Formal transfer of ownership to a named colleague, with the reason.
    Result<WorkOrder> transfer(const QString& id, const QString& toOperatorId, const QString& reason,
                               const security::Operator& by);
    Outcome addNote(const QString& id, const QString& note, const security::Operator& by);

    // For workflows around the work order (转办 and its answer, workflow/transferservice.h) that write the work order
    // together with their own rows: must be called inside the caller's open transaction, which the caller commits.
    // The status flow is checked, ownership is not (the workflow checked its own permission first). Writes the row,
    // its change-log entry and a status timeline entry.
    Result<WorkOrder> changeStatusInTransaction(const QString& id, Status to, const QString& note,
                                                const security::Operator& by);
    // A timeline entry (and its change-log entry) inside the caller's open transaction.
    Outcome appendEventInTransaction(const QString& id, const QString& kind, const QString& detail, const QString& note,
                                     const security::Operator& by);

    // The work order as `by` may see it: taxpayer ID and phone numbers masked (security/masking.h) unless the
    // stored role holds Permission::ViewTaxpayerData.
    Result<WorkOrder> view(const QString& id, const security::Operator& by) const;
    // The full values, for those allowed (security::authorizeReveal: leads and admins on any work order, agents
    // and technicians on their own); each reveal is written to the audit log. Forbidden for everyone else.
    Result<TaxpayerData> reveal(const QString& id, const security::Operator& by);
    // w with its taxpayer ID and phone numbers masked.
    static WorkOrder masked(WorkOrder w);

    const DeadlinePolicy& deadlines() const { return m_deadlines; }
    void setDeadlines(DeadlinePolicy d) { m_deadlines = std::move(d); }

private:
    Result<WorkOrder> insertOne(const WorkOrderDraft& valid, const security::Operator& by);
    Result<WorkOrder> load(const QString& id) const; // NotFound as an error
    Result<WorkOrder> loadForChange(const QString& id, const security::Operator& by) const;
    // Writes the changed row, its change-log entry and timeline entry (inside an open transaction).
    Result<WorkOrder> writeChange(const WorkOrder& before, WorkOrder after, const QString& kind, const QString& detail,
                                  const QString& note, const security::Operator& by);
    // writeChange, then commits tx.
    Result<WorkOrder> commitChange(db::Transaction& tx, const WorkOrder& before, WorkOrder after, const QString& kind,
                                   const QString& detail, const QString& note, const security::Operator& by);
    Outcome appendEvent(const QString& workOrderId, const QString& kind, const QString& detail, const QString& note,
                        const security::Operator& by);

    db::Database& m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
    DeadlinePolicy m_deadlines;
};

} // namespace hotline::tickets
