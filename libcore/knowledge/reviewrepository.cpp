#include "knowledge/reviewrepository.h"

#include "db/query.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace hotline::knowledge {
namespace {

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Qt binds a null QString as NULL; NOT NULL text columns get "".
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString key(PolicyStatus s)
{
    switch (s) {
    case PolicyStatus::Effective:
        return QStringLiteral("effective");
    case PolicyStatus::Amended:
        return QStringLiteral("amended");
    case PolicyStatus::Repealed:
        return QStringLiteral("repealed");
    }
    return {};
}

std::optional<PolicyStatus> policyStatusFromKey(const QString& k)
{
    for (PolicyStatus s : {PolicyStatus::Effective, PolicyStatus::Amended, PolicyStatus::Repealed}) {
        if (key(s) == k) {
            return s;
        }
    }
    return std::nullopt;
}

QString displayName(PolicyStatus s)
{
    switch (s) {
    case PolicyStatus::Effective:
        return QCoreApplication::translate("hotline::knowledge", "In force");
    case PolicyStatus::Amended:
        return QCoreApplication::translate("hotline::knowledge", "Amended");
    case PolicyStatus::Repealed:
        return QCoreApplication::translate("hotline::knowledge", "Repealed");
    }
    return {};
}

Outcome ReviewRepository::update(const Article& a, const QString& reviewNote, qint64 at)
{
    auto q = db::exec(m_db,
                      QStringLiteral("UPDATE kb_articles SET category_id = ?, title = ?, similar = ?, tags = ?, "
                                     "body_html = ?, body_text = ?, policy_ids = ?, effective_date = ?, "
                                     "expiry_date = ?, status = ?, review_note = ?, version = ?, updated_at = ? "
                                     "WHERE id = ?"),
                      {a.categoryId, a.title, nonNull(a.similar.join(QLatin1Char('\n'))),
                       nonNull(a.tags.join(QLatin1Char(','))), a.bodyHtml, nonNull(plainText(a.bodyHtml)),
                       nonNull(a.policyIds.join(QLatin1Char(','))), dateOrNull(a.effective), dateOrNull(a.expires),
                       key(a.status), nonNull(reviewNote), a.version, at, a.id});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome ReviewRepository::setStatus(const QString& id, ArticleStatus status, const QString& reviewerId,
                                    const QString& reviewNote, qint64 at)
{
    auto q = db::exec(m_db,
                      QStringLiteral("UPDATE kb_articles SET status = ?, reviewer_id = coalesce(?, reviewer_id), "
                                     "review_note = ?, updated_at = ? WHERE id = ?"),
                      {key(status), textOrNull(reviewerId), nonNull(reviewNote), at, id});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome ReviewRepository::insertVersion(const QString& versionId, const Article& a, const QString& byOperatorId,
                                        qint64 at)
{
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO kb_article_versions (id, article_id, version, title, similar, "
                                     "body_html, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {versionId, a.id, a.version, a.title, nonNull(a.similar.join(QLatin1Char('\n'))), a.bodyHtml,
                       byOperatorId, at});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome ReviewRepository::insertEvent(const ArticleEvent& e)
{
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO kb_article_events (id, article_id, version, action, note, actor_id, "
                                     "at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {e.id, e.articleId, e.version, e.action, nonNull(e.note), e.actorId, e.at.toMSecsSinceEpoch()});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome ReviewRepository::setSourceWorkOrder(const QString& articleId, const QString& workOrderId)
{
    auto q = db::exec(m_db, QStringLiteral("UPDATE kb_articles SET source_work_order_id = ? WHERE id = ?"),
                      {workOrderId, articleId});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<QString> ReviewRepository::sourceWorkOrder(const QString& articleId) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT coalesce(source_work_order_id, '') FROM kb_articles WHERE id = ?"),
                      {articleId});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QString> ReviewRepository::reviewNote(const QString& articleId) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT review_note FROM kb_articles WHERE id = ?"), {articleId});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QList<ArticleVersion>> ReviewRepository::versions(const QString& articleId) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT v.version, v.title, v.similar, v.body_html, v.saved_by, "
                                     "coalesce(o.name, ''), v.saved_at FROM kb_article_versions v "
                                     "LEFT JOIN operators o ON o.id = v.saved_by WHERE v.article_id = ? "
                                     "ORDER BY v.version, v.saved_at, v.id"),
                      {articleId});
    if (!q) {
        return q.error();
    }
    QList<ArticleVersion> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toInt(), r.value(1).toString(),
                    r.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toString(), db::utcTime(r.value(6))});
    }
    return out;
}

Result<QList<ArticleEvent>> ReviewRepository::events(const QString& articleId) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT e.id, e.version, e.action, e.note, e.actor_id, coalesce(o.name, ''), "
                                     "e.at FROM kb_article_events e LEFT JOIN operators o ON o.id = e.actor_id "
                                     "WHERE e.article_id = ? ORDER BY e.at, e.rowid"),
                      {articleId});
    if (!q) {
        return q.error();
    }
    QList<ArticleEvent> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), articleId, r.value(1).toInt(), r.value(2).toString(), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toString(), db::utcTime(r.value(6))});
    }
    return out;
}

Result<QList<ReviewItem>> ReviewRepository::reviewQueue() const
{
    // The latest submitted / sent_back event of each pending article says since when and why it waits.
    auto q = db::exec(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.title, c.name, a.author_id, coalesce(o.name, ''), a.version, "
            "coalesce(e.at, a.updated_at), coalesce(e.action, 'submitted'), coalesce(e.note, '') "
            "FROM kb_articles a JOIN kb_categories c ON c.id = a.category_id "
            "LEFT JOIN operators o ON o.id = a.author_id "
            "LEFT JOIN kb_article_events e ON e.rowid = (SELECT x.rowid FROM kb_article_events x "
            "    WHERE x.article_id = a.id AND x.action IN ('submitted', 'sent_back') ORDER BY x.at DESC, x.rowid DESC "
            "    LIMIT 1) "
            "WHERE a.status = 'pending' ORDER BY 7, a.title"));
    if (!q) {
        return q.error();
    }
    QList<ReviewItem> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const bool sentBack = r.value(7).toString() == QLatin1String("sent_back");
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toInt(), db::utcTime(r.value(6)), sentBack,
                    sentBack ? r.value(8).toString() : QString()});
    }
    return out;
}

Result<QStringList> ReviewRepository::articlesCiting(const QString& policyId,
                                                     const QList<ArticleStatus>& statuses) const
{
    QStringList keys;
    for (ArticleStatus s : statuses) {
        keys << key(s);
    }
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT id, status FROM kb_articles WHERE (',' || policy_ids || ',') "
                                     "LIKE ? ESCAPE '\\' ORDER BY created_at, id"),
                      {QString(QStringLiteral("%,") + db::escapeLike(policyId) + QStringLiteral(",%"))});
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q.value().next()) {
        if (keys.contains(q.value().value(1).toString())) {
            out << q.value().value(0).toString();
        }
    }
    return out;
}

Result<QList<Policy>> ReviewRepository::policies() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id, number, title, coalesce(issued, ''), status FROM kb_policies "
                                           "ORDER BY coalesce(issued, '') DESC, number, title"));
    if (!q) {
        return q.error();
    }
    QList<Policy> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                    QDate::fromString(r.value(3).toString(), Qt::ISODate),
                    policyStatusFromKey(r.value(4).toString()).value_or(PolicyStatus::Effective)});
    }
    return out;
}

Result<std::optional<Policy>> ReviewRepository::findPolicy(const QString& id) const
{
    auto all = policies();
    if (!all) {
        return all.error();
    }
    for (const Policy& p : all.value()) {
        if (p.id == id) {
            return std::optional<Policy>{p};
        }
    }
    return std::optional<Policy>{};
}

Outcome ReviewRepository::insertPolicy(const Policy& p, qint64 at)
{
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO kb_policies (id, number, title, issued, status, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {p.id, nonNull(p.number), p.title, dateOrNull(p.issued), key(p.status), at});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome ReviewRepository::setPolicyStatus(const QString& id, PolicyStatus status, qint64 at)
{
    auto q = db::exec(m_db, QStringLiteral("UPDATE kb_policies SET status = ?, updated_at = ? WHERE id = ?"),
                      {key(status), at, id});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<QString> ReviewRepository::categoryIdByName(const QString& name) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id FROM kb_categories WHERE name = ?"), {name});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace hotline::knowledge
