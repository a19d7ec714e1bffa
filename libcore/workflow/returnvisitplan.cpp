#include "workflow/returnvisitplan.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "qa/samplepick.h"
#include "security/auditlog.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace hotline::workflow {
namespace {

qint64 beijingMidnight(QDate d)
{
    return QDateTime(d, QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch();
}

// The visits made from plan items, one row per item: how many and the latest verdict (SQLite takes the bare verdict
// from the row of max(visited_at)). return_visits has no index on plan_item_id (schema 12): grouping it once is one
// scan, where a subquery per item would scan it once per item.
const QString kVisitsPerItem =
    QStringLiteral("(SELECT plan_item_id, count(*) AS n, verdict, max(visited_at) FROM return_visits "
                   " WHERE plan_item_id IS NOT NULL GROUP BY plan_item_id)");

const QString kItemSelect =
    QStringLiteral(
        "SELECT i.id, i.plan_id, p.title, i.work_order_id, w.ticket_no, i.assignee_id, coalesce(o.name, ''), "
        "w.question, w.answer, w.contact_name, CASE WHEN w.contact_number <> '' THEN w.contact_number "
        "ELSE w.caller_number END, w.resolved_at, coalesce(v.n, 0), v.verdict "
        "FROM return_visit_plan_items i JOIN return_visit_plans p ON p.id = i.plan_id "
        "JOIN work_orders w ON w.id = i.work_order_id LEFT JOIN operators o ON o.id = i.assignee_id "
        "LEFT JOIN ") +
    kVisitsPerItem + QStringLiteral(" v ON v.plan_item_id = i.id ");

Result<QList<PlanItem>> readItems(const QSqlDatabase& db, const QString& where, const QVariantList& binds,
                                  const QString& order, bool unmasked)
{
    auto q = db::exec(db, kItemSelect + where + order, binds);
    if (!q) {
        return q.error();
    }
    QList<PlanItem> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        PlanItem it;
        it.id = r.value(0).toString();
        it.planId = r.value(1).toString();
        it.planTitle = r.value(2).toString();
        it.workOrderId = r.value(3).toString();
        it.ticketNo = r.value(4).toString();
        it.assigneeId = r.value(5).toString();
        it.assigneeName = r.value(6).toString();
        it.question = r.value(7).toString();
        it.answer = r.value(8).toString();
        it.contactName = r.value(9).toString();
        const QString number = r.value(10).toString();
        it.contactNumber = unmasked ? number : security::maskPhone(number);
        it.resolvedAt = db::utcTime(r.value(11));
        it.visits = r.value(12).toInt();
        it.lastVerdict = satisfaction::ratingFromKey(r.value(13).toString());
        out.append(it);
    }
    return out;
}

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

} // namespace

std::pair<QDate, QDate> defaultPlanPeriod(QDate today)
{
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    return {thisMonday.addDays(-7), thisMonday.addDays(-1)};
}

int planSize(int candidates, int sharePercent)
{
    if (candidates <= 0 || sharePercent <= 0) {
        return 0;
    }
    const qint64 n = (qint64(candidates) * sharePercent + 99) / 100;
    return int(std::min<qint64>(n, candidates));
}

ReturnVisitPlanService::ReturnVisitPlanService(QSqlDatabase db, const Clock& clock, IdGenerator& ids)
    : m_db(std::move(db)), m_clock(clock), m_ids(ids)
{
}

Result<ReturnVisitPlan> ReturnVisitPlanService::create(const PlanDraft& d, const security::Operator& by)
{
    if (auto allowed = security::authorize(m_db, by, security::Permission::PlanReturnVisits); !allowed) {
        return allowed.error();
    }
    if (!d.from.isValid() || !d.to.isValid() || d.to < d.from) {
        return invalid(QCoreApplication::translate("hotline::workflow",
                                                   "The period must have a start date on or before its end date."),
                       QStringLiteral("period"));
    }
    const QDateTime now = m_clock.now();
    if (d.from > now.toTimeZone(calendar::beijingTime()).date()) {
        return invalid(QCoreApplication::translate("hotline::workflow", "The period cannot start in the future."),
                       QStringLiteral("period"));
    }
    if (d.sharePercent < 1 || d.sharePercent > 100) {
        return invalid(QCoreApplication::translate("hotline::workflow", "The share must be from 1 to 100 percent."),
                       QStringLiteral("share"));
    }
    if (d.seed && (*d.seed < 0 || *d.seed > qa::kMaxSeed)) {
        return invalid(
            QCoreApplication::translate("hotline::workflow", "The seed must be from 0 to %1.").arg(qa::kMaxSeed),
            QStringLiteral("seed"));
    }
    QString title = d.title.trimmed();
    if (title.size() > kMaxPlanTitleLength) {
        return invalid(
            QCoreApplication::translate("hotline::workflow", "The title has %1 characters; at most %2 are allowed.")
                .arg(title.size())
                .arg(kMaxPlanTitleLength),
            QStringLiteral("title"));
    }
    if (title.isEmpty()) {
        title = QCoreApplication::translate("hotline::workflow", "Return visits %1 to %2")
                    .arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate));
    }
    if (d.agentIds.isEmpty()) {
        return invalid(
            QCoreApplication::translate("hotline::workflow", "Choose at least one agent to make the visits."),
            QStringLiteral("agents"));
    }
    // The agents in ascending (name, id): the documented dealing order.
    QList<std::pair<QString, QString>> agents; // name, id
    for (const QString& id : d.agentIds) {
        auto q = db::exec(m_db, QStringLiteral("SELECT name, active FROM operators WHERE id = ?"), {id});
        if (!q) {
            return q.error();
        }
        if (!q.value().next() || !q.value().value(1).toBool()) {
            return invalid(QCoreApplication::translate("hotline::workflow",
                                                       "An agent chosen for the visits is unknown or inactive."),
                           QStringLiteral("agents"));
        }
        if (std::none_of(agents.cbegin(), agents.cend(), [&id](const auto& a) { return a.second == id; })) {
            agents.append({q.value().value(0).toString(), id});
        }
    }
    std::sort(agents.begin(), agents.end());

    const qint64 from = beijingMidnight(d.from);
    const qint64 to = beijingMidnight(d.to.addDays(1));
    // Work orders already in a plan are left out; read as a set (return_visit_plan_items has no index on
    // work_order_id, so a NOT EXISTS per candidate would scan the items once per candidate).
    auto planned = db::exec(m_db,
                            QStringLiteral("SELECT i.work_order_id FROM return_visit_plan_items i "
                                           "JOIN work_orders w ON w.id = i.work_order_id "
                                           "WHERE w.resolved_at >= ? AND w.resolved_at < ?"),
                            {from, to});
    if (!planned) {
        return planned.error();
    }
    QSet<QString> inPlans;
    while (planned.value().next()) {
        inPlans.insert(planned.value().value(0).toString());
    }
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT w.id FROM work_orders w "
                                     "WHERE w.status IN ('resolved', 'awaiting_visit', 'closed') "
                                     "AND w.resolved_at >= ? AND w.resolved_at < ? "
                                     "ORDER BY w.resolved_at, w.id"),
                      {from, to});
    if (!q) {
        return q.error();
    }
    QStringList candidates;
    while (q.value().next()) {
        if (const QString id = q.value().value(0).toString(); !inPlans.contains(id)) {
            candidates.append(id);
        }
    }
    if (candidates.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::workflow",
                                                   "No work order was resolved in the period that is not already in "
                                                   "a return-visit plan."),
                       QStringLiteral("period"));
    }
    const qint64 seed = d.seed ? *d.seed : qint64(QRandomGenerator::global()->generate64() & quint64(qa::kMaxSeed));
    std::mt19937_64 gen(static_cast<std::uint64_t>(seed));
    const QStringList picks = qa::pickRandom(candidates, planSize(int(candidates.size()), d.sharePercent), gen);

    ReturnVisitPlan plan;
    plan.id = m_ids.next();
    plan.title = title;
    plan.periodFrom = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    plan.periodTo = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    plan.sharePercent = d.sharePercent;
    plan.seed = seed;
    plan.createdBy = by.id;
    plan.createdByName = by.name;
    plan.createdAt = now;
    plan.total = int(picks.size());

    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    const qint64 at = now.toMSecsSinceEpoch();
    if (auto ins =
            db::exec(m_db,
                     QStringLiteral("INSERT INTO return_visit_plans (id, title, period_from, period_to, "
                                    "share_percent, seed, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {plan.id, title, from, to, d.sharePercent, seed, by.id, at});
        !ins) {
        return ins.error();
    }
    const QJsonObject planFields{{QStringLiteral("title"), title},  {QStringLiteral("period_from"), from},
                                 {QStringLiteral("period_to"), to}, {QStringLiteral("share_percent"), d.sharePercent},
                                 {QStringLiteral("seed"), seed},    {QStringLiteral("created_by"), by.id},
                                 {QStringLiteral("created_at"), at}};
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("return_visit_plan"), plan.id, sync::Operation::Insert, planFields, by.id, now});
        !s) {
        return s.error();
    }
    for (qsizetype i = 0; i < picks.size(); ++i) {
        const QString itemId = m_ids.next();
        const QString assignee = agents.at(i % agents.size()).second;
        if (auto ins = db::exec(m_db,
                                QStringLiteral("INSERT INTO return_visit_plan_items (id, plan_id, work_order_id, "
                                               "assignee_id) VALUES (?, ?, ?, ?)"),
                                {itemId, plan.id, picks.at(i), assignee});
            !ins) {
            return ins.error();
        }
        const QJsonObject itemFields{{QStringLiteral("plan_id"), plan.id},
                                     {QStringLiteral("work_order_id"), picks.at(i)},
                                     {QStringLiteral("assignee_id"), assignee}};
        if (Outcome s = sync::appendChange(m_db, {QStringLiteral("return_visit_plan_item"), itemId,
                                                  sync::Operation::Insert, itemFields, by.id, now});
            !s) {
            return s.error();
        }
    }
    if (Outcome committed = tx.commit(); !committed) {
        return committed.error();
    }
    return plan;
}

Result<QList<ReturnVisitPlan>> ReturnVisitPlanService::plans(const security::Operator& by) const
{
    if (auto allowed = security::authorize(m_db, by, security::Permission::PlanReturnVisits); !allowed) {
        return allowed.error();
    }
    auto q = db::exec(m_db, QStringLiteral("SELECT p.id, p.title, p.period_from, p.period_to, p.share_percent, p.seed, "
                                           "p.created_by, coalesce(o.name, ''), p.created_at, count(i.id), count(v.n) "
                                           "FROM return_visit_plans p LEFT JOIN operators o ON o.id = p.created_by "
                                           "LEFT JOIN return_visit_plan_items i ON i.plan_id = p.id "
                                           "LEFT JOIN ") +
                                kVisitsPerItem +
                                QStringLiteral(" v ON v.plan_item_id = i.id "
                                               "GROUP BY p.id "
                                               "ORDER BY p.created_at DESC, p.id"));
    if (!q) {
        return q.error();
    }
    QList<ReturnVisitPlan> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ReturnVisitPlan p;
        p.id = r.value(0).toString();
        p.title = r.value(1).toString();
        p.periodFrom = db::utcTime(r.value(2));
        p.periodTo = db::utcTime(r.value(3));
        p.sharePercent = r.value(4).toInt();
        p.seed = r.value(5).toLongLong();
        p.createdBy = r.value(6).toString();
        p.createdByName = r.value(7).toString();
        p.createdAt = db::utcTime(r.value(8));
        p.total = r.value(9).toInt();
        p.done = r.value(10).toInt();
        out.append(p);
    }
    return out;
}

Result<QList<PlanItem>> ReturnVisitPlanService::items(const QString& planId, const security::Operator& by) const
{
    if (auto allowed = security::authorize(m_db, by, security::Permission::PlanReturnVisits); !allowed) {
        return allowed.error();
    }
    return readItems(m_db, QStringLiteral("WHERE i.plan_id = ? "), {planId},
                     QStringLiteral("ORDER BY o.name, w.resolved_at, i.id"),
                     security::authorize(m_db, by, security::Permission::ViewTaxpayerData).ok());
}

Result<QList<PlanItem>> ReturnVisitPlanService::myVisits(const security::Operator& by) const
{
    if (auto active = security::authorizeActive(m_db, by); !active) {
        return active.error();
    }
    // The agent calls the taxpayer back: the number is what they need, so it is shown like the work order's own.
    return readItems(m_db, QStringLiteral("WHERE i.assignee_id = ? "), {by.id},
                     QStringLiteral("ORDER BY coalesce(v.n, 0) > 0, w.resolved_at, i.id"),
                     security::authorize(m_db, by, security::Permission::ViewTaxpayerData).ok());
}

Result<QString> ReturnVisitPlanService::revealContact(const QString& itemId, const security::Operator& by)
{
    if (auto active = security::authorizeActive(m_db, by); !active) {
        return active.error();
    }
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT i.assignee_id, w.id, w.ticket_no, CASE WHEN w.contact_number <> '' "
                                     "THEN w.contact_number ELSE w.caller_number END "
                                     "FROM return_visit_plan_items i JOIN work_orders w ON w.id = i.work_order_id "
                                     "WHERE i.id = ?"),
                      {itemId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                                  "hotline::workflow", "The return-visit plan item no longer exists."));
    }
    if (q.value().value(0).toString() != by.id) {
        if (auto allowed = security::authorize(m_db, by, security::Permission::ViewTaxpayerData); !allowed) {
            return makeError(ErrorCode::Forbidden,
                             QCoreApplication::translate("hotline::workflow",
                                                         "Only the agent the visit was dealt to may see the number."));
        }
    }
    const QString workOrderId = q.value().value(1).toString();
    const QString ticketNo = q.value().value(2).toString();
    const QString number = q.value().value(3).toString();
    if (number.isEmpty()) {
        return number;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (auto e =
            security::AuditLog(m_db).append(security::AuditAction::Reveal, by.id, workOrderId,
                                            ticketNo + QStringLiteral(" contact_number return_visit"), m_ids, m_clock);
        !e) {
        return e.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return number;
}

} // namespace hotline::workflow
