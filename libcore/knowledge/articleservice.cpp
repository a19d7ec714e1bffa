#include "knowledge/articleservice.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/transaction.h"
#include "knowledge/kbrepository.h"
#include "knowledge/workorderdraft.h"
#include "security/permissions.h"
#include "sync/changelog.h"
#include "tickets/categories.h"
#include "tickets/workorderrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hotline::knowledge {
namespace {

Error invalid(const QString& message, const QString& field = {})
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::knowledge", "The article no longer exists."));
}

QJsonValue jsonDate(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QStringList cleaned(const QStringList& items)
{
    QStringList out;
    for (const QString& s : items) {
        const QString t = s.trimmed();
        if (!t.isEmpty() && !out.contains(t)) {
            out << t;
        }
    }
    return out;
}

bool sameContent(const Article& a, const Article& b)
{
    return a.categoryId == b.categoryId && a.title == b.title && a.similar == b.similar && a.tags == b.tags &&
           a.bodyHtml == b.bodyHtml && a.policyIds == b.policyIds && a.effective == b.effective &&
           a.expires == b.expires;
}

} // namespace

ArticleService::ArticleService(QSqlDatabase db, IdGenerator& ids, const Clock& clock)
    : m_db(std::move(db)), m_ids(ids), m_clock(clock)
{
}

Result<Article> ArticleService::find(const QString& id) const
{
    auto found = KbRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    return *found.value();
}

Result<QString> ArticleService::reviewNote(const QString& id) const
{
    return ReviewRepository(m_db).reviewNote(id);
}

Result<QList<ArticleVersion>> ArticleService::versions(const QString& id) const
{
    return ReviewRepository(m_db).versions(id);
}

Result<QList<ArticleEvent>> ArticleService::events(const QString& id) const
{
    return ReviewRepository(m_db).events(id);
}

Result<QList<ReviewItem>> ArticleService::reviewQueue() const
{
    return ReviewRepository(m_db).reviewQueue();
}

Result<Article> ArticleService::save(Article edited, const security::Operator& by)
{
    return saveArticle(std::move(edited), by, {});
}

Result<Article> ArticleService::saveArticle(Article edited, const security::Operator& by,
                                            const QString& sourceWorkOrderId)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::WriteKnowledge); !s) {
        return s.error();
    }
    edited.title = edited.title.simplified();
    edited.similar = cleaned(edited.similar);
    edited.tags = cleaned(edited.tags);
    edited.policyIds = cleaned(edited.policyIds);
    if (edited.title.isEmpty() || edited.title.size() > 200) {
        return invalid(QCoreApplication::translate("hotline::knowledge", "A title of 1 to 200 characters is needed."),
                       QStringLiteral("title"));
    }
    if (plainText(edited.bodyHtml).isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::knowledge", "The article has no text."),
                       QStringLiteral("body"));
    }
    if (edited.effective.isValid() && edited.expires.isValid() && edited.expires < edited.effective) {
        return invalid(
            QCoreApplication::translate("hotline::knowledge", "The expiry date is before the effective date."),
            QStringLiteral("expires"));
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    KbRepository kb(m_db);
    auto category = kb.categoryName(edited.categoryId);
    if (!category) {
        return category.error();
    }
    if (category.value().isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::knowledge", "Choose the article's category."),
                       QStringLiteral("category"));
    }
    ReviewRepository repo(m_db);
    for (const QString& p : edited.policyIds) {
        auto policy = repo.findPolicy(p);
        if (!policy) {
            return policy.error();
        }
        if (!policy.value()) {
            return invalid(
                QCoreApplication::translate("hotline::knowledge", "A cited policy document no longer exists."),
                QStringLiteral("policies"));
        }
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QString action = QStringLiteral("created");
    QString note;
    if (edited.id.isEmpty()) {
        edited.id = m_ids.next();
        edited.status = ArticleStatus::Draft;
        edited.authorId = by.id;
        edited.reviewerId.clear();
        edited.version = 1;
        if (Outcome s = kb.insert(edited, by.id, m_ids, m_clock); !s) {
            return s.error();
        }
        if (!sourceWorkOrderId.isEmpty()) {
            if (Outcome s = repo.setSourceWorkOrder(edited.id, sourceWorkOrderId); !s) {
                return s.error();
            }
            if (Outcome s =
                    sync::appendChange(m_db, {QStringLiteral("kb_article"), edited.id, sync::Operation::Update,
                                              QJsonObject{{QStringLiteral("source_work_order_id"), sourceWorkOrderId}},
                                              by.id, m_clock.now()});
                !s) {
                return s.error();
            }
        }
    } else {
        auto found = kb.find(edited.id);
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return notFound();
        }
        const Article stored = *found.value();
        if (stored.version != edited.version) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("hotline::knowledge",
                                                         "Someone else saved this article (now version %1) after you "
                                                         "opened version %2. Reopen it and make your changes again.")
                                 .arg(stored.version)
                                 .arg(edited.version));
        }
        if (sameContent(stored, edited)) {
            return stored;
        }
        edited.authorId = stored.authorId;
        edited.reviewerId = stored.reviewerId;
        edited.status = ArticleStatus::Draft;
        edited.version = stored.version + 1;
        action = QStringLiteral("saved");
        if (stored.status != ArticleStatus::Draft) {
            note = QCoreApplication::translate("hotline::knowledge", "Edited while %1: back to draft.")
                       .arg(displayName(stored.status));
        }
        auto previousNote = repo.reviewNote(edited.id);
        if (!previousNote) {
            return previousNote.error();
        }
        if (Outcome s = repo.update(edited, previousNote.value(), now); !s) {
            return s.error();
        }
        const QString versionId = m_ids.next();
        if (Outcome s = repo.insertVersion(versionId, edited, by.id, now); !s) {
            return s.error();
        }
        const QJsonObject fields{
            {QStringLiteral("category_id"), edited.categoryId},
            {QStringLiteral("title"), edited.title},
            {QStringLiteral("similar"), edited.similar.join(QLatin1Char('\n'))},
            {QStringLiteral("tags"), edited.tags.join(QLatin1Char(','))},
            {QStringLiteral("body_html"), edited.bodyHtml},
            {QStringLiteral("body_text"), plainText(edited.bodyHtml)},
            {QStringLiteral("policy_ids"), edited.policyIds.join(QLatin1Char(','))},
            {QStringLiteral("effective_date"), jsonDate(edited.effective)},
            {QStringLiteral("expiry_date"), jsonDate(edited.expires)},
            {QStringLiteral("status"), key(edited.status)},
            {QStringLiteral("version"), edited.version},
            {QStringLiteral("updated_at"), now},
        };
        if (Outcome s = sync::appendChange(
                m_db, {QStringLiteral("kb_article"), edited.id, sync::Operation::Update, fields, by.id, m_clock.now()});
            !s) {
            return s.error();
        }
        const QJsonObject version{{QStringLiteral("article_id"), edited.id},
                                  {QStringLiteral("version"), edited.version},
                                  {QStringLiteral("title"), edited.title},
                                  {QStringLiteral("similar"), edited.similar.join(QLatin1Char('\n'))},
                                  {QStringLiteral("body_html"), edited.bodyHtml},
                                  {QStringLiteral("saved_by"), by.id},
                                  {QStringLiteral("saved_at"), now}};
        if (Outcome s = sync::appendChange(m_db, {QStringLiteral("kb_article_version"), versionId,
                                                  sync::Operation::Insert, version, by.id, m_clock.now()});
            !s) {
            return s.error();
        }
    }
    const ArticleEvent e{m_ids.next(), edited.id, edited.version, action, note, by.id, {}, m_clock.now()};
    if (Outcome s = repo.insertEvent(e); !s) {
        return s.error();
    }
    const QJsonObject eventFields{{QStringLiteral("article_id"), e.articleId}, {QStringLiteral("version"), e.version},
                                  {QStringLiteral("action"), e.action},        {QStringLiteral("note"), e.note},
                                  {QStringLiteral("actor_id"), e.actorId},     {QStringLiteral("at"), now}};
    if (Outcome s = sync::appendChange(m_db, {QStringLiteral("kb_article_event"), e.id, sync::Operation::Insert,
                                              eventFields, by.id, m_clock.now()});
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return edited;
}

Result<Article> ArticleService::current(const QString& id, int version, ArticleStatus from) const
{
    auto a = find(id);
    if (!a) {
        return a.error();
    }
    if (a->version != version) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "The article was changed (now version %1) after you opened "
                                                     "version %2. Reopen it first.")
                             .arg(a->version)
                             .arg(version));
    }
    if (a->status != from) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "This cannot be done while the article is %1 (it must be %2).")
                             .arg(displayName(a->status), displayName(from)));
    }
    return a;
}

Outcome ArticleService::transition(const Article& a, ArticleStatus to, const QString& action, const QString& note,
                                   const security::Operator& by, bool asReviewer)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    ReviewRepository repo(m_db);
    // Approving records the reviewer and their note; rejecting, the reason; the other steps keep the last note.
    QString reviewNote = note;
    if (!asReviewer || action == QLatin1String("archived")) {
        auto previous = repo.reviewNote(a.id);
        if (!previous) {
            return previous.error();
        }
        reviewNote = previous.value();
    }
    const QString reviewerId = asReviewer && action != QLatin1String("archived") ? by.id : QString();
    if (Outcome s = repo.setStatus(a.id, to, reviewerId, reviewNote, now); !s) {
        return s;
    }
    QJsonObject fields{{QStringLiteral("status"), key(to)},
                       {QStringLiteral("review_note"), reviewNote},
                       {QStringLiteral("updated_at"), now}};
    if (!reviewerId.isEmpty()) {
        fields.insert(QStringLiteral("reviewer_id"), reviewerId);
    }
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("kb_article"), a.id, sync::Operation::Update, fields, by.id, m_clock.now()});
        !s) {
        return s;
    }
    const ArticleEvent e{m_ids.next(), a.id, a.version, action, note, by.id, {}, m_clock.now()};
    if (Outcome s = repo.insertEvent(e); !s) {
        return s;
    }
    return sync::appendChange(m_db, {QStringLiteral("kb_article_event"), e.id, sync::Operation::Insert,
                                     QJsonObject{{QStringLiteral("article_id"), e.articleId},
                                                 {QStringLiteral("version"), e.version},
                                                 {QStringLiteral("action"), e.action},
                                                 {QStringLiteral("note"), e.note},
                                                 {QStringLiteral("actor_id"), e.actorId},
                                                 {QStringLiteral("at"), now}},
                                     by.id, m_clock.now()});
}

Outcome ArticleService::submit(const QString& id, int version, const security::Operator& by)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::WriteKnowledge); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto a = current(id, version, ArticleStatus::Draft);
    if (!a) {
        return a.error();
    }
    if (Outcome s = transition(a.value(), ArticleStatus::Pending, QStringLiteral("submitted"), {}, by, false); !s) {
        return s;
    }
    return tx.commit();
}

namespace {

// The four-eyes rule: whoever wrote the article or saved the text under review does not review it.
Outcome checkNotAuthor(const QSqlDatabase& db, const Article& a, const security::Operator& by)
{
    auto versions = ReviewRepository(db).versions(a.id);
    if (!versions) {
        return versions.error();
    }
    const bool savedIt = !versions->isEmpty() && versions->last().savedBy == by.id;
    if (a.authorId == by.id || savedIt) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "You wrote or last edited this article; another reviewer must "
                                                     "review it."));
    }
    return Ok{};
}

} // namespace

Outcome ArticleService::approve(const QString& id, int version, const security::Operator& by, const QString& note)
{
    return reviewStep(id, version, by, ArticleStatus::Pending, ArticleStatus::Published, QStringLiteral("approved"),
                      note.trimmed());
}

Outcome ArticleService::reject(const QString& id, int version, const security::Operator& by, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        if (Outcome s = security::authorize(m_db, by, security::Permission::ReviewKnowledge); !s) {
            return s;
        }
        return invalid(QCoreApplication::translate("hotline::knowledge",
                                                   "Give the reason for sending the article back; the author needs "
                                                   "it to fix the text."),
                       QStringLiteral("reason"));
    }
    return reviewStep(id, version, by, ArticleStatus::Pending, ArticleStatus::Draft, QStringLiteral("rejected"),
                      reason.trimmed());
}

Outcome ArticleService::archive(const QString& id, int version, const security::Operator& by, const QString& note)
{
    return reviewStep(id, version, by, ArticleStatus::Published, ArticleStatus::Archived, QStringLiteral("archived"),
                      note.trimmed());
}

Outcome ArticleService::reviewStep(const QString& id, int version, const security::Operator& by, ArticleStatus from,
                                   ArticleStatus to, const QString& action, const QString& note)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ReviewKnowledge); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto a = current(id, version, from);
    if (!a) {
        return a.error();
    }
    if (Outcome s = checkNotAuthor(m_db, a.value(), by); !s) {
        return s;
    }
    if (Outcome s = transition(a.value(), to, action, note, by, true); !s) {
        return s;
    }
    return tx.commit();
}

Result<Article> ArticleService::draftFromWorkOrder(const QString& workOrderId, const security::Operator& by)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::WriteKnowledge); !s) {
        return s.error();
    }
    auto found = tickets::WorkOrderRepository(m_db).find(workOrderId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::knowledge", "The work order no longer exists."));
    }
    const tickets::WorkOrder& w = *found.value();
    if (w.status != tickets::Status::Resolved && w.status != tickets::Status::Closed) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "Only a resolved or closed work order becomes a knowledge-base "
                                                     "draft; this one is %1.")
                             .arg(tickets::displayName(w.status)));
    }
    if (w.answer.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::knowledge",
                                                   "The work order has no answer to put into the knowledge base."));
    }
    Article a = articleTextFromWorkOrder(w);
    auto categories = tickets::CategoryRepository(m_db).all();
    const QString path = categories ? tickets::CategoryRepository::pathOf(categories.value(), w.categoryId) : QString();
    ReviewRepository repo(m_db);
    auto category = repo.categoryIdByName(kbCategoryForWorkOrderCategory(path));
    if (!category) {
        return category.error();
    }
    if (category.value().isEmpty()) {
        category = repo.categoryIdByName(QStringLiteral("热点问题"));
    }
    a.categoryId = category.value_or(QString());
    if (a.categoryId.isEmpty()) {
        return invalid(
            QCoreApplication::translate("hotline::knowledge", "The knowledge base has no category 热点问题."));
    }
    a.tags << QStringLiteral("工单");
    return saveArticle(a, by, w.id);
}

} // namespace hotline::knowledge
