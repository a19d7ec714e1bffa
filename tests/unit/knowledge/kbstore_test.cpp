#include "testsupport.h"

#include "knowledge/kbimport.h"
#include "knowledge/kbrepository.h"
#include "security/operator.h"
#include "sync/changelog.h"

#include <QFile>

using namespace hotline;

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(HOTLINE_TEST_DATA_DIR "/kb/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct KbStore {
    KbStore()
    {
        security::OperatorRepository ops(store.db->connection());
        author = ops.create(QStringLiteral("知识库编辑"), security::Role::Technician, ids, clock).value().id;
        reviewer = ops.create(QStringLiteral("审核员"), security::Role::TeamLead, ids, clock).value().id;
    }
    QList<knowledge::KbHit> find(const QString& q, knowledge::QueryMode mode = knowledge::QueryMode::Keywords)
    {
        knowledge::KbSearchOptions o;
        o.mode = mode;
        o.today = QDate(2026, 11, 27);
        return knowledge::KbRepository(store.db->connection()).search(q, o, knowledge::Synonyms::builtin()).value();
    }
    test::TempStore store;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    QString author;
    QString reviewer;
};

} // namespace

TEST_CASE("a knowledge base imported from JSON is searchable by words, synonyms and whole questions")
{
    KbStore kb;
    auto imported = knowledge::importKnowledgeJson(*kb.store.db, readData(QStringLiteral("mini.json")), kb.author,
                                                   kb.reviewer, kb.ids, kb.clock);
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->articles == 3);
    CHECK(imported->policies == 1);

    auto bonus = kb.find(QStringLiteral("年终奖"));
    REQUIRE(bonus.size() == 1);
    CHECK(bonus.first().id == QStringLiteral("T1"));
    CHECK(bonus.first().category == QStringLiteral("分项所得解读"));
    CHECK_FALSE(bonus.first().expired);
    CHECK(kb.find(QStringLiteral("全年一次性奖金 计税")).value(0).id == QStringLiteral("T1"));
    CHECK(kb.find(QStringLiteral("扣缴客户端 备份")).value(0).id == QStringLiteral("T2")); // via 扣缴端's synonyms
    auto asked = kb.find(QStringLiteral("我们单位的扣缴端数据要怎么备份？"), knowledge::QueryMode::Question);
    REQUIRE_FALSE(asked.isEmpty());
    CHECK(asked.first().id == QStringLiteral("T2"));
    CHECK(asked.first().snippet.contains(QStringLiteral("〖备份〗")));
    auto old = kb.find(QStringLiteral("过期"));
    REQUIRE(old.size() == 1);
    CHECK(old.first().expired);
    CHECK(kb.find(QStringLiteral("增值税")).isEmpty());

    // Articles and their first versions travel through the change log.
    auto changes = sync::pendingChanges(kb.store.db->connection(), 1000).value();
    CHECK(std::count_if(changes.begin(), changes.end(),
                        [](const sync::Change& c) { return c.entity == QLatin1String("kb_article"); }) == 3);
    CHECK(std::count_if(changes.begin(), changes.end(),
                        [](const sync::Change& c) { return c.entity == QLatin1String("kb_article_version"); }) == 3);
}

TEST_CASE("a broken knowledge-base file is refused with the line or the article, and nothing is imported")
{
    KbStore kb;
    struct Case {
        const char* json;
        const char* says;
    };
    const Case cases[] = {
        {"{\n\"articles\": [\n{\"id\": \"A\",,}\n]}", "Line 3"},
        {"{\"policies\": []}", "\"articles\""},
        {R"({"articles": [{"id": "A", "category": "不存在的分类", "title": "t", "body": "<p>b</p>"}]})", "不存在的分类"},
        {R"({"articles": [{"id": "A", "category": "热点问题", "title": "", "body": "<p>b</p>"}]})", "title"},
        {R"({"articles": [{"id": "A", "category": "热点问题", "title": "t", "body": "<p>b</p>", "policies": ["P9"]}]})",
         "P9"},
        {R"({"articles": [{"id": "A", "category": "热点问题", "title": "t", "body": "<p>b</p>", "expires": "明年"}]})",
         "明年"},
        {R"({"articles": [{"id": "A", "category": "热点问题", "title": "t", "body": "<p>b</p>"},
                           {"id": "A", "category": "热点问题", "title": "u", "body": "<p>c</p>"}]})", "\"A\""},
    };
    for (const Case& c : cases) {
        CAPTURE(c.json);
        auto r = knowledge::importKnowledgeJson(*kb.store.db, QByteArray(c.json), kb.author, kb.reviewer, kb.ids, kb.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QString::fromUtf8(c.says)));
        CHECK(knowledge::KbRepository(kb.store.db->connection()).count().value() == 0);
    }
}

TEST_CASE("article bodies become plain text for search and snippets")
{
    CHECK(knowledge::plainText(QStringLiteral("<h3>税率</h3><table><tr><td>3%</td><td>0</td></tr></table>"
                                              "<p>A &amp; B&nbsp;&lt;C&gt;</p>")) ==
          QStringLiteral("税率\n3% 0 \nA & B <C>"));
}

TEST_CASE("the shipped demo knowledge base imports whole and answers common hotline questions")
{
    KbStore kb;
    auto imported = knowledge::importKnowledgeJson(*kb.store.db, knowledge::demoKnowledgeJson(), kb.author, kb.reviewer,
                                                   kb.ids, kb.clock);
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->articles >= 150);
    for (const char* question : {"年终奖怎么计税", "扣缴端怎么备份数据", "专项附加扣除子女教育每月扣多少", "申报密码忘了怎么办",
                                 "个人养老金能扣多少"}) {
        CAPTURE(question);
        auto hits = kb.find(QString::fromUtf8(question), knowledge::QueryMode::Question);
        REQUIRE_FALSE(hits.isEmpty());
    }
}
