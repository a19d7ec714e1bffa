// The public knowledge lists (热点问题, 个税必学, 资讯中心, 知识查询, one article) and the page's files: published
// articles only, ETags with 304, and the refusals.

#include "knowledge/articleservice.h"
#include "knowledge/hotquestions.h"
#include "knowledge/kblinks.h"
#include "portalfixture.h"

using namespace hotline;
using namespace hotline::test;

namespace {

QStringList field(const HttpResult& r, const QString& name)
{
    QStringList out;
    for (const QJsonValue& v : r.json.value(QStringLiteral("items")).toArray()) {
        out.append(v.toObject().value(name).toString());
    }
    return out;
}

} // namespace

TEST_CASE("the knowledge lists show published articles and links, each with an ETag that answers 304")
{
    PortalFixture f;
    REQUIRE(knowledge::importLinksJson(*f.store.db, knowledge::demoLinksJson(), f.lead.id, f.ids, f.clock).ok());
    REQUIRE(knowledge::setPinned(*f.store.db, QStringLiteral("KB0152"), true, f.lead, f.clock).ok());
    knowledge::ArticleService articles(f.store.db->connection(), f.ids, f.clock);
    knowledge::Article draft;
    draft.categoryId = articles.find(QStringLiteral("KB0152")).value().categoryId;
    draft.title = QStringLiteral("火星分部年终奖怎么计税（草稿）");
    draft.bodyHtml = QStringLiteral("<p>火星分部年终奖的草稿答案</p>");
    auto saved = articles.save(draft, f.lead);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    REQUIRE(saved->status == knowledge::ArticleStatus::Draft);

    const HttpResult hot = f.get(QStringLiteral("/api/kb/hot"));
    REQUIRE(hot.status == 200);
    CHECK(field(hot, QStringLiteral("id")).value(0) == QStringLiteral("KB0152")); // pinned first
    CHECK(field(hot, QStringLiteral("title")).value(0) == QStringLiteral("年终奖怎么计税？"));
    CHECK(hot.headers.value("cache-control") == "no-cache");
    const QByteArray etag = hot.headers.value("etag");
    REQUIRE(etag.startsWith('"'));
    const HttpResult same = f.get(QStringLiteral("/api/kb/hot"), {{"If-None-Match", etag}});
    CHECK(same.status == 304);
    CHECK(same.body.isEmpty());
    CHECK(f.get(QStringLiteral("/api/kb/hot"), {{"If-None-Match", "\"other\""}}).status == 200);

    const HttpResult courses = f.get(QStringLiteral("/api/kb/courses"));
    REQUIRE(courses.status == 200);
    CHECK(courses.json.value(QStringLiteral("items")).toArray().size() == 5);
    CHECK(field(courses, QStringLiteral("url")).value(0).startsWith(QStringLiteral("https://")));
    CHECK_FALSE(field(courses, QStringLiteral("publishedOn")).value(0).isEmpty());
    const HttpResult news = f.get(QStringLiteral("/api/kb/news"));
    CHECK(news.json.value(QStringLiteral("items")).toArray().size() == 5);
    CHECK(news.headers.value("etag") != courses.headers.value("etag"));

    const HttpResult found =
        f.get(QStringLiteral("/api/kb/search?q=%1")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("年终奖怎么计税")))));
    REQUIRE(found.status == 200);
    CHECK(field(found, QStringLiteral("id")).contains(QStringLiteral("KB0152")));
    CHECK_FALSE(field(found, QStringLiteral("id")).contains(saved->id)); // drafts are not public
    CHECK_FALSE(field(found, QStringLiteral("snippet")).value(0).isEmpty());
    CHECK(f.get(QStringLiteral("/api/kb/search?q=")).status == 400);
    const HttpResult tooLong = f.get(QStringLiteral("/api/kb/search?q=%1").arg(QString(101, QLatin1Char('a'))));
    CHECK(tooLong.status == 400);
    CHECK(tooLong.json.value(QStringLiteral("field")).toString() == QStringLiteral("q"));
    CHECK(f.get(QStringLiteral("/api/kb/search?q=%1").arg(QString(100, QLatin1Char('a')))).status == 200);

    const HttpResult article = f.get(QStringLiteral("/api/kb/articles/KB0152"));
    REQUIRE(article.status == 200);
    CHECK(article.json.value(QStringLiteral("title")).toString() == QStringLiteral("年终奖怎么计税？"));
    CHECK_FALSE(article.json.value(QStringLiteral("category")).toString().isEmpty());
    const QString answer = article.json.value(QStringLiteral("answer")).toString();
    CHECK_FALSE(answer.isEmpty());
    CHECK_FALSE(answer.contains(QLatin1Char('<'))); // plain text
    CHECK(f.get(QStringLiteral("/api/kb/articles/KB0152"), {{"If-None-Match", article.headers.value("etag")}}).status ==
          304);
    const HttpResult hidden = f.get(QStringLiteral("/api/kb/articles/") + saved->id);
    CHECK(hidden.status == 404);
    CHECK_FALSE(hidden.body.contains("火星"));
}

TEST_CASE("the page and its files are served with their types and ETags, and nothing outside the folder")
{
    PortalFixture f;
    const HttpResult index = f.get(QStringLiteral("/"));
    REQUIRE(index.status == 200);
    CHECK(index.headers.value("content-type") == "text/html; charset=utf-8");
    CHECK(index.body.contains("<title>12366</title>"));
    CHECK(index.headers.value("content-security-policy").contains("script-src 'self'"));
    CHECK(index.headers.value("content-security-policy").contains("frame-ancestors 'none'"));
    const HttpResult js = f.get(QStringLiteral("/static/app.js"));
    REQUIRE(js.status == 200);
    CHECK(js.headers.value("content-type") == "text/javascript; charset=utf-8");
    CHECK(js.headers.value("cache-control").contains("max-age"));
    CHECK(f.get(QStringLiteral("/static/app.js"), {{"If-None-Match", js.headers.value("etag")}}).status == 304);
    for (const char* path : {"/static/", "/static/.hidden", "/static/%2e%2e%2fportal.db", "/static/sub%2Fapp.js"}) {
        INFO(path);
        CHECK(f.get(QString::fromLatin1(path)).status == 404);
    }
}
