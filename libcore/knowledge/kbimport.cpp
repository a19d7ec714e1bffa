#include "knowledge/kbimport.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "knowledge/kbrepository.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hotline::knowledge {
namespace {

Error invalid(const QString& why)
{
    return makeError(ErrorCode::InvalidInput, why);
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue x : v.toArray()) {
        out << x.toString();
    }
    return out;
}

} // namespace

QByteArray demoKnowledgeJson()
{
    QFile f(QStringLiteral(":/kb/demo-articles.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<ImportSummary> importKnowledgeJson(db::Database& db, const QByteArray& json, const QString& author,
                                          const QString& reviewer, IdGenerator& ids, const Clock& clock)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        return invalid(
            QCoreApplication::translate("hotline::knowledge", "Line %1: %2.").arg(line).arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("articles")).isArray()) {
        return invalid(QCoreApplication::translate("hotline::knowledge", "The file has no \"articles\" list."));
    }
    KbRepository repo(db.connection());
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    ImportSummary summary;
    QSet<QString> policies;
    const qint64 now = clock.now().toMSecsSinceEpoch();
    for (const QJsonValue v : root.value(QStringLiteral("policies")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || p.value(QStringLiteral("title")).toString().isEmpty() || policies.contains(id)) {
            return invalid(QCoreApplication::translate("hotline::knowledge",
                                                       "Policy %1: an id and a title are needed, and ids must differ.")
                               .arg(summary.policies + 1));
        }
        policies.insert(id);
        const QJsonObject fields{
            {QStringLiteral("number"), p.value(QStringLiteral("number")).toString()},
            {QStringLiteral("title"), p.value(QStringLiteral("title")).toString()},
            {QStringLiteral("issued"), p.value(QStringLiteral("issued"))},
            {QStringLiteral("status"), p.value(QStringLiteral("status")).toString(QStringLiteral("effective"))},
            {QStringLiteral("updated_at"), now}};
        auto q = db::exec(db.connection(),
                          QStringLiteral("INSERT INTO kb_policies (id, number, title, issued, status, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          {id, fields.value(QStringLiteral("number")).toString(),
                           fields.value(QStringLiteral("title")).toString(),
                           fields.value(QStringLiteral("issued")).toString(),
                           fields.value(QStringLiteral("status")).toString(), now});
        if (!q) {
            return invalid(
                QCoreApplication::translate("hotline::knowledge", "Policy %1: %2").arg(id, q.error().message));
        }
        if (Outcome s = sync::appendChange(db.connection(), {QStringLiteral("kb_policy"), id, sync::Operation::Insert,
                                                             fields, author, clock.now()});
            !s) {
            return s.error();
        }
        ++summary.policies;
    }
    QSet<QString> seen;
    for (const QJsonValue v : root.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject o = v.toObject();
        Article a;
        a.id = o.value(QStringLiteral("id")).toString();
        const QString where =
            QCoreApplication::translate("hotline::knowledge", "Article %1 (%2)").arg(summary.articles + 1).arg(a.id);
        if (a.id.isEmpty() || seen.contains(a.id)) {
            return invalid(where + QStringLiteral("：") +
                           QCoreApplication::translate("hotline::knowledge", "a unique id is needed."));
        }
        seen.insert(a.id);
        auto category = repo.categoryIdByName(o.value(QStringLiteral("category")).toString());
        if (!category) {
            return category.error();
        }
        if (category.value().isEmpty()) {
            return invalid(where + QStringLiteral("：") +
                           QCoreApplication::translate("hotline::knowledge", "unknown category \"%1\".")
                               .arg(o.value(QStringLiteral("category")).toString()));
        }
        a.categoryId = category.value();
        a.title = o.value(QStringLiteral("title")).toString().trimmed();
        a.bodyHtml = o.value(QStringLiteral("body")).toString();
        if (a.title.isEmpty() || plainText(a.bodyHtml).isEmpty()) {
            return invalid(where + QStringLiteral("：") +
                           QCoreApplication::translate("hotline::knowledge", "a title and a body are needed."));
        }
        a.similar = strings(o.value(QStringLiteral("similar")));
        a.tags = strings(o.value(QStringLiteral("tags")));
        a.policyIds = strings(o.value(QStringLiteral("policies")));
        for (const QString& p : a.policyIds) {
            if (!policies.contains(p)) {
                return invalid(where + QStringLiteral("：") +
                               QCoreApplication::translate("hotline::knowledge",
                                                           "it cites policy %1, which the file does not list.")
                                   .arg(p));
            }
        }
        for (const auto& [field, date] :
             {std::pair{QStringLiteral("effective"), &a.effective}, std::pair{QStringLiteral("expires"), &a.expires}}) {
            const QString text = o.value(field).toString();
            *date = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !date->isValid()) {
                return invalid(
                    where + QStringLiteral("：") +
                    QCoreApplication::translate("hotline::knowledge", "\"%1\" is not a date (YYYY-MM-DD).").arg(text));
            }
        }
        a.status = ArticleStatus::Published;
        a.authorId = author;
        a.reviewerId = reviewer;
        if (Outcome s = repo.insert(a, author, ids, clock); !s) {
            return invalid(where + QStringLiteral("：") + s.error().message);
        }
        ++summary.articles;
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return summary;
}

} // namespace hotline::knowledge
