// Import and export of the whole knowledge base: JSON and Markdown round trips, every refusal with its line,
// nothing half-imported, permissions, file names, and the CLI as a script sees it.

#include "db/query.h"
#include "knowledge/kbexchange.h"
#include "knowledge/kbexport.h"
#include "knowledge/kbimport.h"
#include "knowledge/kbjson.h"
#include "knowledge/kbmarkdown.h"
#include "knowledge/kbmarkdownfolder.h"
#include "knowledge/kbrepository.h"
#include "security/operator.h"
#include "sync/changelog.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace hotline;
using knowledge::ArticleRecord;
using knowledge::KbPackage;

namespace {

struct KbStore {
    KbStore()
    {
        security::OperatorRepository ops(store.db->connection());
        author = ops.create(QStringLiteral("知识库编辑"), security::Role::Technician, ids, clock).value();
        lead = ops.create(QStringLiteral("王组长"), security::Role::TeamLead, ids, clock).value();
        agent = ops.create(QStringLiteral("黄晓雯"), security::Role::Agent, ids, clock).value();
    }
    int count(const char* sql) const
    {
        auto q = db::exec(store.db->connection(), QString::fromUtf8(sql));
        REQUIRE(q.ok());
        q.value().next();
        return q.value().value(0).toInt();
    }
    int articles() const { return count("SELECT count(*) FROM kb_articles"); }
    int changes() const { return count("SELECT count(*) FROM change_log"); }
    void loadDemo()
    {
        REQUIRE(
            knowledge::importKnowledgeJson(*store.db, knowledge::demoKnowledgeJson(), author.id, lead.id, ids, clock)
                .ok());
    }
    test::TempStore store;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    security::Operator author;
    security::Operator lead;
    security::Operator agent;
};

QString message(const Result<knowledge::ImportSummary>& r)
{
    return r ? QString() : r.error().message;
}

QHash<QString, ArticleRecord> byId(const KbPackage& p)
{
    QHash<QString, ArticleRecord> out;
    for (const ArticleRecord& a : p.articles) {
        out.insert(a.id, a);
    }
    return out;
}

// Field by field, so a failure names what differs.
void requireSameArticles(const KbPackage& before, const KbPackage& after)
{
    REQUIRE(before.articles.size() == after.articles.size());
    const auto theirs = byId(after);
    for (const ArticleRecord& a : before.articles) {
        CAPTURE(a.id, a.title);
        REQUIRE(theirs.contains(a.id));
        const ArticleRecord& b = theirs.value(a.id);
        CHECK(b.title == a.title);
        CHECK(b.category == a.category);
        CHECK(b.tags == a.tags);
        CHECK(b.similar == a.similar);
        CHECK(b.bodyHtml == a.bodyHtml);
        CHECK(b.policyIds == a.policyIds);
        CHECK(b.effective == a.effective);
        CHECK(b.expires == a.expires);
        CHECK(b.status == a.status);
        CHECK(b.author == a.author);
        CHECK(b.version == a.version);
        CHECK(b.pinned == a.pinned);
    }
    REQUIRE(before.policies.size() == after.policies.size());
    for (qsizetype i = 0; i < before.policies.size(); ++i) {
        CHECK(after.policies.at(i).id == before.policies.at(i).id);
        CHECK(after.policies.at(i).number == before.policies.at(i).number);
        CHECK(after.policies.at(i).title == before.policies.at(i).title);
        CHECK(after.policies.at(i).issued == before.policies.at(i).issued);
        CHECK(after.policies.at(i).status == before.policies.at(i).status);
    }
    CHECK(after.categories == before.categories);
}

// The demo knowledge base plus what it lacks: every status, a pin, a link, odd characters, a category of our own.
KbPackage richPackage(KbStore& kb)
{
    kb.loadDemo();
    auto package = knowledge::snapshotKnowledge(*kb.store.db).value();
    package.categories << QStringLiteral("社保费: 问答/其他");
    package.policies.append({QStringLiteral("P-X"),
                             QStringLiteral("国家税务总局公告2023年第14号"),
                             QStringLiteral("关于办理2022年度个人所得税综合所得汇算清缴事项的公告"),
                             QDate(2023, 2, 2),
                             QStringLiteral("repealed"),
                             {}});
    ArticleRecord a = package.articles.first();
    a.id = QStringLiteral("X1");
    a.category = QStringLiteral("社保费: 问答/其他");
    a.title = QStringLiteral("标题里有*星号*、竖线|和“引号”: 还有冒号");
    a.tags = {QStringLiteral("社保"), QStringLiteral("[括号]")};
    a.similar = {QStringLiteral("\"引号开头的问法\""), QStringLiteral("# 井号开头")};
    a.bodyHtml =
        QStringLiteral("<h2>办理渠道</h2>\n<p>登录<a href=\"https://etax.chinatax.gov.cn/\">自然人电子税务局</a>，"
                       "选择<b>我要办税</b>，再点<i>综合所得年度汇算</i>。</p>\n<ol>\n<li>第一步</li>\n"
                       "<li>第二步：填写 1*2=2</li>\n</ol>\n<table><tr><td>无表头</td><td>a|b</td></tr></table>\n"
                       "<p>2024. 年度汇算开始</p>\n<p># 不是标题</p>");
    a.policyIds = {QStringLiteral("P-X")};
    a.effective = QDate(2024, 3, 1);
    a.expires = QDate(2024, 6, 30);
    a.status = knowledge::ArticleStatus::Draft;
    a.author = QStringLiteral("知识库编辑");
    a.version = 4;
    a.pinned = true;
    package.articles.append(a);
    package.articles[1].status = knowledge::ArticleStatus::Pending;
    package.articles[2].status = knowledge::ArticleStatus::Archived;
    package.articles[3].pinned = true;
    return package;
}

} // namespace

TEST_CASE("article bodies convert to Markdown headings, bold, lists, pipe tables and links, and back")
{
    const QString html = QStringLiteral(
        "<h3>税率表</h3>\n<p>居民个人的<b>综合所得</b>按年计税，详见<a "
        "href=\"https://www.chinatax.gov.cn/\">国家税务总局</a>。</p>\n"
        "<ul>\n<li>工资、薪金所得；</li>\n<li>劳务报酬所得。</li>\n</ul>\n<ol>\n<li>登录扣缴端；</"
        "li>\n<li>点【备份】。</li>\n</ol>\n"
        "<table><tr><th>级数</th><th>税率</th></tr><tr><td>1</td><td>3%</td></tr></table>\n<p>办&amp;查</p>");
    const QString md = knowledge::htmlToMarkdown(html);
    CHECK(md ==
          QStringLiteral(
              "### 税率表\n\n居民个人的**综合所得**按年计税，详见[国家税务总局](https://www.chinatax.gov.cn/)。\n\n"
              "- 工资、薪金所得；\n- 劳务报酬所得。\n\n1. 登录扣缴端；\n2. 点【备份】。\n\n"
              "| 级数 | 税率 |\n| --- | --- |\n| 1 | 3% |\n\n办&查"));
    CHECK(knowledge::markdownToHtml(md) == html);

    // Markdown typed by hand: loose forms and characters that need escaping.
    CHECK(knowledge::markdownToHtml(QStringLiteral("# 标题 #\n第一行\n第二行  \n第三行\n\n* 一\n* 二\n\n3) 三")) ==
          QStringLiteral("<h1>标题</h1>\n<p>第一行\n第二行<br>第三行</p>\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n"
                         "<ol start=\"3\">\n<li>三</li>\n</ol>"));
    CHECK(knowledge::markdownToHtml(QStringLiteral("a \\*b\\* <c> & d &amp; e")) ==
          QStringLiteral("<p>a *b* &lt;c&gt; &amp; d &amp; e</p>"));
    CHECK(knowledge::htmlToMarkdown(QStringLiteral("<p>1*2 [x] a|b &lt;c&gt; &amp;amp;</p><p>1. 不是列表</p>")) ==
          QStringLiteral("1\\*2 \\[x\\] a\\|b \\<c\\> \\&amp;\n\n1\\. 不是列表"));
    // Unknown markup keeps its text; nested lists are flattened.
    CHECK(knowledge::htmlToMarkdown(QStringLiteral("<div><span style=\"x\">甲</span></div><ul><li>a<ul><li>b</li></ul>"
                                                   "</li></ul>")) == QStringLiteral("甲\n\n- a\n- b"));
    CHECK(knowledge::markdownToHtml(QString()).isEmpty());
}

TEST_CASE("every body of the shipped demo knowledge base comes back from Markdown byte for byte")
{
    KbStore kb;
    kb.loadDemo();
    const auto package = knowledge::snapshotKnowledge(*kb.store.db).value();
    REQUIRE(package.articles.size() >= 150);
    int tables = 0;
    for (const ArticleRecord& a : package.articles) {
        CAPTURE(a.id);
        tables += a.bodyHtml.contains(QLatin1String("<table>")) ? 1 : 0;
        REQUIRE(knowledge::markdownToHtml(knowledge::htmlToMarkdown(a.bodyHtml)) == a.bodyHtml);
    }
    CHECK(tables > 3);
}

TEST_CASE("a JSON export imported into an empty store gives the same knowledge base, field by field")
{
    KbStore source;
    KbPackage package = richPackage(source);
    KbStore first;
    REQUIRE(knowledge::importKnowledge(*first.store.db, package, first.lead, first.ids, first.clock).ok());
    const KbPackage before = knowledge::snapshotKnowledge(*first.store.db).value();
    requireSameArticles(package, before);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kb.json"));
    auto exported = knowledge::exportKnowledgeJson(*first.store.db, file, first.clock);
    REQUIRE(exported.ok());
    CHECK(exported->articles == before.articles.size());
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    CHECK(json.contains("\"formatVersion\": 1"));
    CHECK(json.contains("\"format\": \"hotlinedesk-kb\""));

    KbStore second;
    auto imported = knowledge::importKnowledgeSource(*second.store.db, file, second.lead, second.ids, second.clock);
    INFO(message(imported).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->articles == before.articles.size());
    CHECK(imported->policies == before.policies.size());
    CHECK(imported->categories == 1);
    requireSameArticles(before, knowledge::snapshotKnowledge(*second.store.db).value());

    // Every article, its first version, its review-trail entry, the pins, policies and the category reach the outbox.
    const auto changes = sync::pendingChanges(second.store.db->connection(), 100000).value();
    const auto countOf = [&changes](const char* entity) {
        return std::count_if(changes.begin(), changes.end(),
                             [entity](const sync::Change& c) { return c.entity == QLatin1String(entity); });
    };
    CHECK(countOf("kb_article") == before.articles.size() + 2); // + the two pins
    CHECK(countOf("kb_article_version") == before.articles.size());
    CHECK(countOf("kb_article_event") == before.articles.size());
    CHECK(countOf("kb_policy") == before.policies.size());
    CHECK(countOf("kb_category") == 1);
}

TEST_CASE("a Markdown folder export imported into an empty store gives the same knowledge base")
{
    KbStore source;
    KbPackage package = richPackage(source);
    KbStore first;
    REQUIRE(knowledge::importKnowledge(*first.store.db, package, first.lead, first.ids, first.clock).ok());
    const KbPackage before = knowledge::snapshotKnowledge(*first.store.db).value();

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("kb"));
    auto exported = knowledge::exportKnowledgeMarkdown(*first.store.db, folder);
    REQUIRE(exported.ok());
    CHECK(QFile::exists(folder + QStringLiteral("/README.md")));
    CHECK(QFile::exists(folder + QStringLiteral("/policies.md")));
    CHECK(QDir(folder + QStringLiteral("/分项所得解读")).exists());
    // The odd title and category became safe names.
    CHECK(QFile::exists(folder + QStringLiteral("/社保费 问答其他/标题里有星号、竖线和“引号” 还有冒号.md")));
    int files = 0;
    QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    CHECK(files == before.articles.size() + 2);

    KbStore second;
    auto imported = knowledge::importKnowledgeSource(*second.store.db, folder, second.lead, second.ids, second.clock);
    INFO(message(imported).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->articles == before.articles.size());
    requireSameArticles(before, knowledge::snapshotKnowledge(*second.store.db).value());
}

TEST_CASE("re-importing updates changed articles with a new version and leaves identical ones alone")
{
    KbStore kb;
    kb.loadDemo();
    KbPackage package = knowledge::snapshotKnowledge(*kb.store.db).value();
    const int versions = kb.count("SELECT count(*) FROM kb_article_versions");
    auto same = knowledge::importKnowledge(*kb.store.db, package, kb.lead, kb.ids, kb.clock);
    REQUIRE(same.ok());
    CHECK(same->unchanged == package.articles.size());
    CHECK(same->articles + same->updated == 0);
    CHECK(kb.count("SELECT count(*) FROM kb_article_versions") == versions);

    package.articles[5].title += QStringLiteral("（2026年修订）");
    package.articles[6].pinned = true;
    ArticleRecord fresh = package.articles[7];
    fresh.id.clear(); // no id: a new article with the same title is allowed
    package.articles.append(fresh);
    const int changes = kb.changes();
    auto updated = knowledge::importKnowledge(*kb.store.db, package, kb.lead, kb.ids, kb.clock);
    INFO(message(updated).toStdString());
    REQUIRE(updated.ok());
    CHECK(updated->updated == 2);
    CHECK(updated->articles == 1);
    CHECK(kb.count("SELECT count(*) FROM kb_article_versions") == versions + 3);
    const auto stored = knowledge::KbRepository(kb.store.db->connection()).find(package.articles[5].id).value();
    REQUIRE(stored.has_value());
    CHECK(stored->title.endsWith(QStringLiteral("（2026年修订）")));
    CHECK(stored->version == 2);
    CHECK(kb.changes() > changes);
    CHECK(byId(knowledge::snapshotKnowledge(*kb.store.db).value()).value(package.articles[6].id).pinned);
}

TEST_CASE("a broken JSON file is refused with its line and the reason, naming the article and the field")
{
    KbStore kb;
    kb.loadDemo();
    KbPackage package = knowledge::snapshotKnowledge(*kb.store.db).value();
    package.articles = package.articles.mid(0, 12);
    for (ArticleRecord& a : package.articles) { // every field present, so the n-th occurrence is the n-th article's
        a.effective = QDate();
        a.expires = QDate();
        a.status = knowledge::ArticleStatus::Published;
        a.version = 1;
        a.pinned = false;
        a.tags = {QStringLiteral("标签")};
        a.policyIds = {package.policies.first().id};
    }
    const QString good = QString::fromUtf8(knowledge::knowledgeToJson(package, kb.clock.now()).value());
    const QString twelfth = package.articles.at(11).title;
    KbStore target;
    // Replaces the n-th occurrence (0-based) of `from`; returns the text and the 1-based line where it was.
    const auto tamper = [](const QString& text, const QString& from, const QString& to, int occurrence) {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i) {
            at = text.indexOf(from, at + 1);
            REQUIRE(at >= 0);
        }
        return std::pair{QString(text).replace(at, from.size(), to), static_cast<int>(text.left(at).count(u'\n')) + 1};
    };
    const auto refusal = [&target](const QString& text) {
        auto parsed = knowledge::knowledgeFromJson(text.toUtf8());
        auto r =
            parsed ? knowledge::importKnowledge(*target.store.db, parsed.value(), target.lead, target.ids, target.clock)
                   : Result<knowledge::ImportSummary>(parsed.error());
        REQUIRE_FALSE(r.ok());
        CHECK(target.articles() == 0);
        return r.error().message;
    };
    struct Case {
        QString from;
        QString to;
        QString says;
    };
    const QList<Case> cases{
        {QStringLiteral("\"effective\": null"), QStringLiteral("\"effective\": \"2023-02-30\""),
         QStringLiteral("\"2023-02-30\" is not a date")},
        {QStringLiteral("\"expires\": null"), QStringLiteral("\"expires\": \"明年\""),
         QStringLiteral("\"明年\" is not a date")},
        {QStringLiteral("\"category\": \""), QStringLiteral("\"category\": \"不存在的分类"),
         QStringLiteral("unknown category \"不存在的分类")},
        {QStringLiteral("\"policies\": ["), QStringLiteral("\"policies\": [\"P999\", "),
         QStringLiteral("cites policy P999")},
        {QStringLiteral("\"status\": \"published\""), QStringLiteral("\"status\": \"已发布\""),
         QStringLiteral("\"已发布\" is not a status")},
        {QStringLiteral("\"tags\": ["), QStringLiteral("\"tags\": [5, "),
         QStringLiteral("\"tags\" must be a list of texts")},
        {QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": 0"), QStringLiteral("\"version\" must be")},
        {QStringLiteral("\"pinned\": false"), QStringLiteral("\"pinned\": \"否\""),
         QStringLiteral("\"pinned\" must be true or false")},
        {QStringLiteral("\"pinned\": false"), QStringLiteral("\"expiry\": \"2020-01-01\", \"pinned\": false"),
         QStringLiteral("unknown field \"expiry\"")},
        {QStringLiteral("\"body\": \""), QStringLiteral("\"body\": \"<p> </p>\", \"x\": \""),
         QStringLiteral("unknown field \"x\"")},
        {QStringLiteral("\"id\": \"") + package.articles.at(11).id + QLatin1Char('"'),
         QStringLiteral("\"id\": \"") + package.articles.at(2).id + QLatin1Char('"'),
         QStringLiteral("is already used by article 3")},
    };
    for (const Case& c : cases) {
        CAPTURE(c.from, c.to);
        const bool idCase = c.from.contains(package.articles.at(11).id);
        const auto [text, line] = tamper(good, c.from, c.to, idCase ? 0 : 11);
        const QString said = refusal(text);
        CAPTURE(said);
        CHECK(said.contains(c.says));
        CHECK(said.startsWith(QStringLiteral("Line %1, article 12 《%2》: ").arg(line).arg(twelfth)));
    }
    // A policy document is named as one.
    const auto repealed =
        tamper(good, QStringLiteral("\"status\": \"effective\""), QStringLiteral("\"status\": \"废止\""), 0);
    CHECK(refusal(repealed.first)
              .startsWith(QStringLiteral("Line %1, policy document 1 《%2》: \"废止\" is not a policy status")
                              .arg(repealed.second)
                              .arg(package.policies.first().title)));
    // The expiry date before the effective date: named at the expiry's line.
    KbPackage backwards = package;
    backwards.articles[11].effective = QDate(2001, 1, 1);
    backwards.articles[11].expires = QDate(2000, 1, 1);
    const QString reversed = QString::fromUtf8(knowledge::knowledgeToJson(backwards, kb.clock.now()).value());
    const int expiresLine =
        static_cast<int>(reversed.left(reversed.indexOf(QStringLiteral("\"2000-01-01\""))).count(u'\n')) + 1;
    CHECK(refusal(reversed) ==
          QStringLiteral("Line %1, article 12 《%2》: the expiry date 2000-01-01 is before the effective "
                         "date 2001-01-01.")
              .arg(expiresLine)
              .arg(twelfth));
    // An empty title is named by its line too.
    const auto untitled = tamper(good, QStringLiteral("\"title\": \"") + twelfth, QStringLiteral("\"title\": \""), 0);
    CHECK(refusal(untitled.first) == QStringLiteral("Line %1, article 12: the title is empty.").arg(untitled.second));

    // Syntax: line and column.
    auto broken = knowledge::knowledgeFromJson("{\n  \"articles\": [\n    {\"id\": \"A\",, }\n]}");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.startsWith(QStringLiteral("Line 3, column 16: ")));
    auto chinese = knowledge::knowledgeFromJson("{\"articles\": [\n{\"title\": \"中文标题\" \"x\"}]}");
    REQUIRE_FALSE(chinese.ok());
    CAPTURE(chinese.error().message);
    CHECK(chinese.error().message.startsWith(QStringLiteral("Line 2, column 18: ")));
    auto newer =
        knowledge::knowledgeFromJson("{\"format\": \"hotlinedesk-kb\", \"formatVersion\": 2, \"articles\": []}");
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.contains(QStringLiteral("format version 2")));
    CHECK_FALSE(knowledge::knowledgeFromJson("{\"format\": \"other\", \"articles\": []}").ok());
    CHECK_FALSE(knowledge::knowledgeFromJson("[]").ok());
    // A byte-order mark and Windows line ends are fine; lines still count right.
    CHECK(knowledge::knowledgeFromJson("\xEF\xBB\xBF{\"articles\": []}").ok());
    auto crlf = knowledge::knowledgeFromJson("\xEF\xBB\xBF{\r\n\"articles\": [\r\n{\"id\": 1}]}");
    REQUIRE_FALSE(crlf.ok());
    CHECK(crlf.error().message.startsWith(QStringLiteral("Line 3, article 1: \"id\" must be a text.")));
}

TEST_CASE("a failure or a cancel on the last article leaves the store exactly as it was")
{
    KbStore kb;
    kb.loadDemo();
    KbPackage package = knowledge::snapshotKnowledge(*kb.store.db).value();
    for (ArticleRecord& a : package.articles) {
        a.id += QStringLiteral("-copy");
        a.title += QStringLiteral("（副本）");
    }
    const int articles = kb.articles();
    const int changes = kb.changes();
    const int versions = kb.count("SELECT count(*) FROM kb_article_versions");
    const int events = kb.count("SELECT count(*) FROM kb_article_events");

    KbPackage badLast = package;
    badLast.articles.last().category = QStringLiteral("没有的分类");
    auto refused = knowledge::importKnowledge(*kb.store.db, badLast, kb.lead, kb.ids, kb.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("article %1").arg(package.articles.size())));

    // The store itself fails while writing the last article (after all the others were written): all rolled back.
    REQUIRE(db::exec(kb.store.db->connection(),
                     QStringLiteral("CREATE TEMP TRIGGER fail_last BEFORE INSERT ON kb_articles WHEN new.id = '%1' "
                                    "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END")
                         .arg(package.articles.last().id))
                .ok());
    auto failed = knowledge::importKnowledge(*kb.store.db, package, kb.lead, kb.ids, kb.clock);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("simulated disk failure")));
    CHECK(failed.error().message.contains(QStringLiteral("article %1").arg(package.articles.size())));
    CHECK(kb.articles() == articles);
    CHECK(kb.changes() == changes);
    REQUIRE(db::exec(kb.store.db->connection(), QStringLiteral("DROP TRIGGER temp.fail_last")).ok());

    int seen = 0;
    auto cancelled =
        knowledge::importKnowledge(*kb.store.db, package, kb.lead, kb.ids, kb.clock, [&seen](int done, int total) {
            seen = done;
            return done < total; // cancel on the very last one
        });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(seen == package.articles.size());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    CHECK(kb.articles() == articles);
    CHECK(kb.changes() == changes);
    CHECK(kb.count("SELECT count(*) FROM kb_article_versions") == versions);
    CHECK(kb.count("SELECT count(*) FROM kb_article_events") == events);
    CHECK(kb.count("SELECT count(*) FROM kb_fts WHERE kb_fts MATCH '副本'") == 0);
}

TEST_CASE("only team leads and administrators import, as the stored role says")
{
    KbStore kb;
    KbStore source;
    const KbPackage package = richPackage(source);
    for (const security::Operator* who : {&kb.agent, &kb.author}) {
        auto r = knowledge::importKnowledge(*kb.store.db, package, *who, kb.ids, kb.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
    security::Operator claimed = kb.agent;
    claimed.role = security::Role::Admin; // a role held in hand is not believed
    CHECK(knowledge::importKnowledge(*kb.store.db, package, claimed, kb.ids, kb.clock).error().code ==
          ErrorCode::Forbidden);
    CHECK(kb.articles() == 0);
    auto ok = knowledge::importKnowledge(*kb.store.db, package, kb.lead, kb.ids, kb.clock);
    REQUIRE(ok.ok());
    // Authors the store knows keep their articles; others' articles are the importer's; reviewed ones his to vouch.
    const auto stored = knowledge::KbRepository(kb.store.db->connection()).find(QStringLiteral("X1")).value();
    CHECK(stored->authorId == kb.author.id);
    CHECK(stored->reviewerId.isEmpty()); // a draft
    const auto published = knowledge::KbRepository(kb.store.db->connection()).find(package.articles.at(10).id).value();
    CHECK(published->authorId == kb.author.id);
    CHECK(published->reviewerId == kb.lead.id);
}

TEST_CASE("file names made from titles are safe, short and unique")
{
    using knowledge::safeFileName;
    CHECK(safeFileName(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j"), QStringLiteral("x")) == QStringLiteral("abcdefghij"));
    CHECK(safeFileName(QStringLiteral("  ..年终奖\t怎么\n计税?.  "), QStringLiteral("x")) ==
          QStringLiteral("年终奖 怎么 计税"));
    CHECK(safeFileName(QStringLiteral("???"), QStringLiteral("KB0001")) == QStringLiteral("KB0001"));
    CHECK(safeFileName(QStringLiteral("CON"), QStringLiteral("x")) == QStringLiteral("CON_"));
    CHECK(safeFileName(QStringLiteral("nul.txt"), QStringLiteral("x")) == QStringLiteral("nul.txt_"));
    CHECK(safeFileName(QString(100, QChar(0x7A0E)), QStringLiteral("x")).size() == 60);
    CHECK(safeFileName(QStringLiteral("a") + QString::fromUcs4(U"𠀀𠀀"), QStringLiteral("x"), 2) ==
          QStringLiteral("a"));

    KbPackage p;
    for (int i = 0; i < 3; ++i) {
        ArticleRecord a;
        a.id = QStringLiteral("A%1").arg(i);
        a.category = QStringLiteral("热点问题");
        a.title = i == 2 ? QStringLiteral("同一个标题?") : QStringLiteral("同一个标题");
        a.bodyHtml = QStringLiteral("<p>正文</p>");
        p.articles << a;
    }
    QTemporaryDir dir;
    REQUIRE(knowledge::writeMarkdownFolder(p, dir.path()).value() == 3);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("热点问题/同一个标题.md"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("热点问题/同一个标题 (2).md"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("热点问题/同一个标题 (3).md"))));
    // Never into a folder that holds something; a cancelled export leaves the folder empty.
    auto again = knowledge::writeMarkdownFolder(p, dir.path());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("not empty")));
    QTemporaryDir empty;
    auto cancelled = knowledge::writeMarkdownFolder(p, empty.path(), [](int done, int) { return done < 2; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(QDir(empty.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
}

TEST_CASE("a broken Markdown folder is refused with the file, the line and the reason")
{
    KbStore kb;
    QTemporaryDir dir;
    const QString article =
        QStringLiteral("---\nid: M1\ntitle: 年终奖怎么计税\ncategory: 分项所得解读\ntags:\n  - 年终奖\n"
                       "effective: 2024-01-01\nexpires:\nstatus: published\n---\n\n正文**加粗**。\n");
    const auto write = [&dir](const QString& relative, const QString& text) {
        QDir().mkpath(QFileInfo(dir.filePath(relative)).path());
        QFile f(dir.filePath(relative));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    write(QStringLiteral("分项所得解读/a.md"), article);
    auto good = knowledge::importKnowledgeSource(*kb.store.db, dir.path(), kb.lead, kb.ids, kb.clock);
    INFO(message(good).toStdString());
    REQUIRE(good.ok());
    CHECK(knowledge::KbRepository(kb.store.db->connection()).find(QStringLiteral("M1")).value()->bodyHtml ==
          QStringLiteral("<p>正文<b>加粗</b>。</p>"));

    // Written by hand: no id (a new article), an inline list, a quoted title, Windows line ends, a comment line.
    write(QStringLiteral("热点问题/新问题.md"),
          QStringLiteral("---\r\nid:\r\ntitle: \"扣缴端: 密码忘了怎么办？\"\r\ncategory: 热点问题\r\n# 备注行\r\n"
                         "tags: [申报密码, 重置]\r\n---\r\n\r\n1. 打开扣缴端\r\n2. 点**忘记密码**\r\n"));
    auto handWritten = knowledge::importKnowledgeSource(*kb.store.db, dir.path(), kb.lead, kb.ids, kb.clock);
    INFO(message(handWritten).toStdString());
    REQUIRE(handWritten.ok());
    CHECK(handWritten->articles == 1);
    CHECK(handWritten->unchanged == 1);
    const auto all = byId(knowledge::snapshotKnowledge(*kb.store.db).value());
    const auto added =
        std::find_if(all.begin(), all.end(), [](const ArticleRecord& a) { return a.id != QLatin1String("M1"); });
    REQUIRE(added != all.end());
    CHECK_FALSE(added->id.isEmpty());
    CHECK(added->title == QStringLiteral("扣缴端: 密码忘了怎么办？"));
    CHECK(added->tags == QStringList{QStringLiteral("申报密码"), QStringLiteral("重置")});
    CHECK(added->bodyHtml == QStringLiteral("<ol>\n<li>打开扣缴端</li>\n<li>点<b>忘记密码</b></li>\n</ol>"));
    CHECK(added->author == QStringLiteral("王组长")); // no author given: the importer
    QFile::remove(dir.filePath(QStringLiteral("热点问题/新问题.md")));

    struct Case {
        QString text;
        QString says;
    };
    const QList<Case> cases{
        {QStringLiteral("id: M2\n---\n正文"),
         QStringLiteral("分项所得解读/b.md, line 1: the file must start with a front-matter")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\n正文"),
         QStringLiteral("b.md, line 5: cannot read this front-matter line")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\n"),
         QStringLiteral("b.md, line 5: the front-matter block is not closed")},
        {QStringLiteral("---\nid: M2\ncategory: 热点问题\n---\n正文"),
         QStringLiteral("b.md, line 1: the front matter has no \"title\"")},
        {QStringLiteral("---\nid: M2\ntitle:\ncategory: 热点问题\n---\n正文"),
         QStringLiteral("b.md, line 3: the title is empty")},
        {QStringLiteral("---\nid: M2\ntitle: t\n\ncategory: 不存在\n---\n正文"),
         QStringLiteral("b.md, line 5: unknown category \"不存在\"")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\nexpires: 2024-13-01\n---\n正文"),
         QStringLiteral("b.md, line 5: \"2024-13-01\" is not a date")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\nexpiry: 2024-01-01\n---\n正文"),
         QStringLiteral("b.md, line 5: unknown field \"expiry\"")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\ntags: 年终奖\n---\n正文"),
         QStringLiteral("b.md, line 5: \"tags\" is a list")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\npolicies:\n  - P404\n---\n正文"),
         QStringLiteral("b.md, line 5: it cites policy P404")},
        {QStringLiteral("---\nid: M1\ntitle: t\ncategory: 热点问题\n---\n正文"),
         QStringLiteral("b.md, line 2: the id \"M1\" is already used by article 1")},
        {QStringLiteral("---\nid: M2\ntitle: \"未闭合\ncategory: 热点问题\n---\n正文"),
         QStringLiteral("b.md, line 3: a quoted value is not closed")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\nstatus: 草稿\n---\n正文"),
         QStringLiteral("b.md, line 5: \"草稿\" is not a status")},
        {QStringLiteral("---\nid: M2\ntitle: t\ncategory: 热点问题\n---\n"),
         QStringLiteral("b.md, line 1: the body is empty")},
    };
    const int articles = kb.articles();
    for (const Case& c : cases) {
        CAPTURE(c.text);
        write(QStringLiteral("分项所得解读/b.md"), c.text);
        auto r = knowledge::importKnowledgeSource(*kb.store.db, dir.path(), kb.lead, kb.ids, kb.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(c.says));
        CHECK(kb.articles() == articles);
    }
    QFile::remove(dir.filePath(QStringLiteral("分项所得解读/b.md")));
    write(QStringLiteral("policies.md"),
          QStringLiteral("# 政策\n\n| id | number | title | issued | status |\n| --- | --- | --- | --- | --- |\n"
                         "| P1 | 文号 | 标题 | 2023-08-18 | effective |\n| P2 | 只有三格 | x |\n"));
    auto policies = knowledge::importKnowledgeSource(*kb.store.db, dir.path(), kb.lead, kb.ids, kb.clock);
    REQUIRE_FALSE(policies.ok());
    CHECK(policies.error().message.startsWith(QStringLiteral("policies.md, line 6: a row needs 5 cells")));
    write(QStringLiteral("README.md"), QStringLiteral("---\nformat: hotlinedesk-kb-markdown\nformatVersion: 9\n---\n"));
    auto newer = knowledge::importKnowledgeSource(*kb.store.db, dir.path(), kb.lead, kb.ids, kb.clock);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.startsWith(QStringLiteral("README.md, line 3: ")));
    CHECK(kb.articles() == articles);
}

TEST_CASE("hotlinedesk-cli kb export and import: exit codes, errors on stderr, acting operator")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString source = dir.filePath(QStringLiteral("source.db"));
    const QString target = dir.filePath(QStringLiteral("target.db"));
    {
        auto db = db::Database::open(source).value();
        SequentialIdGenerator ids;
        ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
        security::OperatorRepository ops(db->connection());
        const auto tech = ops.create(QStringLiteral("编辑"), security::Role::Technician, ids, clock).value();
        REQUIRE(knowledge::importKnowledgeJson(*db, knowledge::demoKnowledgeJson(), tech.id, tech.id, ids, clock).ok());
        auto target_db = db::Database::open(target).value();
        security::OperatorRepository targetOps(target_db->connection());
        REQUIRE(targetOps.create(QStringLiteral("王组长"), security::Role::TeamLead, ids, clock).ok());
        REQUIRE(targetOps.create(QStringLiteral("黄晓雯"), security::Role::Agent, ids, clock).ok());
    }
    const QString json = dir.filePath(QStringLiteral("kb.json"));
    const QString folder = dir.filePath(QStringLiteral("md"));
    auto exported = hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--json"),
                                           json, QStringLiteral("--db"), source},
                                          data);
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("exported 170 articles")));
    CHECK(hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--markdown"), folder,
                                 QStringLiteral("--db"), source},
                                data)
              .exitCode == 0);
    CHECK(hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--db"), source}, data)
              .exitCode == 2);
    auto notEmpty = hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--markdown"),
                                           folder, QStringLiteral("--db"), source},
                                          data);
    CHECK(notEmpty.exitCode == 1);
    CHECK(notEmpty.err.contains(QStringLiteral("not empty")));

    // Nobody logged in at the target: the operator must be named; an agent is refused; the lead imports.
    auto nobody = hotline::test::runCli(
        {QStringLiteral("kb"), QStringLiteral("import"), json, QStringLiteral("--db"), target}, data);
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.contains(QStringLiteral("--as")));
    auto agent = hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("import"), json, QStringLiteral("--db"),
                                        target, QStringLiteral("--as"), QStringLiteral("黄晓雯")},
                                       data);
    CHECK(agent.exitCode == 3);
    CHECK_FALSE(agent.err.isEmpty());
    QFile f(json);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray broken = f.readAll();
    f.close();
    broken.replace(broken.lastIndexOf("\"version\": 1"), 12, "\"version\": \"1\"");
    const QString brokenPath = dir.filePath(QStringLiteral("broken.json"));
    QFile b(brokenPath);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write(broken);
    b.close();
    auto refused =
        hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("import"), brokenPath, QStringLiteral("--db"),
                               target, QStringLiteral("--as"), QStringLiteral("王组长")},
                              data);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QRegularExpression(QStringLiteral("^error: Line \\d+, article 170 《"))));
    CHECK(refused.out.isEmpty());
    auto imported =
        hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("import"), folder, QStringLiteral("--db"), target,
                               QStringLiteral("--as"), QStringLiteral("王组长")},
                              data);
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("imported 170 new articles")));
    auto again = hotline::test::runCli({QStringLiteral("kb"), QStringLiteral("import"), json, QStringLiteral("--db"),
                                        target, QStringLiteral("--as"), QStringLiteral("王组长")},
                                       data);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("unchanged 170")));
}
