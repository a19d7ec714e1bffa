#include "chat/quickphrases.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace hotline::chat {
namespace {

const QString kEntity = QStringLiteral("quick_phrase");

QuickPhrase readPhrase(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toInt(),    q.value(4).toInt() == 1, q.value(5).toInt()};
}

Result<std::optional<QuickPhrase>> find(const QSqlDatabase& db, const QString& id)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, category, text, sort_order, active, version FROM quick_phrases "
                                     "WHERE id = ?"),
                      {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<QuickPhrase>();
    }
    return std::optional<QuickPhrase>(readPhrase(q.value()));
}

Error gone()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::chat", "The service phrase no longer exists."));
}

// The stored phrase, NotFound (gone()) when there is none.
Result<QuickPhrase> existing(const QSqlDatabase& db, const QString& id)
{
    auto found = find(db, id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return gone();
    }
    return *found.value();
}

Result<int> nextSortOrder(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM quick_phrases"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

// Inserts a valid phrase and its change-log entry; the caller owns the transaction.
Result<QuickPhrase> insert(const QSqlDatabase& db, QuickPhrase p, const QString& by, IdGenerator& ids,
                           const Clock& clock)
{
    auto order = nextSortOrder(db);
    if (!order) {
        return order.error();
    }
    p.id = ids.next();
    p.sortOrder = order.value();
    p.active = true;
    p.version = 1;
    const QDateTime now = clock.now();
    if (auto q = db::exec(db,
                          QStringLiteral("INSERT INTO quick_phrases (id, category, text, sort_order, active, "
                                         "updated_by, updated_at, version) VALUES (?, ?, ?, ?, 1, ?, ?, 1)"),
                          {p.id, p.category, p.text, p.sortOrder, by, now.toMSecsSinceEpoch()});
        !q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("category"), p.category},
                             {QStringLiteral("text"), p.text},
                             {QStringLiteral("sort_order"), p.sortOrder},
                             {QStringLiteral("active"), 1},
                             {QStringLiteral("updated_by"), by},
                             {QStringLiteral("updated_at"), now.toMSecsSinceEpoch()},
                             {QStringLiteral("version"), 1}};
    if (Outcome s = sync::appendChange(db, {kEntity, p.id, sync::Operation::Insert, fields, by, now}); !s) {
        return s.error();
    }
    return p;
}

// Writes the changed columns of `after` (and updated_by, updated_at, version + 1) with their change-log entry.
Outcome update(const QSqlDatabase& db, const QuickPhrase& before, QuickPhrase& after, const QString& by,
               const Clock& clock)
{
    const QDateTime now = clock.now();
    after.version = before.version + 1;
    auto q = db::exec(db,
                      QStringLiteral("UPDATE quick_phrases SET category = ?, text = ?, sort_order = ?, active = ?, "
                                     "updated_by = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?"),
                      {after.category, after.text, after.sortOrder, after.active ? 1 : 0, by, now.toMSecsSinceEpoch(),
                       after.version, after.id, before.version});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return gone();
    }
    QJsonObject fields{{QStringLiteral("updated_by"), by},
                       {QStringLiteral("updated_at"), now.toMSecsSinceEpoch()},
                       {QStringLiteral("version"), after.version}};
    if (after.category != before.category) {
        fields.insert(QStringLiteral("category"), after.category);
    }
    if (after.text != before.text) {
        fields.insert(QStringLiteral("text"), after.text);
    }
    if (after.sortOrder != before.sortOrder) {
        fields.insert(QStringLiteral("sort_order"), after.sortOrder);
    }
    if (after.active != before.active) {
        fields.insert(QStringLiteral("active"), after.active ? 1 : 0);
    }
    return sync::appendChange(db, {kEntity, after.id, sync::Operation::Update, fields, by, now});
}

Outcome mayManage(const QSqlDatabase& db, const security::Operator& by)
{
    return security::authorize(db, by, security::Permission::ManageQuickPhrases);
}

Result<int> insertDefaults(const QSqlDatabase& db, const QString& by, IdGenerator& ids, const Clock& clock)
{
    int added = 0;
    for (const QuickPhrase& p : defaultQuickPhrases()) {
        if (auto stored = insert(db, p, by, ids, clock); !stored) {
            return stored.error();
        }
        ++added;
    }
    return added;
}

// What an add or edit stores, when by may manage the wording and the text is valid.
Result<QuickPhrase> allowedDraft(db::Database& db, const security::Operator& by, const QString& category,
                                 const QString& text)
{
    if (Outcome allowed = mayManage(db.connection(), by); !allowed) {
        return allowed.error();
    }
    QuickPhrase draft;
    draft.category = category;
    draft.text = text;
    return validateQuickPhrase(draft);
}

} // namespace

Result<QList<QuickPhrase>> listQuickPhrases(const QSqlDatabase& db, bool includeInactive)
{
    // A category is listed where its first phrase stands.
    auto q = db::exec(db,
                      QStringLiteral("SELECT p.id, p.category, p.text, p.sort_order, p.active, p.version "
                                     "FROM quick_phrases p WHERE (? = 1 OR p.active = 1) "
                                     "ORDER BY (SELECT MIN(c.sort_order) FROM quick_phrases c "
                                     "          WHERE c.category = p.category AND (? = 1 OR c.active = 1)), "
                                     "p.category, p.sort_order, p.id"),
                      {includeInactive ? 1 : 0, includeInactive ? 1 : 0});
    if (!q) {
        return q.error();
    }
    QList<QuickPhrase> out;
    while (q.value().next()) {
        out.append(readPhrase(q.value()));
    }
    return out;
}

Result<QuickPhrase> validateQuickPhrase(const QuickPhrase& input)
{
    QuickPhrase p = input;
    p.text = p.text.trimmed();
    p.category = p.category.simplified();
    if (p.text.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::chat", "Service phrase: the text is required."),
                         QStringLiteral("text"));
    }
    if (p.text.size() > kMaxQuickPhraseChars) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::chat", "Service phrase: at most %1 characters (this one has %2).")
                .arg(kMaxQuickPhraseChars)
                .arg(p.text.size()),
            QStringLiteral("text"));
    }
    if (p.category.size() > kMaxQuickPhraseCategoryChars) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::chat", "Service phrase category: at most %1 characters.")
                             .arg(kMaxQuickPhraseCategoryChars),
                         QStringLiteral("category"));
    }
    return p;
}

Result<QuickPhrase> addQuickPhrase(db::Database& db, const QString& category, const QString& text,
                                   const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    auto valid = allowedDraft(db, by, category, text);
    if (!valid) {
        return valid.error();
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto stored = insert(db.connection(), valid.value(), by.id, ids, clock);
    if (!stored) {
        return stored.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return stored;
}

Result<QuickPhrase> editQuickPhrase(db::Database& db, const QString& id, const QString& category, const QString& text,
                                    int expectedVersion, const security::Operator& by, const Clock& clock)
{
    auto valid = allowedDraft(db, by, category, text);
    if (!valid) {
        return valid.error();
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = existing(db.connection(), id);
    if (!before) {
        return before.error();
    }
    const QuickPhrase old = before.value();
    if (!old.active) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::chat", "The service phrase has been taken out of use."));
    }
    if (old.version != expectedVersion) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::chat",
                                                     "Someone else changed this service phrase in the meantime; "
                                                     "reload and try again."));
    }
    QuickPhrase after = old;
    after.category = valid->category;
    after.text = valid->text;
    if (after.category == old.category && after.text == old.text) {
        return old; // nothing changed: nothing to sync
    }
    if (Outcome s = update(db.connection(), old, after, by.id, clock); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return after;
}

Outcome reorderQuickPhrases(db::Database& db, const QStringList& orderedIds, const security::Operator& by,
                            const Clock& clock)
{
    if (Outcome allowed = mayManage(db.connection(), by); !allowed) {
        return allowed;
    }
    if (QSet<QString>(orderedIds.begin(), orderedIds.end()).size() != orderedIds.size()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::chat", "A service phrase is listed twice."));
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    for (qsizetype i = 0; i < orderedIds.size(); ++i) {
        auto before = existing(db.connection(), orderedIds[i]);
        if (!before) {
            return before.error();
        }
        if (before->sortOrder == int(i)) {
            continue;
        }
        QuickPhrase after = before.value();
        after.sortOrder = int(i);
        if (Outcome s = update(db.connection(), before.value(), after, by.id, clock); !s) {
            return s;
        }
    }
    return tx.commit();
}

Outcome deactivateQuickPhrase(db::Database& db, const QString& id, const security::Operator& by, const Clock& clock)
{
    if (Outcome allowed = mayManage(db.connection(), by); !allowed) {
        return allowed;
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto before = existing(db.connection(), id);
    if (!before) {
        return before.error();
    }
    if (!before->active) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::chat", "The service phrase has been taken out of use."));
    }
    QuickPhrase after = before.value();
    after.active = false;
    if (Outcome s = update(db.connection(), before.value(), after, by.id, clock); !s) {
        return s;
    }
    return tx.commit();
}

QList<QuickPhrase> defaultQuickPhrases()
{
    // What the agents say to taxpayers is Chinese whatever the workstation's language: these are content, not UI.
    const auto phrase = [](const char* category, const char* text) {
        QuickPhrase p;
        p.category = QString::fromUtf8(category);
        p.text = QString::fromUtf8(text);
        return p;
    };
    return {
        phrase("问候", "您好，这里是12366纳税服务热线在线咨询，请问有什么可以帮您？"),
        phrase("问候", "您好，很高兴为您服务，请您详细描述一下遇到的问题。"),
        phrase("查询", "请稍等，正在为您查询。"),
        phrase("查询", "感谢您的耐心等待，已为您查询到相关规定，具体如下："),
        phrase("查询", "为便于核实，请提供扣缴单位名称和统一社会信用代码。"),
        phrase("查询", "您的问题需要进一步核实，我们将登记工单，在规定时限内给您回复。"),
        phrase("引导", "您可以登录自然人电子税务局（扣缴端）进行操作，具体路径为："),
        phrase("结束", "请问还有其他问题吗？"),
        phrase("结束", "感谢您的咨询，祝您工作顺利！"),
        phrase("结束", "如对本次服务满意，请您在会话结束后给予评价，谢谢！"),
    };
}

Result<int> restoreDefaultQuickPhrases(db::Database& db, const security::Operator& by, IdGenerator& ids,
                                       const Clock& clock)
{
    if (Outcome allowed = mayManage(db.connection(), by); !allowed) {
        return allowed.error();
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = db::exec(db.connection(), QStringLiteral("SELECT COUNT(*) FROM quick_phrases WHERE active = 1"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    if (q.value().value(0).toInt() > 0) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::chat",
                                                     "The default wording is offered only when no service phrase is "
                                                     "in use; take the phrases out of use first."));
    }
    auto added = insertDefaults(db.connection(), by.id, ids, clock);
    if (!added) {
        return added.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return added;
}

Result<int> seedDefaultQuickPhrases(db::Database& db, const QString& byOperatorId, IdGenerator& ids, const Clock& clock)
{
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = db::exec(db.connection(), QStringLiteral("SELECT COUNT(*) FROM quick_phrases"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    if (q.value().value(0).toInt() > 0) {
        return 0;
    }
    auto added = insertDefaults(db.connection(), byOperatorId, ids, clock);
    if (!added) {
        return added.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return added;
}

} // namespace hotline::chat
