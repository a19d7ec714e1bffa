// KbRepository::search: FTS5 BM25 inside a limited subquery, then filters; plus pinyin initials.

#include "db/query.h"
#include "knowledge/kbrepository.h"
#include "text/cjktokenizer.h"
#include "text/pinyin.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

namespace hotline::knowledge {
namespace {

// Filters apply after the limited subquery: take more than asked, and more still with a category or status filter,
// so that they leave enough.
constexpr int kFilteredCandidates = 400;

QString quote(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Latin words of the input the text index does not hold, which then are pinyin initials (zxfjkc, gs).
struct SplitInput {
    QString text;
    QStringList initials;
};

Result<SplitInput> splitInitials(const QSqlDatabase& db, const QString& input)
{
    SplitInput out;
    QStringList rest;
    for (const QString& word : input.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!text::looksLikeInitials(word)) {
            rest << word;
            continue;
        }
        auto q = db::exec(db, QStringLiteral("SELECT doc FROM kb_fts_vocab WHERE term = ?"), {word.toLower()});
        if (!q) {
            return q.error();
        }
        if (q.value().next() && q.value().value(0).toInt() > 0) {
            rest << word;
        } else {
            out.initials << word.toLower();
        }
    }
    out.text = rest.join(QLatin1Char(' '));
    return out;
}

// In question mode, the question's words that more than this share of the articles hold are left out of the FTS5
// query: ranking every article that has 纳税 or 企业 is most of a question's cost, and such words tell the least.
constexpr int kCommonShare = 20; // 1 in 20
// Below this many articles every word is kept: nothing is slow there.
constexpr int kPruneFrom = 2000;
// On a large store, an article is ranked only if it holds one of the question's this many rarest words.
// 4 costs nothing measurable in retrieval quality (bench_kb_retrieval, large-store path forced); 2 does.
constexpr int kRarest = 4;
// On a large store, a question is ranked by at most this many of its words, the rarest: every further phrase is read
// for every candidate. 6 costs recall@1 0.006 and recall@5 nothing (bench_kb_retrieval, large-store path forced) and
// takes 0.3 to 0.6 ms off the 100,000-article p50 (bench_kb_latency: 4.9 to 5.4 ms against 5.4 to 5.5 ms).
constexpr int kRanked = 6;

// How many articles hold a token, counted up to more than `cap`. Counting walks the token's list of articles (so does
// kb_fts_vocab, without the cap), which is most of a question's cost: the counts are kept per store and article
// count, for the life of the process (an edit that changes no article count may leave a count slightly off; it only
// decides which words rank).
Result<int> articlesHolding(const QSqlDatabase& db, const QString& token, int articles, int cap)
{
    static QMutex mutex;
    static QHash<QString, int> known;
    const QString key = db.databaseName() + QChar(0) + QString::number(articles) + QChar(0) + token;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(key); it != known.constEnd()) {
            return it.value();
        }
    }
    auto q =
        db::exec(db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? LIMIT ?)"),
                 {quote(token), cap + 1});
    if (!q) {
        return q.error();
    }
    const int docs = q.value().next() ? q.value().value(0).toInt() : 0;
    const QMutexLocker lock(&mutex);
    if (known.size() > 100000) {
        known.clear();
    }
    known.insert(key, docs);
    return docs;
}

// How a question is narrowed on a large store: the words too common to rank (see kCommonShare), and the few rarest
// words, one of which an article must hold to be ranked at all.
struct QuestionPlan {
    QSet<QString> common;
    QStringList rarest;
};

Result<QuestionPlan> questionPlan(const QSqlDatabase& db, const QString& input, const Synonyms& synonyms, bool force)
{
    auto n = db::exec(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM kb_articles"));
    if (!n) {
        return n.error();
    }
    n.value().next();
    const int articles = n.value().value(0).toInt(); // max(rowid): as good as count(*) here, and free
    QuestionPlan plan;
    if (articles < kPruneFrom && !force) {
        return plan;
    }
    QStringList tokens = questionTokens(input);
    for (const QString& alt : synonyms.alternativesIn(input)) {
        tokens << text::tokens(alt, text::TokenMode::Words);
    }
    tokens.removeDuplicates();
    QList<QPair<int, QString>> held; // (articles holding it, token)
    for (const QString& t : tokens) {
        auto docs = articlesHolding(db, t, articles, articles / kCommonShare);
        if (!docs) {
            return docs.error();
        }
        if (docs.value() > articles / kCommonShare) {
            plan.common.insert(t);
        } else if (docs.value() > 0) {
            held.append({docs.value(), t});
        }
    }
    std::sort(held.begin(), held.end());
    for (qsizetype i = kRanked; i < held.size(); ++i) {
        plan.common.insert(held.at(i).second); // beyond the rarest few: ranking by them costs more than it tells
    }
    if (held.size() > kRarest) {
        for (qsizetype i = 0; i < kRarest; ++i) {
            plan.rarest << held.at(i).second;
        }
    }
    return plan;
}

} // namespace

Result<QList<KbHit>> KbRepository::search(const QString& rawInput, const KbSearchOptions& o,
                                          const Synonyms& synonyms) const
{
    if (o.limit <= 0) {
        return QList<KbHit>{};
    }
    const QString clipped = rawInput.left(kMaxQueryLength);
    auto split = splitInitials(m_db, clipped);
    if (!split) {
        return split.error();
    }
    auto hits = searchText(split->text, split->initials, o, synonyms);
    // All Latin letters the text knows (gs as a word somewhere) but finds little: the initials too.
    const QStringList words = clipped.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (hits && hits->size() < o.limit && split->initials.isEmpty() && !words.isEmpty() &&
        std::all_of(words.begin(), words.end(), text::looksLikeInitials)) {
        QStringList lower;
        for (const QString& w : words) {
            lower << w.toLower();
        }
        auto more = searchText(QString(), lower, o, synonyms);
        if (!more) {
            return more.error();
        }
        for (const KbHit& h : more.value()) {
            if (hits->size() < o.limit &&
                std::none_of(hits->begin(), hits->end(), [&h](const KbHit& x) { return x.id == h.id; })) {
                hits.value() << h;
            }
        }
    }
    return hits;
}

Result<QList<KbHit>> KbRepository::searchText(const QString& input, const QStringList& initialsWords,
                                              const KbSearchOptions& o, const Synonyms& synonyms) const
{
    QuestionPlan plan;
    if (o.mode == QueryMode::Question) {
        auto p = questionPlan(m_db, input, synonyms, o.largeStore);
        if (!p) {
            return p.error();
        }
        plan = p.value();
    }
    QString match = matchExpression(input, o.mode, synonyms, plan.common);
    // On a large store, rank only the articles that hold one of the rarest words: far fewer than those holding any.
    // The rarest words then stand twice in the expression, so BM25 counts them twice: they tell the most anyway.
    if (!plan.rarest.isEmpty()) {
        QStringList rare;
        for (const QString& t : plan.rarest) {
            rare << quote(t);
        }
        match =
            QLatin1Char('(') + match + QStringLiteral(") AND (") + rare.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QStringList quoted;
    for (const QString& w : initialsWords) {
        quoted << quote(w);
    }
    const QString initials = quoted.join(QStringLiteral(" AND "));
    if (match.isEmpty() && initials.isEmpty()) {
        return QList<KbHit>{};
    }
    const QString category = o.categoryId.isNull() ? QStringLiteral("") : o.categoryId; // Qt binds null as NULL
    const QString status = o.status ? key(*o.status) : QStringLiteral("");
    const bool filtered = !category.isEmpty() || !status.isEmpty();
    const int candidates = filtered ? std::max(o.limit * 4, kFilteredCandidates) : o.limit * 4;
    // Rank inside the subquery with its own LIMIT: FTS5 stops early only when nothing else is in the same query.
    // hotline_bm25 is FTS5's BM25 with each phrase's row count kept on the connection (text/ftsrank.h): counting
    // them for every query was most of a question's cost.
    QString inner;
    QVariantList binds;
    if (match.isEmpty()) { // initials alone: BM25 of the initials, so the shortest (the most exact) first
        inner = QStringLiteral("SELECT rowid, rank AS score FROM kb_initials WHERE kb_initials MATCH ? "
                               "ORDER BY rank LIMIT ?");
        binds << initials << candidates;
    } else if (initials.isEmpty()) {
        inner = QStringLiteral("SELECT rowid, hotline_bm25(kb_fts, 10.0, 6.0, 1.0, ?) AS score FROM kb_fts "
                               "WHERE kb_fts MATCH ? ORDER BY score LIMIT ?");
        binds << match << match << candidates;
    } else { // 子女 zxfjkc: the text among the articles with those initials
        inner = QStringLiteral("SELECT rowid, hotline_bm25(kb_fts, 10.0, 6.0, 1.0, ?) AS score FROM kb_fts "
                               "WHERE kb_fts MATCH ? AND rowid IN (SELECT rowid FROM kb_initials "
                               "WHERE kb_initials MATCH ?) ORDER BY score LIMIT ?");
        binds << match << match << initials << candidates;
    }
    binds << category << category << (o.publishedOnly ? 1 : 0) << status << status << o.limit;
    // The filters and the order first, on narrow rows; the texts only of the articles shown.
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT a.id, a.title, c.name, a.body_text, a.status, "
                                     "coalesce(a.expiry_date, ''), t.score FROM ("
                                     "SELECT f.rowid, f.score FROM (%1) f JOIN kb_articles a ON a.rowid = f.rowid "
                                     "WHERE (? = '' OR a.category_id = ?) AND (? = 0 OR a.status = 'published') "
                                     "AND (? = '' OR a.status = ?) ORDER BY f.score LIMIT ?) t "
                                     "JOIN kb_articles a ON a.rowid = t.rowid "
                                     "JOIN kb_categories c ON c.id = a.category_id ORDER BY t.score")
                          .arg(inner),
                      binds);
    if (!q) {
        return q.error();
    }
    const QDate today = o.today.isValid() ? o.today : QDate::currentDate();
    const QStringList terms = highlightTerms(input, o.mode, synonyms);
    QList<KbHit> hits;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QDate expiry = QDate::fromString(r.value(5).toString(), Qt::ISODate);
        hits.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                     snippet(r.value(3).toString(), terms), r.value(4).toString(), expiry.isValid() && expiry < today,
                     r.value(6).toDouble(), match.isEmpty()});
    }
    return hits;
}

Result<QList<QPair<QString, QString>>> KbRepository::categoryChoices() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id, name FROM kb_categories ORDER BY sort_order, name"));
    if (!q) {
        return q.error();
    }
    QList<QPair<QString, QString>> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString()});
    }
    return out;
}

} // namespace hotline::knowledge
