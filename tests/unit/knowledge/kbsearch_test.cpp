#include "knowledge/kbimport.h"
#include "knowledge/kbrepository.h"
#include "knowledge/synonymrepository.h"
#include "security/operator.h"
#include "testsupport.h"

#include <algorithm>

using namespace hotline;

namespace {

// The demo knowledge base in a fresh store, searched through KbRepository::search as the pane and the CLI do.
struct DemoKb {
    DemoKb()
    {
        security::OperatorRepository ops(store.db->connection());
        author = ops.create(QStringLiteral("知识库编辑"), security::Role::Technician, ids, clock).value();
        lead = ops.create(QStringLiteral("班长"), security::Role::TeamLead, ids, clock).value();
        auto imported =
            knowledge::importKnowledgeJson(*store.db, knowledge::demoKnowledgeJson(), author.id, lead.id, ids, clock);
        REQUIRE(imported.ok());
    }
    Result<QList<knowledge::KbHit>> search(const QString& q, knowledge::KbSearchOptions o = {})
    {
        o.today = QDate(2026, 11, 27);
        return knowledge::KbRepository(store.db->connection())
            .search(q, o, knowledge::SynonymRepository(store.db->connection()).load().value());
    }
    QList<knowledge::KbHit> find(const QString& q, knowledge::QueryMode mode = knowledge::QueryMode::Keywords)
    {
        knowledge::KbSearchOptions o;
        o.mode = mode;
        auto hits = search(q, o);
        INFO((hits ? QString() : hits.error().message).toStdString());
        REQUIRE(hits.ok());
        return hits.value();
    }
    // Title, 相似问 and tags: what the initials are made of.
    QString head(const QString& id)
    {
        const knowledge::Article a = knowledge::KbRepository(store.db->connection()).find(id).value().value();
        return a.title + a.similar.join(QLatin1Char(' ')) + a.tags.join(QLatin1Char(' '));
    }
    test::TempStore store;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    security::Operator author;
    security::Operator lead;
};

} // namespace

TEST_CASE("pinyin initials find articles by the initials of their title, 相似问 or tags")
{
    DemoKb kb;
    const auto special = kb.find(QStringLiteral("zxfjkc"));
    REQUIRE(special.size() >= 5);
    for (const knowledge::KbHit& h : special) {
        CAPTURE(h.title);
        CHECK(h.byInitials);
        CHECK(kb.head(h.id).contains(QStringLiteral("专项附加扣除")));
    }
    CHECK(kb.find(QStringLiteral("ZXFJKC")).size() == special.size()); // case does not matter
    CHECK(kb.find(QStringLiteral("zxfjkc"), knowledge::QueryMode::Question).size() == special.size());

    const auto gs = kb.find(QStringLiteral("gs"));
    REQUIRE_FALSE(gs.isEmpty());
    CHECK(std::any_of(gs.begin(), gs.end(),
                      [&kb](const knowledge::KbHit& h) { return kb.head(h.id).contains(QStringLiteral("个税")); }));

    // Mixed: the Chinese words as text, the Latin ones as initials, every one required.
    const auto mixed = kb.find(QStringLiteral("下载 zxfjkc"));
    REQUIRE_FALSE(mixed.isEmpty());
    CHECK(mixed.size() < special.size());
    for (const knowledge::KbHit& h : mixed) {
        CAPTURE(h.title);
        CHECK(kb.head(h.id).contains(QStringLiteral("专项附加扣除")));
        CHECK_FALSE(h.byInitials);
    }
    // Latin words the text holds stay words: 12366 and App are searched as text.
    const auto app = kb.find(QStringLiteral("App"));
    REQUIRE_FALSE(app.isEmpty());
    CHECK_FALSE(app.first().byInitials);
    CHECK(kb.find(QStringLiteral("qqqqxz")).isEmpty());
}

TEST_CASE("whatever a user types, a search never fails: punctuation, FTS5 syntax, very long input")
{
    DemoKb kb;
    const QStringList inputs{QString(),
                             QStringLiteral("   "),
                             QStringLiteral("！？。，、"),
                             QStringLiteral("\""),
                             QStringLiteral("\"\"\""),
                             QStringLiteral("*"),
                             QStringLiteral("( )"),
                             QStringLiteral("AND"),
                             QStringLiteral("OR NOT"),
                             QStringLiteral("NEAR(个税 汇算, 2)"),
                             QStringLiteral("个税 AND OR 汇算"),
                             QStringLiteral("\"个税\" OR (汇算"),
                             QStringLiteral("个税* ^汇算 title:年终奖 -备份 +扣缴端"),
                             QStringLiteral("{title}: 个税"),
                             QStringLiteral("a"),
                             QStringLiteral("'; DROP TABLE kb_articles; --"),
                             QString(5000, QChar(0x7a0e)), // 5000 × 税
                             QStringLiteral("个税 汇算 ").repeated(2000),
                             QStringLiteral("zx ").repeated(500)};
    for (const QString& input : inputs) {
        for (const auto mode : {knowledge::QueryMode::Keywords, knowledge::QueryMode::Question}) {
            CAPTURE(input.left(60), static_cast<int>(mode));
            knowledge::KbSearchOptions o;
            o.mode = mode;
            auto hits = kb.search(input, o);
            INFO((hits ? QString() : hits.error().message).toStdString());
            CHECK(hits.ok());
        }
    }
    CHECK(kb.find(QString()).isEmpty());
    CHECK(kb.find(QStringLiteral("！？。")).isEmpty());
    CHECK(kb.find(QStringLiteral("个税 AND 汇算")).size() <= kb.find(QStringLiteral("个税 汇算")).size());
    CHECK_FALSE(kb.find(QStringLiteral("NEAR(个税 汇算, 2)"), knowledge::QueryMode::Question).isEmpty());
    knowledge::KbSearchOptions none;
    none.limit = 0;
    CHECK(kb.search(QStringLiteral("个税"), none).value().isEmpty());
}

TEST_CASE("question words do not count: a question and its topic find the same article first")
{
    CHECK(knowledge::withoutQuestionWords(QStringLiteral("年终奖怎么计税呢？")).simplified() ==
          QStringLiteral("年终奖 计税 ？"));
    CHECK(knowledge::withoutQuestionWords(QStringLiteral("什么？")) == QStringLiteral("什么？")); // nothing else
    CHECK_FALSE(knowledge::questionTokens(QStringLiteral("如何申报")).contains(QStringLiteral("何申")));
    DemoKb kb;
    const auto asked = kb.find(QStringLiteral("请问个人养老金怎么扣除呢？"), knowledge::QueryMode::Question);
    const auto topic = kb.find(QStringLiteral("个人养老金 扣除"), knowledge::QueryMode::Question);
    REQUIRE_FALSE(asked.isEmpty());
    REQUIRE_FALSE(topic.isEmpty());
    CHECK(asked.first().id == topic.first().id);
}

TEST_CASE("results filter by category and by status")
{
    DemoKb kb;
    knowledge::KbRepository repo(kb.store.db->connection());
    const QString client = repo.categoryIdByName(QStringLiteral("扣缴端操作指南")).value();
    knowledge::KbSearchOptions o;
    o.categoryId = client;
    const auto inClient = kb.search(QStringLiteral("专项附加扣除"), o).value();
    REQUIRE_FALSE(inClient.isEmpty());
    for (const knowledge::KbHit& h : inClient) {
        CHECK(h.category == QStringLiteral("扣缴端操作指南"));
    }
    CHECK(inClient.size() < kb.search(QStringLiteral("专项附加扣除")).value().size());

    // A draft is found only by those who may see unpublished articles, and by a status filter.
    knowledge::Article draft;
    draft.id = kb.ids.next();
    draft.categoryId = client;
    draft.title = QStringLiteral("扣缴端草稿测试条目");
    draft.bodyHtml = QStringLiteral("<p>草稿正文</p>");
    draft.authorId = kb.author.id;
    REQUIRE(repo.insert(draft, kb.author.id, kb.ids, kb.clock).ok());
    CHECK(kb.search(QStringLiteral("草稿测试")).value().isEmpty());
    knowledge::KbSearchOptions all;
    all.publishedOnly = false;
    REQUIRE(kb.search(QStringLiteral("草稿测试"), all).value().size() == 1);
    all.status = knowledge::ArticleStatus::Draft;
    const auto drafts = kb.search(QStringLiteral("扣缴端"), all).value();
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.first().status == QStringLiteral("draft"));
    all.status = knowledge::ArticleStatus::Archived;
    CHECK(kb.search(QStringLiteral("扣缴端"), all).value().isEmpty());
    CHECK(kb.find(QStringLiteral("ckcs")).isEmpty()); // the draft's initials are no way around the filter
}

TEST_CASE("searches expand with the store's own synonym dictionary")
{
    DemoKb kb;
    CHECK(kb.find(QStringLiteral("小孩上学")).isEmpty());
    knowledge::SynonymRepository syn(kb.store.db->connection());
    REQUIRE(syn.add({QStringLiteral("小孩上学"), QStringLiteral("子女教育")}, kb.lead, kb.ids, kb.clock).ok());
    const auto found = kb.find(QStringLiteral("小孩上学"));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(std::any_of(found.begin(), found.end(),
                      [](const knowledge::KbHit& h) { return h.snippet.contains(QStringLiteral("〖子女教育〗")); }));
    // Removed again, the dictionary no longer expands it.
    const QString id = syn.groups().value().last().id;
    REQUIRE(syn.remove(id, kb.lead, kb.clock).ok());
    CHECK(kb.find(QStringLiteral("小孩上学")).isEmpty());
}

TEST_CASE("a store from schema 6 gets the initials of its articles when it is upgraded")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    {
        db::OpenOptions six;
        six.targetVersion = 6;
        auto old = db::Database::open(path, six);
        REQUIRE(old.ok());
        const QString author = security::OperatorRepository(old.value()->connection())
                                   .create(QStringLiteral("编辑"), security::Role::Technician, ids, clock)
                                   .value()
                                   .id;
        knowledge::KbRepository repo(old.value()->connection());
        knowledge::Article a;
        a.id = ids.next();
        a.categoryId = repo.categoryIdByName(QStringLiteral("热点问题")).value();
        a.title = QStringLiteral("大病医疗怎么扣除");
        a.similar = {QStringLiteral("看病花的钱能抵税吗")};
        a.bodyHtml = QStringLiteral("<p>在年度汇算时扣除。</p>");
        a.status = knowledge::ArticleStatus::Published;
        a.authorId = author;
        REQUIRE(repo.insert(a, author, ids, clock).ok());
    }
    auto opened = db::Database::open(path);
    REQUIRE(opened.ok());
    knowledge::KbRepository repo(opened.value()->connection());
    for (const char* initials : {"dbyl", "kbhd", "DBYL"}) {
        CAPTURE(initials);
        auto hits = repo.search(QString::fromLatin1(initials), {}, knowledge::Synonyms());
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().title == QStringLiteral("大病医疗怎么扣除"));
    }
}

TEST_CASE("a question ranked as on a large store finds among its first five what the small store's finds first")
{
    DemoKb kb;
    knowledge::KbSearchOptions large;
    large.mode = knowledge::QueryMode::Question;
    large.largeStore = true; // common words left out (on the demo KB: in more than 5 articles), rarest words required
    for (const QString& q : {QStringLiteral("请问个人养老金怎么扣除呢？"), QStringLiteral("年终奖怎么计税？"),
                             QStringLiteral("子女教育专项附加扣除的标准是多少")}) {
        CAPTURE(q.toStdString());
        const auto normal = kb.find(q, knowledge::QueryMode::Question);
        auto forced = kb.search(q, large);
        REQUIRE(forced.ok());
        REQUIRE_FALSE(normal.isEmpty());
        REQUIRE_FALSE(forced->isEmpty());
        const auto top = forced->mid(0, 5);
        CHECK(
            std::any_of(top.begin(), top.end(), [&](const knowledge::KbHit& h) { return h.id == normal.first().id; }));
    }
    auto nothing = kb.search(QStringLiteral("量子纠缠的哈密顿量"), large);
    REQUIRE(nothing.ok());
    CHECK(nothing->isEmpty());
    auto punctuation = kb.search(QStringLiteral("\"？（）*"), large);
    CHECK(punctuation.ok());
}
