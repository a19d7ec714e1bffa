#include "tickets/categories.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/auditlog.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>

namespace hotline::tickets {
namespace {

Outcome finish(db::Transaction& tx, const QSqlDatabase& db, sync::Change change)
{
    if (Outcome s = sync::appendChange(db, change); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace

Result<QList<Category>> CategoryRepository::all() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT c.id, coalesce(c.parent_id, ''), c.name, c.sort_order "
                                           "FROM categories c LEFT JOIN categories p ON p.id = c.parent_id "
                                           "ORDER BY coalesce(p.sort_order, c.sort_order), coalesce(p.name, c.name), "
                                           "c.parent_id IS NOT NULL, c.sort_order, c.name"));
    if (!q) {
        return q.error();
    }
    QList<Category> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toInt()});
    }
    return out;
}

QString CategoryRepository::pathOf(const QList<Category>& all, const QString& id)
{
    for (const Category& c : all) {
        if (c.id != id) {
            continue;
        }
        for (const Category& p : all) {
            if (p.id == c.parentId) {
                return p.name + QStringLiteral(" / ") + c.name;
            }
        }
        return c.name;
    }
    return {};
}

Outcome CategoryRepository::checkName(const QString& parentId, const QString& name, const QString& exceptId) const
{
    if (name.isEmpty() || name.size() > 30) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::tickets", "A category name must have 1 to 30 characters."));
    }
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT count(*) FROM categories WHERE coalesce(parent_id, '') = ? AND name = ? "
                                     "AND id <> ?"),
                      {parentId, name, exceptId});
    if (!q) {
        return q.error();
    }
    q.value().next();
    if (q.value().value(0).toInt() > 0) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::tickets", "The category %1 already exists here.").arg(name));
    }
    return Ok{};
}

Result<Category> CategoryRepository::add(const QString& parentId, const QString& name, const security::Operator& by,
                                         IdGenerator& ids, const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageCategories); !s) {
        return s.error();
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    const QString trimmed = name.trimmed();
    if (Outcome s = checkName(parentId, trimmed, {}); !s) {
        return s.error();
    }
    if (!parentId.isEmpty()) {
        auto parent =
            db::exec(m_db, QStringLiteral("SELECT parent_id IS NULL FROM categories WHERE id = ?"), {parentId});
        if (!parent) {
            return parent.error();
        }
        if (!parent.value().next() || !parent.value().value(0).toBool()) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::tickets", "Topics can only be added under a top-level group."));
        }
    }
    auto order = db::exec(m_db,
                          QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM categories "
                                         "WHERE coalesce(parent_id, '') = ?"),
                          {parentId});
    if (!order) {
        return order.error();
    }
    order.value().next();
    const Category c{ids.next(), parentId, trimmed, order.value().value(0).toInt()};
    if (auto q = db::exec(
            m_db, QStringLiteral("INSERT INTO categories (id, parent_id, name, sort_order) VALUES (?, ?, ?, ?)"),
            {c.id, parentId.isEmpty() ? QVariant() : QVariant(parentId), c.name, c.sortOrder});
        !q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("parent_id"), parentId.isEmpty() ? QJsonValue() : QJsonValue(parentId)},
                             {QStringLiteral("name"), c.name},
                             {QStringLiteral("sort_order"), c.sortOrder}};
    if (Outcome s =
            finish(tx, m_db, {QStringLiteral("category"), c.id, sync::Operation::Insert, fields, by.id, clock.now()});
        !s) {
        return s.error();
    }
    return c;
}

Result<Category> CategoryRepository::find(const QString& id) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT coalesce(parent_id, ''), name, sort_order FROM categories WHERE id = ?"),
                      {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::tickets", "The category no longer exists."));
    }
    return Category{id, q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt()};
}

Outcome CategoryRepository::rename(const QString& id, const QString& name, const security::Operator& by,
                                   const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageCategories); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto existing = find(id);
    if (!existing) {
        return existing.error();
    }
    const QString trimmed = name.trimmed();
    if (Outcome s = checkName(existing->parentId, trimmed, id); !s) {
        return s;
    }
    if (auto q = db::exec(m_db, QStringLiteral("UPDATE categories SET name = ? WHERE id = ?"), {trimmed, id}); !q) {
        return q.error();
    }
    return finish(tx, m_db,
                  {QStringLiteral("category"), id, sync::Operation::Update,
                   QJsonObject{{QStringLiteral("name"), trimmed}}, by.id, clock.now()});
}

Outcome CategoryRepository::remove(const QString& id, const security::Operator& by, IdGenerator& ids,
                                   const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageCategories); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto existing = find(id);
    if (!existing) {
        return existing.error();
    }
    const QString removedName = existing->name;
    auto used = db::exec(m_db,
                         QStringLiteral("SELECT (SELECT count(*) FROM work_orders WHERE category_id = ?), "
                                        "(SELECT count(*) FROM categories WHERE parent_id = ?)"),
                         {id, id});
    if (!used) {
        return used.error();
    }
    used.value().next();
    if (const int n = used.value().value(0).toInt(); n > 0) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::tickets",
                                                     "%n work order(s) use this category; it cannot be removed.",
                                                     nullptr, n));
    }
    if (used.value().value(1).toInt() > 0) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::tickets", "Remove the topics of this group first."));
    }
    if (auto q = db::exec(m_db, QStringLiteral("DELETE FROM categories WHERE id = ?"), {id}); !q) {
        return q.error();
    }
    if (auto e = security::AuditLog(m_db).append(security::AuditAction::Deletion, by.id, id,
                                                 QStringLiteral("category ") + removedName, ids, clock);
        !e) {
        return e.error();
    }
    return finish(tx, m_db, {QStringLiteral("category"), id, sync::Operation::Delete, {}, by.id, clock.now()});
}

} // namespace hotline::tickets
