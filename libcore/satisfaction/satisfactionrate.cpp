#include "satisfaction/satisfactionrate.h"

#include "calendar/workcalendar.h"
#include "db/query.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace hotline::satisfaction {

Result<SatisfactionFigures> satisfactionRate(const QSqlDatabase& db, const QDate& from, const QDate& to,
                                             const security::Operator& by)
{
    if (auto allowed = security::authorize(db, by, security::Permission::BulkQuery); !allowed) {
        return allowed.error();
    }
    if (!from.isValid() || !to.isValid() || to < from) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::satisfaction",
                                                     "The period must have a start date on or before its end date."),
                         QStringLiteral("period"));
    }
    const qint64 start = QDateTime(from, QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch();

    SatisfactionFigures f;
    f.from = from;
    f.to = to;
    QHash<QString, AgentRate> agents;
    auto countFor = [&agents](const QString& agentId, const QString& name, Rating r) {
        AgentRate& a = agents[agentId];
        a.agentId = agentId;
        a.agentName = name;
        a.counts.add(r);
    };

    auto surveys = db::exec(db,
                            QStringLiteral("SELECT s.rating, w.owner_id, coalesce(o.name, '') "
                                           "FROM satisfaction_surveys s "
                                           "LEFT JOIN work_orders w ON w.id = s.work_order_id "
                                           "LEFT JOIN operators o ON o.id = w.owner_id "
                                           "WHERE s.call_at >= ? AND s.call_at < ?"),
                            {start, end});
    if (!surveys) {
        return surveys.error();
    }
    while (surveys.value().next()) {
        const auto r = ratingFromKey(surveys.value().value(0).toString());
        if (!r) {
            continue;
        }
        f.surveys.add(*r);
        f.overall.add(*r);
        const QString owner = surveys.value().value(1).toString();
        if (owner.isEmpty()) {
            ++f.unmatchedSurveys;
        } else {
            countFor(owner, surveys.value().value(2).toString(), *r);
        }
    }

    // Latest reached visit per work order without any survey answer.
    auto visits = db::exec(db,
                           QStringLiteral("SELECT v.work_order_id, v.verdict, w.owner_id, coalesce(o.name, '') "
                                          "FROM return_visits v "
                                          "JOIN work_orders w ON w.id = v.work_order_id "
                                          "LEFT JOIN operators o ON o.id = w.owner_id "
                                          "WHERE v.visited_at >= ? AND v.visited_at < ? AND v.verdict <> 'unreachable' "
                                          "AND NOT EXISTS (SELECT 1 FROM satisfaction_surveys s "
                                          "                WHERE s.work_order_id = v.work_order_id) "
                                          "ORDER BY v.work_order_id, v.visited_at DESC, v.id DESC"),
                           {start, end});
    if (!visits) {
        return visits.error();
    }
    QSet<QString> counted;
    while (visits.value().next()) {
        const QString wo = visits.value().value(0).toString();
        if (counted.contains(wo)) {
            continue;
        }
        const auto r = ratingFromKey(visits.value().value(1).toString());
        if (!r) {
            continue;
        }
        counted.insert(wo);
        f.returnVisits.add(*r);
        f.overall.add(*r);
        countFor(visits.value().value(2).toString(), visits.value().value(3).toString(), *r);
    }

    // Online chat ratings, for the agent who served.
    auto chats = db::exec(db,
                          QStringLiteral("SELECT r.level, coalesce(r.agent_id, ''), coalesce(o.name, '') "
                                         "FROM chat_ratings r LEFT JOIN operators o ON o.id = r.agent_id "
                                         "WHERE r.rated_at >= ? AND r.rated_at < ?"),
                          {start, end});
    if (!chats) {
        return chats.error();
    }
    while (chats.value().next()) {
        const auto r = ratingFromLevel(chats.value().value(0).toInt());
        if (!r) {
            continue;
        }
        f.chats.add(*r);
        f.overall.add(*r);
        const QString agent = chats.value().value(1).toString();
        if (agent.isEmpty()) {
            ++f.chatsWithoutAgent;
        } else {
            countFor(agent, chats.value().value(2).toString(), *r);
        }
    }

    f.agents = agents.values();
    std::sort(f.agents.begin(), f.agents.end(), [](const AgentRate& a, const AgentRate& b) {
        return a.agentName != b.agentName ? a.agentName < b.agentName : a.agentId < b.agentId;
    });
    return f;
}

} // namespace hotline::satisfaction
