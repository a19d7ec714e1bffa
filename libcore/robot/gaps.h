#pragma once
// Knowledge-base gaps (知识缺口): questions the robot had no confident answer for, with its best (not good enough)
// article and confidence. Reviewers see the open ones, newest first, a question asked again counted as a repeat;
// a gap is registered for follow-up as an online work order, and closed, e.g. once an article answers it.
// Every change travels through the outbox (entity kb_gap).

#include "core/result.h"
#include "security/operator.h"
#include "tickets/deadlines.h"
#include "tickets/workorder.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::robot {

struct Gap {
    QString id; // the newest ask of the question
    QString question;
    QString askedBy;
    QDateTime askedAt;
    QString bestArticleId;
    QString bestTitle;
    double confidence = 0;
    QString workOrderId; // registered for follow-up as this work order (any ask of the question)
    int repeats = 1;     // open asks of the same question, this one included
};

// The same question typed twice: spaces, case and trailing punctuation do not make a new one.
QString normalizedQuestion(const QString& question);

// Logs an unanswered question in its own transaction; returns the gap's id.
Result<QString> logGap(db::Database& db, const QString& question, const QString& askedBy, const QString& bestArticleId,
                       double confidence, IdGenerator& ids, const Clock& clock);

// Open gaps, one row per question (its newest ask), newest first.
Result<QList<Gap>> openGaps(const QSqlDatabase& db, int limit = 500);

// Creates an online work order for the gap's question through the work-order service (draft: the caller's contact
// details and a category topic; its question defaults to the gap's) and stores its id on the gap. Conflict when the
// question is already registered or closed. (Two transactions: the service commits its own.)
Result<tickets::WorkOrder> registerGap(db::Database& db, const QString& gapId, tickets::WorkOrderDraft draft,
                                       const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                       const tickets::DeadlinePolicy& deadlines = {});

// Closes the gap and every open repeat of its question (ReviewKnowledge), optionally naming the published article that
// now answers it.
Outcome closeGap(db::Database& db, const QString& gapId, const QString& articleId, const security::Operator& by,
                 const Clock& clock);

} // namespace hotline::robot
