#include "tickets/workorderservice.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "knowledge/hotquestions.h"
#include "security/auditlog.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "sync/changelog.h"
#include "tickets/statusflow.h"
#include "tickets/validation.h"
#include "tickets/workorderrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::tickets {
namespace {

QJsonValue json(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue();
}

// The synced fields of a work order, as column name → value.
QJsonObject fieldsOf(const WorkOrder& w)
{
    return {{QStringLiteral("ticket_no"), w.ticketNo},
            {QStringLiteral("caller_number"), w.callerNumber},
            {QStringLiteral("unit_name"), w.unitName},
            {QStringLiteral("taxpayer_id"), w.taxpayerId},
            {QStringLiteral("contact_name"), w.contactName},
            {QStringLiteral("contact_number"), w.contactNumber},
            {QStringLiteral("channel"), key(w.channel)},
            {QStringLiteral("category_id"), w.categoryId},
            {QStringLiteral("difficulty"), key(w.difficulty)},
            {QStringLiteral("question"), w.question},
            {QStringLiteral("answer"), w.answer},
            {QStringLiteral("status"), key(w.status)},
            {QStringLiteral("owner_id"), w.ownerId},
            {QStringLiteral("created_by"), w.createdBy},
            {QStringLiteral("received_at"), json(w.receivedAt)},
            {QStringLiteral("due_at"), json(w.dueAt)},
            {QStringLiteral("resolved_at"), json(w.resolvedAt)},
            {QStringLiteral("call_id"), w.callId}};
}

QJsonObject changedFields(const WorkOrder& before, const WorkOrder& after)
{
    return sync::changedFields(fieldsOf(before), fieldsOf(after));
}

Error fieldError(const QString& field, const QString& label, const Error& e)
{
    return makeError(e.code, label + QStringLiteral("：") + e.message, field);
}

// Normalises an optional field in place; an empty value stays empty.
template <typename Normalise>
std::optional<Error> normaliseField(QString& value, const QString& field, const QString& label, Normalise normalise)
{
    value = value.trimmed();
    if (value.isEmpty()) {
        return std::nullopt;
    }
    auto r = normalise(value);
    if (!r) {
        return fieldError(field, label, r.error());
    }
    value = r.value();
    return std::nullopt;
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::tickets", "The work order no longer exists."));
}

// A value given in the masked form of the stored one stands for the stored one.
void keepIfMasked(QString& given, const QString& stored, QString (*mask)(const QString&))
{
    const QString trimmed = given.trimmed();
    if (!stored.isEmpty() && security::isMasked(trimmed) && trimmed == mask(stored)) {
        given = stored;
    }
}

} // namespace

WorkOrderService::WorkOrderService(db::Database& db, const Clock& clock, IdGenerator& ids, DeadlinePolicy deadlines)
    : m_db(db), m_clock(clock), m_ids(ids), m_deadlines(std::move(deadlines))
{
}

Result<WorkOrderDraft> WorkOrderService::validate(const WorkOrderDraft& input) const
{
    WorkOrderDraft d = input;
    d.question = d.question.trimmed();
    d.answer = d.answer.trimmed();
    d.unitName = d.unitName.simplified();
    d.contactName = d.contactName.simplified();
    if (d.channel == Channel::Phone && d.callerNumber.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::tickets", "Caller number: required for a phone call."),
                         QStringLiteral("caller_number"));
    }
    if (auto e = normaliseField(d.callerNumber, QStringLiteral("caller_number"),
                                QCoreApplication::translate("hotline::tickets", "Caller number"), normalizePhone)) {
        return *e;
    }
    if (auto e = normaliseField(d.contactNumber, QStringLiteral("contact_number"),
                                QCoreApplication::translate("hotline::tickets", "Contact number"), normalizePhone)) {
        return *e;
    }
    if (auto e = normaliseField(d.taxpayerId, QStringLiteral("taxpayer_id"),
                                QCoreApplication::translate("hotline::tickets", "Taxpayer ID"), normalizeTaxpayerId)) {
        return *e;
    }
    if (d.unitName.size() > 100) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::tickets", "Withholding unit: at most 100 characters."),
                         QStringLiteral("unit_name"));
    }
    if (d.contactName.size() > 30) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::tickets", "Contact name: at most 30 characters."),
                         QStringLiteral("contact_name"));
    }
    if (d.question.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::tickets", "Question: write down what the caller asked."),
                         QStringLiteral("question"));
    }
    if (d.question.size() > 4000 || d.answer.size() > 8000) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::tickets", "Question or answer: too long (4,000 / 8,000 characters)."),
            d.question.size() > 4000 ? QStringLiteral("question") : QStringLiteral("answer"));
    }
    if (d.resolvedOnFirstContact && d.answer.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::tickets",
                                                     "Answer: a question resolved during the call needs its answer."),
                         QStringLiteral("answer"));
    }
    auto topic = db::exec(m_db.connection(),
                          QStringLiteral("SELECT parent_id IS NOT NULL FROM categories WHERE id = ?"), {d.categoryId});
    if (!topic) {
        return topic.error();
    }
    if (!topic.value().next() || !topic.value().value(0).toBool()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::tickets", "Category: choose a topic of the category tree."),
            QStringLiteral("category_id"));
    }
    return d;
}

Result<WorkOrder> WorkOrderService::create(const WorkOrderDraft& draft, const security::Operator& by)
{
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active.error();
    }
    auto valid = validate(draft);
    if (!valid) {
        return valid.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto w = insertOne(valid.value(), by);
    if (!w) {
        return w.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return w;
}

Result<int> WorkOrderService::createMany(const QList<WorkOrderDraft>& drafts, const security::Operator& by)
{
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    for (const WorkOrderDraft& d : drafts) {
        auto valid = validate(d);
        if (!valid) {
            return valid.error();
        }
        if (auto w = insertOne(valid.value(), by); !w) {
            return w.error();
        }
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return static_cast<int>(drafts.size());
}

Result<WorkOrder> WorkOrderService::insertOne(const WorkOrderDraft& d, const security::Operator& by)
{
    WorkOrderRepository repo(m_db.connection());
    const QDateTime now = m_clock.now();
    WorkOrder w;
    w.id = m_ids.next();
    w.receivedAt = d.receivedAt.isValid() ? d.receivedAt.toUTC() : now;
    auto station = repo.stationCode(w.id);
    auto seq = repo.takeTicketSequence();
    if (!station || !seq) {
        return !station ? station.error() : seq.error();
    }
    w.ticketNo =
        QStringLiteral("%1-%2-%3")
            .arg(w.receivedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyyMMdd")), station.value())
            .arg(seq.value(), 4, 10, QLatin1Char('0'));
    applyDraft(w, d);
    w.callId = d.callId.trimmed().left(64); // set once, when the call is taken; edits never change it
    w.status = d.resolvedOnFirstContact ? Status::Resolved : Status::New;
    w.ownerId = by.id;
    w.createdBy = by.id;
    w.dueAt = m_deadlines.dueAt(w.receivedAt, w.difficulty).toUTC();
    w.updatedAt = now;
    w.resolvedAt = d.resolvedOnFirstContact ? now : QDateTime();
    if (Outcome s = repo.insert(w); !s) {
        return s.error();
    }
    if (Outcome s = sync::appendChange(
            m_db.connection(), {QStringLiteral("work_order"), w.id, sync::Operation::Insert, fieldsOf(w), by.id, now});
        !s) {
        return s.error();
    }
    const QString detail = d.resolvedOnFirstContact ? QStringLiteral("resolved") : QString();
    if (Outcome s = appendEvent(w.id, QStringLiteral("created"), detail, {}, by); !s) {
        return s.error();
    }
    if (Outcome s = knowledge::linkArticles(m_db.connection(), w.id, d.articleIds, by.id, m_ids, m_clock); !s) {
        return s.error();
    }
    return w;
}

Result<WorkOrder> WorkOrderService::load(const QString& id) const
{
    auto found = WorkOrderRepository(m_db.connection()).find(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    return *found.value();
}

Result<WorkOrder> WorkOrderService::loadForChange(const QString& id, const security::Operator& by) const
{
    auto found = load(id);
    if (!found) {
        return found;
    }
    const WorkOrder& w = found.value();
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active.error();
    }
    if (w.ownerId != by.id && !security::authorize(m_db.connection(), by, security::Permission::EditAnyWorkOrder)) {
        auto owner = security::OperatorRepository(m_db.connection()).find(w.ownerId);
        const QString name = owner && owner.value() ? owner.value()->name : w.ownerId;
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate(
                             "hotline::tickets",
                             "Work order %1 belongs to %2 (first-contact ownership). Ask %2 or a team lead to "
                             "transfer it to you.")
                             .arg(w.ticketNo, name));
    }
    return w;
}

Outcome WorkOrderService::appendEvent(const QString& workOrderId, const QString& kind, const QString& detail,
                                      const QString& note, const security::Operator& by)
{
    const TimelineEvent e{m_ids.next(), workOrderId, m_clock.now(), by.id, by.name, kind, detail, note};
    if (Outcome s = WorkOrderRepository(m_db.connection()).appendEvent(e); !s) {
        return s;
    }
    const QJsonObject fields{{QStringLiteral("work_order_id"), workOrderId},
                             {QStringLiteral("at"), json(e.at)},
                             {QStringLiteral("operator_id"), by.id},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("detail"), detail},
                             {QStringLiteral("note"), note}};
    return sync::appendChange(m_db.connection(),
                              {QStringLiteral("work_order_event"), e.id, sync::Operation::Insert, fields, by.id, e.at});
}

Result<WorkOrder> WorkOrderService::commitChange(db::Transaction& tx, const WorkOrder& before, WorkOrder after,
                                                 const QString& kind, const QString& detail, const QString& note,
                                                 const security::Operator& by)
{
    auto written = writeChange(before, std::move(after), kind, detail, note, by);
    if (!written) {
        return written;
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return written;
}

Result<WorkOrder> WorkOrderService::writeChange(const WorkOrder& before, WorkOrder after, const QString& kind,
                                                const QString& detail, const QString& note,
                                                const security::Operator& by)
{
    after.version = before.version + 1;
    after.updatedAt = m_clock.now();
    if (Outcome s = WorkOrderRepository(m_db.connection()).update(after); !s) {
        return s.error();
    }
    if (Outcome s =
            sync::appendChange(m_db.connection(), {QStringLiteral("work_order"), after.id, sync::Operation::Update,
                                                   changedFields(before, after), by.id, after.updatedAt});
        !s) {
        return s.error();
    }
    if (Outcome s = appendEvent(after.id, kind, detail, note, by); !s) {
        return s.error();
    }
    return after;
}

Result<WorkOrder> WorkOrderService::changeStatusInTransaction(const QString& id, Status to, const QString& note,
                                                              const security::Operator& by)
{
    auto before = load(id);
    if (!before) {
        return before;
    }
    if (!canTransition(before->status, to)) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::tickets", "A work order that is %1 cannot become %2.")
                             .arg(displayName(before->status), displayName(to)));
    }
    WorkOrder after = before.value();
    after.status = to;
    const QString detail = key(before->status) + QLatin1Char('>') + key(to);
    return writeChange(before.value(), after, QStringLiteral("status"), detail, note.trimmed(), by);
}

Outcome WorkOrderService::appendEventInTransaction(const QString& id, const QString& kind, const QString& detail,
                                                   const QString& note, const security::Operator& by)
{
    return appendEvent(id, kind, detail, note, by);
}

Result<WorkOrder> WorkOrderService::edit(const QString& id, const WorkOrderDraft& input, int expectedVersion,
                                         const security::Operator& by)
{
    WorkOrderDraft changes = input;
    if (security::isMasked(changes.callerNumber) || security::isMasked(changes.taxpayerId) ||
        security::isMasked(changes.contactNumber)) {
        auto stored = WorkOrderRepository(m_db.connection()).find(id);
        if (!stored) {
            return stored.error();
        }
        if (stored.value()) {
            keepIfMasked(changes.callerNumber, stored.value()->callerNumber, security::maskPhone);
            keepIfMasked(changes.contactNumber, stored.value()->contactNumber, security::maskPhone);
            keepIfMasked(changes.taxpayerId, stored.value()->taxpayerId, security::maskTaxpayerId);
        }
    }
    auto valid = validate(changes);
    if (!valid) {
        return valid.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = loadForChange(id, by);
    if (!before) {
        return before.error();
    }
    if (before->version != expectedVersion) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "hotline::tickets",
                             "Work order %1 was changed by someone else meanwhile. Reload it to see the changes.")
                             .arg(before->ticketNo));
    }
    WorkOrder after = before.value();
    applyDraft(after, valid.value());
    if (after.difficulty != before->difficulty) {
        after.dueAt = m_deadlines.dueAt(after.receivedAt, after.difficulty).toUTC();
    }
    const QJsonObject changed = changedFields(before.value(), after);
    if (Outcome s = knowledge::linkArticles(m_db.connection(), id, valid->articleIds, by.id, m_ids, m_clock); !s) {
        return s.error();
    }
    if (changed.isEmpty()) {
        if (Outcome s = tx.commit(); !s) { // only links, if any
            return s.error();
        }
        return before;
    }
    return commitChange(tx, before.value(), after, QStringLiteral("edited"), changed.keys().join(QLatin1Char(',')), {},
                        by);
}

Result<WorkOrder> WorkOrderService::changeStatus(const QString& id, Status to, const QString& note,
                                                 const security::Operator& by)
{
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = loadForChange(id, by);
    if (!before) {
        return before.error();
    }
    if (!canTransition(before->status, to)) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::tickets", "A work order that is %1 cannot become %2.")
                             .arg(displayName(before->status), displayName(to)));
    }
    if (to == Status::Resolved && before->answer.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::tickets",
                                                     "Record the answer given before marking the work order resolved."),
                         QStringLiteral("answer"));
    }
    WorkOrder after = before.value();
    after.status = to;
    if (to == Status::Resolved) {
        after.resolvedAt = m_clock.now();
    } else if (!isOpen(before->status) && isOpen(to)) {
        after.resolvedAt = QDateTime(); // reopened
    }
    const QString detail = key(before->status) + QLatin1Char('>') + key(to);
    return commitChange(tx, before.value(), after, QStringLiteral("status"), detail, note.trimmed(), by);
}

Result<WorkOrder> WorkOrderService::transfer(const QString& id, const QString& toOperatorId, const QString& reason,
                                             const security::Operator& by)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::tickets", "A transfer needs its reason."),
                         QStringLiteral("reason"));
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = loadForChange(id, by);
    if (!before) {
        return before.error();
    }
    if (before->status == Status::Closed) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::tickets", "A closed work order cannot be transferred."));
    }
    security::OperatorRepository operators(m_db.connection());
    auto to = operators.find(toOperatorId);
    if (!to) {
        return to.error();
    }
    if (!to.value()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::tickets", "The colleague to transfer to is unknown."));
    }
    if (toOperatorId == before->ownerId) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::tickets", "%1 already owns this work order.").arg(to.value()->name));
    }
    WorkOrder after = before.value();
    after.ownerId = toOperatorId;
    return commitChange(tx, before.value(), after, QStringLiteral("transfer"),
                        before->ownerId + QLatin1Char('>') + toOperatorId, reason.trimmed(), by);
}

Outcome WorkOrderService::addNote(const QString& id, const QString& note, const security::Operator& by)
{
    if (note.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("hotline::tickets", "The note is empty."),
                         QStringLiteral("note"));
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto found = load(id); !found) {
        return found.error();
    }
    if (Outcome active = security::authorizeActive(m_db.connection(), by); !active) {
        return active;
    }
    if (Outcome s = appendEvent(id, QStringLiteral("note"), {}, note.trimmed(), by); !s) {
        return s;
    }
    return tx.commit();
}

WorkOrder WorkOrderService::masked(WorkOrder w)
{
    w.callerNumber = security::maskPhone(w.callerNumber);
    w.contactNumber = security::maskPhone(w.contactNumber);
    w.taxpayerId = security::maskTaxpayerId(w.taxpayerId);
    return w;
}

Result<WorkOrder> WorkOrderService::view(const QString& id, const security::Operator& by) const
{
    auto found = load(id);
    if (!found) {
        return found;
    }
    if (security::authorize(m_db.connection(), by, security::Permission::ViewTaxpayerData)) {
        return found;
    }
    return masked(found.value());
}

Result<TaxpayerData> WorkOrderService::reveal(const QString& id, const security::Operator& by)
{
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto found = load(id);
    if (!found) {
        return found.error();
    }
    const WorkOrder& w = found.value();
    if (Outcome s = security::authorizeReveal(m_db.connection(), by, w.ownerId); !s) {
        return s.error();
    }
    const TaxpayerData data{w.callerNumber, w.taxpayerId, w.contactNumber};
    QStringList fields;
    for (const auto& [name, value] : {std::pair{QStringLiteral("caller_number"), data.callerNumber},
                                      std::pair{QStringLiteral("taxpayer_id"), data.taxpayerId},
                                      std::pair{QStringLiteral("contact_number"), data.contactNumber}}) {
        if (!value.isEmpty()) {
            fields << name;
        }
    }
    if (fields.isEmpty()) {
        return data; // nothing to reveal, nothing to record
    }
    if (auto e = security::AuditLog(m_db.connection())
                     .append(security::AuditAction::Reveal, by.id, w.id,
                             w.ticketNo + QLatin1Char(' ') + fields.join(QLatin1Char(',')), m_ids, m_clock);
        !e) {
        return e.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return data;
}

} // namespace hotline::tickets
