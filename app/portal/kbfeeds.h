#pragma once
// The public knowledge lists of the portal, read-only JSON from the published knowledge base: 热点问题, 个税必学,
// 资讯中心, 知识查询 and one article. Their replies carry an ETag of the body (If-None-Match → 304).

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hotline::portal {

inline constexpr int kMaxSearchChars = 100;
inline constexpr int kHotQuestions = 10;

// {"items":[{id,title,category}]}: the top published articles of the last 30 days (pinned first).
Result<QJsonObject> hotFeed(const QSqlDatabase& db, const QDate& today);
// {"items":[{title,url,startsAt,publishedOn,summary}]} of the courses (个税必学) or the news (资讯中心).
Result<QJsonObject> linksFeed(const QSqlDatabase& db, bool courses);
// {"items":[{id,title,snippet}]}; published articles only. InvalidInput (field q) when q is empty or too long.
Result<QJsonObject> searchFeed(const QSqlDatabase& db, const QString& q, const QDate& today);
// {id,title,category,answer,updatedAt}; NotFound unless published. updatedAt is the answer's effective date.
Result<QJsonObject> articleFeed(const QSqlDatabase& db, const QString& id);

} // namespace hotline::portal
