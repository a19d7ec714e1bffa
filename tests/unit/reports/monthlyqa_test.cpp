// The monthly report's QA section on evaluated calls: qa::monthlySummary's figures, unchanged, in the report and
// in the workbook's QA sheet.

#include "../qa/feedbackrows.h"
#include "reports/monthlyreport.h"
#include "reports/monthlyworkbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace hotline;

TEST_CASE("the monthly report carries the QA summary per agent when calls were evaluated")
{
    test::QaRows r;
    const QString v = r.templateVersion();
    const QString z1 = r.recording(r.zhang, QStringLiteral("2026-11-02 09:00"));
    const QString z2 = r.recording(r.zhang, QStringLiteral("2026-11-03 09:00"));
    const QString l1 = r.recording(r.li, QStringLiteral("2026-11-09 09:00"));
    r.evaluation(z1, r.zhang, v, QStringLiteral("2026-11-03 10:00"), 90, true,
                 {{QStringLiteral("greet"), 4}, {QStringLiteral("policy"), 6}});
    r.evaluation(z2, r.zhang, v, QStringLiteral("2026-11-04 10:00"), 75, false,
                 {{QStringLiteral("patience"), 10}, {QStringLiteral("policy"), 15}});
    r.evaluation(l1, r.li, v, QStringLiteral("2026-11-10 10:00"), 100, true);

    auto made = reports::monthlyReport(*r.store.db, 2026, 11, r.lead, r.clock);
    REQUIRE(made);
    CHECK(made->qaShown);
    CHECK(made->qaNote.isEmpty());
    auto direct = qa::monthlySummary(r.conn(), 2026, 11, r.lead);
    REQUIRE(direct);
    REQUIRE(made->qa.size() == direct->size());
    for (int i = 0; i < made->qa.size(); ++i) {
        CHECK(made->qa[i].agentId == direct->at(i).agentId);
        CHECK(made->qa[i].done == direct->at(i).done);
        CHECK(made->qa[i].averageTotal == direct->at(i).averageTotal);
        CHECK(made->qa[i].passed == direct->at(i).passed);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qa.xlsx"));
    REQUIRE(reports::exportMonthlyWorkbook(*r.store.db, 2026, 11, path, r.lead, r.ids, r.clock));
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, openpyxl\n"
                            "ws = openpyxl.load_workbook(sys.argv[1])['QA']\n"
                            "print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)], ensure_ascii=False))"),
             path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonArray rows = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    REQUIRE(rows.size() == 3);
    const QJsonArray zhang = rows[1].toArray(); // 张三 before 李四 (by name)
    CHECK(zhang[0].toString() == QStringLiteral("张三"));
    CHECK(zhang[1].toInt() == 2);
    CHECK(zhang[4].toDouble() == Approx(82.5));
    CHECK(zhang[5].toInt() == 1);
    CHECK(zhang[6].toDouble() == Approx(0.5));
    const QJsonArray li = rows[2].toArray();
    CHECK(li[0].toString() == QStringLiteral("李四"));
    CHECK(li[4].toDouble() == Approx(100.0));
    CHECK(li[6].toDouble() == Approx(1.0));
}
