#include "workflow/transferservice.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"
#include "tickets/workorderrepository.h"
#include "tickets/workorderservice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::workflow {
namespace {

using tickets::Status;

const QString kColumns = QStringLiteral(
    "t.id, t.work_order_id, t.target_kind, t.department, t.question, t.due_at, t.requested_by, t.requested_at, "
    "t.holder_id, t.status, t.answer, t.answered_by, t.answered_at, t.updated_at, t.version");

Transfer readTransfer(const QSqlQuery& q, int at = 0)
{
    Transfer t;
    t.id = q.value(at).toString();
    t.workOrderId = q.value(at + 1).toString();
    t.target = transferTargetFromKey(q.value(at + 2).toString()).value_or(TransferTarget::ExpertTeam);
    t.department = q.value(at + 3).toString();
    t.question = q.value(at + 4).toString();
    t.dueAt = db::utcTime(q.value(at + 5));
    t.requestedBy = q.value(at + 6).toString();
    t.requestedAt = db::utcTime(q.value(at + 7));
    t.holderId = q.value(at + 8).toString();
    t.status = transferStatusFromKey(q.value(at + 9).toString()).value_or(TransferStatus::Open);
    t.answer = q.value(at + 10).toString();
    t.answeredBy = q.value(at + 11).toString();
    t.answeredAt = db::utcTime(q.value(at + 12));
    t.updatedAt = db::utcTime(q.value(at + 13));
    t.version = q.value(at + 14).toInt();
    return t;
}

// A QString that is null binds as SQL NULL: text columns that are NOT NULL get "" instead.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The synced columns (updated_at and version are kept by the sync itself, as for work orders).
QJsonObject fieldsOf(const Transfer& t)
{
    auto json = [](const QDateTime& d) { return d.isValid() ? QJsonValue(d.toMSecsSinceEpoch()) : QJsonValue(); };
    auto str = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("work_order_id"), t.workOrderId},
            {QStringLiteral("target_kind"), key(t.target)},
            {QStringLiteral("department"), t.department},
            {QStringLiteral("question"), t.question},
            {QStringLiteral("due_at"), json(t.dueAt)},
            {QStringLiteral("requested_by"), t.requestedBy},
            {QStringLiteral("requested_at"), json(t.requestedAt)},
            {QStringLiteral("holder_id"), str(t.holderId)},
            {QStringLiteral("status"), key(t.status)},
            {QStringLiteral("answer"), t.answer},
            {QStringLiteral("answered_by"), str(t.answeredBy)},
            {QStringLiteral("answered_at"), json(t.answeredAt)}};
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::workflow", "The transfer no longer exists."));
}

Error notOpen(const Transfer& t)
{
    return makeError(
        ErrorCode::IllegalTransition,
        QCoreApplication::translate("hotline::workflow", "The transfer is already %1.").arg(displayName(t.status)));
}

QString operatorName(const QSqlDatabase& db, const QString& id)
{
    auto op = security::OperatorRepository(db).find(id);
    return op && op.value() ? op.value()->name : id;
}

// The timeline detail naming a transfer's target: "expert_team" or "department:<name>".
QString targetDetail(const Transfer& t)
{
    return t.target == TransferTarget::ExpertTeam ? key(t.target) : QStringLiteral("department:") + t.department;
}

} // namespace

TransferService::TransferService(db::Database& db, const Clock& clock, IdGenerator& ids,
                                 tickets::DeadlinePolicy calendar)
    : m_db(db), m_clock(clock), m_ids(ids), m_calendar(std::move(calendar))
{
}

QDateTime TransferService::defaultDueAt(const QDateTime& requested) const
{
    return calendar::replyDeadline(m_calendar.calendar, m_calendar.hours, requested, kDefaultWorkingDays).toUTC();
}

Outcome TransferService::authorizeOwner(const QString& workOrderId, const security::Operator& by) const
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
                         QCoreApplication::translate("hotline::workflow", "The work order no longer exists."));
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

Outcome TransferService::store(const Transfer& before, const Transfer& after, bool inserted,
                               const security::Operator& by)
{
    const QSqlDatabase c = m_db.connection();
    if (inserted) {
        auto q = db::exec(c,
                          QStringLiteral("INSERT INTO transfers (id, work_order_id, target_kind, department, question, "
                                         "due_at, requested_by, requested_at, holder_id, status, answer, answered_by, "
                                         "answered_at, updated_at, version) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {after.id, after.workOrderId, key(after.target), text(after.department), after.question,
                           db::utcMs(after.dueAt), after.requestedBy, db::utcMs(after.requestedAt),
                           db::nullIfEmpty(after.holderId), key(after.status), text(after.answer),
                           db::nullIfEmpty(after.answeredBy), db::utcMs(after.answeredAt), db::utcMs(after.updatedAt),
                           after.version});
        if (!q) {
            return q.error();
        }
        return sync::appendChange(c, {QStringLiteral("transfer"), after.id, sync::Operation::Insert, fieldsOf(after),
                                      by.id, after.updatedAt});
    }
    auto q = db::exec(c,
                      QStringLiteral("UPDATE transfers SET holder_id = ?, status = ?, answer = ?, answered_by = ?, "
                                     "answered_at = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?"),
                      {db::nullIfEmpty(after.holderId), key(after.status), text(after.answer),
                       db::nullIfEmpty(after.answeredBy), db::utcMs(after.answeredAt), db::utcMs(after.updatedAt),
                       after.version, after.id, before.version});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::workflow",
                                                     "The transfer was changed by someone else meanwhile. Reload it."));
    }
    const QJsonObject changed = sync::changedFields(fieldsOf(before), fieldsOf(after));
    return sync::appendChange(
        c, {QStringLiteral("transfer"), after.id, sync::Operation::Update, changed, by.id, after.updatedAt});
}

Result<Transfer> TransferService::request(const TransferRequest& input, const security::Operator& by)
{
    const QString question = input.question.trimmed();
    const QString department = input.target == TransferTarget::Department ? input.department.simplified() : QString();
    if (input.target == TransferTarget::Department && department.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow",
                                                     "Department: name the business department to transfer to."),
                         QStringLiteral("department"));
    }
    if (department.size() > 50) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Department: at most 50 characters."),
                         QStringLiteral("department"));
    }
    if (question.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::workflow", "Question: write down what the transfer should answer."),
            QStringLiteral("question"));
    }
    if (question.size() > 4000) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Question: at most 4,000 characters."),
                         QStringLiteral("question"));
    }
    const QDateTime now = m_clock.now();
    const QDateTime due = input.dueAt.isValid() ? input.dueAt.toUTC() : defaultDueAt(now);
    if (due <= now) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Due time: must be in the future."),
                         QStringLiteral("due_at"));
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (Outcome s = authorizeOwner(input.workOrderId, by); !s) {
        return s.error();
    }
    auto open = openTransferOf(input.workOrderId);
    if (!open) {
        return open.error();
    }
    if (open.value()) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::workflow",
                                                     "This work order already has an open transfer to %1. Wait for "
                                                     "its answer or withdraw it first.")
                             .arg(open.value()->targetName()));
    }
    auto w = tickets::WorkOrderRepository(m_db.connection()).find(input.workOrderId);
    if (!w) {
        return w.error();
    }
    const Status status = w.value()->status;
    if (status != Status::New && status != Status::InProgress && status != Status::AwaitingReply &&
        status != Status::AwaitingVisit) {
        return makeError(
            ErrorCode::IllegalTransition,
            QCoreApplication::translate("hotline::workflow", "A work order that is %1 cannot be transferred.")
                .arg(tickets::displayName(status)));
    }
    Transfer t;
    t.id = m_ids.next();
    t.workOrderId = input.workOrderId;
    t.target = input.target;
    t.department = department;
    t.question = question;
    t.dueAt = due;
    t.requestedBy = by.id;
    t.requestedAt = now;
    t.status = TransferStatus::Open;
    t.updatedAt = now;
    if (Outcome s = store(t, t, true, by); !s) {
        return s.error();
    }
    tickets::WorkOrderService orders(m_db, m_clock, m_ids, m_calendar);
    if (status != Status::InProgress) {
        if (auto s = orders.changeStatusInTransaction(t.workOrderId, Status::InProgress, {}, by); !s) {
            return s.error();
        }
    }
    if (auto s = orders.changeStatusInTransaction(t.workOrderId, Status::Transferred, {}, by); !s) {
        return s.error();
    }
    if (Outcome s = orders.appendEventInTransaction(t.workOrderId, QStringLiteral("transfer_request"), targetDetail(t),
                                                    t.question, by);
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return t;
}

Result<Transfer> TransferService::loadOpen(const QString& transferId) const
{
    auto found = find(transferId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    if (found.value()->status != TransferStatus::Open) {
        return notOpen(*found.value());
    }
    return *found.value();
}

Result<Transfer> TransferService::take(const QString& transferId, const security::Operator& by)
{
    if (Outcome s = security::authorize(m_db.connection(), by, security::Permission::AnswerTransfers); !s) {
        return s.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = loadOpen(transferId);
    if (!before) {
        return before;
    }
    if (before->target != TransferTarget::ExpertTeam) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow",
                                                     "A transfer to %1 is answered by the work order's owner, not "
                                                     "taken from the expert team's queue.")
                             .arg(before->department));
    }
    if (before->holderId == by.id) {
        return before;
    }
    if (!before->holderId.isEmpty()) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::workflow", "%1 has already taken this transfer.")
                             .arg(operatorName(m_db.connection(), before->holderId)));
    }
    Transfer after = before.value();
    after.holderId = by.id;
    after.updatedAt = m_clock.now();
    after.version = before->version + 1;
    if (Outcome s = store(before.value(), after, false, by); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return after;
}

Result<Transfer> TransferService::answer(const QString& transferId, const QString& answerText,
                                         const security::Operator& by)
{
    const QString text = answerText.trimmed();
    if (text.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Answer: write down the answer."),
                         QStringLiteral("answer"));
    }
    if (text.size() > 8000) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Answer: at most 8,000 characters."),
                         QStringLiteral("answer"));
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = loadOpen(transferId);
    if (!before) {
        return before;
    }
    if (before->target == TransferTarget::ExpertTeam) {
        if (Outcome s = security::authorize(m_db.connection(), by, security::Permission::AnswerTransfers); !s) {
            return s.error();
        }
        if (!before->holderId.isEmpty() && before->holderId != by.id) {
            return makeError(ErrorCode::Conflict, QCoreApplication::translate(
                                                      "hotline::workflow", "%1 has taken this transfer and answers it.")
                                                      .arg(operatorName(m_db.connection(), before->holderId)));
        }
    } else if (Outcome s = authorizeOwner(before->workOrderId, by); !s) {
        return s.error();
    }
    Transfer after = before.value();
    const QDateTime now = m_clock.now();
    if (after.target == TransferTarget::ExpertTeam) {
        after.holderId = by.id;
    }
    after.status = TransferStatus::Answered;
    after.answer = text;
    after.answeredBy = by.id;
    after.answeredAt = now;
    after.updatedAt = now;
    after.version = before->version + 1;
    if (Outcome s = store(before.value(), after, false, by); !s) {
        return s.error();
    }
    tickets::WorkOrderService orders(m_db, m_clock, m_ids, m_calendar);
    if (Outcome s = orders.appendEventInTransaction(after.workOrderId, QStringLiteral("transfer_answer"),
                                                    targetDetail(after), text, by);
        !s) {
        return s.error();
    }
    if (Outcome s = returnToOwner(orders, after.workOrderId, by); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return after;
}

Result<Transfer> TransferService::withdraw(const QString& transferId, const QString& reason,
                                           const security::Operator& by)
{
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = loadOpen(transferId);
    if (!before) {
        return before;
    }
    if (Outcome s = authorizeOwner(before->workOrderId, by); !s) {
        return s.error();
    }
    Transfer after = before.value();
    after.status = TransferStatus::Withdrawn;
    after.updatedAt = m_clock.now();
    after.version = before->version + 1;
    if (Outcome s = store(before.value(), after, false, by); !s) {
        return s.error();
    }
    tickets::WorkOrderService orders(m_db, m_clock, m_ids, m_calendar);
    if (Outcome s = orders.appendEventInTransaction(after.workOrderId, QStringLiteral("transfer_withdrawn"),
                                                    targetDetail(after), reason.trimmed(), by);
        !s) {
        return s.error();
    }
    if (Outcome s = returnToOwner(orders, after.workOrderId, by); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return after;
}

Outcome TransferService::returnToOwner(tickets::WorkOrderService& orders, const QString& workOrderId,
                                       const security::Operator& by)
{
    auto w = tickets::WorkOrderRepository(m_db.connection()).find(workOrderId);
    if (!w) {
        return w.error();
    }
    if (w.value() && w.value()->status == Status::Transferred) {
        if (auto s = orders.changeStatusInTransaction(workOrderId, Status::InProgress, {}, by); !s) {
            return s.error();
        }
    }
    return Ok{};
}

Result<std::optional<Transfer>> TransferService::find(const QString& transferId) const
{
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM transfers t WHERE t.id = ?"),
                      {transferId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Transfer>();
    }
    return std::optional<Transfer>(readTransfer(q.value()));
}

Result<std::optional<Transfer>> TransferService::openTransferOf(const QString& workOrderId) const
{
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM transfers t WHERE t.work_order_id = ? AND t.status = 'open' "
                                         "ORDER BY t.requested_at DESC LIMIT 1"),
                      {workOrderId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Transfer>();
    }
    return std::optional<Transfer>(readTransfer(q.value()));
}

Result<QList<Transfer>> TransferService::transfersOf(const QString& workOrderId) const
{
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM transfers t WHERE t.work_order_id = ? ORDER BY t.requested_at"),
                      {workOrderId});
    if (!q) {
        return q.error();
    }
    QList<Transfer> out;
    while (q.value().next()) {
        out << readTransfer(q.value());
    }
    return out;
}

Result<QList<TransferRow>> TransferService::openTransfers(const security::Operator& by, const QString& targetName) const
{
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active.error();
    }
    const bool seesAll = security::authorize(m_db.connection(), by, security::Permission::AnswerTransfers) ||
                         security::authorize(m_db.connection(), by, security::Permission::EditAnyWorkOrder);
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(", w.ticket_no, w.owner_id, o.name, h.name FROM transfers t "
                                         "JOIN work_orders w ON w.id = t.work_order_id "
                                         "LEFT JOIN operators o ON o.id = w.owner_id "
                                         "LEFT JOIN operators h ON h.id = t.holder_id "
                                         "WHERE t.status = 'open' AND (? OR w.owner_id = ? OR t.requested_by = ?) "
                                         "ORDER BY t.requested_at"),
                      {seesAll, by.id, by.id});
    if (!q) {
        return q.error();
    }
    const QDateTime now = m_clock.now();
    QList<TransferRow> out;
    while (q.value().next()) {
        TransferRow r;
        r.transfer = readTransfer(q.value());
        if (!targetName.isEmpty() && r.transfer.targetName() != targetName) {
            continue;
        }
        r.ticketNo = q.value().value(15).toString();
        r.ownerId = q.value().value(16).toString();
        r.ownerName = q.value().value(17).toString();
        r.holderName = q.value().value(18).toString();
        r.waitingMinutes = workingMinutesBetween(m_calendar.calendar, m_calendar.hours, r.transfer.requestedAt, now);
        r.overdue = r.transfer.dueAt < now;
        out << r;
    }
    return out;
}

Result<QStringList> TransferService::departments() const
{
    auto q =
        db::exec(m_db.connection(), QStringLiteral("SELECT department FROM transfers WHERE target_kind = 'department' "
                                                   "GROUP BY department ORDER BY max(requested_at) DESC"));
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q.value().next()) {
        out << q.value().value(0).toString();
    }
    return out;
}

Result<QHash<QString, TransferMark>> TransferService::marks() const
{
    return transferMarks(m_db.connection());
}

Result<QHash<QString, TransferMark>> transferMarks(const QSqlDatabase& db)
{
    // An answer is "unseen" until the work order changes after it (the answer itself sets updated_at to its time).
    auto q = db::exec(db, QStringLiteral("SELECT t.work_order_id, t.status, t.target_kind, t.department, h.name "
                                         "FROM transfers t JOIN work_orders w ON w.id = t.work_order_id "
                                         "LEFT JOIN operators h ON h.id = t.holder_id "
                                         "WHERE t.status = 'open' OR (t.status = 'answered' AND t.answered_at >= "
                                         "w.updated_at)"));
    if (!q) {
        return q.error();
    }
    QHash<QString, TransferMark> out;
    while (q.value().next()) {
        Transfer t;
        t.target = transferTargetFromKey(q.value().value(2).toString()).value_or(TransferTarget::ExpertTeam);
        t.department = q.value().value(3).toString();
        TransferMark& m = out[q.value().value(0).toString()];
        if (q.value().value(1).toString() == QLatin1String("open")) {
            m.open = true;
            m.targetName = t.targetName();
            m.holderName = q.value().value(4).toString();
        } else if (!m.open) {
            m.answeredUnseen = true;
            m.targetName = t.targetName();
        }
    }
    return out;
}

} // namespace hotline::workflow
