// The answer robot over the demo knowledge base: confident answers for questions it answers, "no confident answer"
// and a logged gap for others, related questions, registering a gap as a work order, closing gaps.

#include "knowledge/kbimport.h"
#include "knowledge/kbquery.h"
#include "robot/gaps.h"
#include "robot/robot.h"
#include "sync/changelog.h"
#include "testsupport.h"
#include "ticketfixture.h"

#include <QSet>

using namespace hotline;

namespace {

struct RobotFixture : test::TicketFixture {
    RobotFixture()
    {
        auto kb = knowledge::importKnowledgeJson(*store.db, knowledge::demoKnowledgeJson(), colleague.id, lead.id, ids,
                                                 clock);
        REQUIRE(kb.ok());
    }
    robot::Answer ask(const QString& question)
    {
        auto a = robot::Robot(*store.db, clock, ids).answer(question, agent.id);
        INFO((a ? QString() : a.error().message).toStdString());
        REQUIRE(a.ok());
        return a.value();
    }
};

} // namespace

TEST_CASE("a question phrased like an article's title or 相似问 matches it fully, an unrelated one not at all")
{
    const knowledge::Synonyms& s = knowledge::Synonyms::builtin();
    CHECK(robot::phrasingMatch(QStringLiteral("年终奖怎么计税？"), QStringLiteral("年终奖怎么计税"), s) == Approx(1.0));
    // Synonyms are one word: 全年一次性奖金 is 年终奖.
    CHECK(robot::phrasingMatch(QStringLiteral("全年一次性奖金怎么计税"), QStringLiteral("年终奖怎么计税？"), s) ==
          Approx(1.0));
    // Fillers do not matter; a long question containing the known one still matches well.
    CHECK(robot::phrasingMatch(QStringLiteral("请问年终奖怎么计税呢"), QStringLiteral("年终奖怎么计税"), s) ==
          Approx(1.0));
    CHECK(robot::phrasingMatch(QStringLiteral("公司今年发了年终奖，想问年终奖怎么计税"),
                               QStringLiteral("年终奖怎么计税"), s) > 0.7);
    CHECK(robot::phrasingMatch(QStringLiteral("今天天气怎么样"), QStringLiteral("扣缴端的数据怎么备份？"), s) < 0.2);
    CHECK(robot::phrasingMatch(QStringLiteral("天气"), QStringLiteral("年终奖"), s) == 0.0);
}

TEST_CASE("the robot answers a question the demo knowledge base answers, with related questions of other articles")
{
    RobotFixture f;
    const robot::Answer bonus = f.ask(QStringLiteral("年终奖怎么计税"));
    CHECK(bonus.confident);
    CHECK(bonus.confidence >= robot::kConfidentAt);
    CHECK(bonus.confidence <= 1.0);
    CHECK(bonus.articleId == QStringLiteral("KB0152"));
    CHECK(bonus.title == QStringLiteral("年终奖怎么计税？"));
    CHECK(bonus.text.contains(QStringLiteral("12")));
    CHECK_FALSE(bonus.text.contains(QLatin1Char('<'))); // plain text, not HTML
    CHECK(bonus.gapId.isEmpty());
    REQUIRE(bonus.related.size() == 3);
    QSet<QString> ids{bonus.articleId};
    for (const robot::RelatedQuestion& r : bonus.related) {
        CHECK_FALSE(r.title.isEmpty());
        ids.insert(r.id);
    }
    CHECK(ids.size() == 4); // the answer and three other articles

    const robot::Answer housing = f.ask(QStringLiteral("房贷利息和房租可以一起扣吗"));
    CHECK(housing.confident);
    CHECK(housing.articleId == QStringLiteral("KB0162")); // 住房贷款利息和住房租金能同时扣除吗？ through synonyms
    const robot::Answer threshold = f.ask(QStringLiteral("个税起征点是多少"));
    CHECK(threshold.confident);
    CHECK(threshold.text.contains(QStringLiteral("5000")));

    const robot::Answer backup = f.ask(QStringLiteral("扣缴客户端的数据要怎么备份？"));
    CHECK(backup.confident);
    CHECK(backup.articleId == QStringLiteral("KB0141"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_gaps")) == 0);

    // The overview table answers it, through a 相似问 written for it.
    const robot::Answer children = f.ask(QStringLiteral("子女教育每月扣除多少"));
    CHECK(children.confident);
    CHECK(children.text.contains(QStringLiteral("每个子女每月2,000元")));

    // No article asks this in its own words: the best one speaks of it, but the robot is not sure enough.
    const robot::Answer exempt = f.ask(QStringLiteral("年度汇算哪些人不用办"));
    CHECK_FALSE(exempt.confident);
    CHECK(exempt.confidence > 0.3);
    CHECK(exempt.text.contains(QStringLiteral("年度汇算")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_gaps")) == 1);
}

TEST_CASE("an unrelated question gets no confident answer and is logged as a gap, repeats counted")
{
    RobotFixture f;
    const robot::Answer weather = f.ask(QStringLiteral("今天天气怎么样？"));
    CHECK_FALSE(weather.confident);
    CHECK(weather.confidence < robot::kConfidentAt);
    CHECK(weather.confidence >= 0.0);
    REQUIRE_FALSE(weather.gapId.isEmpty());
    f.clock.advanceSecs(60);
    f.ask(QStringLiteral("今天天气 怎么样"));
    f.clock.advanceSecs(60);
    const robot::Answer vat = f.ask(QStringLiteral("增值税专用发票丢失了怎么办"));
    CHECK_FALSE(vat.confident);

    auto gaps = robot::openGaps(f.store.db->connection()).value();
    REQUIRE(gaps.size() == 2);
    CHECK(gaps.at(0).question == QStringLiteral("增值税专用发票丢失了怎么办")); // newest first
    CHECK(gaps.at(0).repeats == 1);
    CHECK(gaps.at(1).repeats == 2);
    CHECK(gaps.at(1).question == QStringLiteral("今天天气 怎么样"));
    CHECK(gaps.at(1).askedBy == f.agent.id);
    CHECK(gaps.at(1).confidence == Approx(weather.confidence).margin(0.2));
    auto changes = sync::pendingChanges(f.store.db->connection(), 1000).value();
    CHECK(std::count_if(changes.begin(), changes.end(),
                        [](const sync::Change& c) { return c.entity == QLatin1String("kb_gap"); }) == 3);

    // Nothing to ask: refused, nothing logged.
    for (const QString& empty : {QString(), QStringLiteral("   "), QStringLiteral("？？")}) {
        auto none = robot::Robot(*f.store.db, f.clock, f.ids).answer(empty, f.agent.id);
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().field == QStringLiteral("question"));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_gaps")) == 3);
}

TEST_CASE("an empty knowledge base answers nothing confidently")
{
    test::TicketFixture f;
    auto a = robot::Robot(*f.store.db, f.clock, f.ids).answer(QStringLiteral("年终奖怎么计税"), QStringLiteral("cli"));
    REQUIRE(a.ok());
    CHECK_FALSE(a->confident);
    CHECK(a->confidence == 0.0);
    CHECK(a->articleId.isEmpty());
    CHECK(a->related.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_gaps WHERE best_article_id IS NULL")) == 1);
}

TEST_CASE("a gap registered for follow-up becomes an online work order, once")
{
    RobotFixture f;
    const robot::Answer a = f.ask(QStringLiteral("个人独资企业注销前要清算个税吗"));
    REQUIRE_FALSE(a.confident);
    tickets::WorkOrderDraft contact;
    contact.contactName = QStringLiteral("陈静");
    contact.contactNumber = QStringLiteral("13907711234");
    // Without a category topic the work-order service refuses, and the gap stays unregistered.
    auto refused = robot::registerGap(*f.store.db, a.gapId, contact, f.agent, f.ids, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("category_id"));
    contact.categoryId = f.topicId(QStringLiteral("个税业务"), QStringLiteral("经营所得"));
    auto w = robot::registerGap(*f.store.db, a.gapId, contact, f.agent, f.ids, f.clock);
    INFO((w ? QString() : w.error().message).toStdString());
    REQUIRE(w.ok());
    CHECK(w->channel == tickets::Channel::Online);
    CHECK(w->question == QStringLiteral("个人独资企业注销前要清算个税吗"));
    CHECK(w->ownerId == f.agent.id);
    CHECK(w->status == tickets::Status::New);
    auto gaps = robot::openGaps(f.store.db->connection()).value();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.first().workOrderId == w->id);
    auto twice = robot::registerGap(*f.store.db, a.gapId, contact, f.agent, f.ids, f.clock);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(robot::registerGap(*f.store.db, QStringLiteral("nope"), contact, f.agent, f.ids, f.clock).error().code ==
          ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_orders")) == 1);
}

TEST_CASE("reviewers close a gap with the article that now answers it, repeats included")
{
    RobotFixture f;
    const QString first = f.ask(QStringLiteral("今天天气怎么样")).gapId;
    f.clock.advanceSecs(60);
    f.ask(QStringLiteral("今天天气怎么样？"));
    f.clock.advanceSecs(60);
    f.ask(QStringLiteral("增值税专用发票丢失了怎么办"));

    auto byAgent = robot::closeGap(*f.store.db, first, {}, f.agent, f.clock);
    REQUIRE_FALSE(byAgent.ok());
    CHECK(byAgent.error().code == ErrorCode::Forbidden);
    auto draftArticle = robot::closeGap(*f.store.db, first, QStringLiteral("nope"), f.lead, f.clock);
    REQUIRE_FALSE(draftArticle.ok());
    CHECK(draftArticle.error().field == QStringLiteral("article_id"));

    REQUIRE(robot::closeGap(*f.store.db, first, QStringLiteral("KB0016"), f.lead, f.clock).ok());
    auto open = robot::openGaps(f.store.db->connection()).value();
    REQUIRE(open.size() == 1);
    CHECK(open.first().question == QStringLiteral("增值税专用发票丢失了怎么办"));
    CHECK(f.count(QStringLiteral(
              "SELECT count(*) FROM kb_gaps WHERE closed_at IS NOT NULL AND article_id = 'KB0016'")) == 2);
    CHECK(robot::closeGap(*f.store.db, first, {}, f.lead, f.clock).error().code == ErrorCode::Conflict);
    REQUIRE(robot::closeGap(*f.store.db, open.first().id, {}, f.lead, f.clock).ok());
    CHECK(robot::openGaps(f.store.db->connection()).value().isEmpty());
}
