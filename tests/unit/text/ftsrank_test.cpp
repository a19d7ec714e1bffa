#include "text/cjktokenizer.h"
#include "text/ftsrank.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace hotline;

namespace {

struct Index {
    QSqlDatabase db;

    explicit Index(const QString& name)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        sqlite3* h = *static_cast<sqlite3* const*>(db.driver()->handle().constData());
        REQUIRE(text::registerCjkTokenizer(h));
        REQUIRE(text::registerRankFunction(h));
        QSqlQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("CREATE VIRTUAL TABLE kb USING fts5(title, similar, body, tokenize='hotline_cjk words')")));
        add(1, QStringLiteral("个人所得税年度汇算怎么办理"), QStringLiteral("汇算清缴怎么办"),
            QStringLiteral("每年3月1日至6月30日办理年度汇算，综合所得汇算。"));
        add(2, QStringLiteral("扣缴客户端如何备份"), QString(), QStringLiteral("系统设置中备份恢复，扣缴端数据备份。"));
        add(3, QStringLiteral("子女教育专项附加扣除标准"), QStringLiteral("子女教育扣除多少"),
            QStringLiteral("每个子女每月2000元定额扣除。"));
        add(4, QStringLiteral("大病医疗扣除"), QString(), QStringLiteral("在年度汇算时扣除，限额80000元。"));
    }
    ~Index()
    {
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    void add(int rowid, const QString& title, const QString& similar, const QString& body)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO kb (rowid, title, similar, body) VALUES (?, ?, ?, ?)"));
        q.addBindValue(rowid);
        q.addBindValue(title);
        q.addBindValue(similar);
        q.addBindValue(body);
        REQUIRE(q.exec());
    }

    // (rowid, FTS5's bm25, hotline_bm25) of every row the expression matches.
    QList<std::tuple<int, double, double>> scores(const QString& expression)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT rowid, bm25(kb, 10.0, 6.0, 1.0), hotline_bm25(kb, 10.0, 6.0, 1.0, ?) "
                                 "FROM kb WHERE kb MATCH ? ORDER BY rowid"));
        q.addBindValue(expression);
        q.addBindValue(expression);
        REQUIRE(q.exec());
        QList<std::tuple<int, double, double>> out;
        while (q.next()) {
            out.append({q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toDouble()});
        }
        return out;
    }
};

void checkSame(Index& index, const QString& expression, int expectedRows)
{
    CAPTURE(expression.toStdString());
    const auto rows = index.scores(expression);
    CHECK(rows.size() == expectedRows);
    for (const auto& [rowid, builtin, ours] : rows) {
        CAPTURE(rowid);
        CHECK(ours == Approx(builtin).epsilon(1e-12));
        CHECK(ours < 0); // lower is better, as FTS5's
    }
}

} // namespace

TEST_CASE("hotline_bm25 ranks exactly as FTS5's bm25, query after query")
{
    Index index(QStringLiteral("rank-same"));
    checkSame(index, QStringLiteral("\"汇算\" OR \"扣除\""), 3);
    checkSame(index, QStringLiteral("\"汇算\" OR \"扣除\""), 3); // again, from the kept counts
    checkSame(index, QStringLiteral("(\"子女\" OR \"扣除\") AND (\"子女\")"), 1);
    checkSame(index, QStringLiteral("\"扣\"* OR \"备份\""), 3);
    checkSame(index, QStringLiteral("\"年度汇算\" OR \"2000\""), 3);
}

TEST_CASE("hotline_bm25 counts again after rows change")
{
    Index index(QStringLiteral("rank-writes"));
    checkSame(index, QStringLiteral("\"汇算\" OR \"备份\""), 3);
    index.add(5, QStringLiteral("汇算退税多久到账"), QString(), QStringLiteral("汇算退税审核后到账。"));
    checkSame(index, QStringLiteral("\"汇算\" OR \"备份\""), 4);
    // An update that keeps the row count: the total token count moves, so the counts are taken again.
    QSqlQuery q(index.db);
    REQUIRE(q.exec(QStringLiteral("UPDATE kb SET body = '汇算汇算，备份备份，又是备份。' WHERE rowid = 3")));
    checkSame(index, QStringLiteral("\"汇算\" OR \"备份\""), 5);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM kb WHERE rowid = 1")));
    checkSame(index, QStringLiteral("\"汇算\" OR \"备份\""), 4);
}

TEST_CASE("hotline_bm25 ranks without the kept counts when the expression does not name the phrases")
{
    Index index(QStringLiteral("rank-bare"));
    checkSame(index, QStringLiteral("汇算 OR 备份"), 3); // bare words: no quoted phrases to find the counts by
    checkSame(index, QStringLiteral("\"汇算\" OR 备份"), 3);
    QSqlQuery q(index.db);
    CHECK_FALSE(q.exec(QStringLiteral("SELECT hotline_bm25(kb) FROM kb WHERE kb MATCH '汇算'")));
    CHECK(q.lastError().text().contains(QStringLiteral("expression is missing")));
}
