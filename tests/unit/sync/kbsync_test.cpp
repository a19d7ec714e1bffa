// Hot-question links, pins, courses and news, and the robot's gaps reach the other workstations through the centre.

#include "knowledge/articleservice.h"
#include "knowledge/hotquestions.h"
#include "knowledge/kbimport.h"
#include "knowledge/kblinks.h"
#include "robot/gaps.h"
#include "robot/robot.h"
#include "synctest.h"

#include <QFile>

using namespace hotline;
using namespace hotline::test;

TEST_CASE("work-order links, pins, links to courses and news, and gaps sync to another workstation")
{
    QTemporaryDir dir;
    const QString url = makeCentral("sqlite", dir);
    Workstation a(1, QStringLiteral("李娜"));
    Workstation b(2, QStringLiteral("王强"));
    security::OperatorRepository ops(a.store.db->connection());
    const security::Operator lead =
        ops.create(QStringLiteral("张敏"), security::Role::TeamLead, a.ids, a.clock).value();
    QFile f(QStringLiteral(HOTLINE_TEST_DATA_DIR "/kb/mini.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(knowledge::importKnowledgeJson(*a.store.db, f.readAll(), a.agent.id, lead.id, a.ids, a.clock).ok());

    tickets::WorkOrderDraft d = a.draft(QStringLiteral("年终奖怎么算税？"));
    d.articleIds = {QStringLiteral("T1")};
    REQUIRE(a.service->create(d, a.agent).ok());
    REQUIRE(knowledge::setPinned(*a.store.db, QStringLiteral("T2"), true, lead, a.clock).ok());
    REQUIRE(knowledge::saveLink(*a.store.db,
                                {{},
                                 knowledge::LinkKind::News,
                                 QStringLiteral("年终奖政策延续"),
                                 QStringLiteral("至2027年底"),
                                 QDate(2023, 8, 18),
                                 QStringLiteral("https://www.chinatax.gov.cn/")},
                                lead, a.ids, a.clock)
                .ok());
    auto gap = robot::Robot(*a.store.db, a.clock, a.ids).answer(QStringLiteral("今天天气怎么样"), a.agent.id);
    REQUIRE(gap.ok());
    REQUIRE_FALSE(gap->confident);

    auto pushed = a.sync(url);
    INFO((pushed ? QString() : pushed.error().message).toStdString());
    REQUIRE(pushed.ok());
    auto pulled = b.sync(url);
    REQUIRE(pulled.ok());
    CHECK(pulled->rejected == 0);

    const knowledge::DayRange today{a.clock.now().date(), a.clock.now().date()};
    auto hot = knowledge::hotQuestions(b.store.db->connection(), today).value();
    REQUIRE(hot.size() == 2);
    CHECK(hot.at(0).id == QStringLiteral("T2"));
    CHECK(hot.at(0).pinnedAt.isValid());
    CHECK(hot.at(1).id == QStringLiteral("T1"));
    CHECK(hot.at(1).workOrders == 1);
    auto news = knowledge::listLinks(b.store.db->connection(), knowledge::LinkKind::News).value();
    REQUIRE(news.size() == 1);
    CHECK(news.first().url == QStringLiteral("https://www.chinatax.gov.cn/"));
    auto gaps = robot::openGaps(b.store.db->connection()).value();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.first().question == QStringLiteral("今天天气怎么样"));

    // Unpinning, removing the link and closing the gap travel back the same way.
    REQUIRE(b.sync(url).ok());
    REQUIRE(knowledge::setPinned(*a.store.db, QStringLiteral("T2"), false, lead, a.clock).ok());
    REQUIRE(knowledge::removeLink(*a.store.db, news.first().id, lead, a.clock).ok());
    REQUIRE(robot::closeGap(*a.store.db, gaps.first().id, QStringLiteral("T1"), lead, a.clock).ok());
    REQUIRE(a.sync(url).ok());
    REQUIRE(b.sync(url).ok());
    hot = knowledge::hotQuestions(b.store.db->connection(), today).value();
    REQUIRE(hot.size() == 1);
    CHECK_FALSE(hot.first().pinnedAt.isValid());
    CHECK(knowledge::listLinks(b.store.db->connection(), knowledge::LinkKind::News).value().isEmpty());
    CHECK(robot::openGaps(b.store.db->connection()).value().isEmpty());
    CHECK(a.canonicalDump() == b.canonicalDump());
}

TEST_CASE("an article edited offline on two workstations keeps both texts in its history on both")
{
    QTemporaryDir dir;
    const QString url = makeCentral("sqlite", dir);
    Workstation a(1, QStringLiteral("李娜"));
    Workstation b(2, QStringLiteral("王强"));
    security::OperatorRepository ops(a.store.db->connection());
    const security::Operator lead =
        ops.create(QStringLiteral("张敏"), security::Role::TeamLead, a.ids, a.clock).value();
    QFile f(QStringLiteral(HOTLINE_TEST_DATA_DIR "/kb/mini.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(knowledge::importKnowledgeJson(*a.store.db, f.readAll(), a.agent.id, lead.id, a.ids, a.clock).ok());
    REQUIRE(a.sync(url).ok());
    REQUIRE(b.sync(url).ok());

    // Both desks start from the same version and save a different text while offline.
    const auto edit = [](Workstation& w, const QString& extra) {
        knowledge::ArticleService service(w.store.db->connection(), w.ids, w.clock);
        knowledge::Article article = service.find(QStringLiteral("T1")).value();
        article.bodyHtml += QStringLiteral("<p>") + extra + QStringLiteral("</p>");
        auto saved = service.save(article, w.agent);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        return saved->version;
    };
    const int versionA = edit(a, QStringLiteral("李娜补充：单独计税政策执行至2027年12月31日。"));
    const int versionB = edit(b, QStringLiteral("王强补充：并入综合所得时按累计预扣法计算。"));
    CHECK(versionA == versionB);

    REQUIRE(a.sync(url).ok());
    auto pulled = b.sync(url);
    REQUIRE(pulled.ok());
    CHECK(pulled->rejected == 0);
    REQUIRE(a.sync(url).ok());

    for (Workstation* w : {&a, &b}) {
        auto versions = knowledge::ArticleService(w->store.db->connection(), w->ids, w->clock)
                            .versions(QStringLiteral("T1"))
                            .value();
        REQUIRE(versions.size() == 3); // the imported text and both edits: nothing is dropped
        QStringList bodies;
        for (const knowledge::ArticleVersion& v : versions) {
            bodies << v.bodyHtml;
        }
        CHECK(bodies.join(QString()).contains(QStringLiteral("李娜补充")));
        CHECK(bodies.join(QString()).contains(QStringLiteral("王强补充")));
    }
}
