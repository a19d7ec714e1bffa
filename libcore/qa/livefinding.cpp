#include "qa/livefinding.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace hotline::qa {
namespace {

constexpr int kMaxFindingLength = 500;
constexpr int kMaxNumberLength = 20;

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

} // namespace

Result<LiveFinding> logLiveFinding(const QSqlDatabase& db, const LiveFindingInput& input, const security::Operator& by,
                                   IdGenerator& ids, const Clock& clock)
{
    if (Outcome allowed = security::authorize(db, by, security::Permission::ScoreCalls); !allowed) {
        return allowed.error();
    }
    auto agent = db::exec(db, QStringLiteral("SELECT name FROM operators WHERE id = ?"), {input.agentId});
    if (!agent) {
        return agent.error();
    }
    if (input.agentId.isEmpty() || !agent.value().next()) {
        return invalid(QCoreApplication::translate("hotline::qa", "Choose the agent on the call."),
                       QStringLiteral("agent"));
    }
    const QDateTime now = clock.now();
    if (!input.observedAt.isValid() || input.observedAt > now.addSecs(60)) {
        return invalid(QCoreApplication::translate("hotline::qa", "The time of the finding must not be in the future."),
                       QStringLiteral("observed_at"));
    }
    const QString finding = input.finding.trimmed();
    if (finding.isEmpty() || finding.size() > kMaxFindingLength) {
        return invalid(QCoreApplication::translate("hotline::qa", "Say what was found (at most %1 characters).")
                           .arg(kMaxFindingLength),
                       QStringLiteral("finding"));
    }
    QString number = input.callerNumber.isNull() ? QStringLiteral("") : input.callerNumber;
    number.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    if (!digits.match(number).hasMatch() || number.size() > kMaxNumberLength) {
        return invalid(
            QCoreApplication::translate("hotline::qa", "The caller number may hold only digits (at most %1).")
                .arg(kMaxNumberLength),
            QStringLiteral("caller_number"));
    }
    LiveFinding f{ids.next(),
                  input.agentId,
                  agent.value().value(0).toString(),
                  input.observedAt,
                  number,
                  finding,
                  input.correctedOnSpot,
                  by.id,
                  by.name,
                  now};
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    const qint64 observed = f.observedAt.toMSecsSinceEpoch();
    const qint64 created = now.toMSecsSinceEpoch();
    auto ins =
        db::exec(db,
                 QStringLiteral("INSERT INTO qa_live_findings (id, agent_id, observed_at, caller_number, "
                                "finding, corrected_on_spot, inspector_id, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                                "?, ?)"),
                 {f.id, f.agentId, observed, number, finding, f.correctedOnSpot ? 1 : 0, by.id, created});
    if (!ins) {
        return ins.error();
    }
    const QJsonObject fields{{QStringLiteral("agent_id"), f.agentId},
                             {QStringLiteral("observed_at"), observed},
                             {QStringLiteral("caller_number"), number},
                             {QStringLiteral("finding"), finding},
                             {QStringLiteral("corrected_on_spot"), f.correctedOnSpot ? 1 : 0},
                             {QStringLiteral("inspector_id"), by.id},
                             {QStringLiteral("created_at"), created}};
    if (Outcome s = sync::appendChange(
            db, {QStringLiteral("qa_live_finding"), f.id, sync::Operation::Insert, fields, by.id, now});
        !s) {
        return s.error();
    }
    if (Outcome c = tx.commit(); !c) {
        return c.error();
    }
    return f;
}

Result<QList<LiveFinding>> liveFindings(const QSqlDatabase& db, const QDateTime& from, const QDateTime& to,
                                        const QString& agentId, const security::Operator& by)
{
    if (Outcome allowed = security::authorize(db, by, security::Permission::ScoreCalls); !allowed) {
        return allowed.error();
    }
    // A null string would bind as NULL, and NULL = '' is not true.
    const QString agent = agentId.isEmpty() ? QStringLiteral("") : agentId;
    auto q = db::exec(db,
                      QStringLiteral("SELECT f.id, f.agent_id, coalesce(a.name, ''), f.observed_at, f.caller_number, "
                                     "f.finding, f.corrected_on_spot, f.inspector_id, coalesce(i.name, ''), "
                                     "f.created_at FROM qa_live_findings f LEFT JOIN operators a ON a.id = f.agent_id "
                                     "LEFT JOIN operators i ON i.id = f.inspector_id WHERE f.observed_at >= ? AND "
                                     "f.observed_at < ? AND (? = '' OR f.agent_id = ?) ORDER BY f.observed_at DESC"),
                      {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), agent, agent});
    if (!q) {
        return q.error();
    }
    QList<LiveFinding> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                    QDateTime::fromMSecsSinceEpoch(r.value(3).toLongLong(), Qt::UTC), r.value(4).toString(),
                    r.value(5).toString(), r.value(6).toBool(), r.value(7).toString(), r.value(8).toString(),
                    QDateTime::fromMSecsSinceEpoch(r.value(9).toLongLong(), Qt::UTC)});
    }
    return out;
}

} // namespace hotline::qa
