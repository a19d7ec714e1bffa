#pragma once
// The knowledge base's categories (政策法规·中央 … 热点问题): listed in order, added, renamed, and removed while no
// article uses them. Changing them needs ManageKnowledge; every change goes to the change log (entity kb_category).

#include "core/result.h"
#include "security/operator.h"

#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::knowledge {

struct KbCategory {
    QString id;
    QString name;
    int sortOrder = 0;
    int articles = 0; // how many articles use it
};

class KbCategoryRepository final {
public:
    explicit KbCategoryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<KbCategory>> all() const;
    Result<KbCategory> add(const QString& name, const security::Operator& by, IdGenerator& ids, const Clock& clock);
    // Stores a category under a checked, trimmed name last in the order, with its change-log entry; the caller owns
    // the transaction and has checked the right (add(), an import).
    Result<KbCategory> insert(const QString& trimmedName, const QString& byOperatorId, IdGenerator& ids,
                              const Clock& clock);
    Outcome rename(const QString& id, const QString& name, const security::Operator& by, const Clock& clock);
    Outcome remove(const QString& id, const security::Operator& by, const Clock& clock);

private:
    Outcome checkName(const QString& name, const QString& exceptId) const;

    QSqlDatabase m_db;
};

} // namespace hotline::knowledge
