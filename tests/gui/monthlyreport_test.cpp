// 统计报表 → 月度分析: the figures, the charts, the improvement-plan editor (Ctrl+S, refused over a newer version)
// and the exports on a worker thread, on a store with a known September 2025 (tests/unit/reports/monthlyfixture.h).

#include "../unit/reports/monthlyfixture.h"
#include "common/messages.h"
#include "desk.h"
#include "knowledge/kbexchangeactions.h"
#include "reports/improvementplan.h"
#include "reports/monthlyreportwidget.h"
#include "reports/reportspane.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace hotline;

namespace {

struct Capture {
    Capture()
    {
        ui::Messages::setHandler([this](ui::Messages::Kind, const QString&, const QString& text) { shown << text; });
    }
    ~Capture()
    {
        ui::Messages::setHandler({});
        ui::FileChooser::setNextAnswers({});
    }
    QStringList shown;
};

ui::MonthlyReportWidget* monthlyTab(const test::Desk& desk)
{
    ui::ReportsPane* pane = desk.window->reportsPane();
    REQUIRE(pane != nullptr);
    auto* widget = pane->findChild<ui::MonthlyReportWidget*>();
    REQUIRE(widget != nullptr);
    pane->tabs()->setCurrentWidget(widget); // after 每日汇总
    return widget;
}

// Runs an export through its button and waits for the worker to finish.
QList<QVariant> exportThrough(ui::MonthlyReportWidget* w, const QString& button, const QString& path)
{
    ui::FileChooser::setNextAnswers({path});
    QSignalSpy finished(w, &ui::MonthlyReportWidget::exportFinished);
    auto* b = w->findChild<QPushButton*>(button);
    REQUIRE(b != nullptr);
    b->click();
    REQUIRE(w->exporting());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(w->exporting());
    return finished.takeFirst();
}

} // namespace

TEST_CASE("the monthly analysis tab shows the month's figures and charts to a team lead")
{
    test::MonthlyDesk d;
    test::Desk desk(d.store.path, QStringLiteral("梁淑芬"), security::Role::TeamLead);
    ui::MonthlyReportWidget* w = monthlyTab(desk);
    QTabWidget* tabs = desk.window->reportsPane()->tabs();
    CHECK(tabs->tabText(tabs->indexOf(w)) == QStringLiteral("月度分析"));
    // The desk's clock is 30 September: September is shown.
    CHECK(w->report().month == 9);
    CHECK(w->report().received == 12);
    QTableWidget* summary = w->summaryTable();
    CHECK(summary->item(0, 0)->text() == QStringLiteral("受理工单数"));
    CHECK(summary->item(0, 1)->data(Qt::DisplayRole).toInt() == 12);
    CHECK(summary->isSortingEnabled());

    auto* bars = qobject_cast<QBarSeries*>(w->trendChart()->chart()->series().value(0));
    REQUIRE(bars != nullptr);
    REQUIRE(bars->barSets().size() == 1);
    QBarSet* volume = bars->barSets().first();
    REQUIRE(volume->count() == 6);
    CHECK(volume->at(5) == 12);
    CHECK(volume->at(4) == 9);
    auto* pie = qobject_cast<QPieSeries*>(w->categoryChart()->chart()->series().value(0));
    REQUIRE(pie != nullptr);
    CHECK(pie->count() == 4);
    CHECK(pie->sum() == 12);
    const QList<QAbstractSeries*> satisfaction = w->satisfactionChart()->chart()->series();
    REQUIRE(satisfaction.size() == 2); // the rates and the 90 % line
    auto* rates = qobject_cast<QBarSeries*>(satisfaction[0]);
    REQUIRE(rates != nullptr);
    CHECK(rates->barSets().first()->count() == 2);
    CHECK(rates->barSets().first()->at(1) == Approx(100.0)); // 王芳: 基本满意 + 满意

    // Another month through the picker.
    w->findChild<QDateEdit*>(QStringLiteral("monthlyMonthDateEdit"))->setDate(QDate(2025, 8, 1));
    CHECK(w->report().month == 8);
    CHECK(w->report().received == 9);
    CHECK(summary->item(0, 1)->data(Qt::DisplayRole).toInt() == 9);
}

TEST_CASE("the improvement plan saves with Ctrl+S and a save over a newer version is refused")
{
    test::MonthlyDesk d;
    test::Desk desk(d.store.path, QStringLiteral("梁淑芬"), security::Role::TeamLead);
    Capture capture;
    ui::MonthlyReportWidget* w = monthlyTab(desk);
    QSignalSpy changed(desk.window->reportsPane(), &ui::TabbedPane::dataChanged);
    QPlainTextEdit* editor = w->planEditor();
    desk.window->reportsPane()->show();
    editor->setFocus();
    test::typeInto(editor, QStringLiteral("加强培训"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    CHECK(capture.shown.isEmpty());
    CHECK(changed.size() == 1);
    CHECK(
        d.sql(QStringLiteral("SELECT count(*) FROM improvement_plans WHERE month = '2025-09' AND body = '加强培训' AND "
                             "version = 1")) == 1);
    CHECK(w->report().plan.version == 1);

    // Someone else saves version 2 meanwhile; this editor still holds version 1.
    REQUIRE(
        reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("管理员的版本"), 1, d.admin, d.ids, d.clock));
    test::typeInto(editor, QStringLiteral("，优化知识库"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(capture.shown.size() == 1);
    CHECK(capture.shown.first().contains(QStringLiteral("管理员")));
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM improvement_plans WHERE body = '管理员的版本' AND version = 2")) ==
          1);
    CHECK(editor->toPlainText() == QStringLiteral("加强培训，优化知识库")); // nothing typed is lost
    // After reloading, the save goes through.
    w->refresh();
    CHECK(editor->toPlainText() == QStringLiteral("管理员的版本"));
    CHECK(w->savePlan());
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM improvement_plan_versions")) == 3);
}

TEST_CASE("导出Excel and 导出PDF run on a worker thread and write audited files")
{
    test::MonthlyDesk d;
    test::Desk desk(d.store.path, QStringLiteral("梁淑芬"), security::Role::TeamLead);
    Capture capture;
    ui::MonthlyReportWidget* w = monthlyTab(desk);
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("月报.xlsx"));
    QList<QVariant> done = exportThrough(w, QStringLiteral("monthlyExcelPushButton"), xlsx);
    INFO(capture.shown.join(QLatin1Char('\n')).toStdString());
    CHECK(done[0].toBool());
    CHECK(QFile::exists(xlsx));
    const QString pdf = dir.filePath(QStringLiteral("月报.pdf"));
    done = exportThrough(w, QStringLiteral("monthlyPdfPushButton"), pdf);
    CHECK(done[0].toBool());
    CHECK(QFile::exists(pdf));
    CHECK(d.sql(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE action = 'export' AND target = 'monthly_report'")) == 2);
    // A folder that does not exist: a clear error, nothing written.
    done = exportThrough(w, QStringLiteral("monthlyPdfPushButton"), dir.filePath(QStringLiteral("nope/x.pdf")));
    CHECK_FALSE(done[0].toBool());
    REQUIRE(capture.shown.size() == 1);
    CHECK(capture.shown.first().contains(QStringLiteral("文件夹不存在")));
    // Choosing no file does nothing.
    ui::FileChooser::setNextAnswers({QString()});
    w->findChild<QPushButton*>(QStringLiteral("monthlyExcelPushButton"))->click();
    CHECK_FALSE(w->exporting());
}

TEST_CASE("render the monthly analysis tab to a PNG", "[.screenshot]")
{
    test::MonthlyDesk d;
    REQUIRE(reports::saveImprovementPlan(
        *d.store.db, 2025, 9,
        QStringLiteral("一、针对人员信息采集类咨询集中，组织专题培训。\n\n二、优化知识库标准答复。"), 0, d.lead, d.ids,
        d.clock));
    test::Desk desk(d.store.path, QStringLiteral("梁淑芬"), security::Role::TeamLead);
    desk.window->resize(1400, 900);
    QTest::keyClick(desk.window.get(), Qt::Key_5, Qt::AltModifier);
    QTest::qWait(100);
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    CHECK(desk.window->grab().save(out + QStringLiteral("/monthly-report.png")));
    ui::MonthlyReportWidget* w = monthlyTab(desk);
    w->findChild<QTabWidget*>(QStringLiteral("monthlyChartsTabWidget"))->setCurrentIndex(2);
    w->findChild<QTabWidget*>(QStringLiteral("monthlyFiguresTabWidget"))->setCurrentIndex(1);
    QTest::qWait(50);
    CHECK(desk.window->grab().save(out + QStringLiteral("/monthly-report-2.png")));
}
