#include "satisfaction/surveyimport.h"
#include "satisfactionfixture.h"

using namespace hotline;
using namespace hotline::satisfaction;
using hotline::test::beijing;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

// Three work orders: 李娜's on call CALL-1001 at 09:00, 王强's at 10:30 and 李娜's at 11:00 from the same mobile.
struct ImportFixture : hotline::test::SatisfactionFixture {
    ImportFixture()
    {
        woA = workOrder(agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"),
                        QStringLiteral("CALL-1001"));
        woB = workOrder(colleague, QStringLiteral("2025-09-30 10:30"), QStringLiteral("139 0771 1234"));
        woC = workOrder(agent, QStringLiteral("2025-09-30 11:00"), QStringLiteral("139 0771 1234"));
        clock.set(beijing(QStringLiteral("2025-10-01 08:00")));
    }
    Result<ImportReport> run(const QByteArray& bytes, const security::Operator& by, const ImportProgress& p = {})
    {
        SurveyImporter importer(store.db->connection(), clock, ids);
        auto r = importer.importBytes(bytes, QStringLiteral("survey-0930.csv"), by, p);
        if (!r) {
            UNSCOPED_INFO(r.error().message.toStdString());
        }
        return r;
    }
    QString matchOf(const QString& dedupKey)
    {
        QSqlQuery q(store.db->connection());
        q.prepare(QStringLiteral("SELECT coalesce(work_order_id, '-') || '/' || coalesce(match_method, '-') "
                                 "FROM satisfaction_surveys WHERE dedup_key = ?"));
        q.addBindValue(dedupKey);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    QString woA, woB, woC;
};

qint64 ms(const char* beijingTime)
{
    return beijing(QString::fromUtf8(beijingTime)).toMSecsSinceEpoch();
}

const char* kGoodAndBad = "call_id,caller,time,rating\n"
                          "CALL-1001,07715551234,2025-09-30 09:12:00,5\n" // line 2: by call id → A
                          ",13907711234,2025-09-30 10:40,基本满意\n"      // 3: nearest is B (10 min)
                          ",13907711234,2025-09-30 10:50,3\n"             // 4: nearest is C (10 min)
                          ",13600000000,2025-09-30 10:40,1\n"             // 5: nobody → unmatched
                          "CALL-9999,,2025-09-30 12:00,不满意\n"          // 6: unknown call, no caller
                          ",13907711234,2025-09-30 14:00,4\n"             // 7: 3 h after C: outside the window
                          "CALL-2001,,2025-09-30 09:00,6\n"               // 8: bad rating
                          "CALL-2002,,2025-13-40 09:00,满意\n"            // 9: bad time
                          ",,2025-09-30 09:00,满意\n"                     // 10: neither
                          "\n"                                            // 11: blank
                          "CALL-2003,,not a time,好\n"                    // 12: two reasons
                          "\"CALL-3001\",\"0771-5550000\",\"2025/9/30 9:30:05\",\"满意\"\n"; // 13: quoted, unmatched

} // namespace

TEST_CASE("survey import: good rows stored and matched, every bad row reported with its line and reason")
{
    ImportFixture f;
    auto r = f.run(utf8(kGoodAndBad), f.lead);
    REQUIRE(r.ok());
    CHECK(r->rows == 11);
    CHECK(r->imported == 7);
    CHECK(r->duplicates == 0);
    CHECK(r->matched == 3);
    CHECK(r->unmatched() == 4);
    REQUIRE(r->failed() == 4);
    CHECK(r->failures[0].line == 8);
    CHECK(r->failures[0].reason.contains(QStringLiteral("\"6\"")));
    CHECK(r->failures[1].line == 9);
    CHECK(r->failures[1].reason.contains(QStringLiteral("2025-13-40")));
    CHECK(r->failures[2].line == 10);
    CHECK(r->failures[2].reason.contains(QStringLiteral("neither a call id nor a caller number")));
    CHECK(r->failures[3].line == 12);
    CHECK(r->failures[3].reason.contains(QStringLiteral("not a time")));
    CHECK(r->failures[3].reason.contains(QStringLiteral("\"好\"")));

    CHECK(f.matchOf(QStringLiteral("call:CALL-1001")) == f.woA + QStringLiteral("/call_id"));
    CHECK(f.matchOf(QStringLiteral("caller:13907711234@%1").arg(ms("2025-09-30 10:40"))) ==
          f.woB + QStringLiteral("/caller_window"));
    CHECK(f.matchOf(QStringLiteral("caller:13907711234@%1").arg(ms("2025-09-30 10:50"))) ==
          f.woC + QStringLiteral("/caller_window"));
    CHECK(f.matchOf(QStringLiteral("caller:13600000000@%1").arg(ms("2025-09-30 10:40"))) == QStringLiteral("-/-"));
    CHECK(f.matchOf(QStringLiteral("call:CALL-9999")) == QStringLiteral("-/-"));
    CHECK(f.matchOf(QStringLiteral("caller:13907711234@%1").arg(ms("2025-09-30 14:00"))) == QStringLiteral("-/-"));
    CHECK(f.matchOf(QStringLiteral("call:CALL-3001")) == QStringLiteral("-/-"));

    // Rating as given and normalised, the source line and file, one outbox entry per stored answer.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys WHERE rating_raw = '3' AND rating = "
                                 "'basically_satisfied' AND source_line = 4 AND source_file = 'survey-0930.csv'")) ==
          1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys WHERE call_at = %1 AND source_line = 13")
                      .arg(ms("2025-09-30 09:30") + 5000)) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'satisfaction_survey'")) == 7);
    CHECK(f.count(QStringLiteral("SELECT count(DISTINCT import_batch) FROM satisfaction_surveys")) == 1);
}

TEST_CASE("survey import: re-importing the same file adds nothing twice")
{
    ImportFixture f;
    REQUIRE(f.run(utf8(kGoodAndBad), f.lead).ok());
    auto again = f.run(utf8(kGoodAndBad), f.admin);
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->duplicates == 7);
    CHECK(again->failed() == 4);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys")) == 7);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'satisfaction_survey'")) == 7);

    // Within one file: the same call twice is one answer; the same caller at another time is another.
    auto within = f.run(utf8("call_id,caller,time,rating\n"
                             "CALL-5001,,2025-09-30 15:00,满意\n"
                             "CALL-5001,,2025-09-30 15:00,不满意\n"
                             ",13507710000,2025-09-30 15:00,满意\n"
                             ",135-0771-0000,2025-09-30 15:00,满意\n"
                             ",13507710000,2025-09-30 15:01,满意\n"),
                        f.lead);
    REQUIRE(within.ok());
    CHECK(within->imported == 3);
    CHECK(within->duplicates == 2);
}

TEST_CASE("survey import: UTF-8 with BOM and Chinese headers, GBK from Excel")
{
    ImportFixture f;
    SECTION("UTF-8 BOM, Chinese headers in another order, extra columns")
    {
        const QByteArray bytes =
            QByteArray("\xEF\xBB\xBF") + utf8("序号,评价,通话时间,主叫号码,通话流水号,坐席\r\n"
                                              "1,不满意,2025-09-30 09:20:00,0771-5551234,CALL-1001,8001\r\n"
                                              "2,满意,2025-09-30 10:35:00,13907711234,,8002\r\n");
        auto r = f.run(bytes, f.lead);
        REQUIRE(r.ok());
        CHECK(r->imported == 2);
        CHECK(r->matched == 2);
        CHECK(r->failed() == 0);
        CHECK(f.matchOf(QStringLiteral("call:CALL-1001")) == f.woA + QStringLiteral("/call_id"));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys WHERE rating_raw = '不满意'")) == 1);
    }
    SECTION("GBK, as Windows Excel saves Chinese CSV")
    {
        // 通话流水号,主叫号码,通话时间,满意度 / GBK-0001,13907711234,2025-09-30 10:05:00,满意 /
        // GBK-0002,13807715678,2025/9/30 11:20,不满意 — encoded in GBK.
        const QByteArray gbk("\xcd\xa8\xbb\xb0\xc1\xf7\xcb\xae\xba\xc5,\xd6\xf7\xbd\xd0\xba\xc5\xc2\xeb,"
                             "\xcd\xa8\xbb\xb0\xca\xb1\xbc\xe4,\xc2\xfa\xd2\xe2\xb6\xc8\r\n"
                             "GBK-0001,13907711234,2025-09-30 10:05:00,\xc2\xfa\xd2\xe2\r\n"
                             "GBK-0002,13807715678,2025/9/30 11:20,\xb2\xbb\xc2\xfa\xd2\xe2\r\n");
        CHECK(decodeCsvBytes(gbk).startsWith(QStringLiteral("通话流水号,主叫号码,通话时间,满意度")));
        auto r = f.run(gbk, f.lead);
        REQUIRE(r.ok());
        CHECK(r->imported == 2);
        CHECK(r->failed() == 0);
        CHECK(f.matchOf(QStringLiteral("call:GBK-0001")) == f.woB + QStringLiteral("/caller_window"));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys WHERE rating_raw = '不满意' AND "
                                     "rating = 'dissatisfied' AND call_id = 'GBK-0002'")) == 1);
    }
}

TEST_CASE("survey import: files that cannot be imported are refused whole")
{
    ImportFixture f;
    auto noRating = f.run(utf8("call_id,caller,time\nCALL-1,,2025-09-30 09:00\n"), f.lead);
    REQUIRE_FALSE(noRating.ok());
    CHECK(noRating.error().code == ErrorCode::InvalidInput);
    auto noKey = f.run(utf8("time,rating\n2025-09-30 09:00,满意\n"), f.lead);
    REQUIRE_FALSE(noKey.ok());
    auto empty = f.run(QByteArray(), f.lead);
    REQUIRE_FALSE(empty.ok());
    auto brokenQuote = f.run(utf8("call_id,time,rating\n\"CALL-1,2025-09-30 09:00,满意\n"), f.lead);
    REQUIRE_FALSE(brokenQuote.ok());
    SurveyImporter importer(f.store.db->connection(), f.clock, f.ids);
    auto missing = importer.importFile(f.store.dir.filePath(QStringLiteral("nope.csv")), f.lead);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::FileUnreadable);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys")) == 0);
}

TEST_CASE("survey import: only team leads and administrators may import")
{
    ImportFixture f;
    for (const auto* who : {&f.agent, &f.colleague, &f.inspector}) {
        auto r = f.run(utf8(kGoodAndBad), *who);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys")) == 0);
    CHECK(f.run(utf8(kGoodAndBad), f.admin).ok());
}

TEST_CASE("survey import: progress is reported and a cancel stores nothing")
{
    ImportFixture f;
    QByteArray big("通话流水号,主叫号码,通话时间,评价\n");
    for (int i = 0; i < 1000; ++i) {
        big += QStringLiteral("C-%1,1390771%2,2025-09-30 16:%3:00,%4\n")
                   .arg(i)
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 5 + 1)
                   .toUtf8();
    }
    QList<int> seen;
    auto all = [&seen](int done, int total) {
        CHECK(total == 1000);
        seen << done;
        return true;
    };
    SECTION("to the end")
    {
        auto r = f.run(big, f.lead, all);
        REQUIRE(r.ok());
        CHECK(r->imported == 1000);
        CHECK_FALSE(r->cancelled);
        REQUIRE(seen.size() >= 5);
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.last() == 1000);
    }
    SECTION("cancelled half way")
    {
        auto r = f.run(big, f.lead, [&seen](int done, int) {
            seen << done;
            return done < 500;
        });
        REQUIRE(r.ok());
        CHECK(r->cancelled);
        CHECK(r->imported == 0);
        CHECK(seen.last() >= 500);
        CHECK(seen.last() < 1000);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM satisfaction_surveys")) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'satisfaction_survey'")) == 0);
    }
}

TEST_CASE("survey times are read as Beijing time in the formats exports use")
{
    CHECK(parseSurveyTime(QStringLiteral("2025-09-30 10:15:30")) ==
          beijing(QStringLiteral("2025-09-30 10:15")).addSecs(30));
    CHECK(parseSurveyTime(QStringLiteral("2025/9/30 8:05")) == beijing(QStringLiteral("2025-09-30 08:05")));
    CHECK(parseSurveyTime(QStringLiteral("2025-09-30T10:15:00")) == beijing(QStringLiteral("2025-09-30 10:15")));
    for (const char* bad : {"", "2025-09-31 10:00", "2025-09-30 25:00", "30/09/2025 10:00", "2025-09-30"}) {
        INFO(bad);
        CHECK_FALSE(parseSurveyTime(QString::fromUtf8(bad)).isValid());
    }
}
