#include "robot/gaps.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"
#include "tickets/workorderservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace hotline::robot {
namespace {

Error gapNotFound()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("hotline::robot", "The gap no longer exists."));
}

struct GapRow {
    QString question;
    QString workOrderId;
    bool closed = false;
};

Result<std::optional<GapRow>> findGap(const QSqlDatabase& db, const QString& id)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT question, coalesce(work_order_id, ''), closed_at IS NOT NULL "
                                     "FROM kb_gaps WHERE id = ?"),
                      {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<GapRow>{};
    }
    return std::optional<GapRow>{
        GapRow{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toBool()}};
}

// The ids of the open asks of the same question as `question`.
Result<QStringList> openRepeats(const QSqlDatabase& db, const QString& question)
{
    auto q = db::exec(db, QStringLiteral("SELECT id, question FROM kb_gaps WHERE closed_at IS NULL"));
    if (!q) {
        return q.error();
    }
    const QString wanted = normalizedQuestion(question);
    QStringList ids;
    while (q.value().next()) {
        if (normalizedQuestion(q.value().value(1).toString()) == wanted) {
            ids << q.value().value(0).toString();
        }
    }
    return ids;
}

} // namespace

QString normalizedQuestion(const QString& question)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression trailing(QStringLiteral("[?？!！。.,，、~～]+$"));
    QString s = question.toCaseFolded();
    s.remove(spaces); // Chinese needs no spaces: "今天天气 怎么样" is "今天天气怎么样"
    s.remove(trailing);
    return s;
}

Result<QString> logGap(db::Database& db, const QString& question, const QString& askedBy, const QString& bestArticleId,
                       double confidence, IdGenerator& ids, const Clock& clock)
{
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    const QString id = ids.next();
    const QDateTime now = clock.now();
    const QString text = question.simplified();
    auto q = db::exec(db.connection(),
                      QStringLiteral("INSERT INTO kb_gaps (id, question, asked_by, asked_at, best_article_id, "
                                     "confidence) VALUES (?, ?, ?, ?, ?, ?)"),
                      {id, text, askedBy, now.toMSecsSinceEpoch(),
                       bestArticleId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(bestArticleId),
                       confidence});
    if (!q) {
        return q.error();
    }
    const QJsonObject fields{
        {QStringLiteral("question"), text},
        {QStringLiteral("asked_by"), askedBy},
        {QStringLiteral("asked_at"), now.toMSecsSinceEpoch()},
        {QStringLiteral("best_article_id"), bestArticleId.isEmpty() ? QJsonValue() : bestArticleId},
        {QStringLiteral("confidence"), confidence}};
    if (Outcome s = sync::appendChange(db.connection(),
                                       {QStringLiteral("kb_gap"), id, sync::Operation::Insert, fields, askedBy, now});
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<QList<Gap>> openGaps(const QSqlDatabase& db, int limit)
{
    auto q = db::exec(db, QStringLiteral("SELECT g.id, g.question, g.asked_by, g.asked_at, "
                                         "coalesce(g.best_article_id, ''), coalesce(a.title, ''), g.confidence, "
                                         "coalesce(g.work_order_id, '') FROM kb_gaps g "
                                         "LEFT JOIN kb_articles a ON a.id = g.best_article_id "
                                         "WHERE g.closed_at IS NULL ORDER BY g.asked_at DESC, g.id DESC"));
    if (!q) {
        return q.error();
    }
    QList<Gap> out;
    QHash<QString, qsizetype> byQuestion;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QString key = normalizedQuestion(r.value(1).toString());
        const QString workOrder = r.value(7).toString();
        if (const auto it = byQuestion.constFind(key); it != byQuestion.constEnd()) {
            Gap& newest = out[*it];
            ++newest.repeats;
            if (newest.workOrderId.isEmpty()) {
                newest.workOrderId = workOrder;
            }
            continue;
        }
        if (out.size() >= limit) {
            continue; // still counted as a repeat above when it is one
        }
        byQuestion.insert(key, out.size());
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                    QDateTime::fromMSecsSinceEpoch(r.value(3).toLongLong(), Qt::UTC), r.value(4).toString(),
                    r.value(5).toString(), r.value(6).toDouble(), workOrder, 1});
    }
    return out;
}

Result<tickets::WorkOrder> registerGap(db::Database& db, const QString& gapId, tickets::WorkOrderDraft draft,
                                       const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                       const tickets::DeadlinePolicy& deadlines)
{
    auto gap = findGap(db.connection(), gapId);
    if (!gap) {
        return gap.error();
    }
    if (!gap.value()) {
        return gapNotFound();
    }
    auto repeats = openRepeats(db.connection(), gap.value()->question);
    if (!repeats) {
        return repeats.error();
    }
    bool registered = !gap.value()->workOrderId.isEmpty();
    for (const QString& id : repeats.value()) {
        auto other = findGap(db.connection(), id);
        registered = registered || (other && other.value() && !other.value()->workOrderId.isEmpty());
    }
    if (gap.value()->closed || registered) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::robot",
                                                     "This question is already registered for follow-up or closed."));
    }
    draft.channel = tickets::Channel::Online;
    if (draft.question.trimmed().isEmpty()) {
        draft.question = gap.value()->question;
    }
    tickets::WorkOrderService service(db, clock, ids, deadlines);
    auto created = service.create(draft, by);
    if (!created) {
        return created.error();
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto u = db::exec(db.connection(), QStringLiteral("UPDATE kb_gaps SET work_order_id = ? WHERE id = ?"),
                      {created->id, gapId});
    if (!u) {
        return u.error();
    }
    if (Outcome s = sync::appendChange(db.connection(), {QStringLiteral("kb_gap"),
                                                         gapId,
                                                         sync::Operation::Update,
                                                         {{QStringLiteral("work_order_id"), created->id}},
                                                         by.id,
                                                         clock.now()});
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return created;
}

Outcome closeGap(db::Database& db, const QString& gapId, const QString& articleId, const security::Operator& by,
                 const Clock& clock)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ReviewKnowledge); !allowed) {
        return allowed;
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto gap = findGap(db.connection(), gapId);
    if (!gap) {
        return gap.error();
    }
    if (!gap.value()) {
        return gapNotFound();
    }
    if (gap.value()->closed) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::robot", "This gap is already closed."));
    }
    if (!articleId.isEmpty()) {
        auto a = db::exec(db.connection(), QStringLiteral("SELECT status FROM kb_articles WHERE id = ?"), {articleId});
        if (!a) {
            return a.error();
        }
        if (!a.value().next() || a.value().value(0).toString() != QLatin1String("published")) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "hotline::robot", "Article: choose a published article that answers the question."),
                             QStringLiteral("article_id"));
        }
    }
    auto repeats = openRepeats(db.connection(), gap.value()->question);
    if (!repeats) {
        return repeats.error();
    }
    const QDateTime now = clock.now();
    const QVariant article = articleId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(articleId);
    for (const QString& id : repeats.value()) {
        auto u =
            db::exec(db.connection(),
                     QStringLiteral("UPDATE kb_gaps SET closed_at = ?, closed_by = ?, article_id = ? WHERE id = ?"),
                     {now.toMSecsSinceEpoch(), by.id, article, id});
        if (!u) {
            return u.error();
        }
        const QJsonObject fields{{QStringLiteral("closed_at"), now.toMSecsSinceEpoch()},
                                 {QStringLiteral("closed_by"), by.id},
                                 {QStringLiteral("article_id"), articleId.isEmpty() ? QJsonValue() : articleId}};
        if (Outcome s = sync::appendChange(db.connection(),
                                           {QStringLiteral("kb_gap"), id, sync::Operation::Update, fields, by.id, now});
            !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace hotline::robot
