#include "onlinefixture.h"
#include "reports/dailysummary.h"
#include "reports/monthlyreport.h"
#include "reports/onlinefigures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace hotline;
using hotline::satisfaction::RateCounts;
using hotline::test::OnlineDesk;

TEST_CASE("online figures: conversations, served, left messages and the robot's helpful rate by Beijing dates")
{
    OnlineDesk d;
    auto month = reports::onlineFigures(d.store.db->connection(), QDate(2025, 9, 1), QDate(2025, 9, 30), d.lead);
    REQUIRE(month);
    CHECK(month->conversations == 7);
    CHECK(month->robotConversations == 4);
    CHECK(month->agentConversations == 3);
    CHECK(month->served == 3);
    CHECK(month->leftMessages == 2);
    CHECK(month->answersRated == 5);
    CHECK(month->helpful == 3);
    CHECK(month->notHelpful() == 2);
    REQUIRE(month->helpfulRate());
    CHECK(*month->helpfulRate() == Approx(0.6));

    auto day = reports::onlineFigures(d.store.db->connection(), QDate(2025, 9, 15), QDate(2025, 9, 15), d.lead);
    REQUIRE(day);
    CHECK(day.value() == reports::OnlineFigures{3, 1, 2, 3, 0, 2, 1});

    auto october = reports::onlineFigures(d.store.db->connection(), QDate(2025, 10, 1), QDate(2025, 10, 31), d.lead);
    REQUIRE(october);
    CHECK(october.value() == reports::OnlineFigures{1, 0, 1, 1, 0, 1, 0}); // October's work order is on the phone

    auto empty = reports::onlineFigures(d.store.db->connection(), QDate(2025, 11, 1), QDate(2025, 11, 30), d.lead);
    REQUIRE(empty);
    CHECK(empty.value() == reports::OnlineFigures{});
    CHECK_FALSE(empty->helpfulRate());
    CHECK(reports::percentText(empty->helpfulRate()) == QStringLiteral("—"));
}

TEST_CASE("online figures: agents and QA inspectors are refused, a reversed period is refused")
{
    OnlineDesk d;
    const QSqlDatabase db = d.store.db->connection();
    for (const security::Operator* who : {&d.agent, &d.qa}) {
        auto refused = reports::onlineFigures(db, QDate(2025, 9, 1), QDate(2025, 9, 30), *who);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Forbidden);
    }
    CHECK(reports::onlineFigures(db, QDate(2025, 9, 1), QDate(2025, 9, 30), d.admin));
    auto reversed = reports::onlineFigures(db, QDate(2025, 9, 30), QDate(2025, 9, 1), d.lead);
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().code == ErrorCode::InvalidInput);
    CHECK(reversed.error().field == QStringLiteral("period"));
    auto invalid = reports::onlineFigures(db, QDate(), QDate(2025, 9, 1), d.lead);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("monthly report: the chats' ratings in the satisfaction rate and the online figures of the month")
{
    OnlineDesk d;
    auto report = reports::monthlyReport(*d.store.db, 2025, 9, d.lead, d.clock);
    REQUIRE(report);
    const reports::MonthlyReport& r = report.value();
    // MonthlyDesk's own: 3 surveys matched + 1 unmatched, 1 return visit = {3, 1, 1}; the chats add {2, 0, 1}.
    CHECK(r.satisfaction.chats == RateCounts{2, 0, 1});
    CHECK(r.satisfaction.surveys == RateCounts{2, 1, 1});
    CHECK(r.satisfaction.returnVisits == RateCounts{1, 0, 0});
    CHECK(r.satisfaction.overall == RateCounts{5, 1, 2});
    CHECK(r.satisfaction.overall.percentText() == QStringLiteral("75.00%"));
    CHECK(r.online.conversations == 7);
    CHECK(r.online.leftMessages == 2);
    CHECK(r.online.answersRated == 5);
    for (const satisfaction::AgentRate& a : r.satisfaction.agents) {
        if (a.agentName == QStringLiteral("王芳")) {
            // her survey answer (基本满意), her return visit (满意) and the chat rated 2
            CHECK(a.counts == RateCounts{1, 1, 1});
        }
    }
    // The volume figures are the work orders' only: conversations are not work orders.
    CHECK(r.received == 12);
}

TEST_CASE("daily summary: the day's chat ratings, online conversations and the robot's 有用 / 没用")
{
    OnlineDesk d;
    auto s = reports::dailySummary(*d.store.db, QDate(2025, 9, 15), d.lead);
    REQUIRE(s);
    CHECK(s->chatSatisfaction == RateCounts{2, 0, 1});
    CHECK(s->online == reports::OnlineFigures{3, 1, 2, 3, 0, 2, 1});
    bool found = false;
    for (const reports::AgentDay& a : s->agents) {
        if (a.agentName == QStringLiteral("李娜")) {
            found = true;
            CHECK(a.satisfaction == RateCounts{2, 0, 0});
        }
    }
    CHECK(found);
    const QString text = reports::dailySummaryText(s.value());
    CHECK(text.contains(QStringLiteral("Online conversations:  3 (robot 1, agents' queue 2), 3 served by a person, "
                                       "0 left messages")));
    CHECK(text.contains(QStringLiteral("Robot answers rated:  2, helpful 1 (50.0%)")));
    CHECK(text.contains(QStringLiteral("Online chats rated:  66.67% of 3 rated")));

    auto quiet = reports::dailySummary(*d.store.db, QDate(2025, 9, 14), d.lead);
    REQUIRE(quiet);
    CHECK(quiet->online == reports::OnlineFigures{});
    CHECK(quiet->chatSatisfaction.total() == 0);
}

TEST_CASE("hotlinedesk-cli report daily prints the online figures in Chinese and as JSON")
{
    OnlineDesk d;
    const QString home = d.store.dir.path();
    const QStringList args{QStringLiteral("report"),     QStringLiteral("daily"), QStringLiteral("--date"),
                           QStringLiteral("2025-09-15"), QStringLiteral("--db"),  d.store.path,
                           QStringLiteral("--as"),       QStringLiteral("张敏")};
    d.store.db.reset(); // the CLI opens the store itself
    auto text = test::runCli(args, home);
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("在线咨询会话：  3（智能机器人1，人工排队2），人工接待3，登记回访0")));
    CHECK(text.out.contains(QStringLiteral("机器人答复评价：  2，有用1（50.0%）")));

    auto json = test::runCli(args + QStringList{QStringLiteral("--json")}, home);
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject online = o.value(QStringLiteral("online")).toObject();
    CHECK(online.value(QStringLiteral("conversations")).toInt() == 3);
    CHECK(online.value(QStringLiteral("robot")).toInt() == 1);
    CHECK(online.value(QStringLiteral("served")).toInt() == 3);
    CHECK(online.value(QStringLiteral("answers_rated")).toInt() == 2);
    CHECK(online.value(QStringLiteral("helpful")).toInt() == 1);
    CHECK(o.value(QStringLiteral("chat_satisfaction")).toObject().value(QStringLiteral("satisfied")).toInt() == 2);
}

TEST_CASE("daily summary workbook: the day's online figures and the chats' satisfaction on the summary sheet")
{
    OnlineDesk d;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daily.xlsx"));
    auto written = reports::exportDailySummary(*d.store.db, QDate(2025, 9, 15), path, d.lead, d.ids, d.clock);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, openpyxl\n"
                            "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                            "print(json.dumps({r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}, "
                            "ensure_ascii=False))\n"),
             path});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QJsonObject sheet = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    INFO(QJsonDocument(sheet).toJson().toStdString());
    CHECK(sheet.value(QStringLiteral("Satisfaction answers")).toInt() == 3);
    CHECK(sheet.value(QStringLiteral("Of them online chat ratings")).toInt() == 3);
    CHECK(sheet.value(QStringLiteral("Online conversations")).toInt() == 3);
    CHECK(sheet.value(QStringLiteral("Started with the robot")).toInt() == 1);
    CHECK(sheet.value(QStringLiteral("Started in the agents' queue")).toInt() == 2);
    CHECK(sheet.value(QStringLiteral("Served by an online agent")).toInt() == 3);
    CHECK(sheet.value(QStringLiteral("Left messages (call back)")).toInt() == 0);
    CHECK(sheet.value(QStringLiteral("Robot answers rated")).toInt() == 2);
    CHECK(sheet.value(QStringLiteral("Rated helpful")).toInt() == 1);
    CHECK(sheet.value(QStringLiteral("Online chats' satisfaction:")).toDouble() == Approx(2.0 / 3.0));
    CHECK(sheet.value(QStringLiteral("Robot answers helpful:")).toDouble() == Approx(0.5));

    // A day without online rows: zeros and no rates.
    const QString quiet = dir.filePath(QStringLiteral("quiet.xlsx"));
    REQUIRE(reports::exportDailySummary(*d.store.db, QDate(2025, 9, 14), quiet, d.lead, d.ids, d.clock));
    p.start(QStringLiteral("/usr/bin/python3"), {p.arguments().at(0), p.arguments().at(1), quiet});
    REQUIRE(p.waitForFinished(60000));
    const QJsonObject empty = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    CHECK(empty.value(QStringLiteral("Online conversations")).toInt() == 0);
    CHECK(empty.value(QStringLiteral("Robot answers helpful:")).toString() == QStringLiteral("—"));
}
