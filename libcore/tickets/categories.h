#pragma once
// The editable two-level business category tree of work orders (group → topic).

#include "core/result.h"
#include "security/operator.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::tickets {

struct Category {
    QString id;
    QString parentId; // empty for a group
    QString name;
    int sortOrder = 0;
};

class CategoryRepository final {
public:
    explicit CategoryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Groups first in their order, each followed by its topics in theirs.
    Result<QList<Category>> all() const;
    // NotFound as an error.
    Result<Category> find(const QString& id) const;
    // Changing the tree needs Permission::ManageCategories (administrators and team leads); others get Forbidden.
    // A group (parentId empty) or a topic under a group. Names are unique among siblings.
    Result<Category> add(const QString& parentId, const QString& name, const security::Operator& by, IdGenerator& ids,
                         const Clock& clock);
    Outcome rename(const QString& id, const QString& name, const security::Operator& by, const Clock& clock);
    // Refused while work orders or topics use it. A removal is recorded in the audit log.
    Outcome remove(const QString& id, const security::Operator& by, IdGenerator& ids, const Clock& clock);

    // "group / topic" for a topic id, the group name for a group id.
    static QString pathOf(const QList<Category>& all, const QString& id);

private:
    Outcome checkName(const QString& parentId, const QString& name, const QString& exceptId) const;
    QSqlDatabase m_db;
};

} // namespace hotline::tickets
