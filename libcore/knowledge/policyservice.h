#pragma once
// Policy documents (政策文件) cited by articles. Marking one repealed (废止) or amended (修订) sends every published
// or pending article citing it back to review (status pending, a sent_back event saying which policy and why), in
// the same transaction. Adding, repealing and amending need ReviewKnowledge: the people who publish articles judge
// their sources.

#include "core/result.h"
#include "knowledge/reviewrepository.h"
#include "security/operator.h"

#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::knowledge {

class PolicyService final {
public:
    PolicyService(QSqlDatabase db, IdGenerator& ids, const Clock& clock);

    Result<QList<Policy>> all() const;
    // A new policy in force: a title is needed; the number (文号) unique when given.
    Result<Policy> add(const QString& number, const QString& title, const QDate& issued, const security::Operator& by);
    // Marks the policy amended or repealed (a repealed one stays repealed); returns how many articles went back to
    // review.
    Result<int> changeStatus(const QString& id, PolicyStatus status, const QString& note, const security::Operator& by);

private:
    QSqlDatabase m_db;
    IdGenerator& m_ids;
    const Clock& m_clock;
};

// "title（number）" or the title alone.
QString policyLabel(const Policy& p);

} // namespace hotline::knowledge
