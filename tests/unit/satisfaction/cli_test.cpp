#include "satisfactionfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using hotline::test::beijing;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("hotlinedesk-cli satisfaction import and rate: counts, failed rows, exit codes, JSON")
{
    hotline::test::SatisfactionFixture f;
    f.workOrder(f.agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"), QStringLiteral("CALL-1"));
    const QString home = f.store.dir.path();
    const QString good = f.store.dir.filePath(QStringLiteral("good.csv"));
    const QString bad = f.store.dir.filePath(QStringLiteral("bad.csv"));
    write(good, QByteArray("通话流水号,主叫号码,通话时间,评价\n"
                           "CALL-1,07715551234,2025-09-30 09:10,满意\n"
                           "CALL-2,13907711234,2025-09-30 09:20,2\n"));
    write(bad, QByteArray("通话流水号,主叫号码,通话时间,评价\n"
                          "CALL-3,,2025-09-30 09:30,满意\n"
                          "CALL-4,,2025-09-30 09:40,7\n"));
    const QStringList db{QStringLiteral("--db"), f.store.path};
    const QStringList asLead{QStringLiteral("--as"), QStringLiteral("张敏")};

    auto first = hotline::test::runCli(
        QStringList{QStringLiteral("satisfaction"), QStringLiteral("import"), good} + db + asLead, home);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("imported 2, duplicates 0, unmatched 1, failed 0")));

    auto again = hotline::test::runCli(
        QStringList{QStringLiteral("satisfaction"), QStringLiteral("import"), good} + db + asLead, home);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("imported 0, duplicates 2, unmatched 0, failed 0")));

    auto withBad = hotline::test::runCli(
        QStringList{QStringLiteral("satisfaction"), QStringLiteral("import"), bad} + db + asLead, home);
    CHECK(withBad.exitCode == 1);
    CHECK(withBad.out.contains(QStringLiteral("imported 1, duplicates 0, unmatched 1, failed 1")));
    CHECK(withBad.err.contains(QStringLiteral("line 3: ")));
    CHECK(withBad.err.contains(QStringLiteral("\"7\"")));

    auto agent = hotline::test::runCli(QStringList{QStringLiteral("satisfaction"), QStringLiteral("import"), good} +
                                           db + QStringList{QStringLiteral("--as"), QStringLiteral("李娜")},
                                       home);
    CHECK(agent.exitCode == 3);
    CHECK_FALSE(agent.err.isEmpty());

    auto missing = hotline::test::runCli(QStringList{QStringLiteral("satisfaction"), QStringLiteral("import"),
                                                     f.store.dir.filePath(QStringLiteral("none.csv"))} +
                                             db + asLead,
                                         home);
    CHECK(missing.exitCode == 1);
    CHECK(
        hotline::test::runCli(QStringList{QStringLiteral("satisfaction"), QStringLiteral("import")} + db + asLead, home)
            .exitCode == 2);
    CHECK(hotline::test::runCli(QStringList{QStringLiteral("satisfaction"), QStringLiteral("grade")} + db, home)
              .exitCode == 2);

    const QStringList period{QStringLiteral("--from"), QStringLiteral("2025-09-01"), QStringLiteral("--to"),
                             QStringLiteral("2025-09-30")};
    auto text = hotline::test::runCli(
        QStringList{QStringLiteral("satisfaction"), QStringLiteral("rate")} + period + db + asLead, home);
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("66.67%")));
    CHECK(text.out.contains(QStringLiteral("BELOW the target")));

    auto json = hotline::test::runCli(
        QStringList{QStringLiteral("satisfaction"), QStringLiteral("rate"), QStringLiteral("--json")} + period + db +
            asLead,
        home);
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("target_percent")).toInt() == 90);
    const QJsonObject overall = o.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("rated")).toInt() == 3);
    CHECK(overall.value(QStringLiteral("satisfied")).toInt() == 2);
    CHECK(overall.value(QStringLiteral("dissatisfied")).toInt() == 1);
    CHECK(overall.value(QStringLiteral("meets_target")).toBool() == false);
    CHECK(o.value(QStringLiteral("unmatched_surveys")).toInt() == 2);

    auto badDates = hotline::test::runCli(QStringList{QStringLiteral("satisfaction"), QStringLiteral("rate"),
                                                      QStringLiteral("--from"), QStringLiteral("2025-09-31"),
                                                      QStringLiteral("--to"), QStringLiteral("2025-09-30")} +
                                              db + asLead,
                                          home);
    CHECK(badDates.exitCode == 2);
    auto agentRate =
        hotline::test::runCli(QStringList{QStringLiteral("satisfaction"), QStringLiteral("rate")} + period + db +
                                  QStringList{QStringLiteral("--as"), QStringLiteral("李娜")},
                              home);
    CHECK(agentRate.exitCode == 3);
}
