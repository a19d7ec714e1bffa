#include "reports/onlinefigures.h"

#include "calendar/workcalendar.h"
#include "db/query.h"
#include "security/permissions.h"

#include <QCoreApplication>

namespace hotline::reports {

std::optional<double> OnlineFigures::helpfulRate() const
{
    if (answersRated == 0) {
        return std::nullopt;
    }
    return double(helpful) / double(answersRated);
}

Result<OnlineFigures> onlineFigures(const QSqlDatabase& db, const QDate& from, const QDate& to,
                                    const security::Operator& by)
{
    if (Outcome allowed = security::authorize(db, by, security::Permission::BulkQuery); !allowed) {
        return allowed.error();
    }
    if (!from.isValid() || !to.isValid() || to < from) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::reports",
                                                     "The period must have a start date on or before its end date."),
                         QStringLiteral("period"));
    }
    const qint64 start = QDateTime(from, QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch();
    OnlineFigures f;

    auto conversations = db::exec(db,
                                  QStringLiteral("SELECT count(*), coalesce(sum(routed = 'robot'), 0), "
                                                 "coalesce(sum(routed = 'agents'), 0), coalesce(sum(served = 1), 0) "
                                                 "FROM conversations WHERE started_at >= ? AND started_at < ?"),
                                  {start, end});
    if (!conversations) {
        return conversations.error();
    }
    conversations.value().next();
    f.conversations = conversations.value().value(0).toInt();
    f.robotConversations = conversations.value().value(1).toInt();
    f.agentConversations = conversations.value().value(2).toInt();
    f.served = conversations.value().value(3).toInt();

    // The notice is written in the same transaction as the work order, at the same moment or a little later (a
    // minute is ample): the event log is read only around the period.
    auto left = db::exec(db,
                         QStringLiteral("SELECT count(*) FROM work_orders w "
                                        "WHERE w.channel = 'online' AND w.received_at >= ? AND w.received_at < ? "
                                        "AND w.id IN (SELECT json_extract(e.data, '$.workOrderId') "
                                        "             FROM conversation_events e "
                                        "             WHERE e.kind = 'notice' AND e.at >= ? AND e.at < ? "
                                        "             AND json_extract(e.data, '$.what') = 'callback_registered')"),
                         {start, end, start, end + 60000});
    if (!left) {
        return left.error();
    }
    left.value().next();
    f.leftMessages = left.value().value(0).toInt();

    auto feedback = db::exec(db,
                             QStringLiteral("SELECT count(*), coalesce(sum(helpful = 1), 0) FROM robot_feedback "
                                            "WHERE at >= ? AND at < ?"),
                             {start, end});
    if (!feedback) {
        return feedback.error();
    }
    feedback.value().next();
    f.answersRated = feedback.value().value(0).toInt();
    f.helpful = feedback.value().value(1).toInt();
    return f;
}

} // namespace hotline::reports
