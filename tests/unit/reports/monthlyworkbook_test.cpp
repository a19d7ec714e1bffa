#include "core/filehash.h"
#include "onlinefixture.h"
#include "reports/monthlyworkbook.h"
#include "tickets/workorder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace hotline;

namespace {

// Every sheet read back with openpyxl (an independent reader): rows (numbers as numbers), frozen cell, filter range,
// the charts' kinds and the number format of each cell in column B..F of the rows (by "row,col").
QJsonObject readBook(const QString& path)
{
    static const char* script = R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames}
for ws in wb.worksheets:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    formats = {}
    for r in ws.iter_rows():
        for c in r:
            if isinstance(c.value, (int, float)):
                formats["%d,%d" % (c.row - 1, c.column - 1)] = c.number_format
    out[ws.title] = {"rows": [[v if isinstance(v, (int, float, str)) or v is None else str(v) for v in r] for r in rows],
                     "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                     "charts": [type(c).__name__ for c in ws._charts], "formats": formats}
print(json.dumps(out, ensure_ascii=False))
)PY";
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The row whose first cell is label (or a null array).
QJsonArray rowOf(const QJsonObject& sheet, const QString& label)
{
    for (const QJsonValue& row : sheet[QStringLiteral("rows")].toArray()) {
        if (row.toArray().first().toString() == label) {
            return row.toArray();
        }
    }
    FAIL_CHECK("no row " << label.toStdString());
    return {};
}

} // namespace

TEST_CASE("the monthly workbook reads back in openpyxl with every figure of the report, charts and formats")
{
    test::MonthlyDesk d;
    REQUIRE(reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("一、加强培训。\n\n二、优化知识库。"), 0,
                                         d.lead, d.ids, d.clock));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("月报.xlsx"));
    QList<qint64> steps;
    auto done = reports::exportMonthlyWorkbook(*d.store.db, 2025, 9, path, d.lead, d.ids, d.clock,
                                               [&steps](qint64 step, qint64 total) {
                                                   CHECK(total == 3);
                                                   steps.append(step);
                                                   return true;
                                               });
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
    CHECK(steps == QList<qint64>{1, 2, 3});
    auto report = reports::monthlyReport(*d.store.db, 2025, 9, d.lead, d.clock);
    REQUIRE(report);
    const reports::MonthlyReport& r = report.value();
    const QJsonObject book = readBook(path);
    const QStringList sheets = book[QStringLiteral("sheets")].toVariant().toStringList();
    CHECK(sheets == QStringList{QStringLiteral("Summary"), QStringLiteral("Monthly trend"),
                                QStringLiteral("By category"), QStringLiteral("By channel"),
                                QStringLiteral("Reply deadlines"), QStringLiteral("Deadlines per agent"),
                                QStringLiteral("Satisfaction"), QStringLiteral("Online consultation"),
                                QStringLiteral("Complaints"), QStringLiteral("QA"), QStringLiteral("Hot questions"),
                                QStringLiteral("Improvement plan")});

    const QJsonObject sum = book[QStringLiteral("Summary")].toObject();
    CHECK(sum[QStringLiteral("rows")].toArray()[0].toArray()[0].toString() == r.title());
    CHECK(rowOf(sum, QStringLiteral("Work orders received"))[1].toInt() == 12);
    CHECK(rowOf(sum, QStringLiteral("Change vs the previous month"))[1].toDouble() == Approx(3.0 / 9.0));
    CHECK(rowOf(sum, QStringLiteral("Resolved work orders"))[1].toInt() == 9);
    CHECK(rowOf(sum, QStringLiteral("Resolved within the deadline"))[1].toInt() == 7);
    CHECK(rowOf(sum, QStringLiteral("Overdue"))[1].toInt() == 5);
    CHECK(rowOf(sum, QStringLiteral("Still open"))[1].toInt() == 3);
    const QJsonArray normal = rowOf(sum, tickets::displayName(tickets::Difficulty::Normal));
    CHECK((normal[1].toInt() == 7 && normal[2].toInt() == 5 && normal[3].toInt() == 2 && normal[4].toInt() == 0));
    CHECK(normal[5].toDouble() == Approx(5.0 / 7.0));
    const QJsonArray hard = rowOf(sum, tickets::displayName(tickets::Difficulty::Hard));
    CHECK((hard[1].toInt() == 4 && hard[2].toInt() == 2 && hard[3].toInt() == 2));
    CHECK(rowOf(sum, QStringLiteral("Satisfaction rate"))[1].toDouble() == Approx(0.8));
    CHECK(rowOf(sum, QStringLiteral("Target"))[1].toDouble() == Approx(0.9));
    CHECK(rowOf(sum, QStringLiteral("Target met"))[1].toString() == QStringLiteral("No"));
    CHECK(rowOf(sum, QStringLiteral("Rated in all"))[1].toInt() == 5);
    CHECK(rowOf(sum, QStringLiteral("Complaints received"))[1].toInt() == 3);
    CHECK(rowOf(sum, QStringLiteral("Closed in the month (whenever received)"))[1].toInt() == 2);
    CHECK(rowOf(sum, QStringLiteral("Result: upheld"))[1].toInt() == 1);
    CHECK(rowOf(sum, QStringLiteral("Evaluations"))[1].toInt() == 0);
    CHECK(sum[QStringLiteral("charts")].toArray().size() == 3);

    const QJsonObject trend = book[QStringLiteral("Monthly trend")].toObject();
    CHECK(trend[QStringLiteral("freeze")].toString() == QStringLiteral("A2"));
    CHECK(trend[QStringLiteral("filter")].toString() == QStringLiteral("A1:C7"));
    CHECK(trend[QStringLiteral("charts")].toArray().first().toString() == QStringLiteral("BarChart"));
    const QJsonArray trendRows = trend[QStringLiteral("rows")].toArray();
    REQUIRE(trendRows.size() == 7);
    for (int i = 0; i < 6; ++i) {
        INFO(i);
        CHECK(trendRows[i + 1].toArray()[0].toString() == QStringLiteral("2025-%1").arg(4 + i));
        CHECK(trendRows[i + 1].toArray()[1].toInt() == r.trend[i].received);
        if (r.trend[i].changePercent) {
            CHECK(trendRows[i + 1].toArray()[2].toDouble() == Approx(*r.trend[i].changePercent / 100.0));
        } else {
            CHECK(trendRows[i + 1].toArray()[2].toString() == QStringLiteral("—"));
        }
    }
    CHECK(trend[QStringLiteral("formats")].toObject()[QStringLiteral("1,2")].toString() == QStringLiteral("0.0%"));
    CHECK(trend[QStringLiteral("formats")].toObject()[QStringLiteral("1,1")].toString() == QStringLiteral("#,##0"));

    const QJsonObject categories = book[QStringLiteral("By category")].toObject();
    CHECK(categories[QStringLiteral("charts")].toArray().first().toString() == QStringLiteral("PieChart"));
    const QJsonArray catRows = categories[QStringLiteral("rows")].toArray();
    REQUIRE(catRows.size() == r.byCategory.size() + 1);
    for (int i = 0; i < r.byCategory.size(); ++i) {
        CHECK(catRows[i + 1].toArray()[0].toString() == r.byCategory[i].name);
        CHECK(catRows[i + 1].toArray()[1].toInt() == r.byCategory[i].count);
        CHECK(catRows[i + 1].toArray()[2].toDouble() == Approx(r.byCategory[i].count / 12.0));
    }
    const QJsonArray channels = book[QStringLiteral("By channel")].toObject()[QStringLiteral("rows")].toArray();
    REQUIRE(channels.size() == 5);
    CHECK(channels[1].toArray()[1].toInt() == 7);

    const QJsonObject agents = book[QStringLiteral("Deadlines per agent")].toObject();
    for (const reports::AgentDeadline& a : r.deadlinesByAgent) {
        const QJsonArray row = rowOf(agents, a.agentName);
        CHECK(row[1].toInt() == a.figures.due);
        CHECK(row[2].toInt() == a.figures.met);
        CHECK(row[3].toInt() == a.figures.missed);
    }

    const QJsonObject sat = book[QStringLiteral("Satisfaction")].toObject();
    CHECK(sat[QStringLiteral("charts")].toArray().first().toString() == QStringLiteral("BarChart"));
    const QJsonArray everyone = rowOf(sat, QStringLiteral("Everyone"));
    CHECK(
        (everyone[1].toInt() == 3 && everyone[2].toInt() == 1 && everyone[3].toInt() == 1 && everyone[4].toInt() == 5));
    for (const satisfaction::AgentRate& a : r.satisfaction.agents) {
        const QJsonArray row = rowOf(sat, a.agentName);
        CHECK(row[4].toInt() == a.counts.total());
        CHECK(row[5].toDouble() == Approx(*a.counts.rate()));
    }
    CHECK(rowOf(sat, QStringLiteral("李娜"))[6].toString() == QStringLiteral("No"));
    CHECK(rowOf(sat, QStringLiteral("王芳"))[6].toString() == QStringLiteral("Yes"));

    const QJsonArray hot = book[QStringLiteral("Hot questions")].toObject()[QStringLiteral("rows")].toArray();
    REQUIRE(hot.size() == 4);
    CHECK(hot[1].toArray()[1].toString() == QStringLiteral("人员信息未验证通过怎么办"));
    CHECK(hot[1].toArray()[2].toInt() == 3);
    CHECK(hot[1].toArray()[3].toString() == r.hotQuestions[0].answer);
    CHECK(hot[3].toArray()[1].toString().contains(QStringLiteral("not published")));

    const QJsonArray plan = book[QStringLiteral("Improvement plan")].toObject()[QStringLiteral("rows")].toArray();
    CHECK(plan[1].toArray()[0].toString() == QStringLiteral("一、加强培训。\n\n二、优化知识库。"));

    // Audited: who, which month, no taxpayer data, the checksum.
    CHECK(done->sha256 == sha256OfFile(path));
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND operator_id = ? AND "
                               "target = 'monthly_report' AND detail LIKE ?"),
                {d.lead.id, QString(QStringLiteral("%2025-09 (xlsx)%no taxpayer IDs%") + done->sha256)}) == 1);
}

TEST_CASE("an empty month's workbook has zeros, dashes and says there is nothing")
{
    test::MonthlyDesk d;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
    auto done = reports::exportMonthlyWorkbook(*d.store.db, 2024, 2, path, d.admin, d.ids, d.clock);
    REQUIRE(done);
    const QJsonObject book = readBook(path);
    const QJsonObject sum = book[QStringLiteral("Summary")].toObject();
    CHECK(rowOf(sum, QStringLiteral("Work orders received"))[1].toInt() == 0);
    CHECK(rowOf(sum, QStringLiteral("Change vs the previous month"))[1].toString() == QStringLiteral("—"));
    CHECK(rowOf(sum, QStringLiteral("Satisfaction rate"))[1].toString() == QStringLiteral("—"));
    CHECK(rowOf(sum, QStringLiteral("Target met"))[1].toString() == QStringLiteral("—"));
    CHECK(rowOf(sum, QStringLiteral("Total"))[5].toString() == QStringLiteral("—"));
    CHECK(sum[QStringLiteral("charts")].toArray().size() == 1); // the trend only: no categories, no agents
    const QJsonArray hot = book[QStringLiteral("Hot questions")].toObject()[QStringLiteral("rows")].toArray();
    CHECK(hot.last().toArray()[0].toString().contains(QStringLiteral("No knowledge-base article")));
    const QJsonArray plan = book[QStringLiteral("Improvement plan")].toObject()[QStringLiteral("rows")].toArray();
    CHECK(plan[1].toArray()[0].toString().contains(QStringLiteral("No improvement plan")));
    // An administrator does not read evaluations: the QA sheet says why.
    const QJsonArray qa = book[QStringLiteral("QA")].toObject()[QStringLiteral("rows")].toArray();
    CHECK(qa.last().toArray()[0].toString().contains(QStringLiteral("team leads")));
}

TEST_CASE("a monthly workbook is refused to agents and QA inspectors and leaves nothing in a bad folder")
{
    test::MonthlyDesk d;
    QTemporaryDir dir;
    for (const security::Operator& who : {d.agent, d.qa}) {
        const QString path = dir.filePath(QStringLiteral("no.xlsx"));
        auto refused = reports::exportMonthlyWorkbook(*d.store.db, 2025, 9, path, who, d.ids, d.clock);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Forbidden);
        CHECK_FALSE(QFile::exists(path));
    }
    auto missing = reports::exportMonthlyWorkbook(*d.store.db, 2025, 9, dir.filePath(QStringLiteral("nope/x.xlsx")),
                                                  d.lead, d.ids, d.clock);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    const QString locked = test::readOnlyFolder(dir, QStringLiteral("locked"));
    {
        test::AsOrdinaryUser user;
        auto refused = reports::exportMonthlyWorkbook(*d.store.db, 2025, 9, locked + QStringLiteral("/x.xlsx"), d.lead,
                                                      d.ids, d.clock);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("cannot be written")));
        CHECK(QDir(locked).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
    // A cancel after the figures leaves no file and no audit entry.
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.xlsx"));
    auto stopped = reports::exportMonthlyWorkbook(*d.store.db, 2025, 9, cancelled, d.lead, d.ids, d.clock,
                                                  [](qint64, qint64) { return false; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(d.audited(QStringLiteral("export")) == 0);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files).isEmpty());
}

TEST_CASE("monthly workbook: the online consultation's figures and the chats' part of the satisfaction rate")
{
    test::OnlineDesk d;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("online.xlsx"));
    auto done = reports::exportMonthlyWorkbook(*d.store.db, 2025, 9, path, d.lead, d.ids, d.clock, {});
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
    const QJsonObject book = readBook(path);
    const QJsonObject online = book[QStringLiteral("Online consultation")].toObject();
    CHECK(rowOf(online, QStringLiteral("Online conversations"))[1].toInt() == 7);
    CHECK(rowOf(online, QStringLiteral("Started with the robot"))[1].toInt() == 4);
    CHECK(rowOf(online, QStringLiteral("Started in the agents' queue"))[1].toInt() == 3);
    CHECK(rowOf(online, QStringLiteral("Served by an online agent"))[1].toInt() == 3);
    CHECK(rowOf(online, QStringLiteral("Left messages (call back)"))[1].toInt() == 2);
    CHECK(rowOf(online, QStringLiteral("Robot answers rated"))[1].toInt() == 5);
    CHECK(rowOf(online, QStringLiteral("Rated helpful"))[1].toInt() == 3);
    CHECK(rowOf(online, QStringLiteral("Rated not helpful"))[1].toInt() == 2);
    CHECK(rowOf(online, QStringLiteral("Robot answers helpful rate"))[1].toDouble() == Approx(0.6));
    CHECK(rowOf(online, QStringLiteral("Online chats' satisfaction rate"))[1].toDouble() == Approx(2.0 / 3.0));

    const QJsonObject sum = book[QStringLiteral("Summary")].toObject();
    CHECK(rowOf(sum, QStringLiteral("Rated in all"))[1].toInt() == 8);
    CHECK(rowOf(sum, QStringLiteral("Satisfaction rate"))[1].toDouble() == Approx(0.75));
    CHECK(rowOf(sum, QStringLiteral("Of them post-call surveys"))[1].toInt() == 4);
    CHECK(rowOf(sum, QStringLiteral("Of them return visits"))[1].toInt() == 1);
    CHECK(rowOf(sum, QStringLiteral("Of them online chat ratings"))[1].toInt() == 3);
    CHECK(rowOf(sum, QStringLiteral("Online conversations"))[1].toInt() == 7);
    CHECK(rowOf(sum, QStringLiteral("Robot answers helpful rate"))[1].toDouble() == Approx(0.6));

    // A month without any online row: zeros and no rates.
    auto quiet = reports::exportMonthlyWorkbook(*d.store.db, 2025, 6, dir.filePath(QStringLiteral("june.xlsx")), d.lead,
                                                d.ids, d.clock, {});
    REQUIRE(quiet);
    const QJsonObject june =
        readBook(dir.filePath(QStringLiteral("june.xlsx")))[QStringLiteral("Online consultation")].toObject();
    CHECK(rowOf(june, QStringLiteral("Online conversations"))[1].toInt() == 0);
    CHECK(rowOf(june, QStringLiteral("Robot answers helpful rate"))[1].toString() == QStringLiteral("—"));
}
