#include "knowledge/kbquery.h"
#include "testsupport.h"
#include "text/cjktokenizer.h"
#include "text/csv.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace hotline;

TEST_CASE("word mode keeps Latin letters and digits whole and cuts Han text into bigrams")
{
    CHECK(text::tokens(QStringLiteral("个税汇算"), text::TokenMode::Words) ==
          QStringList{QStringLiteral("个税"), QStringLiteral("税汇"), QStringLiteral("汇算")});
    CHECK(text::tokens(QStringLiteral("3岁以下 CA证书 ＡＢＣ12366"), text::TokenMode::Words) ==
          QStringList{QStringLiteral("3"), QStringLiteral("岁以"), QStringLiteral("以下"), QStringLiteral("ca"),
                      QStringLiteral("证书"), QStringLiteral("abc12366")});
    CHECK(text::tokens(QStringLiteral("0771"), text::TokenMode::Fragments) ==
          QStringList{QStringLiteral("07"), QStringLiteral("77"), QStringLiteral("71")});
}

TEST_CASE("keyword queries need every term and accept its synonyms")
{
    knowledge::Synonyms syn;
    syn.addGroup({QStringLiteral("个税"), QStringLiteral("个人所得税")});
    CHECK(knowledge::matchExpression(QStringLiteral("个税  汇算"), knowledge::QueryMode::Keywords, syn) ==
          QStringLiteral("(\"个税\" OR \"个人所得税\") AND \"汇算\""));
    CHECK(knowledge::matchExpression(QStringLiteral(" ，。"), knowledge::QueryMode::Keywords, syn).isEmpty());
}

TEST_CASE("a whole question matches any of its words and any of their synonyms as a phrase")
{
    knowledge::Synonyms syn;
    syn.addGroup({QStringLiteral("年终奖"), QStringLiteral("全年一次性奖金")});
    const QString m = knowledge::matchExpression(QStringLiteral("年终奖怎么算"), knowledge::QueryMode::Question, syn);
    CHECK(m.contains(QStringLiteral("\"年终\" OR \"终奖\"")));
    CHECK(m.contains(QStringLiteral("\"全年一次性奖金\"")));
    CHECK_FALSE(m.contains(QStringLiteral("\"一次\""))); // a long synonym is one term, not its bigrams
    CHECK(m.count(QStringLiteral("\"年终\"")) == 1);
}

TEST_CASE("a question leaves out the words too many articles hold, unless nothing else is left")
{
    const knowledge::Synonyms none;
    const QString m = knowledge::matchExpression(QStringLiteral("纳税人抗癌药物"), knowledge::QueryMode::Question, none,
                                                 {QStringLiteral("纳税"), QStringLiteral("税人")});
    CHECK_FALSE(m.contains(QStringLiteral("\"纳税\"")));
    CHECK(m.contains(QStringLiteral("\"抗癌\"")));
    const QString all = knowledge::matchExpression(QStringLiteral("纳税"), knowledge::QueryMode::Question, none,
                                                   {QStringLiteral("纳税")});
    CHECK(all == QStringLiteral("\"纳税\""));
    // Keyword queries keep every word: the agent typed each one.
    CHECK(knowledge::matchExpression(QStringLiteral("纳税"), knowledge::QueryMode::Keywords, none,
                                     {QStringLiteral("纳税")}) == QStringLiteral("\"纳税\""));
}

TEST_CASE("searching an index in word mode finds two-character words, synonyms and whole numbers")
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kb-words"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    REQUIRE(db.open());
    REQUIRE(text::registerCjkTokenizer(*static_cast<sqlite3* const*>(db.driver()->handle().constData())));
    {
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("CREATE VIRTUAL TABLE kb USING fts5(title, body, tokenize='hotline_cjk words')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO kb (rowid, title, body) VALUES (1, '个人所得税年度汇算怎么办理', "
                                      "'每年3月1日至6月30日办理'), (2, '扣缴客户端如何备份', '系统设置中备份恢复'), "
                                      "(3, '12366热线', '拨打12366')")));
        auto find = [&db](const QString& input, knowledge::QueryMode mode) {
            QSqlQuery s(db);
            s.prepare(QStringLiteral("SELECT rowid FROM kb WHERE kb MATCH ? ORDER BY rank"));
            s.addBindValue(knowledge::matchExpression(input, mode, knowledge::Synonyms::builtin()));
            REQUIRE(s.exec());
            QList<int> ids;
            while (s.next()) {
                ids << s.value(0).toInt();
            }
            return ids;
        };
        CHECK(find(QStringLiteral("个税 汇算"), knowledge::QueryMode::Keywords) == QList<int>{1});
        CHECK(find(QStringLiteral("扣缴端 备份"), knowledge::QueryMode::Keywords) == QList<int>{2});
        CHECK(find(QStringLiteral("12366"), knowledge::QueryMode::Keywords) == QList<int>{3});
        CHECK(find(QStringLiteral("1236"), knowledge::QueryMode::Keywords).isEmpty()); // numbers are whole words here
        CHECK(find(QStringLiteral("扣缴端的数据怎么备份呢"), knowledge::QueryMode::Question).value(0) == 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("kb-words"));
}

TEST_CASE("CSV fields may hold quotes, commas and line breaks, and broken files name the line")
{
    auto rows = text::parseCsv(QStringLiteral("a,b,c\r\n\"x, \"\"y\"\"\",\"two\nlines\",\n"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1) == QStringList{QStringLiteral("x, \"y\""), QStringLiteral("two\nlines"), QString()});
    auto open = text::parseCsv(QStringLiteral("a\n\"never closed\nb\n"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message.contains(QStringLiteral("Line 2")));
    auto stray = text::parseCsv(QStringLiteral("a\nab\"c\n"));
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().message.contains(QStringLiteral("Line 2")));
    auto trailing = text::parseCsv(QStringLiteral("\"a\"b\n"));
    REQUIRE_FALSE(trailing.ok());
}
