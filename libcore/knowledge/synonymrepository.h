#pragma once
// The store's editable synonym dictionary (kb_synonyms, seeded with the shipped groups): what searches expand with.
// Changing it needs Permission::ManageKnowledge (team leads and administrators); each change goes to the outbox.

#include "core/result.h"
#include "knowledge/kbquery.h"
#include "security/operator.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::knowledge {

struct SynonymGroup {
    QString id;
    QStringList words;
};

class SynonymRepository final {
public:
    explicit SynonymRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // In the order they were added.
    Result<QList<SynonymGroup>> groups() const;
    // The dictionary searches use.
    Result<Synonyms> load() const;

    // A group holds at least two distinct words (trimmed, compared without case, one line each, at most 40
    // characters), none of them in another group.
    Result<SynonymGroup> add(const QStringList& words, const security::Operator& by, IdGenerator& ids,
                             const Clock& clock);
    Outcome update(const QString& id, const QStringList& words, const security::Operator& by, const Clock& clock);
    Outcome remove(const QString& id, const security::Operator& by, const Clock& clock);

private:
    Result<QStringList> validate(const QStringList& words, const QString& exceptId) const;

    QSqlDatabase m_db;
};

} // namespace hotline::knowledge
