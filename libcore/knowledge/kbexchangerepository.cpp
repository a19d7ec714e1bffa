#include "knowledge/kbexchangerepository.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "sync/changelog.h"

#include <QJsonObject>

namespace hotline::knowledge {
namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QJsonValue jsonTextOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Result<QList<StoredCategory>> KbExchangeRepository::categories() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id, name FROM kb_categories ORDER BY sort_order, name"));
    if (!q) {
        return q.error();
    }
    QList<StoredCategory> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString()});
    }
    return out;
}

Result<QList<PolicyRecord>> KbExchangeRepository::policies() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id, number, title, coalesce(issued, ''), status FROM kb_policies "
                                           "ORDER BY rowid"));
    if (!q) {
        return q.error();
    }
    QList<PolicyRecord> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        PolicyRecord p;
        p.id = r.value(0).toString();
        p.number = r.value(1).toString();
        p.title = r.value(2).toString();
        p.issued = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        p.status = r.value(4).toString();
        out.append(p);
    }
    return out;
}

Result<QList<StoredArticle>> KbExchangeRepository::articles() const
{
    auto q =
        db::exec(m_db, QStringLiteral("SELECT a.id, c.name, a.title, a.similar, a.tags, a.body_html, a.policy_ids, "
                                      "coalesce(a.effective_date, ''), coalesce(a.expiry_date, ''), a.status, "
                                      "coalesce(o.name, ''), a.version, a.pinned_at IS NOT NULL, a.category_id, "
                                      "a.author_id FROM kb_articles a "
                                      "JOIN kb_categories c ON c.id = a.category_id "
                                      "LEFT JOIN operators o ON o.id = a.author_id ORDER BY a.rowid"));
    if (!q) {
        return q.error();
    }
    QList<StoredArticle> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        StoredArticle s;
        ArticleRecord& a = s.record;
        a.id = r.value(0).toString();
        a.category = r.value(1).toString();
        a.title = r.value(2).toString();
        a.similar = r.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        a.tags = r.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.bodyHtml = r.value(5).toString();
        a.policyIds = r.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.effective = QDate::fromString(r.value(7).toString(), Qt::ISODate);
        a.expires = QDate::fromString(r.value(8).toString(), Qt::ISODate);
        a.status = articleStatusFromKey(r.value(9).toString());
        a.author = r.value(10).toString();
        a.version = r.value(11).toInt();
        a.pinned = r.value(12).toBool();
        s.categoryId = r.value(13).toString();
        s.authorId = r.value(14).toString();
        out.append(s);
    }
    return out;
}

Outcome KbExchangeRepository::insertPolicy(const PolicyRecord& p, const QString& byOperatorId, const Clock& clock)
{
    const qint64 now = clock.now().toMSecsSinceEpoch();
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO kb_policies (id, number, title, issued, status, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {p.id, p.number.isNull() ? QStringLiteral("") : p.number, p.title, textOrNull(isoDate(p.issued)),
                       p.status, now});
    if (!q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("number"), p.number},
                             {QStringLiteral("title"), p.title},
                             {QStringLiteral("issued"), jsonTextOrNull(isoDate(p.issued))},
                             {QStringLiteral("status"), p.status},
                             {QStringLiteral("updated_at"), now}};
    return sync::appendChange(
        m_db, {QStringLiteral("kb_policy"), p.id, sync::Operation::Insert, fields, byOperatorId, clock.now()});
}

Outcome KbExchangeRepository::updateArticle(const Article& a, IdGenerator& ids, const QString& byOperatorId,
                                            const Clock& clock)
{
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const QString similar = a.similar.join(QLatin1Char('\n'));
    const QJsonObject fields{
        {QStringLiteral("category_id"), a.categoryId},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("similar"), similar},
        {QStringLiteral("tags"), a.tags.join(QLatin1Char(','))},
        {QStringLiteral("body_html"), a.bodyHtml},
        {QStringLiteral("body_text"), plainText(a.bodyHtml)},
        {QStringLiteral("policy_ids"), a.policyIds.join(QLatin1Char(','))},
        {QStringLiteral("effective_date"), jsonTextOrNull(isoDate(a.effective))},
        {QStringLiteral("expiry_date"), jsonTextOrNull(isoDate(a.expires))},
        {QStringLiteral("status"), key(a.status)},
        {QStringLiteral("reviewer_id"), jsonTextOrNull(a.reviewerId)},
        {QStringLiteral("version"), a.version},
        {QStringLiteral("updated_at"), now},
    };
    auto q = db::exec(m_db,
                      QStringLiteral("UPDATE kb_articles SET category_id = ?, title = ?, similar = ?, tags = ?, "
                                     "body_html = ?, body_text = ?, policy_ids = ?, effective_date = ?, "
                                     "expiry_date = ?, status = ?, reviewer_id = ?, version = ?, updated_at = ? "
                                     "WHERE id = ?"),
                      {a.categoryId, a.title, similar, fields.value(QStringLiteral("tags")).toString(), a.bodyHtml,
                       fields.value(QStringLiteral("body_text")).toString(),
                       fields.value(QStringLiteral("policy_ids")).toString(), textOrNull(isoDate(a.effective)),
                       textOrNull(isoDate(a.expires)), key(a.status), textOrNull(a.reviewerId), a.version, now, a.id});
    if (!q) {
        return q.error();
    }
    const QString versionId = ids.next();
    auto v = db::exec(m_db,
                      QStringLiteral("INSERT INTO kb_article_versions (id, article_id, version, title, similar, "
                                     "body_html, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {versionId, a.id, a.version, a.title, similar, a.bodyHtml, byOperatorId, now});
    if (!v) {
        return v.error();
    }
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("kb_article"), a.id, sync::Operation::Update, fields, byOperatorId, clock.now()});
        !s) {
        return s;
    }
    const QJsonObject version{{QStringLiteral("article_id"), a.id},      {QStringLiteral("version"), a.version},
                              {QStringLiteral("title"), a.title},        {QStringLiteral("similar"), similar},
                              {QStringLiteral("body_html"), a.bodyHtml}, {QStringLiteral("saved_by"), byOperatorId},
                              {QStringLiteral("saved_at"), now}};
    return sync::appendChange(m_db, {QStringLiteral("kb_article_version"), versionId, sync::Operation::Insert, version,
                                     byOperatorId, clock.now()});
}

Outcome KbExchangeRepository::setPinned(const QString& articleId, bool pinned, const QString& byOperatorId,
                                        const Clock& clock)
{
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const QVariant pinnedAt = pinned ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong));
    auto q = db::exec(m_db, QStringLiteral("UPDATE kb_articles SET pinned_at = ? WHERE id = ?"), {pinnedAt, articleId});
    if (!q) {
        return q.error();
    }
    return sync::appendChange(m_db,
                              {QStringLiteral("kb_article"), articleId, sync::Operation::Update,
                               QJsonObject{{QStringLiteral("pinned_at"), pinned ? QJsonValue(now) : QJsonValue()}},
                               byOperatorId, clock.now()});
}

Outcome KbExchangeRepository::addEvent(const QString& articleId, int version, const QString& action,
                                       const QString& note, IdGenerator& ids, const QString& byOperatorId,
                                       const Clock& clock)
{
    const QString id = ids.next();
    const qint64 now = clock.now().toMSecsSinceEpoch();
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO kb_article_events (id, article_id, version, action, note, actor_id, "
                                     "at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {id, articleId, version, action, note, byOperatorId, now});
    if (!q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("article_id"), articleId},  {QStringLiteral("version"), version},
                             {QStringLiteral("action"), action},         {QStringLiteral("note"), note},
                             {QStringLiteral("actor_id"), byOperatorId}, {QStringLiteral("at"), now}};
    return sync::appendChange(
        m_db, {QStringLiteral("kb_article_event"), id, sync::Operation::Insert, fields, byOperatorId, clock.now()});
}

} // namespace hotline::knowledge
