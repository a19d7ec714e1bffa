#pragma once
// The team lead's improvement plan (改进方案) for a month, printed in that month's service analysis report. One plan
// per month ('YYYY-MM', Beijing calendar). Every save writes the plan's new text and a new improvement_plan_versions
// row (the first save is version 1), both with their outbox entries in one transaction, so the text of any report
// sent to the bureau can be reproduced. Saves are checked optimistically: the caller passes the version it loaded
// (0 for a month without a plan); a save over a newer version is refused with a Conflict naming who saved it.
// Loading and saving need Permission::BulkQuery (leads and administrators).

#include "core/result.h"
#include "security/operator.h"

#include <QDateTime>
#include <QString>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::reports {

struct ImprovementPlan {
    QString id;    // empty when the month has no plan yet
    QString month; // 'YYYY-MM'
    QString body;
    QString authorId;
    QString authorName;
    QDateTime updatedAt; // UTC; invalid when there is no plan
    int version = 0;     // 0 when there is no plan
};

// "2025-09" for a year and month.
QString monthKey(int year, int month);

// The month's plan, or an empty plan (version 0) when none was written.
Result<ImprovementPlan> loadImprovementPlan(db::Database& db, int year, int month, const security::Operator& by);

// Saves body as the month's plan over loadedVersion (0: there was none). Returns the saved plan (its new version).
Result<ImprovementPlan> saveImprovementPlan(db::Database& db, int year, int month, const QString& body,
                                            int loadedVersion, const security::Operator& by, IdGenerator& ids,
                                            const Clock& clock);

} // namespace hotline::reports
