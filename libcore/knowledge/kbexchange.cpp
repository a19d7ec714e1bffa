#include "knowledge/kbexchange.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/transaction.h"
#include "knowledge/kbcategories.h"
#include "knowledge/kbexchangerepository.h"
#include "knowledge/kbrepository.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QSet>

namespace hotline::knowledge {
namespace {

Error refuse(const SourcePlace& place, const QString& title, const QString& field, const QString& why)
{
    return makeError(ErrorCode::InvalidInput, placeText(place, title, field) + why, field);
}

bool sameContent(const ArticleRecord& a, const ArticleRecord& b)
{
    return a.category == b.category && a.title == b.title && a.tags == b.tags && a.similar == b.similar &&
           a.bodyHtml == b.bodyHtml && a.policyIds == b.policyIds && a.effective == b.effective &&
           a.expires == b.expires && a.status == b.status && a.pinned == b.pinned;
}

const QSet<QString>& policyStatuses()
{
    static const QSet<QString> s{QStringLiteral("effective"), QStringLiteral("amended"), QStringLiteral("repealed")};
    return s;
}

// Tags are stored comma-separated: a comma inside one (12,000元) becomes a full-width comma (12，000元).
QStringList storableTags(QStringList tags)
{
    for (QString& t : tags) {
        t = t.trimmed().replace(QLatin1Char(','), QChar(0xFF0C));
    }
    return tags;
}

// Where the i-th article came from; one built in memory rather than read from a file is named by its position.
SourcePlace placeOf(const ArticleRecord& a, qsizetype i)
{
    SourcePlace p = a.place;
    if (p.index == 0) {
        p.index = static_cast<int>(i) + 1;
    }
    return p;
}

// Everything an import needs to know about the store, read before anything is written.
struct StoreView {
    QHash<QString, QString> categoryIds; // name → id
    QSet<QString> policyIds;
    QHash<QString, StoredArticle> articles;
    QHash<QString, QString> operatorIds; // name → id
};

Result<StoreView> readStore(db::Database& db)
{
    KbExchangeRepository repo(db.connection());
    StoreView view;
    auto categories = repo.categories();
    auto policies = repo.policies();
    auto articles = repo.articles();
    auto operators = security::OperatorRepository(db.connection()).all();
    for (const Error* e : {categories ? nullptr : &categories.error(), policies ? nullptr : &policies.error(),
                           articles ? nullptr : &articles.error(), operators ? nullptr : &operators.error()}) {
        if (e) {
            return *e;
        }
    }
    for (const StoredCategory& c : categories.value()) {
        view.categoryIds.insert(c.name, c.id);
    }
    for (const PolicyRecord& p : policies.value()) {
        view.policyIds.insert(p.id);
    }
    for (const StoredArticle& a : articles.value()) {
        view.articles.insert(a.record.id, a);
    }
    for (const security::Operator& op : operators.value()) {
        view.operatorIds.insert(op.name, op.id);
    }
    return view;
}

// Every check that can refuse the file, before the first write.
Outcome validate(const KbPackage& package, const StoreView& store)
{
    QSet<QString> categories(store.categoryIds.keyBegin(), store.categoryIds.keyEnd());
    for (const QString& c : package.categories) {
        categories.insert(c.trimmed());
    }
    QSet<QString> policies = store.policyIds;
    QSet<QString> filePolicies;
    for (const PolicyRecord& p : package.policies) {
        if (p.id.trimmed().isEmpty()) {
            return refuse(p.place, p.title, QStringLiteral("id"),
                          QCoreApplication::translate("hotline::knowledge", "the policy document has no id."));
        }
        if (p.title.trimmed().isEmpty()) {
            return refuse(p.place, p.id, QStringLiteral("title"),
                          QCoreApplication::translate("hotline::knowledge", "the policy document has no title."));
        }
        if (filePolicies.contains(p.id)) {
            return refuse(
                p.place, p.title, QStringLiteral("id"),
                QCoreApplication::translate("hotline::knowledge", "the policy id \"%1\" appears twice.").arg(p.id));
        }
        if (!policyStatuses().contains(p.status)) {
            return refuse(p.place, p.title, QStringLiteral("status"),
                          QCoreApplication::translate("hotline::knowledge",
                                                      "\"%1\" is not a policy status (effective, amended, repealed).")
                              .arg(p.status));
        }
        filePolicies.insert(p.id);
        policies.insert(p.id);
    }
    QHash<QString, int> seen; // id → position in the file
    for (qsizetype i = 0; i < package.articles.size(); ++i) {
        const ArticleRecord& a = package.articles.at(i);
        const SourcePlace at = placeOf(a, i);
        if (!a.id.isEmpty()) {
            if (seen.contains(a.id)) {
                return refuse(at, a.title, QStringLiteral("id"),
                              QCoreApplication::translate("hotline::knowledge",
                                                          "the id \"%1\" is already used by article %2 of the file.")
                                  .arg(a.id)
                                  .arg(seen.value(a.id)));
            }
            seen.insert(a.id, at.index);
        }
        if (a.title.trimmed().isEmpty()) {
            return refuse(at, a.title, QStringLiteral("title"),
                          QCoreApplication::translate("hotline::knowledge", "the title is empty."));
        }
        if (plainText(a.bodyHtml).isEmpty()) {
            return refuse(at, a.title, QStringLiteral("body"),
                          QCoreApplication::translate("hotline::knowledge", "the body is empty."));
        }
        if (!categories.contains(a.category)) {
            return refuse(at, a.title, QStringLiteral("category"),
                          QCoreApplication::translate("hotline::knowledge",
                                                      "unknown category \"%1\" (neither in the store nor in the file).")
                              .arg(a.category));
        }
        for (const QString& p : a.policyIds) {
            if (!policies.contains(p)) {
                return refuse(at, a.title, QStringLiteral("policies"),
                              QCoreApplication::translate("hotline::knowledge",
                                                          "it cites policy %1, which neither the file nor the store "
                                                          "lists.")
                                  .arg(p));
            }
        }
        if (a.effective.isValid() && a.expires.isValid() && a.expires < a.effective) {
            return refuse(
                at, a.title, QStringLiteral("expires"),
                QCoreApplication::translate("hotline::knowledge", "the expiry date %1 is before the effective date %2.")
                    .arg(a.expires.toString(Qt::ISODate), a.effective.toString(Qt::ISODate)));
        }
        if (a.version < 1) {
            return refuse(at, a.title, QStringLiteral("version"),
                          QCoreApplication::translate("hotline::knowledge", "the version must be 1 or more."));
        }
        for (const QStringList* list : {&a.tags, &a.similar}) {
            for (const QString& s : *list) {
                if (s.trimmed().isEmpty()) {
                    const QString field = list == &a.tags ? QStringLiteral("tags") : QStringLiteral("similar");
                    return refuse(
                        at, a.title, field,
                        QCoreApplication::translate("hotline::knowledge", "\"%1\" holds an empty entry.").arg(field));
                }
            }
        }
    }
    return Ok{};
}

} // namespace

QString placeText(const SourcePlace& place, const QString& title, const QString& field)
{
    const int line = place.lineOf(field);
    if (!place.file.isEmpty()) {
        return line > 0 ? QCoreApplication::translate("hotline::knowledge", "%1, line %2: ").arg(place.file).arg(line)
                        : QCoreApplication::translate("hotline::knowledge", "%1: ").arg(place.file);
    }
    QString what;
    if (place.policy) {
        what = title.trimmed().isEmpty()
                   ? QCoreApplication::translate("hotline::knowledge", "policy document %1").arg(place.index)
                   : QCoreApplication::translate("hotline::knowledge", "policy document %1 《%2》")
                         .arg(place.index)
                         .arg(title.trimmed());
    } else {
        what = title.trimmed().isEmpty()
                   ? QCoreApplication::translate("hotline::knowledge", "article %1").arg(place.index)
                   : QCoreApplication::translate("hotline::knowledge", "article %1 《%2》")
                         .arg(place.index)
                         .arg(title.trimmed());
    }
    return line > 0 ? QCoreApplication::translate("hotline::knowledge", "Line %1, %2: ").arg(line).arg(what)
                    : QCoreApplication::translate("hotline::knowledge", "%1: ").arg(what);
}

Result<ImportSummary> importKnowledge(db::Database& db, const KbPackage& package, const security::Operator& by,
                                      IdGenerator& ids, const Clock& clock, const ExchangeProgress& progress)
{
    ImportOptions options;
    options.progress = progress;
    return importKnowledge(db, package, by, ids, clock, options);
}

Result<ImportSummary> importKnowledge(db::Database& db, const KbPackage& package, const security::Operator& by,
                                      IdGenerator& ids, const Clock& clock, const ImportOptions& options)
{
    if (!options.trusted) {
        if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ManageKnowledge);
            !allowed) {
            return allowed.error();
        }
    }
    const QString actor = options.trusted && !options.defaultAuthorId.isEmpty() ? options.defaultAuthorId : by.id;
    const QString reviewer = options.trusted && !options.reviewerId.isEmpty() ? options.reviewerId : by.id;
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    auto view = readStore(db);
    if (!view) {
        return view.error();
    }
    StoreView& store = view.value();
    if (Outcome valid = validate(package, store); !valid) {
        return valid.error();
    }

    KbExchangeRepository exchange(db.connection());
    KbRepository articles(db.connection());
    ImportSummary summary;
    for (const QString& name : package.categories) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || store.categoryIds.contains(trimmed)) {
            continue;
        }
        auto added = KbCategoryRepository(db.connection()).insert(trimmed, actor, ids, clock);
        if (!added) {
            return added.error();
        }
        store.categoryIds.insert(trimmed, added->id);
        ++summary.categories;
    }
    for (const PolicyRecord& p : package.policies) {
        // A policy document already in the store is left as it is: repealing or amending one goes through its own
        // screen, which sends the articles citing it back to review.
        if (store.policyIds.contains(p.id)) {
            continue;
        }
        if (Outcome s = exchange.insertPolicy(p, actor, clock); !s) {
            return s.error();
        }
        store.policyIds.insert(p.id);
        ++summary.policies;
    }
    const int total = static_cast<int>(package.articles.size());
    const QString note = QCoreApplication::translate("hotline::knowledge", "Imported from a file");
    int done = 0;
    for (qsizetype i = 0; i < package.articles.size(); ++i) {
        const ArticleRecord& r = package.articles.at(i);
        Article a;
        a.id = r.id.isEmpty() ? ids.next() : r.id;
        a.categoryId = store.categoryIds.value(r.category);
        a.title = r.title.trimmed();
        a.similar = r.similar;
        a.tags = storableTags(r.tags);
        a.bodyHtml = r.bodyHtml;
        a.policyIds = r.policyIds;
        a.effective = r.effective;
        a.expires = r.expires;
        a.status = r.status.value_or(ArticleStatus::Published);
        const bool reviewed = a.status == ArticleStatus::Published || a.status == ArticleStatus::Archived;
        a.reviewerId = reviewed ? reviewer : QString();
        const auto existing = store.articles.constFind(a.id);
        if (existing == store.articles.constEnd()) {
            a.authorId = store.operatorIds.value(r.author.trimmed(), actor);
            a.version = r.version;
            if (Outcome s = articles.insert(a, actor, ids, clock); !s) {
                return refuse(placeOf(r, i), r.title, QString(), s.error().message);
            }
            if (Outcome s = exchange.addEvent(a.id, a.version, QStringLiteral("created"), note, ids, actor, clock);
                !s) {
                return s.error();
            }
            if (r.pinned) {
                if (Outcome s = exchange.setPinned(a.id, true, actor, clock); !s) {
                    return s.error();
                }
            }
            ++summary.articles;
        } else {
            ArticleRecord incoming = r;
            incoming.title = a.title;
            incoming.status = a.status;
            incoming.tags = a.tags;
            if (sameContent(existing->record, incoming)) {
                ++summary.unchanged;
            } else {
                a.authorId = existing->authorId;
                a.version = existing->record.version + 1;
                if (Outcome s = exchange.updateArticle(a, ids, actor, clock); !s) {
                    return refuse(placeOf(r, i), r.title, QString(), s.error().message);
                }
                if (Outcome s = exchange.addEvent(a.id, a.version, QStringLiteral("saved"), note, ids, actor, clock);
                    !s) {
                    return s.error();
                }
                if (existing->record.pinned != r.pinned) {
                    if (Outcome s = exchange.setPinned(a.id, r.pinned, actor, clock); !s) {
                        return s.error();
                    }
                }
                ++summary.updated;
            }
        }
        ++done;
        if (options.progress && !options.progress(done, total)) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::knowledge", "The import was cancelled; nothing was imported."));
        }
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return summary;
}

Result<KbPackage> snapshotKnowledge(db::Database& db)
{
    KbExchangeRepository repo(db.connection());
    auto categories = repo.categories();
    if (!categories) {
        return categories.error();
    }
    auto policies = repo.policies();
    if (!policies) {
        return policies.error();
    }
    auto articles = repo.articles();
    if (!articles) {
        return articles.error();
    }
    KbPackage package;
    for (const StoredCategory& c : categories.value()) {
        package.categories << c.name;
    }
    package.policies = policies.value();
    package.articles.reserve(articles->size());
    for (const StoredArticle& a : articles.value()) {
        package.articles.append(a.record);
    }
    return package;
}

} // namespace hotline::knowledge
