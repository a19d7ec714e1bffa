#pragma once
// All SQL of the knowledge base: storing articles with their versions (and their change-log entries), and the
// ranked search used by agents, the robot and the CLI.

#include "core/result.h"
#include "knowledge/article.h"
#include "knowledge/kbquery.h"

#include <QSqlDatabase>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::knowledge {

struct KbHit {
    QString id;
    QString title;
    QString category;
    QString snippet; // the body around its first match, matches in 〖〗
    QString status;
    bool expired = false;
    double score = 0;        // BM25, lower is better (as SQLite gives it); of the initials for a hit by them
    bool byInitials = false; // found by the pinyin initials of its title, 相似问 or tags (zxfjkc), not by its text
};

struct KbSearchOptions {
    QueryMode mode = QueryMode::Keywords;
    QString categoryId; // empty: all
    bool publishedOnly = true;
    std::optional<ArticleStatus> status; // only articles in this status (with publishedOnly false)
    int limit = 20;
    QDate today;             // for the expiry flag
    bool largeStore = false; // rank questions as on a large store whatever its size (benches, tests)
};

class KbRepository final {
public:
    explicit KbRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores a new article and its first version; the caller owns the transaction.
    Outcome insert(const Article& a, const QString& byOperatorId, IdGenerator& ids, const Clock& clock);
    Result<int> count() const;
    Result<QString> categoryIdByName(const QString& name) const;

    // An article with its category name, or nothing.
    Result<std::optional<Article>> find(const QString& id) const;
    Result<QString> categoryName(const QString& id) const;
    // "title（文号）" of each cited policy document, in order.
    Result<QStringList> policyTitles(const QStringList& ids) const;

    // Ranked articles for what was typed (knowledge/kbsearch.cpp): BM25 inside a limited subquery (title and 相似问
    // weighed above the body), then the filters; Latin words the text does not know are taken as pinyin initials.
    Result<QList<KbHit>> search(const QString& input, const KbSearchOptions& options, const Synonyms& synonyms) const;
    // Every category as (id, name) in its order, for a search filter.
    Result<QList<QPair<QString, QString>>> categoryChoices() const;

private:
    // The search proper: text (match expression by mode) and/or pinyin initials (each word must occur).
    Result<QList<KbHit>> searchText(const QString& input, const QStringList& initials, const KbSearchOptions& options,
                                    const Synonyms& synonyms) const;

    QSqlDatabase m_db;
};

} // namespace hotline::knowledge
