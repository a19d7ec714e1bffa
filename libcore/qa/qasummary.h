#pragma once
// The monthly QA summary per agent (质检月报), for the reports work. A month is a Beijing calendar month.
//
// - done: the agent's evaluations scored in the month (sampled or not), with their current totals (after 改判).
// - planned: the items of the weeks' current sample draws whose call took place in the month. A week that straddles
//   two months so gives each month the part of its sample taken from that month's calls; every item counts once.
//   plannedEvaluated: of those, the ones whose recording has an evaluation (at any time).
// - averageTotal, passRate: over done (0 when none); fatalItems: qa_evaluation_items rows marked fatal in done.
// - per dimension: the dimension of each deducted item is read from the evaluation's template version
//   (definition JSON); averageDeduction is the sum of the agent's deductions in the dimension over done,
//   averageScore the dimension's points (sum of its items' max_points) minus its deductions, averaged over done.

#include "core/result.h"
#include "security/operator.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hotline::qa {

struct DimensionSummary {
    QString key;
    QString name;
    double averageDeduction = 0;
    double averageScore = 0;
};

struct AgentMonthSummary {
    QString agentId;
    QString agentName;
    int done = 0;
    int planned = 0;
    int plannedEvaluated = 0;
    double averageTotal = 0;
    int passed = 0;
    double passRate = 0; // 0..1
    int fatalItems = 0;
    QList<DimensionSummary> dimensions; // in the template's order
};

// ListenRecordings. year/month of the Beijing calendar; agents by name.
Result<QList<AgentMonthSummary>> monthlySummary(const QSqlDatabase& db, int year, int month,
                                                const security::Operator& by);

} // namespace hotline::qa
