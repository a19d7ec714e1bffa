#pragma once
// Feedback on evaluations (质检反馈): an agent reads their own evaluations only, marks one as read (已阅) or appeals
// it once with a reason (申诉); the QA lead (ManageQa) upholds it (维持原判) or changes the score (改判). Every step is
// one transaction with its row in qa_evaluation_events and outbox entries; a change keeps the old and new totals.
//
// Status flow: submitted → acknowledged; submitted or acknowledged → appealed (once); appealed → upheld or changed.
// A change sets the total (0 to the version's maximum), recomputes passed against the version's pass mark, and, when
// the new total is above zero, clears the evaluation's fatal flag (the lead overturned it); the inspector's item
// deductions stay as recorded.

#include "core/result.h"
#include "security/operator.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::qa {

enum class EvaluationStatus { Submitted, Acknowledged, Appealed, Upheld, Changed };

QString key(EvaluationStatus s);
std::optional<EvaluationStatus> evaluationStatusFromKey(const QString& k);
// 待阅, 已阅, 申诉中, 维持原判, 已改判 (translated).
QString displayName(EvaluationStatus s);

struct EvaluationSummary {
    QString id;
    QString recordingId;
    QString agentId;
    QString agentName;
    QString inspectorId;
    QString inspectorName;
    QDateTime scoredAt;
    QDateTime callStartedAt;
    double total = 0;
    double maxTotal = 0;
    double passMark = 0;
    bool fatal = false;
    bool passed = false;
    EvaluationStatus status = EvaluationStatus::Submitted;
    QString comment;
    QString appealReason; // the agent's, once appealed
};

struct EvaluationItemDetail {
    QString itemKey;
    QString itemName;      // from the template version ('' when the key is not in it)
    QString dimensionName; // likewise
    double maxPoints = 0;
    double deduction = 0;
    bool fatal = false;
    QString reason;
};

struct EvaluationEvent {
    EvaluationStatus action = EvaluationStatus::Submitted;
    QString reason;
    std::optional<double> oldTotal;
    std::optional<double> newTotal;
    QString actorId;
    QString actorName;
    QDateTime at;
};

struct EvaluationDetail {
    EvaluationSummary summary;
    QList<EvaluationItemDetail> items;
    QList<EvaluationEvent> events; // oldest first
};

// by's own evaluations, newest first. Only ever by's own, whatever the role.
Result<QList<EvaluationSummary>> myEvaluations(const QSqlDatabase& db, const security::Operator& by);
// agentId's evaluations: by themself, or a holder of ListenRecordings.
Result<QList<EvaluationSummary>> agentEvaluations(const QSqlDatabase& db, const QString& agentId,
                                                  const security::Operator& by);
// One evaluation with its items and trail: its own agent, or a holder of ListenRecordings.
Result<EvaluationDetail> evaluationDetail(const QSqlDatabase& db, const QString& evaluationId,
                                          const security::Operator& by);
// ManageQa: the evaluations waiting for an appeal decision, oldest appeal first.
Result<QList<EvaluationSummary>> appealedEvaluations(const QSqlDatabase& db, const security::Operator& by);

// The evaluation's own agent, from 'submitted'.
Outcome acknowledgeEvaluation(const QSqlDatabase& db, const QString& evaluationId, const security::Operator& by,
                              IdGenerator& ids, const Clock& clock);
// The evaluation's own agent, from 'submitted' or 'acknowledged', once; reason required.
Outcome appealEvaluation(const QSqlDatabase& db, const QString& evaluationId, const QString& reason,
                         const security::Operator& by, IdGenerator& ids, const Clock& clock);
// ManageQa, from 'appealed'; reason required.
Outcome upholdEvaluation(const QSqlDatabase& db, const QString& evaluationId, const QString& reason,
                         const security::Operator& by, IdGenerator& ids, const Clock& clock);
// ManageQa, from 'appealed'; newTotal 0 to the maximum, different from the current total; reason required.
Outcome changeEvaluationScore(const QSqlDatabase& db, const QString& evaluationId, double newTotal,
                              const QString& reason, const security::Operator& by, IdGenerator& ids,
                              const Clock& clock);

} // namespace hotline::qa
