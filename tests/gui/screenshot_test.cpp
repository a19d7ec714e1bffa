// Not a test: a hidden case that renders the workstation on a store to PNG files for people to look at.
// HOTLINEDESK_SCREENSHOT_DB=demo.db HOTLINEDESK_SCREENSHOT_DIR=/tmp/shots build/dev/tests/gui/test_gui "[.screenshot]"

#include "common/bootstrap.h"
#include "demo/demodata.h"
#include "login/logindialog.h"
#include "knowledge/knowledgepane.h"
#include "mainwindow.h"
#include "security/accountservice.h"
#include "testsupport.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderpane.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
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
}
