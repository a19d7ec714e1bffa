#include "knowledge/kblinks.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace hotline::knowledge {
namespace {

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

QJsonObject fieldsOf(const KbLink& l, const QString& by, qint64 now)
{
    return {{QStringLiteral("kind"), key(l.kind)},
            {QStringLiteral("title"), l.title},
            {QStringLiteral("summary"), l.summary},
            {QStringLiteral("published_on"), l.publishedOn.toString(Qt::ISODate)},
            {QStringLiteral("url"), l.url},
            {QStringLiteral("created_by"), by},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("starts_at"),
             l.startsAt.isValid() ? QJsonValue(l.startsAt.toMSecsSinceEpoch()) : QJsonValue()}};
}

// Writes a valid link and its change-log entry; the caller owns the transaction.
Result<KbLink> store(const QSqlDatabase& db, KbLink l, const QString& by, IdGenerator& ids, const Clock& clock)
{
    const QDateTime now = clock.now();
    const bool insert = l.id.isEmpty();
    if (insert) {
        l.id = ids.next();
    }
    QJsonObject fields = fieldsOf(l, by, now.toMSecsSinceEpoch());
    const QVariant startsAt =
        l.startsAt.isValid() ? QVariant(l.startsAt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
    Result<QSqlQuery> q =
        insert ? db::exec(db,
                          QStringLiteral("INSERT INTO kb_links (id, kind, title, summary, published_on, url, "
                                         "created_by, updated_at, starts_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {l.id, key(l.kind), l.title, l.summary, l.publishedOn.toString(Qt::ISODate), l.url, by,
                           now.toMSecsSinceEpoch(), startsAt})
               : db::exec(db,
                          QStringLiteral("UPDATE kb_links SET kind = ?, title = ?, summary = ?, published_on = ?, "
                                         "url = ?, updated_at = ?, starts_at = ? WHERE id = ?"),
                          {key(l.kind), l.title, l.summary, l.publishedOn.toString(Qt::ISODate), l.url,
                           now.toMSecsSinceEpoch(), startsAt, l.id});
    if (!q) {
        return q.error();
    }
    if (!insert) {
        if (q.value().numRowsAffected() != 1) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("hotline::knowledge", "The link no longer exists."));
        }
        fields.remove(QStringLiteral("created_by"));
    }
    if (Outcome s =
            sync::appendChange(db, {QStringLiteral("kb_link"), l.id,
                                    insert ? sync::Operation::Insert : sync::Operation::Update, fields, by, now});
        !s) {
        return s.error();
    }
    return l;
}

QList<KbLink> readLinks(QSqlQuery& r, LinkKind kind)
{
    QList<KbLink> out;
    while (r.next()) {
        out.append({r.value(0).toString(), kind, r.value(1).toString(), r.value(2).toString(),
                    QDate::fromString(r.value(3).toString(), Qt::ISODate), r.value(4).toString(),
                    r.value(5).isNull() ? QDateTime() : db::utcTime(r.value(5))});
    }
    return out;
}

} // namespace

bool isWebUrl(const QString& trimmedUrl)
{
    if (trimmedUrl.isEmpty() || trimmedUrl.contains(QRegularExpression(QStringLiteral("\\s")))) {
        return false;
    }
    const QUrl url(trimmedUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && trimmedUrl.startsWith(scheme + QStringLiteral("://"), Qt::CaseInsensitive);
}

QString key(LinkKind k)
{
    return k == LinkKind::Course ? QStringLiteral("course") : QStringLiteral("news");
}

Result<KbLink> validateLink(const KbLink& input)
{
    KbLink l = input;
    l.title = l.title.simplified();
    l.summary = l.summary.isEmpty() ? QStringLiteral("") : l.summary.trimmed(); // never NULL in the store
    l.url = l.url.trimmed();
    if (l.title.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::knowledge", "Title: required."), QStringLiteral("title"));
    }
    if (l.title.size() > 200 || l.summary.size() > 2000) {
        return invalid(
            QCoreApplication::translate("hotline::knowledge", "Title or summary: too long (200 / 2,000 characters)."),
            l.title.size() > 200 ? QStringLiteral("title") : QStringLiteral("summary"));
    }
    if (!l.publishedOn.isValid()) {
        return invalid(QCoreApplication::translate("hotline::knowledge", "Date: a valid date is required."),
                       QStringLiteral("published_on"));
    }
    const auto badUrl = [] {
        return invalid(QCoreApplication::translate(
                           "hotline::knowledge",
                           "URL: an address starting with http:// or https:// with a host name, without spaces."),
                       QStringLiteral("url"));
    };
    if (!isWebUrl(l.url)) {
        return badUrl();
    }
    if (l.startsAt.isValid() && l.kind != LinkKind::Course) {
        return invalid(QCoreApplication::translate("hotline::knowledge", "Only a course can have a start time."),
                       QStringLiteral("starts_at"));
    }
    return l;
}

Result<KbLink> saveLink(db::Database& db, const KbLink& link, const security::Operator& by, IdGenerator& ids,
                        const Clock& clock)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ManageKnowledge); !allowed) {
        return allowed.error();
    }
    auto valid = validateLink(link);
    if (!valid) {
        return valid.error();
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto stored = store(db.connection(), valid.value(), by.id, ids, clock);
    if (!stored) {
        return stored.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return stored;
}

Outcome removeLink(db::Database& db, const QString& id, const security::Operator& by, const Clock& clock)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ManageKnowledge); !allowed) {
        return allowed;
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = db::exec(db.connection(), QStringLiteral("DELETE FROM kb_links WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::knowledge", "The link no longer exists."));
    }
    if (Outcome s = sync::appendChange(
            db.connection(), {QStringLiteral("kb_link"), id, sync::Operation::Delete, {}, by.id, clock.now()});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<KbLink>> listLinks(const QSqlDatabase& db, LinkKind kind)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, title, summary, published_on, url, starts_at FROM kb_links "
                                     "WHERE kind = ? ORDER BY published_on DESC, updated_at DESC, title"),
                      {key(kind)});
    if (!q) {
        return q.error();
    }
    return readLinks(q.value(), kind);
}

Result<QList<KbLink>> upcomingCourses(const QSqlDatabase& db, const QDateTime& from)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, title, summary, published_on, url, starts_at FROM kb_links "
                                     "WHERE kind = ? AND starts_at >= ? ORDER BY starts_at, title"),
                      {key(LinkKind::Course), from.toMSecsSinceEpoch()});
    if (!q) {
        return q.error();
    }
    return readLinks(q.value(), LinkKind::Course);
}

Result<int> importLinksJson(db::Database& db, const QByteArray& json, const QString& byOperatorId, IdGenerator& ids,
                            const Clock& clock)
{
    QJsonParseError parseError{};
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("hotline::knowledge", "Line %1: %2.")
                                                      .arg(json.left(parseError.offset).count('\n') + 1)
                                                      .arg(parseError.errorString()));
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    int n = 0;
    for (const auto& [name, kind] :
         {std::pair{QStringLiteral("courses"), LinkKind::Course}, std::pair{QStringLiteral("news"), LinkKind::News}}) {
        for (const QJsonValue v : root.value(name).toArray()) {
            const QJsonObject o = v.toObject();
            auto valid = validateLink({{},
                                       kind,
                                       o.value(QStringLiteral("title")).toString(),
                                       o.value(QStringLiteral("summary")).toString(),
                                       QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate),
                                       o.value(QStringLiteral("url")).toString()});
            if (!valid) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("%1 %2: %3").arg(name).arg(n + 1).arg(valid.error().message),
                                 valid.error().field);
            }
            if (auto s = store(db.connection(), valid.value(), byOperatorId, ids, clock); !s) {
                return s.error();
            }
            ++n;
        }
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return n;
}

QByteArray demoLinksJson()
{
    QFile f(QStringLiteral(":/kb/demo-links.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace hotline::knowledge
