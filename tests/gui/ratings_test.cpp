// 统计报表 with the online channel: the chats' ratings in 满意度 and the online figures in 月度分析 and 每日汇总, on
// MonthlyDesk's September 2025 with conversations, ratings and 有用 / 没用 (tests/unit/reports/onlinefixture.h).

#include "../unit/reports/onlinefixture.h"
#include "desk.h"
#include "reports/dailysummarywidget.h"
#include "reports/monthlyreportwidget.h"
#include "reports/reportspane.h"

#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>

using namespace hotline;

namespace {

// The first cell of each row and the cell beside it.
QHash<QString, QString> rowsOf(const QTableWidget* t, int column = 1)
{
    QHash<QString, QString> rows;
    for (int r = 0; r < t->rowCount(); ++r) {
        rows.insert(t->item(r, 0)->text(), t->item(r, column) ? t->item(r, column)->text() : QString());
    }
    return rows;
}

QString reportsText(const char* source)
{
    return QCoreApplication::translate("hotline::reports", source);
}

QString widgetText(const char* source)
{
    return QCoreApplication::translate("hotline::ui::MonthlyReportWidget", source);
}

ui::MonthlyReportWidget* showMonthly(test::Desk& desk)
{
    auto* nav = desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    REQUIRE(nav != nullptr);
    nav->setCurrentRow(4);
    auto* w = desk.window->reportsPane()->findChild<ui::MonthlyReportWidget*>();
    REQUIRE(w != nullptr);
    desk.window->reportsPane()->tabs()->setCurrentWidget(w);
    w->showMonth(2025, 9);
    return w;
}

} // namespace

TEST_CASE("月度分析 shows the online consultation's figures and the chats' part of the satisfaction rate")
{
    test::OnlineDesk d;
    test::Desk desk(d.store.path, QStringLiteral("梁淑芬"), security::Role::TeamLead);
    ui::MonthlyReportWidget* w = showMonthly(desk);
    CHECK(w->report().online.conversations == 7);

    const QHash<QString, QString> summary = rowsOf(w->summaryTable());
    CHECK(summary.value(widgetText("Online: %1").arg(reportsText("Online conversations"))) == QStringLiteral("7"));
    CHECK(summary.value(widgetText("Online: %1").arg(reportsText("Left messages (call back)"))) == QStringLiteral("2"));
    CHECK(summary.value(widgetText("Online: %1").arg(reportsText("Rated helpful"))) == QStringLiteral("3"));
    CHECK(summary.value(widgetText("Online: robot answers helpful rate")) == QStringLiteral("60.0%"));

    auto* sat = w->findChild<QTableWidget*>(QStringLiteral("monthlySatisfactionTableWidget"));
    REQUIRE(sat != nullptr);
    const QHash<QString, QString> rated = rowsOf(sat, 4);
    CHECK(rated.value(widgetText("Everyone")) == QStringLiteral("8"));
    CHECK(rated.value(widgetText("Of them post-call surveys")) == QStringLiteral("4"));
    CHECK(rated.value(widgetText("Of them return visits")) == QStringLiteral("1"));
    CHECK(rated.value(widgetText("Of them online chat ratings")) == QStringLiteral("3"));
    CHECK(rowsOf(sat, 5).value(widgetText("Of them online chat ratings")) == QStringLiteral("66.67%"));
}

TEST_CASE("每日汇总 shows the day's online conversations and the robot's helpful rate")
{
    test::OnlineDesk d;
    test::Desk desk(d.store.path, QStringLiteral("梁淑芬"), security::Role::TeamLead);
    auto* nav = desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    nav->setCurrentRow(4);
    auto* daily = qobject_cast<ui::DailySummaryWidget*>(desk.window->reportsPane()->tabs()->widget(0));
    REQUIRE(daily != nullptr);
    daily->setDate(QDate(2025, 9, 15));
    auto* online = daily->findChild<QLabel*>(QStringLiteral("onlineFigureLabel"));
    auto* helpful = daily->findChild<QLabel*>(QStringLiteral("robotHelpfulFigureLabel"));
    REQUIRE(online != nullptr);
    REQUIRE(helpful != nullptr);
    CHECK(online->text() == QStringLiteral("3"));
    CHECK(helpful->text() == QStringLiteral("50.0%"));
    CHECK(daily->findChild<QLabel*>(QStringLiteral("satisfactionFigureLabel"))->text() == QStringLiteral("66.67%"));

    daily->setDate(QDate(2025, 9, 14)); // a Sunday without chats
    CHECK(online->text() == QStringLiteral("0"));
    CHECK(helpful->text() == QStringLiteral("—"));
}

TEST_CASE("render 每日汇总 and 月度分析 with the online figures to PNG files", "[.screenshot]")
{
    test::OnlineDesk d;
    test::Desk desk(d.store.path, QStringLiteral("梁淑芬"), security::Role::TeamLead);
    desk.window->resize(1400, 900);
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    auto* nav = desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    nav->setCurrentRow(4);
    auto* daily = qobject_cast<ui::DailySummaryWidget*>(desk.window->reportsPane()->tabs()->widget(0));
    daily->setDate(QDate(2025, 9, 15));
    QTest::qWait(100);
    CHECK(desk.window->grab().save(out + QStringLiteral("/ratings-daily.png")));
    ui::MonthlyReportWidget* w = showMonthly(desk);
    QTest::qWait(100);
    CHECK(desk.window->grab().save(out + QStringLiteral("/ratings-monthly.png")));
    w->findChild<QTabWidget*>(QStringLiteral("monthlyFiguresTabWidget"))->setCurrentIndex(3);
    QTest::qWait(50);
    CHECK(desk.window->grab().save(out + QStringLiteral("/ratings-monthly-satisfaction.png")));
}
