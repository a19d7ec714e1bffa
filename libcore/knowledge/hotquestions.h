#pragma once
// 热点问题: which published articles answered the most work orders over a period, pinned ones always first; and the
// work order ↔ article links they are counted from (made when an agent saves a work order with an article's answer
// inserted into it, or links an article by hand). Links are append-only and synced (entity work_order_article).

#include "core/result.h"
#include "security/operator.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::knowledge {

// Links each article to the work order, skipping links that already exist; the caller owns the transaction (the
// work order's own save), so a link never exists without the save that made it. Unknown articles are refused.
Outcome linkArticles(const QSqlDatabase& db, const QString& workOrderId, const QStringList& articleIds,
                     const QString& byOperatorId, IdGenerator& ids, const Clock& clock);

// "关联知识" on an existing work order, in its own transaction. Conflict when already linked.
Outcome linkArticle(db::Database& db, const QString& workOrderId, const QString& articleId,
                    const security::Operator& by, IdGenerator& ids, const Clock& clock);

struct LinkedArticle {
    QString id;
    QString title;
    QDateTime linkedAt;
};
// The articles linked to a work order, oldest link first.
Result<QList<LinkedArticle>> linkedArticles(const QSqlDatabase& db, const QString& workOrderId);

enum class HotPeriod { Today, ThisWeek, ThisMonth, Last30Days, Custom };

// Beijing calendar days, both ends included.
struct DayRange {
    QDate from;
    QDate to;
};
// The days of a period ending today (weeks start on Monday). Custom has no days of its own: an invalid range.
DayRange periodDays(HotPeriod period, const QDate& today);

struct HotQuestion {
    QString id;
    QString title;
    QString category;
    int workOrders = 0; // distinct work orders linked within the period (by link time)
    QDateTime pinnedAt; // invalid: not pinned
};

// Published articles linked to at least one work order within the days (by when the link was made), and every
// pinned published article: pinned first (most recently pinned first), then by count, then by title.
Result<QList<HotQuestion>> hotQuestions(const QSqlDatabase& db, const DayRange& days, int limit = 50);

// Pins or unpins a published article (ManageKnowledge); the change travels as a kb_article update of pinned_at.
Outcome setPinned(db::Database& db, const QString& articleId, bool pinned, const security::Operator& by,
                  const Clock& clock);

} // namespace hotline::knowledge
