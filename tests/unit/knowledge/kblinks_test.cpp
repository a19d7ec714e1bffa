// 个税必学 and 资讯中心: links are validated (title, date, absolute http(s) URL with a host), listed newest first,
// changed only by those who curate the knowledge base, and every change travels through the outbox.

#include "knowledge/kblinks.h"
#include "sync/changelog.h"
#include "testsupport.h"
#include "ticketfixture.h"

using namespace hotline;
using knowledge::KbLink;
using knowledge::LinkKind;

namespace {

KbLink course(const QString& url = QStringLiteral("https://12366.chinatax.gov.cn/"))
{
    return {{},
            LinkKind::Course,
            QStringLiteral("  年度汇算操作指引 "),
            QStringLiteral("12366 纳税人学堂"),
            QDate(2025, 2, 20),
            url};
}

QString titles(const QList<KbLink>& links)
{
    QStringList out;
    for (const KbLink& l : links) {
        out << l.title;
    }
    return out.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("a link needs a title, a valid date and an absolute http or https URL with a host")
{
    auto ok = knowledge::validateLink(course());
    REQUIRE(ok.ok());
    CHECK(ok->title == QStringLiteral("年度汇算操作指引"));
    CHECK(knowledge::validateLink(course(QStringLiteral("http://www.chinatax.gov.cn/n810341/index.html?a=1#x"))).ok());
    CHECK(knowledge::validateLink(course(QStringLiteral("HTTPS://WWW.CHINATAX.GOV.CN/"))).ok());
    CHECK(knowledge::validateLink(course(QStringLiteral(" https://etax.chinatax.gov.cn/ "))).ok()); // trimmed

    for (const char* bad :
         {"", "javascript:alert(1)", "file:///etc/passwd", "ftp://ftp.example.com/a", "www.chinatax.gov.cn",
          "/kb/article", "https://", "https:///path", "https://www.chinatax .gov.cn/", "http://a b",
          "https:www.chinatax.gov.cn", "mailto:12366@chinatax.gov.cn", "data:text/html,hi"}) {
        INFO(bad);
        auto r = knowledge::validateLink(course(QString::fromUtf8(bad)));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("url"));
        CHECK(r.error().message.contains(QStringLiteral("http")));
    }
    KbLink untitled = course();
    untitled.title = QStringLiteral("   ");
    CHECK(knowledge::validateLink(untitled).error().field == QStringLiteral("title"));
    KbLink undated = course();
    undated.publishedOn = QDate();
    CHECK(knowledge::validateLink(undated).error().field == QStringLiteral("published_on"));
    KbLink longTitle = course();
    longTitle.title = QString(201, QChar(0x7A0E));
    CHECK(knowledge::validateLink(longTitle).error().field == QStringLiteral("title"));
}

TEST_CASE("courses and news are added, edited and removed by leads, listed newest first, and synced")
{
    test::TicketFixture f;
    auto first = knowledge::saveLink(*f.store.db, course(), f.lead, f.ids, f.clock);
    REQUIRE(first.ok());
    KbLink older = course();
    older.title = QStringLiteral("专项附加扣除填报");
    older.publishedOn = QDate(2024, 12, 5);
    REQUIRE(knowledge::saveLink(*f.store.db, older, f.lead, f.ids, f.clock).ok());
    KbLink news{{}, LinkKind::News,     QStringLiteral("年终奖政策延续"),
                {}, QDate(2023, 8, 18), QStringLiteral("https://www.chinatax.gov.cn/")};
    REQUIRE(knowledge::saveLink(*f.store.db, news, f.lead, f.ids, f.clock).ok());

    CHECK(titles(knowledge::listLinks(f.store.db->connection(), LinkKind::Course).value()) ==
          QStringLiteral("年度汇算操作指引|专项附加扣除填报"));
    CHECK(titles(knowledge::listLinks(f.store.db->connection(), LinkKind::News).value()) ==
          QStringLiteral("年终奖政策延续"));

    // Edit: the date moves it down the list.
    KbLink edited = first.value();
    edited.publishedOn = QDate(2024, 1, 1);
    edited.title = QStringLiteral("年度汇算操作指引（更新）");
    REQUIRE(knowledge::saveLink(*f.store.db, edited, f.lead, f.ids, f.clock).ok());
    CHECK(titles(knowledge::listLinks(f.store.db->connection(), LinkKind::Course).value()) ==
          QStringLiteral("专项附加扣除填报|年度汇算操作指引（更新）"));
    // An invalid edit changes nothing.
    edited.url = QStringLiteral("javascript:void(0)");
    REQUIRE_FALSE(knowledge::saveLink(*f.store.db, edited, f.lead, f.ids, f.clock).ok());
    CHECK(knowledge::listLinks(f.store.db->connection(), LinkKind::Course).value().last().url ==
          QStringLiteral("https://12366.chinatax.gov.cn/"));

    // Agents only read.
    auto byAgent = knowledge::saveLink(*f.store.db, course(), f.agent, f.ids, f.clock);
    REQUIRE_FALSE(byAgent.ok());
    CHECK(byAgent.error().code == ErrorCode::Forbidden);
    CHECK(knowledge::removeLink(*f.store.db, first->id, f.agent, f.clock).error().code == ErrorCode::Forbidden);

    REQUIRE(knowledge::removeLink(*f.store.db, first->id, f.lead, f.clock).ok());
    CHECK(titles(knowledge::listLinks(f.store.db->connection(), LinkKind::Course).value()) ==
          QStringLiteral("专项附加扣除填报"));
    CHECK(knowledge::removeLink(*f.store.db, first->id, f.lead, f.clock).error().code == ErrorCode::NotFound);
    KbLink gone = first.value();
    CHECK(knowledge::saveLink(*f.store.db, gone, f.lead, f.ids, f.clock).error().code == ErrorCode::NotFound);

    QStringList ops;
    for (const sync::Change& c : sync::pendingChanges(f.store.db->connection(), 1000).value()) {
        if (c.entity == QLatin1String("kb_link")) {
            ops << QString::number(static_cast<int>(c.operation));
        }
    }
    CHECK(ops.join(QLatin1Char(',')) == QStringLiteral("0,0,0,1,2")); // three inserts, the edit, the removal
}

TEST_CASE("the demo courses and news load, all valid, and a broken file loads nothing")
{
    test::TicketFixture f;
    auto n = knowledge::importLinksJson(*f.store.db, knowledge::demoLinksJson(), f.lead.id, f.ids, f.clock);
    INFO((n ? QString() : n.error().message).toStdString());
    REQUIRE(n.ok());
    CHECK(n.value() >= 8);
    const auto courses = knowledge::listLinks(f.store.db->connection(), LinkKind::Course).value();
    const auto news = knowledge::listLinks(f.store.db->connection(), LinkKind::News).value();
    CHECK(courses.size() + news.size() == n.value());
    REQUIRE(news.size() >= 3);
    CHECK(news.first().publishedOn >= news.last().publishedOn);

    const QByteArray broken = R"({"courses": [{"title": "好", "date": "2025-01-01", "url": "https://a.cn/"},
                                              {"title": "坏", "date": "2025-01-01", "url": "file:///x"}]})";
    auto refused = knowledge::importLinksJson(*f.store.db, broken, f.lead.id, f.ids, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("courses 2")));
    CHECK(knowledge::listLinks(f.store.db->connection(), LinkKind::Course).value().size() == courses.size());
    CHECK_FALSE(knowledge::importLinksJson(*f.store.db, "{\"news\": [", f.lead.id, f.ids, f.clock).ok());
}
