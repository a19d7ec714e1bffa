#include "robot/robot.h"

#include "core/clock.h"
#include "db/database.h"
#include "knowledge/kbrepository.h"
#include "knowledge/synonymrepository.h"
#include "robot/gaps.h"
#include "text/cjktokenizer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace hotline::robot {
namespace {

// BM25 finds the candidates; this many are compared phrasing by phrasing.
constexpr int kCandidates = 8;
// A runner-up within this much of the best match makes the answer less certain…
constexpr double kMarginWindow = 0.2;
// …by at most this share.
constexpr double kMarginPenalty = 0.2;
// An article's match: its best phrasing's, and how much of the question its whole text covers.
constexpr double kPhrasingWeight = 0.5;

// Words a caller wraps a question in, which say nothing about the topic.
const QStringList& fillers()
{
    static const QStringList words{
        QStringLiteral("请问"),   QStringLiteral("您好"),     QStringLiteral("你好"), QStringLiteral("想问一下"),
        QStringLiteral("问一下"), QStringLiteral("咨询一下"), QStringLiteral("一下"), QStringLiteral("我们"),
        QStringLiteral("我"),     QStringLiteral("的"),       QStringLiteral("了"),   QStringLiteral("吗"),
        QStringLiteral("呢"),     QStringLiteral("啊"),       QStringLiteral("吧"),   QStringLiteral("呀")};
    return words;
}

// The text with every synonym written as its group's first word and fillers dropped.
QString canonical(QString text, const knowledge::Synonyms& synonyms)
{
    text = text.toCaseFolded();
    for (const QStringList& group : synonyms.groups()) {
        QStringList longestFirst = group.mid(1);
        std::sort(longestFirst.begin(), longestFirst.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& w : longestFirst) {
            text.replace(w.toCaseFolded(), group.first().toCaseFolded());
        }
    }
    for (const QString& f : fillers()) {
        text.remove(f);
    }
    return text;
}

QSet<QString> bigrams(const QString& canonicalText)
{
    const QStringList t = text::tokens(canonicalText, text::TokenMode::Words);
    return QSet<QString>(t.begin(), t.end());
}

double overlap(const QSet<QString>& question, const QString& phrasing, const knowledge::Synonyms& synonyms)
{
    const QSet<QString> p = bigrams(canonical(phrasing, synonyms));
    if (question.isEmpty() || p.isEmpty()) {
        return 0;
    }
    const double shared = static_cast<double>(QSet<QString>(question).intersect(p).size());
    if (shared == 0) {
        return 0;
    }
    const double ofPhrasing = shared / static_cast<double>(p.size());
    const double ofQuestion = shared / static_cast<double>(question.size());
    return 5 * ofPhrasing * ofQuestion / (4 * ofQuestion + ofPhrasing); // F2: the phrasing's coverage counts more
}

struct Candidate {
    QString id;
    QString title;
    double score = 0;
};

} // namespace

double phrasingMatch(const QString& question, const QString& phrasing, const knowledge::Synonyms& synonyms)
{
    return overlap(bigrams(canonical(question, synonyms)), phrasing, synonyms);
}

Robot::Robot(db::Database& db, const Clock& clock, IdGenerator& ids) : m_db(db), m_clock(clock), m_ids(ids) {}

Result<Answer> Robot::match(const QString& question) const
{
    const QString asked = question.simplified();
    if (asked.isEmpty() || text::tokens(asked, text::TokenMode::Words).isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::robot", "Question: type what you want to know."),
                         QStringLiteral("question"));
    }
    // The store's dictionary (同义词词典, edited by team leads), as the agents' search uses it.
    auto loaded = knowledge::SynonymRepository(m_db.connection()).load();
    if (!loaded) {
        return loaded.error();
    }
    const knowledge::Synonyms& synonyms = loaded.value();
    knowledge::KbRepository repo(m_db.connection());
    knowledge::KbSearchOptions options;
    options.mode = knowledge::QueryMode::Question;
    options.publishedOnly = true;
    options.limit = kCandidates;
    options.today = m_clock.now().date();
    auto hits = repo.search(asked, options, synonyms);
    if (!hits) {
        return hits.error();
    }
    const QSet<QString> q = bigrams(canonical(asked, synonyms));
    QList<Candidate> candidates;
    for (const knowledge::KbHit& h : hits.value()) {
        auto found = repo.find(h.id);
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            continue;
        }
        const knowledge::Article& article = *found.value();
        double phrasing = overlap(q, article.title, synonyms);
        for (const QString& s : article.similar) {
            phrasing = std::max(phrasing, overlap(q, s, synonyms));
        }
        // How much of the question the whole article speaks of (title, 相似问 and body).
        const QSet<QString> all =
            bigrams(canonical(article.title + QLatin1Char('\n') + article.similar.join(QLatin1Char('\n')) +
                                  QLatin1Char('\n') + knowledge::plainText(article.bodyHtml),
                              synonyms));
        const double covered = q.isEmpty() ? 0 : static_cast<double>(QSet<QString>(q).intersect(all).size()) / q.size();
        candidates.append({h.id, h.title, kPhrasingWeight * phrasing + (1 - kPhrasingWeight) * covered});
    }
    // By phrasing match; BM25's order breaks ties (stable sort).
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });

    Answer a;
    a.question = asked;
    if (!candidates.isEmpty()) {
        const Candidate& best = candidates.first();
        const double second = candidates.size() > 1 ? candidates.at(1).score : 0;
        const double closeness = std::clamp(1 - (best.score - second) / kMarginWindow, 0.0, 1.0);
        a.confidence = std::clamp(best.score * (1 - kMarginPenalty * closeness), 0.0, 1.0);
        a.articleId = best.id;
        a.title = best.title;
        auto article = repo.find(best.id);
        if (article && article.value()) {
            a.text = knowledge::plainText(article.value()->bodyHtml).trimmed();
        }
        for (qsizetype i = 1; i < candidates.size() && a.related.size() < 3; ++i) {
            a.related.append({candidates.at(i).id, candidates.at(i).title});
        }
    }
    a.confident = a.confidence >= kConfidentAt;
    return a;
}

Result<Answer> Robot::answer(const QString& question, const QString& askedBy)
{
    auto a = match(question);
    if (!a || a->confident) {
        return a;
    }
    auto gap = logGap(m_db, a->question, askedBy, a->articleId, a->confidence, m_ids, m_clock);
    if (!gap) {
        return gap.error();
    }
    a.value().gapId = gap.value();
    return a;
}

} // namespace hotline::robot
