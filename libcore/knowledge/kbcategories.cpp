#include "knowledge/kbcategories.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::knowledge {

Result<QList<KbCategory>> KbCategoryRepository::all() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT c.id, c.name, c.sort_order, "
                                           "(SELECT count(*) FROM kb_articles a WHERE a.category_id = c.id) "
                                           "FROM kb_categories c ORDER BY c.sort_order, c.name"));
    if (!q) {
        return q.error();
    }
    QList<KbCategory> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt()});
    }
    return out;
}

Outcome KbCategoryRepository::checkName(const QString& name, const QString& exceptId) const
{
    if (name.isEmpty() || name.size() > 30) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::knowledge", "A category name must have 1 to 30 characters."),
            QStringLiteral("name"));
    }
    auto q = db::exec(m_db, QStringLiteral("SELECT count(*) FROM kb_categories WHERE name = ? AND id <> ?"),
                      {name, exceptId.isNull() ? QStringLiteral("") : exceptId});
    if (!q) {
        return q.error();
    }
    q.value().next();
    if (q.value().value(0).toInt() > 0) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::knowledge", "The category %1 already exists.").arg(name),
                         QStringLiteral("name"));
    }
    return Ok{};
}

Result<KbCategory> KbCategoryRepository::add(const QString& name, const security::Operator& by, IdGenerator& ids,
                                             const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageKnowledge); !s) {
        return s.error();
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    const QString trimmed = name.simplified();
    if (Outcome s = checkName(trimmed, {}); !s) {
        return s.error();
    }
    auto c = insert(trimmed, by.id, ids, clock);
    if (!c) {
        return c.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return c;
}

Result<KbCategory> KbCategoryRepository::insert(const QString& trimmedName, const QString& byOperatorId,
                                                IdGenerator& ids, const Clock& clock)
{
    auto order = db::exec(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM kb_categories"));
    if (!order) {
        return order.error();
    }
    order.value().next();
    const KbCategory c{ids.next(), trimmedName, order.value().value(0).toInt(), 0};
    if (auto q = db::exec(m_db, QStringLiteral("INSERT INTO kb_categories (id, name, sort_order) VALUES (?, ?, ?)"),
                          {c.id, c.name, c.sortOrder});
        !q) {
        return q.error();
    }
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("kb_category"), c.id, sync::Operation::Insert,
                   QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("sort_order"), c.sortOrder}},
                   byOperatorId, clock.now()});
        !s) {
        return s.error();
    }
    return c;
}

Outcome KbCategoryRepository::rename(const QString& id, const QString& name, const security::Operator& by,
                                     const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageKnowledge); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    const QString trimmed = name.simplified();
    if (Outcome s = checkName(trimmed, id); !s) {
        return s;
    }
    auto q = db::exec(m_db, QStringLiteral("UPDATE kb_categories SET name = ? WHERE id = ?"), {trimmed, id});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::knowledge", "The category no longer exists."));
    }
    if (Outcome s = sync::appendChange(m_db, {QStringLiteral("kb_category"), id, sync::Operation::Update,
                                              QJsonObject{{QStringLiteral("name"), trimmed}}, by.id, clock.now()});
        !s) {
        return s;
    }
    return tx.commit();
}

Outcome KbCategoryRepository::remove(const QString& id, const security::Operator& by, const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageKnowledge); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto used = db::exec(m_db, QStringLiteral("SELECT count(*) FROM kb_articles WHERE category_id = ?"), {id});
    if (!used) {
        return used.error();
    }
    used.value().next();
    if (const int n = used.value().value(0).toInt(); n > 0) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "%n article(s) use this category; it cannot be removed.", nullptr,
                                                     n));
    }
    auto q = db::exec(m_db, QStringLiteral("DELETE FROM kb_categories WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::knowledge", "The category no longer exists."));
    }
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("kb_category"), id, sync::Operation::Delete, QJsonObject{}, by.id, clock.now()});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace hotline::knowledge
