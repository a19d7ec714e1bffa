// The reading half of feedback.h: lists and details, each guarded so an agent only ever reads their own.

#include "db/query.h"
#include "qa/feedback.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace hotline::qa {
namespace {

const QString kSummarySelect = QStringLiteral(
    "SELECT e.id, e.recording_id, e.agent_id, COALESCE(a.name, ''), e.inspector_id, COALESCE(i.name, ''), "
    "e.scored_at, r.started_at, e.total, v.max_total, v.pass_mark, e.fatal, e.passed, e.status, e.comment, "
    "COALESCE((SELECT x.reason FROM qa_evaluation_events x WHERE x.evaluation_id = e.id AND x.action = 'appealed' "
    "ORDER BY x.at DESC LIMIT 1), '') "
    "FROM qa_evaluations e JOIN qa_template_versions v ON v.id = e.template_version_id "
    "LEFT JOIN recordings r ON r.id = e.recording_id LEFT JOIN operators a ON a.id = e.agent_id "
    "LEFT JOIN operators i ON i.id = e.inspector_id ");

EvaluationSummary summaryFrom(const QSqlQuery& q)
{
    EvaluationSummary s;
    s.id = q.value(0).toString();
    s.recordingId = q.value(1).toString();
    s.agentId = q.value(2).toString();
    s.agentName = q.value(3).toString();
    s.inspectorId = q.value(4).toString();
    s.inspectorName = q.value(5).toString();
    s.scoredAt = db::utcTime(q.value(6));
    s.callStartedAt = db::utcTime(q.value(7));
    s.total = q.value(8).toDouble();
    s.maxTotal = q.value(9).toDouble();
    s.passMark = q.value(10).toDouble();
    s.fatal = q.value(11).toBool();
    s.passed = q.value(12).toBool();
    s.status = evaluationStatusFromKey(q.value(13).toString()).value_or(EvaluationStatus::Submitted);
    s.comment = q.value(14).toString();
    s.appealReason = q.value(15).toString();
    return s;
}

Result<QList<EvaluationSummary>> summaries(const QSqlDatabase& db, const QString& where, const QVariantList& bindings)
{
    auto q = db::exec(db, kSummarySelect + where, bindings);
    if (!q) {
        return q.error();
    }
    QList<EvaluationSummary> out;
    while (q.value().next()) {
        out.append(summaryFrom(q.value()));
    }
    return out;
}

Error notFound()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("hotline::qa", "No such evaluation."));
}

// by is the agent, or holds ListenRecordings.
Outcome authorizeRead(const QSqlDatabase& db, const QString& agentId, const security::Operator& by)
{
    if (Outcome a = security::authorizeActive(db, by); !a) {
        return a;
    }
    if (!by.id.isEmpty() && by.id == agentId) {
        return Ok{};
    }
    if (security::authorize(db, by, security::Permission::ListenRecordings).ok()) {
        return Ok{};
    }
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("hotline::qa", "You may read only your own evaluations."));
}

} // namespace

QString key(EvaluationStatus s)
{
    switch (s) {
    case EvaluationStatus::Submitted:
        return QStringLiteral("submitted");
    case EvaluationStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case EvaluationStatus::Appealed:
        return QStringLiteral("appealed");
    case EvaluationStatus::Upheld:
        return QStringLiteral("upheld");
    case EvaluationStatus::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

std::optional<EvaluationStatus> evaluationStatusFromKey(const QString& k)
{
    for (EvaluationStatus s : {EvaluationStatus::Submitted, EvaluationStatus::Acknowledged, EvaluationStatus::Appealed,
                               EvaluationStatus::Upheld, EvaluationStatus::Changed}) {
        if (key(s) == k) {
            return s;
        }
    }
    return std::nullopt;
}

QString displayName(EvaluationStatus s)
{
    switch (s) {
    case EvaluationStatus::Submitted:
        return QCoreApplication::translate("hotline::qa", "Not yet read");
    case EvaluationStatus::Acknowledged:
        return QCoreApplication::translate("hotline::qa", "Read");
    case EvaluationStatus::Appealed:
        return QCoreApplication::translate("hotline::qa", "Appealed");
    case EvaluationStatus::Upheld:
        return QCoreApplication::translate("hotline::qa", "Upheld");
    case EvaluationStatus::Changed:
        return QCoreApplication::translate("hotline::qa", "Score changed");
    }
    return {};
}

Result<QList<EvaluationSummary>> myEvaluations(const QSqlDatabase& db, const security::Operator& by)
{
    if (Outcome a = security::authorizeActive(db, by); !a) {
        return a.error();
    }
    return summaries(db, QStringLiteral("WHERE e.agent_id = ? ORDER BY e.scored_at DESC, e.id"), {by.id});
}

Result<QList<EvaluationSummary>> agentEvaluations(const QSqlDatabase& db, const QString& agentId,
                                                  const security::Operator& by)
{
    if (Outcome a = authorizeRead(db, agentId, by); !a) {
        return a.error();
    }
    return summaries(db, QStringLiteral("WHERE e.agent_id = ? ORDER BY e.scored_at DESC, e.id"), {agentId});
}

Result<EvaluationDetail> evaluationDetail(const QSqlDatabase& db, const QString& evaluationId,
                                          const security::Operator& by)
{
    auto found = summaries(db, QStringLiteral("WHERE e.id = ?"), {evaluationId});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return notFound();
    }
    EvaluationDetail d;
    d.summary = found->first();
    if (Outcome a = authorizeRead(db, d.summary.agentId, by); !a) {
        return a.error();
    }
    auto items = db::exec(
        db,
        QStringLiteral(
            "WITH defs AS (SELECT json_extract(i.value, '$.key') AS item_key, json_extract(i.value, '$.name') AS "
            "item_name, json_extract(d.value, '$.name') AS dim_name, json_extract(i.value, '$.max_points') AS "
            "max_points, d.key AS dpos, i.key AS ipos FROM qa_evaluations e "
            "JOIN qa_template_versions v ON v.id = e.template_version_id, json_each(v.definition, '$.dimensions') d, "
            "json_each(d.value, '$.items') i WHERE e.id = ?) "
            "SELECT it.item_key, COALESCE(defs.item_name, ''), COALESCE(defs.dim_name, ''), "
            "COALESCE(defs.max_points, 0), it.deduction, it.fatal, it.reason FROM qa_evaluation_items it "
            "LEFT JOIN defs ON defs.item_key = it.item_key WHERE it.evaluation_id = ? "
            "ORDER BY defs.dpos, defs.ipos, it.item_key"),
        {evaluationId, evaluationId});
    if (!items) {
        return items.error();
    }
    while (items.value().next()) {
        const QSqlQuery& q = items.value();
        d.items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                        q.value(4).toDouble(), q.value(5).toBool(), q.value(6).toString()});
    }
    auto events = db::exec(db,
                           QStringLiteral("SELECT x.action, x.reason, x.old_total, x.new_total, x.actor_id, "
                                          "COALESCE(o.name, ''), x.at FROM qa_evaluation_events x "
                                          "LEFT JOIN operators o ON o.id = x.actor_id WHERE x.evaluation_id = ? "
                                          "ORDER BY x.at, x.rowid"),
                           {evaluationId});
    if (!events) {
        return events.error();
    }
    while (events.value().next()) {
        const QSqlQuery& q = events.value();
        EvaluationEvent e;
        e.action = evaluationStatusFromKey(q.value(0).toString()).value_or(EvaluationStatus::Submitted);
        e.reason = q.value(1).toString();
        if (!q.value(2).isNull()) {
            e.oldTotal = q.value(2).toDouble();
        }
        if (!q.value(3).isNull()) {
            e.newTotal = q.value(3).toDouble();
        }
        e.actorId = q.value(4).toString();
        e.actorName = q.value(5).toString();
        e.at = db::utcTime(q.value(6));
        d.events.append(e);
    }
    return d;
}

Result<QList<EvaluationSummary>> appealedEvaluations(const QSqlDatabase& db, const security::Operator& by)
{
    if (Outcome a = security::authorize(db, by, security::Permission::ManageQa); !a) {
        return a.error();
    }
    return summaries(db, QStringLiteral("WHERE e.status = 'appealed' ORDER BY e.updated_at, e.id"), {});
}

} // namespace hotline::qa
