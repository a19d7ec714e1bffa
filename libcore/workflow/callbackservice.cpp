#include "workflow/callbackservice.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "sync/changelog.h"
#include "tickets/validation.h"
#include "tickets/workorderrepository.h"
#include "tickets/workorderservice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::workflow {
namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.work_order_id, c.number, c.reason, c.earliest_at, c.deadline_at, c.assignee_id, c.status, c.created_by, "
    "c.created_at, c.escalated_at, c.closed_at, c.updated_at, c.version");

Callback readCallback(const QSqlQuery& q)
{
    Callback c;
    c.id = q.value(0).toString();
    c.workOrderId = q.value(1).toString();
    c.number = q.value(2).toString();
    c.reason = q.value(3).toString();
    c.earliestAt = db::utcTime(q.value(4));
    c.deadlineAt = db::utcTime(q.value(5));
    c.assigneeId = q.value(6).toString();
    c.status = callbackStatusFromKey(q.value(7).toString()).value_or(CallbackStatus::Pending);
    c.createdBy = q.value(8).toString();
    c.createdAt = db::utcTime(q.value(9));
    c.escalatedAt = db::utcTime(q.value(10));
    c.closedAt = db::utcTime(q.value(11));
    c.updatedAt = db::utcTime(q.value(12));
    c.version = q.value(13).toInt();
    return c;
}

QJsonValue json(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue();
}

// The synced columns (updated_at and version are kept by the sync itself, as for work orders).
QJsonObject fieldsOf(const Callback& c)
{
    return {{QStringLiteral("work_order_id"), c.workOrderId.isEmpty() ? QJsonValue() : QJsonValue(c.workOrderId)},
            {QStringLiteral("number"), c.number},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("earliest_at"), json(c.earliestAt)},
            {QStringLiteral("deadline_at"), json(c.deadlineAt)},
            {QStringLiteral("assignee_id"), c.assigneeId},
            {QStringLiteral("status"), key(c.status)},
            {QStringLiteral("created_by"), c.createdBy},
            {QStringLiteral("created_at"), json(c.createdAt)},
            {QStringLiteral("escalated_at"), json(c.escalatedAt)},
            {QStringLiteral("closed_at"), json(c.closedAt)}};
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::workflow", "The callback no longer exists."));
}

QString operatorName(const QSqlDatabase& db, const QString& id)
{
    auto op = security::OperatorRepository(db).find(id);
    return op && op.value() ? op.value()->name : id;
}

} // namespace

CallbackService::CallbackService(db::Database& db, const Clock& clock, IdGenerator& ids,
                                 tickets::DeadlinePolicy calendar, CallbackRules rules)
    : m_db(db), m_clock(clock), m_ids(ids), m_calendar(std::move(calendar)), m_rules(rules)
{
}

Outcome CallbackService::authorizeWorkOrder(const QString& workOrderId, const security::Operator& by) const
{
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active;
    }
    auto w = tickets::WorkOrderRepository(m_db.connection()).find(workOrderId);
    if (!w) {
        return w.error();
    }
    if (!w.value()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::workflow", "The work order no longer exists."),
                         QStringLiteral("work_order_id"));
    }
    if (w.value()->ownerId == by.id ||
        security::authorize(m_db.connection(), by, security::Permission::EditAnyWorkOrder)) {
        return Ok{};
    }
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("hotline::workflow",
                                                 "Only the owner of work order %1 (%2) or a team lead may do this.")
                         .arg(w.value()->ticketNo, operatorName(m_db.connection(), w.value()->ownerId)));
}

Outcome CallbackService::authorizeAssignee(const Callback& c, const security::Operator& by) const
{
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active;
    }
    if (c.assigneeId == by.id || security::authorize(m_db.connection(), by, security::Permission::EditAnyWorkOrder)) {
        return Ok{};
    }
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("hotline::workflow",
                                                 "This callback is assigned to %1: only %1 or a team lead may work "
                                                 "on it.")
                         .arg(operatorName(m_db.connection(), c.assigneeId)));
}

Result<QString> CallbackService::suggestedNumber(const QString& workOrderId, const security::Operator& by) const
{
    if (Outcome s = authorizeWorkOrder(workOrderId, by); !s) {
        return s.error();
    }
    auto w = tickets::WorkOrderRepository(m_db.connection()).find(workOrderId);
    if (!w) {
        return w.error();
    }
    return w.value()->contactNumber.isEmpty() ? w.value()->callerNumber : w.value()->contactNumber;
}

Result<Callback> CallbackService::create(const CallbackRequest& input, const security::Operator& by)
{
    auto number = tickets::normalizePhone(input.number.trimmed());
    if (!number) {
        return makeError(number.error().code,
                         QCoreApplication::translate("hotline::workflow", "Number: %1").arg(number.error().message),
                         QStringLiteral("number"));
    }
    const QString reason = input.reason.trimmed();
    if (reason.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::workflow", "Reason: say why the taxpayer is called back."),
            QStringLiteral("reason"));
    }
    if (reason.size() > 500) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Reason: at most 500 characters."),
                         QStringLiteral("reason"));
    }
    const QDateTime now = m_clock.now();
    const QDateTime earliest = input.earliestAt.isValid() ? input.earliestAt.toUTC() : now;
    if (!input.deadlineAt.isValid() || input.deadlineAt <= earliest) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Deadline: must be after the earliest time."),
                         QStringLiteral("deadline_at"));
    }
    if (input.deadlineAt <= now) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Deadline: must be in the future."),
                         QStringLiteral("deadline_at"));
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (Outcome s = authorizeWorkOrder(input.workOrderId, by); !s) {
        return s.error();
    }
    QString assignee = input.assigneeId;
    if (assignee.isEmpty()) {
        assignee = tickets::WorkOrderRepository(m_db.connection()).find(input.workOrderId).value()->ownerId;
    }
    auto op = security::OperatorRepository(m_db.connection()).find(assignee);
    if (!op) {
        return op.error();
    }
    if (!op.value() || !security::authorizeActive(m_db.connection(), *op.value())) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Assignee: choose an active colleague."),
                         QStringLiteral("assignee_id"));
    }
    Callback c;
    c.id = m_ids.next();
    c.workOrderId = input.workOrderId;
    c.number = number.value();
    c.reason = reason;
    c.earliestAt = earliest;
    c.deadlineAt = input.deadlineAt.toUTC();
    c.assigneeId = assignee;
    c.status = CallbackStatus::Pending;
    c.createdBy = by.id;
    c.createdAt = now;
    c.updatedAt = now;
    auto q =
        db::exec(m_db.connection(),
                 QStringLiteral("INSERT INTO callbacks (id, work_order_id, number, reason, earliest_at, "
                                "deadline_at, assignee_id, status, created_by, created_at, updated_at, version) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {c.id, c.workOrderId, c.number, c.reason, db::utcMs(c.earliestAt), db::utcMs(c.deadlineAt),
                  c.assigneeId, key(c.status), c.createdBy, db::utcMs(c.createdAt), db::utcMs(c.updatedAt), c.version});
    if (!q) {
        return q.error();
    }
    if (Outcome s = sync::appendChange(
            m_db.connection(), {QStringLiteral("callback"), c.id, sync::Operation::Insert, fieldsOf(c), by.id, now});
        !s) {
        return s.error();
    }
    tickets::WorkOrderService orders(m_db, m_clock, m_ids, m_calendar);
    if (Outcome s =
            orders.appendEventInTransaction(c.workOrderId, QStringLiteral("callback_scheduled"), {}, c.reason, by);
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return c;
}

Outcome CallbackService::update(const Callback& before, const Callback& after, const security::Operator& by)
{
    auto q =
        db::exec(m_db.connection(),
                 QStringLiteral("UPDATE callbacks SET status = ?, escalated_at = ?, closed_at = ?, updated_at = ?, "
                                "version = ? WHERE id = ? AND version = ?"),
                 {key(after.status), db::utcMs(after.escalatedAt), db::utcMs(after.closedAt),
                  db::utcMs(after.updatedAt), after.version, after.id, before.version});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::workflow",
                                                     "The callback was changed by someone else meanwhile. Reload it."));
    }
    const QJsonObject changed = sync::changedFields(fieldsOf(before), fieldsOf(after));
    return sync::appendChange(m_db.connection(), {QStringLiteral("callback"), after.id, sync::Operation::Update,
                                                  changed, by.id, after.updatedAt});
}

Result<Callback> CallbackService::recordAttempt(const QString& callbackId, AttemptOutcome outcome, const QString& note,
                                                const security::Operator& by)
{
    if (note.trimmed().size() > 500) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Note: at most 500 characters."),
                         QStringLiteral("note"));
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto found = find(callbackId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    const Callback before = *found.value();
    if (Outcome s = authorizeAssignee(before, by); !s) {
        return s.error();
    }
    const QDateTime now = m_clock.now();
    auto next = nextAllowedAttempt(callbackId, now);
    if (!next) {
        return next.error();
    }
    if (!next->allowedNow()) {
        return makeError(ErrorCode::IllegalTransition, next->explanation());
    }
    const QString trimmedNote = note.trimmed();
    CallbackAttempt a{m_ids.next(), callbackId, now,
                      by.id,        outcome,    trimmedNote.isNull() ? QStringLiteral("") : trimmedNote};
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("INSERT INTO callback_attempts (id, callback_id, attempted_at, operator_id, "
                                     "outcome, note) VALUES (?, ?, ?, ?, ?, ?)"),
                      {a.id, a.callbackId, db::utcMs(a.attemptedAt), a.operatorId, key(a.outcome), a.note});
    if (!q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("callback_id"), a.callbackId},
                             {QStringLiteral("attempted_at"), json(a.attemptedAt)},
                             {QStringLiteral("operator_id"), a.operatorId},
                             {QStringLiteral("outcome"), key(a.outcome)},
                             {QStringLiteral("note"), a.note}};
    if (Outcome s = sync::appendChange(
            m_db.connection(), {QStringLiteral("callback_attempt"), a.id, sync::Operation::Insert, fields, by.id, now});
        !s) {
        return s.error();
    }
    Callback after = before;
    if (outcome == AttemptOutcome::Connected) {
        after.status = CallbackStatus::Reached;
    } else if (outcome == AttemptOutcome::WrongNumber || next->attemptsLeft <= 1) {
        after.status = CallbackStatus::Failed;
    }
    if (after.status != before.status) {
        after.closedAt = now;
    }
    after.updatedAt = now;
    after.version = before.version + 1;
    if (Outcome s = update(before, after, by); !s) {
        return s.error();
    }
    if (!isOpen(after.status) && !after.workOrderId.isEmpty()) {
        tickets::WorkOrderService orders(m_db, m_clock, m_ids, m_calendar);
        if (Outcome s = orders.appendEventInTransaction(after.workOrderId, QStringLiteral("callback_closed"),
                                                        key(after.status), a.note, by);
            !s) {
            return s.error();
        }
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return after;
}

Result<Callback> CallbackService::cancel(const QString& callbackId, const security::Operator& by)
{
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto found = find(callbackId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    const Callback before = *found.value();
    if (Outcome s = authorizeAssignee(before, by); !s) {
        return s.error();
    }
    if (!isOpen(before.status)) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::workflow", "The callback is already %1.")
                             .arg(displayName(before.status)));
    }
    Callback after = before;
    after.status = CallbackStatus::Cancelled;
    after.closedAt = m_clock.now();
    after.updatedAt = after.closedAt;
    after.version = before.version + 1;
    if (Outcome s = update(before, after, by); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return after;
}

Result<int> CallbackService::escalateOverdue(const QDateTime& now, const security::Operator& by)
{
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM callbacks c WHERE c.status = 'pending' AND c.deadline_at <= ?"),
                      {db::utcMs(now)});
    if (!q) {
        return q.error();
    }
    QList<Callback> overdue;
    while (q.value().next()) {
        overdue << readCallback(q.value());
    }
    for (const Callback& before : overdue) {
        Callback after = before;
        after.status = CallbackStatus::Escalated;
        after.escalatedAt = now.toUTC();
        after.updatedAt = now.toUTC();
        after.version = before.version + 1;
        if (Outcome s = update(before, after, by); !s) {
            return s.error();
        }
    }
    if (overdue.isEmpty()) {
        return 0; // nothing written: the transaction rolls back
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return static_cast<int>(overdue.size());
}

Result<std::optional<Callback>> CallbackService::find(const QString& callbackId) const
{
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM callbacks c WHERE c.id = ?"),
                      {callbackId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Callback>();
    }
    return std::optional<Callback>(readCallback(q.value()));
}

Result<QList<CallbackAttempt>> CallbackService::attempts(const QString& callbackId) const
{
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT id, callback_id, attempted_at, operator_id, outcome, note "
                                     "FROM callback_attempts WHERE callback_id = ? ORDER BY attempted_at, id"),
                      {callbackId});
    if (!q) {
        return q.error();
    }
    QList<CallbackAttempt> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << CallbackAttempt{r.value(0).toString(),
                               r.value(1).toString(),
                               db::utcTime(r.value(2)),
                               r.value(3).toString(),
                               attemptOutcomeFromKey(r.value(4).toString()).value_or(AttemptOutcome::NoAnswer),
                               r.value(5).toString()};
    }
    return out;
}

Result<NextAttempt> CallbackService::nextAllowedAttempt(const QString& callbackId, const QDateTime& now) const
{
    auto found = find(callbackId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    auto made = attempts(callbackId);
    if (!made) {
        return made.error();
    }
    const QDateTime last = made->isEmpty() ? QDateTime() : made->last().attemptedAt;
    return workflow::nextAllowedAttempt(m_rules, m_calendar.calendar, m_calendar.hours, *found.value(),
                                        static_cast<int>(made->size()), last, now);
}

Result<QList<CallbackRow>> CallbackService::queue(const security::Operator& by, bool allAssignees) const
{
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active.error();
    }
    const bool all = allAssignees && security::authorize(m_db.connection(), by, security::Permission::EditAnyWorkOrder);
    const bool seesNumbers = security::authorize(m_db.connection(), by, security::Permission::ViewTaxpayerData).ok();
    auto q =
        db::exec(m_db.connection(),
                 QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(", w.ticket_no, o.name, "
                                    "(SELECT count(*) FROM callback_attempts a WHERE a.callback_id = c.id), "
                                    "(SELECT max(attempted_at) FROM callback_attempts a WHERE a.callback_id = c.id) "
                                    "FROM callbacks c LEFT JOIN work_orders w ON w.id = c.work_order_id "
                                    "LEFT JOIN operators o ON o.id = c.assignee_id "
                                    "WHERE c.status IN ('pending', 'escalated') AND (? OR c.assignee_id = ?) "
                                    "ORDER BY c.status = 'escalated' DESC, c.earliest_at, c.deadline_at"),
                 {all, by.id});
    if (!q) {
        return q.error();
    }
    const QDateTime now = m_clock.now();
    QList<CallbackRow> out;
    while (q.value().next()) {
        CallbackRow r;
        r.callback = readCallback(q.value());
        r.ticketNo = q.value().value(14).toString();
        r.assigneeName = q.value().value(15).toString();
        r.attempts = q.value().value(16).toInt();
        r.lastAttemptAt = db::utcTime(q.value().value(17));
        r.number =
            seesNumbers || r.callback.assigneeId == by.id ? r.callback.number : security::maskPhone(r.callback.number);
        r.next = workflow::nextAllowedAttempt(m_rules, m_calendar.calendar, m_calendar.hours, r.callback, r.attempts,
                                              r.lastAttemptAt, now);
        out << r;
    }
    return out;
}

} // namespace hotline::workflow
