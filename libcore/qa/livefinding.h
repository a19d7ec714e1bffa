#pragma once
// 实时监控: what a QA inspector or lead noticed while listening to a live call — the agent, when, the caller's number,
// what was found and whether it was corrected on the spot (当场纠正). Logged and listed with ScoreCalls.

#include "core/result.h"
#include "security/operator.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::qa {

struct LiveFindingInput {
    QString agentId;
    QDateTime observedAt;
    QString callerNumber; // digits as typed; may be empty
    QString finding;
    bool correctedOnSpot = false;
};

struct LiveFinding {
    QString id;
    QString agentId;
    QString agentName;
    QDateTime observedAt;
    QString callerNumber;
    QString finding;
    bool correctedOnSpot = false;
    QString inspectorId;
    QString inspectorName;
    QDateTime createdAt;
};

// Logs a finding (ScoreCalls). The agent must be an existing operator, the time not in the future, the finding given
// (at most 500 characters), the caller number digits (with - or spaces, which are dropped), at most 20.
Result<LiveFinding> logLiveFinding(const QSqlDatabase& db, const LiveFindingInput& input, const security::Operator& by,
                                   IdGenerator& ids, const Clock& clock);

// Findings observed in [from, to), newest first, of one agent when agentId is given (ScoreCalls).
Result<QList<LiveFinding>> liveFindings(const QSqlDatabase& db, const QDateTime& from, const QDateTime& to,
                                        const QString& agentId, const security::Operator& by);

} // namespace hotline::qa
