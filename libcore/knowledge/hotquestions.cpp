#include "knowledge/hotquestions.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::knowledge {
namespace {

qint64 startOfDay(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch();
}

Error articleNotFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::knowledge", "The article no longer exists."));
}

} // namespace

Outcome linkArticles(const QSqlDatabase& db, const QString& workOrderId, const QStringList& articleIds,
                     const QString& byOperatorId, IdGenerator& ids, const Clock& clock)
{
    QStringList unique = articleIds;
    unique.removeDuplicates();
    for (const QString& articleId : unique) {
        auto known = db::exec(db, QStringLiteral("SELECT 1 FROM kb_articles WHERE id = ?"), {articleId});
        if (!known) {
            return known.error();
        }
        if (!known.value().next()) {
            return articleNotFound();
        }
        auto linked = db::exec(db,
                               QStringLiteral("SELECT 1 FROM work_order_articles WHERE work_order_id = ? AND "
                                              "article_id = ?"),
                               {workOrderId, articleId});
        if (!linked) {
            return linked.error();
        }
        if (linked.value().next()) {
            continue;
        }
        const QString id = ids.next();
        const QDateTime now = clock.now();
        auto q = db::exec(db,
                          QStringLiteral("INSERT INTO work_order_articles (id, work_order_id, article_id, linked_by, "
                                         "linked_at) VALUES (?, ?, ?, ?, ?)"),
                          {id, workOrderId, articleId, byOperatorId, now.toMSecsSinceEpoch()});
        if (!q) {
            return q.error();
        }
        const QJsonObject fields{{QStringLiteral("work_order_id"), workOrderId},
                                 {QStringLiteral("article_id"), articleId},
                                 {QStringLiteral("linked_by"), byOperatorId},
                                 {QStringLiteral("linked_at"), now.toMSecsSinceEpoch()}};
        if (Outcome s = sync::appendChange(
                db, {QStringLiteral("work_order_article"), id, sync::Operation::Insert, fields, byOperatorId, now});
            !s) {
            return s;
        }
    }
    return Ok{};
}

Outcome linkArticle(db::Database& db, const QString& workOrderId, const QString& articleId,
                    const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    if (Outcome active = security::authorizeActive(db.connection(), by); !active) {
        return active;
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto order = db::exec(db.connection(), QStringLiteral("SELECT 1 FROM work_orders WHERE id = ?"), {workOrderId});
    if (!order) {
        return order.error();
    }
    if (!order.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::knowledge", "The work order no longer exists."));
    }
    auto linked = db::exec(
        db.connection(), QStringLiteral("SELECT 1 FROM work_order_articles WHERE work_order_id = ? AND article_id = ?"),
        {workOrderId, articleId});
    if (!linked) {
        return linked.error();
    }
    if (linked.value().next()) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::knowledge", "This article is already linked to the work order."));
    }
    if (Outcome s = linkArticles(db.connection(), workOrderId, {articleId}, by.id, ids, clock); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<LinkedArticle>> linkedArticles(const QSqlDatabase& db, const QString& workOrderId)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT a.id, a.title, l.linked_at FROM work_order_articles l JOIN kb_articles a "
                                     "ON a.id = l.article_id WHERE l.work_order_id = ? ORDER BY l.linked_at, a.title"),
                      {workOrderId});
    if (!q) {
        return q.error();
    }
    QList<LinkedArticle> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(),
                    QDateTime::fromMSecsSinceEpoch(q.value().value(2).toLongLong(), Qt::UTC)});
    }
    return out;
}

DayRange periodDays(HotPeriod period, const QDate& today)
{
    switch (period) {
    case HotPeriod::Today:
        return {today, today};
    case HotPeriod::ThisWeek:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case HotPeriod::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case HotPeriod::Last30Days:
        return {today.addDays(-29), today};
    case HotPeriod::Custom:
        break;
    }
    return {};
}

Result<QList<HotQuestion>> hotQuestions(const QSqlDatabase& db, const DayRange& days, int limit)
{
    if (!days.from.isValid() || !days.to.isValid() || days.from > days.to) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::knowledge",
                                        "Period: the first day must be a valid date no later than the last."),
            QStringLiteral("period"));
    }
    // Count per article first (the link index), then join the few counted articles and the pinned ones.
    auto q = db::exec(db,
                      QStringLiteral("SELECT a.id, a.title, c.name, coalesce(n.orders, 0) AS orders, a.pinned_at "
                                     "FROM kb_articles a JOIN kb_categories c ON c.id = a.category_id "
                                     "LEFT JOIN (SELECT article_id, count(DISTINCT work_order_id) AS orders "
                                     "           FROM work_order_articles WHERE linked_at >= ? AND linked_at < ? "
                                     "           GROUP BY article_id) n ON n.article_id = a.id "
                                     "WHERE a.status = 'published' AND (n.orders > 0 OR a.pinned_at IS NOT NULL) "
                                     "ORDER BY a.pinned_at IS NULL, a.pinned_at DESC, orders DESC, a.title LIMIT ?"),
                      {startOfDay(days.from), startOfDay(days.to.addDays(1)), limit});
    if (!q) {
        return q.error();
    }
    QList<HotQuestion> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        HotQuestion h{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toInt(), {}};
        if (!r.value(4).isNull()) {
            h.pinnedAt = QDateTime::fromMSecsSinceEpoch(r.value(4).toLongLong(), Qt::UTC);
        }
        out.append(h);
    }
    return out;
}

Outcome setPinned(db::Database& db, const QString& articleId, bool pinned, const security::Operator& by,
                  const Clock& clock)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ManageKnowledge); !allowed) {
        return allowed;
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q =
        db::exec(db.connection(), QStringLiteral("SELECT status, pinned_at IS NOT NULL FROM kb_articles WHERE id = ?"),
                 {articleId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return articleNotFound();
    }
    if (pinned && q.value().value(0).toString() != QLatin1String("published")) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge", "Only a published article can be pinned."));
    }
    if (q.value().value(1).toBool() == pinned) {
        return Ok{}; // already so: nothing to record
    }
    const QDateTime now = clock.now();
    const QVariant value = pinned ? QVariant(now.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
    auto u =
        db::exec(db.connection(), QStringLiteral("UPDATE kb_articles SET pinned_at = ?, updated_at = ? WHERE id = ?"),
                 {value, now.toMSecsSinceEpoch(), articleId});
    if (!u) {
        return u.error();
    }
    const QJsonObject fields{{QStringLiteral("pinned_at"), pinned ? QJsonValue(now.toMSecsSinceEpoch()) : QJsonValue()},
                             {QStringLiteral("updated_at"), now.toMSecsSinceEpoch()}};
    if (Outcome s = sync::appendChange(
            db.connection(), {QStringLiteral("kb_article"), articleId, sync::Operation::Update, fields, by.id, now});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace hotline::knowledge
