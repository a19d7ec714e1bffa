#include "knowledge/policyservice.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::knowledge {

QString policyLabel(const Policy& p)
{
    return p.number.isEmpty() ? p.title : p.title + QStringLiteral("（") + p.number + QStringLiteral("）");
}

PolicyService::PolicyService(QSqlDatabase db, IdGenerator& ids, const Clock& clock)
    : m_db(std::move(db)), m_ids(ids), m_clock(clock)
{
}

Result<QList<Policy>> PolicyService::all() const
{
    return ReviewRepository(m_db).policies();
}

Result<Policy> PolicyService::add(const QString& number, const QString& title, const QDate& issued,
                                  const security::Operator& by)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ReviewKnowledge); !s) {
        return s.error();
    }
    Policy p{m_ids.next(), number.simplified(), title.simplified(), issued, PolicyStatus::Effective};
    if (p.title.isEmpty() || p.title.size() > 200 || p.number.size() > 100) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "A policy document needs a title (up to 200 characters) and a "
                                                     "number of up to 100 characters."),
                         QStringLiteral("title"));
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    ReviewRepository repo(m_db);
    auto existing = repo.policies();
    if (!existing) {
        return existing.error();
    }
    for (const Policy& other : existing.value()) {
        if (!p.number.isEmpty() && other.number == p.number) {
            return makeError(
                ErrorCode::Conflict,
                QCoreApplication::translate("hotline::knowledge", "The policy document %1 is already listed.")
                    .arg(p.number),
                QStringLiteral("number"));
        }
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (Outcome s = repo.insertPolicy(p, now); !s) {
        return s.error();
    }
    const QJsonObject fields{
        {QStringLiteral("number"), p.number},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("issued"), issued.isValid() ? QJsonValue(issued.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("status"), key(p.status)},
        {QStringLiteral("updated_at"), now}};
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("kb_policy"), p.id, sync::Operation::Insert, fields, by.id, m_clock.now()});
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return p;
}

Result<int> PolicyService::changeStatus(const QString& id, PolicyStatus status, const QString& note,
                                        const security::Operator& by)
{
    if (Outcome s = security::authorize(m_db, by, security::Permission::ReviewKnowledge); !s) {
        return s.error();
    }
    if (status == PolicyStatus::Effective) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "A policy document can only be marked amended or repealed."));
    }
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    ReviewRepository repo(m_db);
    auto found = repo.findPolicy(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::knowledge", "The policy document no longer exists."));
    }
    const Policy p = *found.value();
    if (p.status == PolicyStatus::Repealed) {
        return makeError(
            ErrorCode::IllegalTransition,
            QCoreApplication::translate("hotline::knowledge", "%1 is already repealed.").arg(policyLabel(p)));
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (Outcome s = repo.setPolicyStatus(id, status, now); !s) {
        return s.error();
    }
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("kb_policy"), id, sync::Operation::Update,
                   QJsonObject{{QStringLiteral("status"), key(status)}, {QStringLiteral("updated_at"), now}}, by.id,
                   m_clock.now()});
        !s) {
        return s.error();
    }
    const bool repealed = status == PolicyStatus::Repealed;
    QString reason;
    if (p.number.isEmpty()) {
        reason = (repealed ? QCoreApplication::translate("hotline::knowledge", "The cited policy 《%1》 was repealed.")
                           : QCoreApplication::translate("hotline::knowledge", "The cited policy 《%1》 was amended."))
                     .arg(p.title);
    } else {
        reason =
            (repealed ? QCoreApplication::translate("hotline::knowledge", "The cited policy 《%1》 (%2) was repealed.")
                      : QCoreApplication::translate("hotline::knowledge", "The cited policy 《%1》 (%2) was amended."))
                .arg(p.title, p.number);
    }
    if (!note.trimmed().isEmpty()) {
        // "…已废止。由…替代" in Chinese, "… was repealed. Replaced by …" in English.
        reason += (reason.back().unicode() < 0x80 ? QStringLiteral(" ") : QString()) + note.trimmed();
    }
    auto citing = repo.articlesCiting(id, {ArticleStatus::Published, ArticleStatus::Pending});
    if (!citing) {
        return citing.error();
    }
    for (const QString& articleId : citing.value()) {
        auto note = repo.reviewNote(articleId);
        if (!note) {
            return note.error();
        }
        if (Outcome s = repo.setStatus(articleId, ArticleStatus::Pending, {}, note.value(), now); !s) {
            return s.error();
        }
        if (Outcome s = sync::appendChange(m_db, {QStringLiteral("kb_article"), articleId, sync::Operation::Update,
                                                  QJsonObject{{QStringLiteral("status"), key(ArticleStatus::Pending)},
                                                              {QStringLiteral("updated_at"), now}},
                                                  by.id, m_clock.now()});
            !s) {
            return s.error();
        }
        auto versions = repo.versions(articleId);
        if (!versions) {
            return versions.error();
        }
        const int version = versions->isEmpty() ? 1 : versions->last().version;
        const ArticleEvent e{m_ids.next(), articleId, version, QStringLiteral("sent_back"),
                             reason,       by.id,     {},      m_clock.now()};
        if (Outcome s = repo.insertEvent(e); !s) {
            return s.error();
        }
        if (Outcome s = sync::appendChange(m_db, {QStringLiteral("kb_article_event"), e.id, sync::Operation::Insert,
                                                  QJsonObject{{QStringLiteral("article_id"), articleId},
                                                              {QStringLiteral("version"), version},
                                                              {QStringLiteral("action"), e.action},
                                                              {QStringLiteral("note"), reason},
                                                              {QStringLiteral("actor_id"), by.id},
                                                              {QStringLiteral("at"), now}},
                                                  by.id, m_clock.now()});
            !s) {
            return s.error();
        }
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return int(citing->size());
}

} // namespace hotline::knowledge
