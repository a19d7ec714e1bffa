// The writing half of feedback.h: each step checks who acts and from which status, then writes the evaluation, its
// event row and their outbox entries in one transaction.

#include "qa/feedback.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace hotline::qa {
namespace {

struct Current {
    QString agentId;
    EvaluationStatus status = EvaluationStatus::Submitted;
    double total = 0;
    double maxTotal = 0;
    double passMark = 0;
    bool fatal = false;
    bool appealedBefore = false;
};

Result<Current> load(const QSqlDatabase& db, const QString& evaluationId)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT e.agent_id, e.status, e.total, v.max_total, v.pass_mark, e.fatal, "
                                     "EXISTS (SELECT 1 FROM qa_evaluation_events x WHERE x.evaluation_id = e.id "
                                     "AND x.action = 'appealed') FROM qa_evaluations e "
                                     "JOIN qa_template_versions v ON v.id = e.template_version_id WHERE e.id = ?"),
                      {evaluationId});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("hotline::qa", "No such evaluation."));
    }
    const QSqlQuery& r = q.value();
    return Current{
        r.value(0).toString(), evaluationStatusFromKey(r.value(1).toString()).value_or(EvaluationStatus::Submitted),
        r.value(2).toDouble(), r.value(3).toDouble(),
        r.value(4).toDouble(), r.value(5).toBool(),
        r.value(6).toBool()};
}

Error illegal(const QString& message)
{
    return makeError(ErrorCode::IllegalTransition, message);
}

struct Step {
    EvaluationStatus to;
    QString reason;
    std::optional<double> oldTotal;
    std::optional<double> newTotal;
    QJsonObject extraFields; // more changed columns of qa_evaluations (total, passed, fatal)
};

// Writes the new status (and extra columns), the event row and both outbox entries. Inside a transaction.
Outcome record(const QSqlDatabase& db, const QString& evaluationId, const Step& step, const security::Operator& by,
               IdGenerator& ids, const Clock& clock)
{
    const QDateTime now = clock.now();
    const qint64 at = now.toMSecsSinceEpoch();
    QString sets = QStringLiteral("status = ?, updated_at = ?");
    QVariantList bindings{key(step.to), at};
    for (auto it = step.extraFields.begin(); it != step.extraFields.end(); ++it) {
        sets += QStringLiteral(", %1 = ?").arg(it.key()); // keys are our own column names, never input
        bindings.append(it.value().toVariant());
    }
    bindings.append(evaluationId);
    if (auto q = db::exec(db, QStringLiteral("UPDATE qa_evaluations SET %1 WHERE id = ?").arg(sets), bindings); !q) {
        return q.error();
    }
    QJsonObject fields = step.extraFields;
    fields.insert(QStringLiteral("status"), key(step.to));
    fields.insert(QStringLiteral("updated_at"), at);
    if (Outcome s = sync::appendChange(
            db, {QStringLiteral("qa_evaluation"), evaluationId, sync::Operation::Update, fields, by.id, now});
        !s) {
        return s;
    }
    const QString eventId = ids.next();
    const QString reason = step.reason.isNull() ? QStringLiteral("") : step.reason; // a null QString binds as NULL
    const QVariant noTotal(QMetaType(QMetaType::Double));
    if (auto q =
            db::exec(db,
                     QStringLiteral("INSERT INTO qa_evaluation_events (id, evaluation_id, action, reason, "
                                    "old_total, new_total, actor_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {eventId, evaluationId, key(step.to), reason, step.oldTotal ? QVariant(*step.oldTotal) : noTotal,
                      step.newTotal ? QVariant(*step.newTotal) : noTotal, by.id, at});
        !q) {
        return q.error();
    }
    const QJsonObject event{{QStringLiteral("id"), eventId},
                            {QStringLiteral("evaluation_id"), evaluationId},
                            {QStringLiteral("action"), key(step.to)},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("old_total"), step.oldTotal ? QJsonValue(*step.oldTotal) : QJsonValue()},
                            {QStringLiteral("new_total"), step.newTotal ? QJsonValue(*step.newTotal) : QJsonValue()},
                            {QStringLiteral("actor_id"), by.id},
                            {QStringLiteral("at"), at}};
    return sync::appendChange(
        db, {QStringLiteral("qa_evaluation_event"), eventId, sync::Operation::Insert, event, by.id, now});
}

// The evaluated agent's own steps (已阅, 申诉).
Outcome authorizeOwnAgent(const QSqlDatabase& db, const Current& c, const security::Operator& by)
{
    if (Outcome a = security::authorizeActive(db, by); !a) {
        return a;
    }
    if (by.id.isEmpty() || by.id != c.agentId) {
        return makeError(
            ErrorCode::Forbidden,
            QCoreApplication::translate("hotline::qa",
                                        "Only the agent who was evaluated may acknowledge or appeal an evaluation."));
    }
    return Ok{};
}

Outcome requireReason(const QString& reason, const QString& what)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, what, QStringLiteral("reason"));
    }
    return Ok{};
}

// The lead's decision on an appeal, shared by uphold and change.
Outcome decide(const QSqlDatabase& db, const QString& evaluationId, std::optional<double> newTotal,
               const QString& reason, const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    if (Outcome a = security::authorize(db, by, security::Permission::ManageQa); !a) {
        return a;
    }
    if (Outcome r = requireReason(
            reason, QCoreApplication::translate("hotline::qa", "Give the reason for the decision on the appeal."));
        !r) {
        return r;
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto c = load(db, evaluationId);
    if (!c) {
        return c.error();
    }
    if (c->status != EvaluationStatus::Appealed) {
        return illegal(QCoreApplication::translate("hotline::qa",
                                                   "Only an appealed evaluation can be upheld or changed; this one is "
                                                   "“%1”.")
                           .arg(displayName(c->status)));
    }
    Step step{EvaluationStatus::Upheld, reason.trimmed(), c->total, c->total, {}};
    if (newTotal) {
        const double t = *newTotal;
        if (!std::isfinite(t) || t < 0 || t > c->maxTotal) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::qa", "The new total must be from 0 to %1.").arg(c->maxTotal),
                QStringLiteral("total"));
        }
        if (t == c->total) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::qa",
                                                         "The new total is the current one; uphold the evaluation "
                                                         "instead."),
                             QStringLiteral("total"));
        }
        const bool fatal = c->fatal && t == 0;
        step.to = EvaluationStatus::Changed;
        step.newTotal = t;
        step.extraFields = {{QStringLiteral("total"), t},
                            {QStringLiteral("passed"), !fatal && t >= c->passMark ? 1 : 0},
                            {QStringLiteral("fatal"), fatal ? 1 : 0}};
    }
    if (Outcome w = record(db, evaluationId, step, by, ids, clock); !w) {
        return w;
    }
    return tx.commit();
}

} // namespace

Outcome acknowledgeEvaluation(const QSqlDatabase& db, const QString& evaluationId, const security::Operator& by,
                              IdGenerator& ids, const Clock& clock)
{
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto c = load(db, evaluationId);
    if (!c) {
        return c.error();
    }
    if (Outcome a = authorizeOwnAgent(db, c.value(), by); !a) {
        return a;
    }
    if (c->status != EvaluationStatus::Submitted) {
        return illegal(
            QCoreApplication::translate("hotline::qa", "Only a new evaluation can be marked as read; this one is “%1”.")
                .arg(displayName(c->status)));
    }
    if (Outcome w = record(db, evaluationId, {EvaluationStatus::Acknowledged, {}, {}, {}, {}}, by, ids, clock); !w) {
        return w;
    }
    return tx.commit();
}

Outcome appealEvaluation(const QSqlDatabase& db, const QString& evaluationId, const QString& reason,
                         const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto c = load(db, evaluationId);
    if (!c) {
        return c.error();
    }
    if (Outcome a = authorizeOwnAgent(db, c.value(), by); !a) {
        return a;
    }
    if (c->appealedBefore) {
        return illegal(QCoreApplication::translate("hotline::qa", "An evaluation can be appealed only once."));
    }
    if (c->status != EvaluationStatus::Submitted && c->status != EvaluationStatus::Acknowledged) {
        return illegal(QCoreApplication::translate("hotline::qa", "This evaluation is “%1”: it can no longer be "
                                                                  "appealed.")
                           .arg(displayName(c->status)));
    }
    if (Outcome r =
            requireReason(reason, QCoreApplication::translate("hotline::qa", "Give the reason for the appeal."));
        !r) {
        return r;
    }
    if (Outcome w =
            record(db, evaluationId, {EvaluationStatus::Appealed, reason.trimmed(), {}, {}, {}}, by, ids, clock);
        !w) {
        return w;
    }
    return tx.commit();
}

Outcome upholdEvaluation(const QSqlDatabase& db, const QString& evaluationId, const QString& reason,
                         const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    return decide(db, evaluationId, std::nullopt, reason, by, ids, clock);
}

Outcome changeEvaluationScore(const QSqlDatabase& db, const QString& evaluationId, double newTotal,
                              const QString& reason, const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    return decide(db, evaluationId, newTotal, reason, by, ids, clock);
}

} // namespace hotline::qa
