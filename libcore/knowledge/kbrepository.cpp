#include "knowledge/kbrepository.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "sync/changelog.h"

#include <QJsonObject>

namespace hotline::knowledge {
namespace {

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QJsonValue jsonDate(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Outcome KbRepository::insert(const Article& a, const QString& byOperatorId, IdGenerator& ids, const Clock& clock)
{
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const QJsonObject fields{
        {QStringLiteral("category_id"), a.categoryId},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("similar"), a.similar.join(QLatin1Char('\n'))},
        {QStringLiteral("tags"), a.tags.join(QLatin1Char(','))},
        {QStringLiteral("body_html"), a.bodyHtml},
        {QStringLiteral("body_text"), plainText(a.bodyHtml)},
        {QStringLiteral("policy_ids"), a.policyIds.join(QLatin1Char(','))},
        {QStringLiteral("effective_date"), jsonDate(a.effective)},
        {QStringLiteral("expiry_date"), jsonDate(a.expires)},
        {QStringLiteral("status"), key(a.status)},
        {QStringLiteral("author_id"), a.authorId},
        {QStringLiteral("reviewer_id"), a.reviewerId.isEmpty() ? QJsonValue() : QJsonValue(a.reviewerId)},
        {QStringLiteral("version"), a.version},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now},
    };
    auto q = db::exec(
        m_db,
        QStringLiteral("INSERT INTO kb_articles (id, category_id, title, similar, tags, body_html, body_text, "
                       "policy_ids, effective_date, expiry_date, status, author_id, reviewer_id, version, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.id, a.categoryId, a.title, fields.value(QStringLiteral("similar")).toString(),
         fields.value(QStringLiteral("tags")).toString(), a.bodyHtml,
         fields.value(QStringLiteral("body_text")).toString(), fields.value(QStringLiteral("policy_ids")).toString(),
         dateOrNull(a.effective), dateOrNull(a.expires), key(a.status), a.authorId,
         a.reviewerId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.reviewerId), a.version, now,
         now});
    if (!q) {
        return q.error();
    }
    const QString versionId = ids.next();
    const QJsonObject version{
        {QStringLiteral("article_id"), a.id},      {QStringLiteral("version"), a.version},
        {QStringLiteral("title"), a.title},        {QStringLiteral("similar"), fields.value(QStringLiteral("similar"))},
        {QStringLiteral("body_html"), a.bodyHtml}, {QStringLiteral("saved_by"), byOperatorId},
        {QStringLiteral("saved_at"), now}};
    auto v =
        db::exec(m_db,
                 QStringLiteral("INSERT INTO kb_article_versions (id, article_id, version, title, similar, body_html, "
                                "saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {versionId, a.id, a.version, a.title, fields.value(QStringLiteral("similar")).toString(), a.bodyHtml,
                  byOperatorId, now});
    if (!v) {
        return v.error();
    }
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("kb_article"), a.id, sync::Operation::Insert, fields, byOperatorId, clock.now()});
        !s) {
        return s;
    }
    return sync::appendChange(m_db, {QStringLiteral("kb_article_version"), versionId, sync::Operation::Insert, version,
                                     byOperatorId, clock.now()});
}

Result<int> KbRepository::count() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT count(*) FROM kb_articles"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

Result<std::optional<Article>> KbRepository::find(const QString& id) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT id, category_id, title, similar, tags, body_html, policy_ids, "
                                     "coalesce(effective_date, ''), coalesce(expiry_date, ''), status, author_id, "
                                     "coalesce(reviewer_id, ''), version FROM kb_articles WHERE id = ?"),
                      {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Article>{};
    }
    const QSqlQuery& r = q.value();
    Article a;
    a.id = r.value(0).toString();
    a.categoryId = r.value(1).toString();
    a.title = r.value(2).toString();
    a.similar = r.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.tags = r.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.bodyHtml = r.value(5).toString();
    a.policyIds = r.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.effective = QDate::fromString(r.value(7).toString(), Qt::ISODate);
    a.expires = QDate::fromString(r.value(8).toString(), Qt::ISODate);
    a.status = articleStatusFromKey(r.value(9).toString()).value_or(ArticleStatus::Draft);
    a.authorId = r.value(10).toString();
    a.reviewerId = r.value(11).toString();
    a.version = r.value(12).toInt();
    return std::optional<Article>{a};
}

Result<QString> KbRepository::categoryName(const QString& id) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT name FROM kb_categories WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QStringList> KbRepository::policyTitles(const QStringList& ids) const
{
    QStringList out;
    for (const QString& id : ids) {
        auto q = db::exec(m_db, QStringLiteral("SELECT number, title, status FROM kb_policies WHERE id = ?"), {id});
        if (!q) {
            return q.error();
        }
        if (q.value().next()) {
            const QString number = q.value().value(0).toString();
            out << (number.isEmpty()
                        ? q.value().value(1).toString()
                        : q.value().value(1).toString() + QStringLiteral("（") + number + QStringLiteral("）"));
        }
    }
    return out;
}

Result<QString> KbRepository::categoryIdByName(const QString& name) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id FROM kb_categories WHERE name = ?"), {name});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace hotline::knowledge
