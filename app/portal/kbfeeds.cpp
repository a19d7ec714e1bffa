#include "kbfeeds.h"

#include "knowledge/hotquestions.h"
#include "knowledge/kblinks.h"
#include "knowledge/kbrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hotline::portal {

Result<QJsonObject> hotFeed(const QSqlDatabase& db, const QDate& today)
{
    auto hot =
        knowledge::hotQuestions(db, knowledge::periodDays(knowledge::HotPeriod::Last30Days, today), kHotQuestions);
    if (!hot) {
        return hot.error();
    }
    QJsonArray items;
    for (const knowledge::HotQuestion& h : hot.value()) {
        items.append(QJsonObject{{QStringLiteral("id"), h.id},
                                 {QStringLiteral("title"), h.title},
                                 {QStringLiteral("category"), h.category}});
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonObject> linksFeed(const QSqlDatabase& db, bool courses)
{
    auto links = knowledge::listLinks(db, courses ? knowledge::LinkKind::Course : knowledge::LinkKind::News);
    if (!links) {
        return links.error();
    }
    QJsonArray items;
    for (const knowledge::KbLink& l : links.value()) {
        items.append(QJsonObject{{QStringLiteral("title"), l.title},
                                 {QStringLiteral("summary"), l.summary},
                                 {QStringLiteral("url"), l.url},
                                 {QStringLiteral("startsAt"),
                                  l.startsAt.isValid() ? l.startsAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
                                 {QStringLiteral("publishedOn"), l.publishedOn.toString(Qt::ISODate)}});
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonObject> searchFeed(const QSqlDatabase& db, const QString& raw, const QDate& today)
{
    const QString q = raw.trimmed();
    if (q.isEmpty() || q.size() > kMaxSearchChars) {
        return makeError(
            ErrorCode::InvalidInput,
            q.isEmpty() ? QCoreApplication::translate("hotline::portal", "Type what to search for.")
                        : QCoreApplication::translate("hotline::portal", "A search may have at most %1 characters.")
                              .arg(kMaxSearchChars),
            QStringLiteral("q"));
    }
    knowledge::KbSearchOptions options;
    options.mode = knowledge::QueryMode::Question;
    options.publishedOnly = true;
    options.limit = 20;
    options.today = today;
    auto hits = knowledge::KbRepository(db).search(q, options, knowledge::Synonyms::builtin());
    if (!hits) {
        return hits.error();
    }
    QJsonArray items;
    for (const knowledge::KbHit& h : hits.value()) {
        items.append(QJsonObject{
            {QStringLiteral("id"), h.id}, {QStringLiteral("title"), h.title}, {QStringLiteral("snippet"), h.snippet}});
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonObject> articleFeed(const QSqlDatabase& db, const QString& id)
{
    const Error missing =
        makeError(ErrorCode::NotFound, QCoreApplication::translate("hotline::portal", "This article does not exist."));
    if (id.isEmpty() || id.size() > 64) {
        return missing;
    }
    knowledge::KbRepository repo(db);
    auto found = repo.find(id);
    if (!found) {
        return found.error();
    }
    if (!found.value() || found.value()->status != knowledge::ArticleStatus::Published) {
        return missing;
    }
    const knowledge::Article& a = *found.value();
    auto category = repo.categoryName(a.categoryId);
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("category"), category.value_or(QString())},
        {QStringLiteral("answer"), knowledge::plainText(a.bodyHtml).trimmed()},
        {QStringLiteral("updatedAt"), a.effective.isValid() ? a.effective.toString(Qt::ISODate) : QString()}};
}

} // namespace hotline::portal
