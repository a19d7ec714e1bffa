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
    double score = 0; // BM25, lower is better (as SQLite gives it)
};

struct KbSearchOptions {
    QueryMode mode = QueryMode::Keywords;
    QString categoryId; // empty: all
    bool publishedOnly = true;
    int limit = 20;
    QDate today; // for the expiry flag
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

    Result<QList<KbHit>> search(const QString& input, const KbSearchOptions& options, const Synonyms& synonyms) const;

private:
    QSqlDatabase m_db;
};

} // namespace hotline::knowledge
