#pragma once
// The SQL of knowledge-base import and export: reading the whole knowledge base at once, and the writes an import
// makes besides KbRepository::insert (new categories and policy documents, updated articles, pins, review-trail
// entries), each with its change-log entry. The caller owns the transaction.

#include "core/result.h"
#include "knowledge/kbexchange.h"

#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::knowledge {

struct StoredCategory {
    QString id;
    QString name;
};

// An article as stored, with what an import compares and keeps.
struct StoredArticle {
    ArticleRecord record; // category and author by name
    QString categoryId;
    QString authorId;
};

class KbExchangeRepository final {
public:
    explicit KbExchangeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<StoredCategory>> categories() const;
    Result<QList<PolicyRecord>> policies() const;
    // Every article, in the order they were added.
    Result<QList<StoredArticle>> articles() const;

    Outcome insertPolicy(const PolicyRecord& p, const QString& byOperatorId, const Clock& clock);
    // Replaces an article's content and status; stores the new text as version a.version.
    Outcome updateArticle(const Article& a, IdGenerator& ids, const QString& byOperatorId, const Clock& clock);
    Outcome setPinned(const QString& articleId, bool pinned, const QString& byOperatorId, const Clock& clock);
    // An entry in the article's review trail (action "created" or "saved").
    Outcome addEvent(const QString& articleId, int version, const QString& action, const QString& note,
                     IdGenerator& ids, const QString& byOperatorId, const Clock& clock);

private:
    QSqlDatabase m_db;
};

} // namespace hotline::knowledge
