// Not a test: a hidden case that renders the workstation on a store to PNG files for people to look at.
// HOTLINEDESK_SCREENSHOT_DB=demo.db HOTLINEDESK_SCREENSHOT_DIR=/tmp/shots build/dev/tests/gui/test_gui "[.screenshot]"

#include "calendar/workcalendar.h"
#include "common/bootstrap.h"
#include "demo/demodata.h"
#include "knowledge/knowledgepane.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "qa/evaluationformwidget.h"
#include "qa/markerswidget.h"
#include "qa/playbacktab.h"
#include "qa/playerwidget.h"
#include "qa/qapane.h"
#include "qa/recordingswidget.h"
#include "recordings/markers.h"
#include "reports/reportspane.h"
#include "security/accountservice.h"
#include "service/servicepane.h"
#include "testsupport.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderpane.h"

#include <QApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace hotline;

TEST_CASE("render the workstation to PNG files", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DB");
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    REQUIRE_FALSE(path.isEmpty());
    SystemClock clock;
    UuidGenerator ids;
    auto ws = ui::openWorkspace(path, clock, ids);
    REQUIRE(ws.ok());
    {
        ui::LoginDialog login(*ws.value());
        login.nameEdit()->setText(QStringLiteral("黄晓雯"));
        login.passwordEdit()->setText(QStringLiteral("wrong"));
        login.submit();
        login.show();
        QTest::qWait(20);
        CHECK(login.grab().save(out + QStringLiteral("/login.png")));
    }
    // A demo store: whoever logged in last, with the demo password.
    security::AccountService accounts(*ws.value()->db, clock, ids);
    auto op = accounts.login(accounts.lastLoginName().value(), demo::demoPassword());
    REQUIRE(op.ok());
    ws.value()->currentOperator = op.value();
    ui::MainWindow window(*ws.value());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.workOrderPane()->view()->selectRow(2);
    QTest::qWait(50);
    CHECK(window.grab().save(out + QStringLiteral("/main.png")));
    window.popCaller(qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_CALLER", QStringLiteral("13907711234")));
    QTest::qWait(50);
    auto* dialog = window.findChild<ui::NewWorkOrderDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->grab().save(out + QStringLiteral("/newworkorder.png")));
    dialog->close();
    window.knowledgePane()->searchEdit()->setText(QStringLiteral("年终奖 计税"));
    window.knowledgePane()->search();
    window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(1);
    QTest::qWait(50);
    CHECK(window.grab().save(out + QStringLiteral("/knowledge.png")));

    // The QA inspector's screen: a demo recording opened from the catalogue, two markers, a deduction tied to one.
    auto qa = accounts.login(QStringLiteral("蒙丽华"), demo::demoPassword());
    if (!qa.ok()) {
        return; // a store without the demo QA inspector
    }
    window.close();
    ws.value()->currentOperator = qa.value();
    ui::MainWindow qaWindow(*ws.value());
    qaWindow.show();
    REQUIRE(QTest::qWaitForWindowExposed(&qaWindow));
    qaWindow.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(2);
    QTabWidget* tabs = qaWindow.qaPane()->tabs();
    auto* catalogue = tabs->findChild<ui::RecordingsWidget*>();
    REQUIRE(catalogue != nullptr);
    QTest::qWait(50);
    CHECK(qaWindow.grab().save(out + QStringLiteral("/qa-recordings.png")));
    const QModelIndex first = catalogue->table()->model()->index(0, 0);
    REQUIRE(first.isValid());
    catalogue->table()->setCurrentIndex(first);
    emit catalogue->table()->activated(first);
    auto* bench = tabs->findChild<ui::PlaybackTab*>();
    REQUIRE(bench != nullptr);
    CHECK(tabs->currentWidget() == bench);
    bench->player()->seekTo(41000);
    (void)bench->markers()->addMarker(41000, QStringLiteral("政策解答有误：专项附加扣除口径说错"));
    (void)bench->markers()->addMarker(52000, QStringLiteral("未核实来电人身份"));
    if (QDoubleSpinBox* policy = bench->form()->deductionSpinBox(QStringLiteral("policy_accuracy"))) {
        policy->setValue(5);
        bench->form()->reasonEdit(QStringLiteral("policy_accuracy"))->setText(QStringLiteral("专项附加扣除标准答错"));
    }
    QTest::qWait(100);
    CHECK(qaWindow.grab().save(out + QStringLiteral("/qa-scoring.png")));
    qaWindow.close();

    // The team lead's 服务管理 (every tab) and 统计报表 (daily summary, monthly analysis).
    auto lead = accounts.login(QStringLiteral("梁淑芬"), demo::demoPassword());
    REQUIRE(lead.ok());
    ws.value()->currentOperator = lead.value();
    ui::MainWindow leadWindow(*ws.value());
    leadWindow.show();
    REQUIRE(QTest::qWaitForWindowExposed(&leadWindow));
    auto* nav = leadWindow.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    nav->setCurrentRow(3);
    const QStringList serviceShots = {QStringLiteral("transfers"), QStringLiteral("callbacks"),
                                      QStringLiteral("complaints"), QStringLiteral("visits")};
    QTabWidget* service = leadWindow.servicePane()->tabs();
    REQUIRE(service->count() >= serviceShots.size()); // then 培训, 资料库, 扣缴端版本
    for (int i = 0; i < serviceShots.size(); ++i) {
        service->setCurrentIndex(i);
        QTest::qWait(100);
        CHECK(leadWindow.grab().save(out + QStringLiteral("/service-") + serviceShots.at(i) + QStringLiteral(".png")));
    }
    nav->setCurrentRow(4);
    QTabWidget* reports = leadWindow.reportsPane()->tabs();
    const QStringList reportShots = {QStringLiteral("daily"), QStringLiteral("monthly")};
    REQUIRE(reports->count() >= reportShots.size());
    // The last weekday's summary and the previous month's analysis with its improvement plan.
    const QDate today = clock.now().toTimeZone(calendar::beijingTime()).date();
    QDate weekday = today;
    while (weekday.dayOfWeek() > 5) {
        weekday = weekday.addDays(-1);
    }
    if (auto* day = reports->findChild<QDateEdit*>(QStringLiteral("dailyDateEdit"))) {
        day->setDate(weekday);
    }
    if (auto* month = reports->findChild<QDateEdit*>(QStringLiteral("monthlyMonthDateEdit"))) {
        month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    }
    for (int i = 0; i < reportShots.size(); ++i) {
        reports->setCurrentIndex(i);
        QTest::qWait(200);
        CHECK(leadWindow.grab().save(out + QStringLiteral("/reports-") + reportShots.at(i) + QStringLiteral(".png")));
    }
    // 网上咨询 as the lead sees it without a portal (with one: tests/gui/chatpane_test.cpp's screenshot case).
    nav->setCurrentRow(5);
    QTest::qWait(100);
    CHECK(leadWindow.grab().save(out + QStringLiteral("/chat.png")));
    leadWindow.close();

    // The expert team's queue of transfers.
    auto expert = accounts.login(QStringLiteral("农振华"), demo::demoPassword());
    REQUIRE(expert.ok());
    ws.value()->currentOperator = expert.value();
    ui::MainWindow expertWindow(*ws.value());
    expertWindow.show();
    REQUIRE(QTest::qWaitForWindowExposed(&expertWindow));
    expertWindow.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(3);
    expertWindow.servicePane()->tabs()->setCurrentIndex(0);
    QTest::qWait(100);
    CHECK(expertWindow.grab().save(out + QStringLiteral("/expert-transfers.png")));
}
