#include "qa/qasummary.h"

#include "calendar/workcalendar.h"
#include "db/query.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <algorithm>

namespace hotline::qa {

Result<QList<AgentMonthSummary>> monthlySummary(const QSqlDatabase& db, int year, int month,
                                                const security::Operator& by)
{
    if (Outcome a = security::authorize(db, by, security::Permission::ListenRecordings); !a) {
        return a.error();
    }
    const QDate first(year, month, 1);
    if (!first.isValid()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("hotline::qa", "Choose a valid month."),
                         QStringLiteral("month"));
    }
    const QDateTime fromTime(first, QTime(0, 0), calendar::beijingTime());
    const qint64 from = fromTime.toMSecsSinceEpoch();
    const qint64 to = fromTime.addMonths(1).toMSecsSinceEpoch();

    QMap<QString, AgentMonthSummary> byAgent;
    auto done = db::exec(db,
                         QStringLiteral("SELECT e.agent_id, COUNT(*), SUM(e.total), SUM(e.passed), "
                                        "SUM((SELECT COUNT(*) FROM qa_evaluation_items it WHERE it.evaluation_id = "
                                        "e.id AND it.fatal = 1)) FROM qa_evaluations e "
                                        "WHERE e.scored_at >= ? AND e.scored_at < ? GROUP BY e.agent_id"),
                         {from, to});
    if (!done) {
        return done.error();
    }
    while (done.value().next()) {
        const QSqlQuery& q = done.value();
        AgentMonthSummary& s = byAgent[q.value(0).toString()];
        s.done = q.value(1).toInt();
        s.averageTotal = q.value(2).toDouble() / s.done;
        s.passed = q.value(3).toInt();
        s.passRate = double(s.passed) / s.done;
        s.fatalItems = q.value(4).toInt();
    }

    // The current draw of a week is its latest (sampling.h).
    auto planned = db::exec(
        db,
        QStringLiteral("SELECT s.agent_id, COUNT(*), "
                       "SUM(EXISTS (SELECT 1 FROM qa_evaluations e WHERE e.recording_id = s.recording_id)) "
                       "FROM qa_sample_items s JOIN qa_sample_draws d ON d.id = s.draw_id "
                       "JOIN recordings r ON r.id = s.recording_id "
                       "WHERE r.started_at >= ? AND r.started_at < ? AND d.id = (SELECT d2.id FROM qa_sample_draws d2 "
                       "WHERE d2.week_start = d.week_start ORDER BY d2.drawn_at DESC, d2.id DESC LIMIT 1) "
                       "GROUP BY s.agent_id"),
        {from, to});
    if (!planned) {
        return planned.error();
    }
    while (planned.value().next()) {
        const QSqlQuery& q = planned.value();
        AgentMonthSummary& s = byAgent[q.value(0).toString()];
        s.planned = q.value(1).toInt();
        s.plannedEvaluated = q.value(2).toInt();
    }

    auto dims = db::exec(
        db,
        QStringLiteral(
            "WITH ev AS (SELECT id, agent_id, template_version_id FROM qa_evaluations "
            "WHERE scored_at >= ? AND scored_at < ?), "
            "defs AS (SELECT v.id AS version_id, json_extract(d.value, '$.key') AS dim_key, "
            "json_extract(d.value, '$.name') AS dim_name, d.key AS dpos, json_extract(i.value, '$.key') AS item_key, "
            "json_extract(i.value, '$.max_points') AS max_points FROM qa_template_versions v, "
            "json_each(v.definition, '$.dimensions') d, json_each(d.value, '$.items') i "
            "WHERE v.id IN (SELECT template_version_id FROM ev)) "
            "SELECT ev.agent_id, defs.dim_key, MAX(defs.dim_name), MIN(defs.dpos), SUM(defs.max_points), "
            "SUM(COALESCE((SELECT SUM(it.deduction) FROM qa_evaluation_items it WHERE it.evaluation_id = ev.id AND "
            "it.item_key = defs.item_key), 0)) "
            "FROM ev JOIN defs ON defs.version_id = ev.template_version_id "
            "GROUP BY ev.agent_id, defs.dim_key ORDER BY ev.agent_id, MIN(defs.dpos), defs.dim_key"),
        {from, to});
    if (!dims) {
        return dims.error();
    }
    while (dims.value().next()) {
        const QSqlQuery& q = dims.value();
        AgentMonthSummary& s = byAgent[q.value(0).toString()];
        const double n = std::max(s.done, 1);
        const double deducted = q.value(5).toDouble();
        s.dimensions.append(
            {q.value(1).toString(), q.value(2).toString(), deducted / n, (q.value(4).toDouble() - deducted) / n});
    }

    QList<AgentMonthSummary> out;
    for (auto it = byAgent.begin(); it != byAgent.end(); ++it) {
        auto name = db::exec(db, QStringLiteral("SELECT name FROM operators WHERE id = ?"), {it.key()});
        if (!name) {
            return name.error();
        }
        it->agentId = it.key();
        it->agentName = name.value().next() ? name.value().value(0).toString() : it.key();
        out.append(*it);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const AgentMonthSummary& a, const AgentMonthSummary& b) { return a.agentName < b.agentName; });
    return out;
}

} // namespace hotline::qa
