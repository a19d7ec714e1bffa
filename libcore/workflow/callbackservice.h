#pragma once
// The callback queue (回呼): callbacks made from work orders, attempts with their outcome under the retry rules
// (workflow/callbackrules.h), and the escalation to the lead of callbacks past their deadline without contact.
// Every write stores its rows and their change-log entries in one transaction.
//
// Who may do what: the work order's owner (or a role with EditAnyWorkOrder) schedules a callback; its assignee (or
// EditAnyWorkOrder) records attempts and cancels it. Agents see their own callbacks, leads and admins all of them.

#include "core/result.h"
#include "security/operator.h"
#include "tickets/deadlines.h"
#include "workflow/callback.h"
#include "workflow/callbackrules.h"

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::workflow {

struct CallbackRequest {
    QString workOrderId;
    QString number; // validated as a phone number (tickets/validation.h)
    QString reason;
    QDateTime earliestAt; // invalid: now
    QDateTime deadlineAt; // must be after earliestAt and after now
    QString assigneeId;   // empty: the work order's owner
};

// One line of the queue.
struct CallbackRow {
    Callback callback;
    QString number; // masked unless the viewer may see it (see queue())
    QString ticketNo;
    QString assigneeName;
    int attempts = 0;
    QDateTime lastAttemptAt;
    NextAttempt next;
};

class CallbackService final {
public:
    CallbackService(db::Database& db, const Clock& clock, IdGenerator& ids, tickets::DeadlinePolicy calendar = {},
                    CallbackRules rules = {});

    // The number a new callback of the work order starts with: the contact number, else the caller's number (the
    // full value: only the work order's owner or a lead schedules one).
    Result<QString> suggestedNumber(const QString& workOrderId, const security::Operator& by) const;

    Result<Callback> create(const CallbackRequest& request, const security::Operator& by);
    // Records an attempt; refused when the rules do not allow one now (the message says from when). Connected closes
    // the callback as reached, wrong number as failed, and no contact on the last allowed attempt as failed.
    Result<Callback> recordAttempt(const QString& callbackId, AttemptOutcome outcome, const QString& note,
                                   const security::Operator& by);
    Result<Callback> cancel(const QString& callbackId, const security::Operator& by);

    // Escalates every pending callback whose deadline is at or before now (status escalated, escalated_at); returns
    // how many. Called by the queue's refresh; `by` is recorded as the operator of the change.
    Result<int> escalateOverdue(const QDateTime& now, const security::Operator& by);

    Result<std::optional<Callback>> find(const QString& callbackId) const;
    Result<QList<CallbackAttempt>> attempts(const QString& callbackId) const;
    Result<NextAttempt> nextAllowedAttempt(const QString& callbackId, const QDateTime& now) const;
    // The open callbacks by's may work on: their own, or all of them (escalated first) when allAssignees and by holds
    // EditAnyWorkOrder. Then by earliest time. Numbers are shown in full to roles with ViewTaxpayerData and to the
    // assignee (who must dial it), masked otherwise.
    Result<QList<CallbackRow>> queue(const security::Operator& by, bool allAssignees = false) const;

    const CallbackRules& rules() const { return m_rules; }
    void setRules(CallbackRules rules) { m_rules = rules; }

private:
    Outcome authorizeWorkOrder(const QString& workOrderId, const security::Operator& by) const;
    Outcome authorizeAssignee(const Callback& c, const security::Operator& by) const;
    Outcome update(const Callback& before, const Callback& after, const security::Operator& by);

    db::Database& m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
    tickets::DeadlinePolicy m_calendar;
    CallbackRules m_rules;
};

} // namespace hotline::workflow
