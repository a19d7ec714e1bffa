#pragma once
// Scoring a recording against a scorecard version (质检评分): per-item deductions with a reason (optionally tied to a
// marker on the recording), fatal items (致命项) that zero the total, a comment. computeScore() is the arithmetic the
// form shows live; submitEvaluation() checks the right (ScoreCalls), the draft and the recording, and stores the
// evaluation with its items, its 'submitted' event and the change log in one transaction.
// Reading: QA inspectors and leads (ListenRecordings) read every evaluation, an agent only their own.

#include "core/result.h"
#include "qa/scorecard.h"
#include "security/operator.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::qa {

struct Deduction {
    QString itemKey;
    double deduction = 0; // points taken off the item
    QString reason;
    QString markerId; // a marker on the recording, or empty
};

struct EvaluationDraft {
    QString recordingId;
    QString templateVersionId;
    QList<Deduction> deductions;
    QStringList fatalItemKeys;
    QString comment;
};

struct Score {
    double total = 0;
    double maxTotal = 0;
    bool fatal = false;
    bool passed = false;
    // Points kept per dimension key (before a fatal item zeroes the total).
    QHash<QString, double> dimensionPoints;
};

// max total − deductions, each item losing at most its own maximum points; a fatal item hit makes the total 0;
// passed = no fatal item and total ≥ pass mark. Deductions on unknown or fatal items count for nothing (checkDraft
// refuses them).
Score computeScore(const ScorecardVersion& scorecard, const EvaluationDraft& draft);

// What submitting would refuse in the draft itself: unknown items, a deduction not above 0, not in half points or
// beyond the item's maximum points, a deduction without a reason, a fatal key that is not a fatal item, a fatal item
// without a comment saying why. The error's field is the item key (or "comment").
Outcome checkDraft(const ScorecardVersion& scorecard, const EvaluationDraft& draft);

struct EvaluationItem {
    QString id;
    QString itemKey;
    double deduction = 0;
    bool fatal = false;
    QString reason;
    QString markerId;
};

struct Evaluation {
    QString id;
    QString recordingId;
    QString templateVersionId;
    QString agentId;
    QString agentName;
    QString workOrderId;
    QString inspectorId;
    QString inspectorName;
    QDateTime scoredAt;
    double total = 0;
    bool fatal = false;
    bool passed = false;
    QString comment;
    QString status; // submitted, acknowledged, appealed, upheld, changed
    QList<EvaluationItem> items;
};

// Scores a recording (ScoreCalls: QA inspectors and leads). The recording must exist and be attributed to an agent
// (not the scorer); agent and work order come from it; markers must be on it. Records inspector and time.
Result<Evaluation> submitEvaluation(const QSqlDatabase& db, const EvaluationDraft& draft, const security::Operator& by,
                                    IdGenerator& ids, const Clock& clock);

// One evaluation with its items: for ListenRecordings holders and for the evaluated agent; anyone else Forbidden.
Result<Evaluation> loadEvaluation(const QSqlDatabase& db, const QString& id, const security::Operator& by);

// The evaluations of a recording, newest first, with their items: all of them for ListenRecordings holders, an
// agent's own only for anyone else.
Result<QList<Evaluation>> evaluationsOfRecording(const QSqlDatabase& db, const QString& recordingId,
                                                 const security::Operator& by);

} // namespace hotline::qa
