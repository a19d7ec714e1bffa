#include "satisfaction/returnvisits.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::satisfaction {

QString key(VisitMethod m)
{
    switch (m) {
    case VisitMethod::Phone:
        return QStringLiteral("phone");
    case VisitMethod::Sms:
        return QStringLiteral("sms");
    case VisitMethod::Email:
        return QStringLiteral("email");
    case VisitMethod::Onsite:
        return QStringLiteral("onsite");
    case VisitMethod::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<VisitMethod> visitMethodFromKey(const QString& k)
{
    for (VisitMethod m : kAllVisitMethods) {
        if (key(m) == k) {
            return m;
        }
    }
    return std::nullopt;
}

QString displayName(VisitMethod m)
{
    switch (m) {
    case VisitMethod::Phone:
        return QCoreApplication::translate("hotline::satisfaction", "Phone");
    case VisitMethod::Sms:
        return QCoreApplication::translate("hotline::satisfaction", "SMS");
    case VisitMethod::Email:
        return QCoreApplication::translate("hotline::satisfaction", "Email");
    case VisitMethod::Onsite:
        return QCoreApplication::translate("hotline::satisfaction", "On site");
    case VisitMethod::Other:
        return QCoreApplication::translate("hotline::satisfaction", "Other");
    }
    return {};
}

QString verdictText(const std::optional<Rating>& verdict)
{
    return verdict ? displayName(*verdict) : QCoreApplication::translate("hotline::satisfaction", "Not reached");
}

ReturnVisitService::ReturnVisitService(QSqlDatabase db, const Clock& clock, IdGenerator& ids)
    : m_db(std::move(db)), m_clock(clock), m_ids(ids)
{
}

Result<ReturnVisit> ReturnVisitService::record(const ReturnVisitDraft& draft, const security::Operator& by)
{
    if (auto active = security::authorizeActive(m_db, by); !active) {
        return active.error();
    }
    auto wo = db::exec(m_db, QStringLiteral("SELECT owner_id, received_at FROM work_orders WHERE id = ?"),
                       {draft.workOrderId});
    if (!wo) {
        return wo.error();
    }
    if (!wo.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::satisfaction", "The work order no longer exists."));
    }
    const QString ownerId = wo.value().value(0).toString();
    const qint64 receivedAt = wo.value().value(1).toLongLong();
    bool dealtToMe = false; // a plan item dealt to by lets them visit a work order they do not own
    if (!draft.planItemId.isEmpty()) {
        auto item = db::exec(
            m_db, QStringLiteral("SELECT work_order_id, assignee_id FROM return_visit_plan_items WHERE id = ?"),
            {draft.planItemId});
        if (!item) {
            return item.error();
        }
        if (!item.value().next()) {
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("hotline::satisfaction", "The return-visit plan item no longer exists."),
                QStringLiteral("plan_item"));
        }
        if (item.value().value(0).toString() != draft.workOrderId) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::satisfaction",
                                                         "The return-visit plan item is for another work order."),
                             QStringLiteral("plan_item"));
        }
        dealtToMe = item.value().value(1).toString() == by.id;
    }
    if (!draft.verdict && draft.resolved) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::satisfaction",
                                                     "Whether the problem was resolved is asked only of a taxpayer "
                                                     "who was reached."),
                         QStringLiteral("resolved"));
    }
    if (ownerId != by.id && !dealtToMe) {
        if (auto allowed = security::authorize(m_db, by, security::Permission::EditAnyWorkOrder); !allowed) {
            return makeError(ErrorCode::Forbidden,
                             QCoreApplication::translate("hotline::satisfaction",
                                                         "Only the work order's owner or a team lead may record a "
                                                         "return visit on it."));
        }
    }
    const QDateTime now = m_clock.now();
    if (!draft.visitedAt.isValid() || draft.visitedAt > now.addSecs(60)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::satisfaction",
                                                     "The time of the return visit cannot be in the future."),
                         QStringLiteral("visited_at"));
    }
    if (draft.visitedAt.toMSecsSinceEpoch() < receivedAt) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::satisfaction",
                                                     "The return visit cannot be before the work order was received."),
                         QStringLiteral("visited_at"));
    }
    const QString note = draft.note.trimmed().isNull() ? QStringLiteral("") : draft.note.trimmed();
    if (note.size() > kMaxVisitNoteLength) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::satisfaction", "The note has %1 characters; at most %2 are allowed.")
                .arg(note.size())
                .arg(kMaxVisitNoteLength),
            QStringLiteral("note"));
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    ReturnVisit v;
    v.id = m_ids.next();
    v.workOrderId = draft.workOrderId;
    v.visitorId = by.id;
    v.visitorName = by.name;
    v.visitedAt = draft.visitedAt;
    v.method = draft.method;
    v.verdict = draft.verdict;
    v.note = note;
    v.createdAt = now;
    v.resolved = draft.resolved;
    v.planItemId = draft.planItemId;
    const QString verdict = draft.verdict ? key(*draft.verdict) : QStringLiteral("unreachable");
    auto ins = db::exec(m_db,
                        QStringLiteral("INSERT INTO return_visits (id, work_order_id, visitor_id, visited_at, method, "
                                       "verdict, note, created_at, resolved, plan_item_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {v.id, v.workOrderId, by.id, v.visitedAt.toMSecsSinceEpoch(), key(v.method), verdict, note,
                         now.toMSecsSinceEpoch(),
                         v.resolved ? QVariant(*v.resolved ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)),
                         v.planItemId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.planItemId)});
    if (!ins) {
        return ins.error();
    }
    QJsonObject fields{{QStringLiteral("work_order_id"), v.workOrderId},
                       {QStringLiteral("visitor_id"), by.id},
                       {QStringLiteral("visited_at"), v.visitedAt.toMSecsSinceEpoch()},
                       {QStringLiteral("method"), key(v.method)},
                       {QStringLiteral("verdict"), verdict},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("created_at"), now.toMSecsSinceEpoch()}};
    // Only when set: an older centre or workstation without the columns still takes the visit.
    if (v.resolved) {
        fields.insert(QStringLiteral("resolved"), *v.resolved ? 1 : 0);
    }
    if (!v.planItemId.isEmpty()) {
        fields.insert(QStringLiteral("plan_item_id"), v.planItemId);
    }
    if (auto logged = sync::appendChange(
            m_db, {QStringLiteral("return_visit"), v.id, sync::Operation::Insert, fields, by.id, now});
        !logged) {
        return logged.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return v;
}

Result<QList<ReturnVisit>> ReturnVisitService::list(const QString& workOrderId, const security::Operator& by) const
{
    if (auto active = security::authorizeActive(m_db, by); !active) {
        return active.error();
    }
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT v.id, v.visitor_id, coalesce(o.name, ''), v.visited_at, v.method, "
                                     "v.verdict, v.note, v.created_at, v.resolved, coalesce(v.plan_item_id, '') "
                                     "FROM return_visits v "
                                     "LEFT JOIN operators o ON o.id = v.visitor_id WHERE v.work_order_id = ? "
                                     "ORDER BY v.visited_at, v.id"),
                      {workOrderId});
    if (!q) {
        return q.error();
    }
    QList<ReturnVisit> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ReturnVisit v;
        v.id = r.value(0).toString();
        v.workOrderId = workOrderId;
        v.visitorId = r.value(1).toString();
        v.visitorName = r.value(2).toString();
        v.visitedAt = QDateTime::fromMSecsSinceEpoch(r.value(3).toLongLong(), Qt::UTC);
        v.method = visitMethodFromKey(r.value(4).toString()).value_or(VisitMethod::Other);
        v.verdict = ratingFromKey(r.value(5).toString());
        v.note = r.value(6).toString();
        v.createdAt = QDateTime::fromMSecsSinceEpoch(r.value(7).toLongLong(), Qt::UTC);
        v.resolved = r.value(8).isNull() ? std::nullopt : std::optional<bool>(r.value(8).toInt() == 1);
        v.planItemId = r.value(9).toString();
        out << v;
    }
    return out;
}

} // namespace hotline::satisfaction
