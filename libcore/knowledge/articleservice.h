#pragma once
// The review workflow of knowledge-base articles (文档审核): drafts are saved with every version kept, submitted,
// approved (published) or rejected with a reason, and archived. Each step checks the acting operator's stored role,
// refuses stale copies (optimistic concurrency on the version) and writes its event and change-log entries in the
// same transaction.
//
//   草稿 draft --submit--> 待审核 pending --approve--> 已发布 published --archive--> 已归档 archived
//                            \--reject (reason)--> draft
// Saving a changed text of a pending, published or archived article makes it a draft again: what agents find as
// published is always text a reviewer approved. The reviewer is never the author nor whoever saved the text under
// review; only a reviewer archives, and not an article they wrote.

#include "core/result.h"
#include "knowledge/article.h"
#include "knowledge/reviewrepository.h"
#include "security/operator.h"

#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::knowledge {

class ArticleService final {
public:
    ArticleService(QSqlDatabase db, IdGenerator& ids, const Clock& clock);

    // Saves a new article (empty id) or a new version of an existing one. `edited.version` is the version the
    // editor started from; a stale one is refused (Conflict). Unchanged content saves nothing. Returns the article
    // as stored (new id, new version, status).
    Result<Article> save(Article edited, const security::Operator& by);
    // Each takes the version the operator saw.
    Outcome submit(const QString& id, int version, const security::Operator& by);
    Outcome approve(const QString& id, int version, const security::Operator& by, const QString& note = {});
    Outcome reject(const QString& id, int version, const security::Operator& by, const QString& reason);
    Outcome archive(const QString& id, int version, const security::Operator& by, const QString& note = {});

    // A draft prefilled from a resolved or closed work order: its question (trimmed) as the title and, when longer,
    // as an alternative phrasing; its answer as the body; taxpayer IDs, phone numbers and the caller's name and unit
    // removed. Category by the work order's category, else 热点问题.
    Result<Article> draftFromWorkOrder(const QString& workOrderId, const security::Operator& by);

    Result<Article> find(const QString& id) const;
    Result<QString> reviewNote(const QString& id) const;
    Result<QList<ArticleVersion>> versions(const QString& id) const;
    Result<QList<ArticleEvent>> events(const QString& id) const;
    Result<QList<ReviewItem>> reviewQueue() const;

private:
    Result<Article> saveArticle(Article edited, const security::Operator& by, const QString& sourceWorkOrderId);
    // Loads the article, checks version and that its status is `from`.
    Result<Article> current(const QString& id, int version, ArticleStatus from) const;
    Outcome transition(const Article& a, ArticleStatus to, const QString& action, const QString& note,
                       const security::Operator& by, bool asReviewer);
    // A reviewer's step (approve, reject, archive): the right, the status it starts from, four eyes, one transaction.
    Outcome reviewStep(const QString& id, int version, const security::Operator& by, ArticleStatus from,
                       ArticleStatus to, const QString& action, const QString& note);

    QSqlDatabase m_db;
    IdGenerator& m_ids;
    const Clock& m_clock;
};

} // namespace hotline::knowledge
