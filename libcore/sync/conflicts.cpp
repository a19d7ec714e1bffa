#include "sync/conflicts.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "sync/changelog.h"
#include "tickets/workorderrepository.h"
#include "tickets/workorderservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hotline::sync {
namespace {

// Conflict values are stored as a one-element JSON array, so that null and numbers survive as themselves.
QJsonValue unwrap(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

ConflictService::ConflictService(db::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QList<Conflict>> ConflictService::list(bool includeRestored) const
{
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT c.id, c.entity, c.entity_id, coalesce(w.ticket_no, c.entity_id), c.field, "
                                     "c.losing_value, c.winning_value, c.detected_at, c.restored_at "
                                     "FROM sync_conflicts c LEFT JOIN work_orders w ON c.entity = 'work_order' AND "
                                     "w.id = c.entity_id WHERE ? OR c.restored_at IS NULL ORDER BY c.detected_at DESC"),
                      {includeRestored ? 1 : 0});
    if (!q) {
        return q.error();
    }
    QList<Conflict> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                    r.value(4).toString(), unwrap(r.value(5).toString()), unwrap(r.value(6).toString()),
                    db::utcTime(r.value(7)), db::utcTime(r.value(8))});
    }
    return out;
}

Outcome ConflictService::restore(const QString& conflictId, tickets::WorkOrderService& service,
                                 const security::Operator& by)
{
    if (!by.supervises()) {
        return makeError(ErrorCode::Forbidden, QCoreApplication::translate(
                                                   "hotline::sync", "Only a team lead or an administrator may restore "
                                                                    "a value that lost a concurrent edit."));
    }
    auto all = list(true);
    if (!all) {
        return all.error();
    }
    const auto it = std::find_if(all->begin(), all->end(), [&](const Conflict& c) { return c.id == conflictId; });
    if (it == all->end()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::sync", "The conflict no longer exists."));
    }
    if (it->entity != QLatin1String("work_order")) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::sync", "Only work-order fields can be restored here."));
    }
    auto found = tickets::WorkOrderRepository(m_db.connection()).find(it->entityId);
    if (!found || !found.value()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::sync", "The work order no longer exists."));
    }
    tickets::WorkOrderDraft d = tickets::draftOf(*found.value());
    const QString v = it->losingValue.toString();
    const QHash<QString, std::function<void()>> setters{
        {QStringLiteral("caller_number"), [&] { d.callerNumber = v; }},
        {QStringLiteral("unit_name"), [&] { d.unitName = v; }},
        {QStringLiteral("taxpayer_id"), [&] { d.taxpayerId = v; }},
        {QStringLiteral("contact_name"), [&] { d.contactName = v; }},
        {QStringLiteral("contact_number"), [&] { d.contactNumber = v; }},
        {QStringLiteral("category_id"), [&] { d.categoryId = v; }},
        {QStringLiteral("question"), [&] { d.question = v; }},
        {QStringLiteral("answer"), [&] { d.answer = v; }},
        {QStringLiteral("channel"), [&] { d.channel = tickets::channelFromKey(v).value_or(d.channel); }},
        {QStringLiteral("difficulty"), [&] { d.difficulty = tickets::difficultyFromKey(v).value_or(d.difficulty); }},
    };
    const auto setter = setters.find(it->field);
    if (setter == setters.end()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::sync",
                                                     "The field \"%1\" cannot be restored here; change "
                                                     "it in the work order itself.")
                             .arg(it->field));
    }
    (*setter)();
    auto edited = service.edit(it->entityId, d, found.value()->version, by);
    if (!edited) {
        return edited.error();
    }
    db::Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (auto q = db::exec(m_db.connection(), QStringLiteral("UPDATE sync_conflicts SET restored_at = ? WHERE id = ?"),
                          {now, conflictId});
        !q) {
        return q.error();
    }
    if (Outcome s =
            appendChange(m_db.connection(), {QStringLiteral("conflict"), conflictId, Operation::Update,
                                             QJsonObject{{QStringLiteral("restored_at"), now}}, by.id, m_clock.now()});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace hotline::sync
