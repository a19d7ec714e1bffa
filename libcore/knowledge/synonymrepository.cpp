#include "knowledge/synonymrepository.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::knowledge {
namespace {

constexpr int kMaxWordLength = 40;

Outcome finish(db::Transaction& tx, const QSqlDatabase& db, sync::Change change)
{
    if (Outcome s = sync::appendChange(db, change); !s) {
        return s;
    }
    return tx.commit();
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::knowledge", "The synonym group no longer exists."));
}

} // namespace

Result<QList<SynonymGroup>> SynonymRepository::groups() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id, words FROM kb_synonyms ORDER BY rowid"));
    if (!q) {
        return q.error();
    }
    QList<SynonymGroup> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(),
                    q.value().value(1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)});
    }
    return out;
}

Result<Synonyms> SynonymRepository::load() const
{
    auto all = groups();
    if (!all) {
        return all.error();
    }
    Synonyms s;
    for (const SynonymGroup& g : all.value()) {
        s.addGroup(g.words);
    }
    return s;
}

Result<QStringList> SynonymRepository::validate(const QStringList& words, const QString& exceptId) const
{
    QStringList clean;
    for (const QString& raw : words) {
        const QString w = raw.trimmed();
        if (w.isEmpty()) {
            continue;
        }
        if (w.contains(QLatin1Char('\n')) || w.contains(QLatin1Char('\r'))) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::knowledge", "A synonym is one word or phrase on one line: %1")
                    .arg(w.simplified()),
                QStringLiteral("words"));
        }
        if (w.size() > kMaxWordLength) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::knowledge", "A synonym has at most %1 characters: %2")
                    .arg(kMaxWordLength)
                    .arg(w),
                QStringLiteral("words"));
        }
        if (!clean.contains(w, Qt::CaseInsensitive)) {
            clean << w;
        }
    }
    if (clean.size() < 2) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::knowledge", "A synonym group needs at least two different words."),
            QStringLiteral("words"));
    }
    auto all = groups();
    if (!all) {
        return all.error();
    }
    for (const SynonymGroup& g : all.value()) {
        if (g.id == exceptId) {
            continue;
        }
        for (const QString& w : clean) {
            if (g.words.contains(w, Qt::CaseInsensitive)) {
                return makeError(ErrorCode::Conflict,
                                 QCoreApplication::translate("hotline::knowledge",
                                                             "%1 is already in the group %2; a word can be in "
                                                             "one group only.")
                                     .arg(w, g.words.join(QStringLiteral(" = "))),
                                 QStringLiteral("words"));
            }
        }
    }
    return clean;
}

Result<SynonymGroup> SynonymRepository::add(const QStringList& words, const security::Operator& by, IdGenerator& ids,
                                            const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageKnowledge); !s) {
        return s.error();
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto clean = validate(words, {});
    if (!clean) {
        return clean.error();
    }
    const SynonymGroup g{ids.next(), clean.value()};
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const QString joined = g.words.join(QLatin1Char('\n'));
    if (auto q = db::exec(m_db, QStringLiteral("INSERT INTO kb_synonyms (id, words, updated_at) VALUES (?, ?, ?)"),
                          {g.id, joined, now});
        !q) {
        return q.error();
    }
    if (Outcome s = finish(tx, m_db,
                           {QStringLiteral("kb_synonym"), g.id, sync::Operation::Insert,
                            QJsonObject{{QStringLiteral("words"), joined}, {QStringLiteral("updated_at"), now}}, by.id,
                            clock.now()});
        !s) {
        return s.error();
    }
    return g;
}

Outcome SynonymRepository::update(const QString& id, const QStringList& words, const security::Operator& by,
                                  const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageKnowledge); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto exists = db::exec(m_db, QStringLiteral("SELECT 1 FROM kb_synonyms WHERE id = ?"), {id});
    if (!exists) {
        return exists.error();
    }
    if (!exists.value().next()) {
        return notFound();
    }
    auto clean = validate(words, id);
    if (!clean) {
        return clean.error();
    }
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const QString joined = clean->join(QLatin1Char('\n'));
    if (auto q = db::exec(m_db, QStringLiteral("UPDATE kb_synonyms SET words = ?, updated_at = ? WHERE id = ?"),
                          {joined, now, id});
        !q) {
        return q.error();
    }
    return finish(tx, m_db,
                  {QStringLiteral("kb_synonym"), id, sync::Operation::Update,
                   QJsonObject{{QStringLiteral("words"), joined}, {QStringLiteral("updated_at"), now}}, by.id,
                   clock.now()});
}

Outcome SynonymRepository::remove(const QString& id, const security::Operator& by, const Clock& clock)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ManageKnowledge); !s) {
        return s;
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = db::exec(m_db, QStringLiteral("DELETE FROM kb_synonyms WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() == 0) {
        return notFound();
    }
    return finish(tx, m_db, {QStringLiteral("kb_synonym"), id, sync::Operation::Delete, {}, by.id, clock.now()});
}

} // namespace hotline::knowledge
