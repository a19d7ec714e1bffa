#pragma once
// The answer robot's core (智能问答): a taxpayer's or agent's whole question → the best published article's answer,
// a confidence, and up to three related questions. Below kConfidentAt it has no confident answer, and the question
// is logged as a knowledge-base gap (gaps.h) for reviewers to close by writing the missing article.
//
// Confidence: the question is compared with each phrasing of the best BM25 hits (title and 相似问, synonyms folded
// to one word, filler words dropped) as sets of bigrams; a phrasing's match weighs how much of the phrasing the
// question contains above how much of the question the phrasing explains (F2), so a long question that contains a
// known question still counts; averaged with how much of the question the whole article (body included) covers.
// The best article's match, less a penalty when the runner-up matches nearly as well.

#include "core/result.h"

#include <QList>
#include <QString>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
namespace knowledge {
class Synonyms;
}
} // namespace hotline

namespace hotline::robot {

// Calibrated on the demo knowledge base: none of the 820 questions of the Ningbo tax FAQ corpus (mostly VAT and
// enterprise income tax, which the demo KB does not cover) reaches it (their highest: 0.54), while questions the
// demo KB answers in other words do (0.65 and up).
inline constexpr double kConfidentAt = 0.55;

struct RelatedQuestion {
    QString id;
    QString title;
};

struct Answer {
    QString question;
    QString articleId; // the best match, even when not confident; empty when nothing matched at all
    QString title;
    QString text;          // the article's body as plain text
    double confidence = 0; // in [0, 1]
    bool confident = false;
    QList<RelatedQuestion> related; // up to three other articles, best first
    QString gapId;                  // the gap logged for it, when not confident
};

// How well a question matches a phrasing of an article, in [0, 1] (exposed for tests and calibration).
double phrasingMatch(const QString& question, const QString& phrasing, const knowledge::Synonyms& synonyms);

class Robot final {
public:
    Robot(db::Database& db, const Clock& clock, IdGenerator& ids);

    // Answers from published articles; a question without a confident answer is logged as a gap asked by `askedBy`
    // (an operator id, or the channel: "cli", "portal"). InvalidInput for an empty question.
    Result<Answer> answer(const QString& question, const QString& askedBy);
    // The same answer without logging anything (demo data, calibration).
    Result<Answer> match(const QString& question) const;

private:
    db::Database& m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace hotline::robot
