#pragma once
// The stored scorecard templates and their versions. Editing a template (ManageQa, the QA lead) adds a version and
// never changes an old one: an evaluation keeps the version it was scored with.

#include "core/result.h"
#include "qa/scorecard.h"
#include "security/operator.h"

#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::qa {

struct ScorecardTemplate {
    QString id;
    QString name;
    bool active = true;
    int latestVersion = 0;
};

Result<QList<ScorecardTemplate>> scorecardTemplates(const QSqlDatabase& db);
// The scorecard inspectors score with: the latest version of the active template updated last (the shipped one
// unless the lead made another). NotFound when there is none.
Result<ScorecardVersion> currentScorecard(const QSqlDatabase& db);
Result<ScorecardVersion> latestScorecardVersion(const QSqlDatabase& db, const QString& templateId);
Result<ScorecardVersion> scorecardVersion(const QSqlDatabase& db, const QString& versionId);
// Every version of a template, newest first.
Result<QList<ScorecardVersion>> scorecardVersions(const QSqlDatabase& db, const QString& templateId);

// Saves an edited template as its next version (ManageQa): validated, numbered max + 1, with the template's name and
// time updated; the change log gets both rows in the same transaction. Nothing changed since the latest version is
// refused (InvalidInput), so the history only holds real edits.
Result<ScorecardVersion> saveScorecardVersion(const QSqlDatabase& db, const QString& templateId, const QString& name,
                                              double passMark, const ScorecardDefinition& definition,
                                              const security::Operator& by, IdGenerator& ids, const Clock& clock);

} // namespace hotline::qa
