// Logins, switching user, masked taxpayer data and the audited reveal, as people use them.

#include "accounts/accountsdialog.h"
#include "accounts/passworddialog.h"
#include "categories/categorydialog.h"
#include "common/messages.h"
#include "desk.h"
#include "login/logindialog.h"
#include "security/accountrepository.h"
#include "tickets/categories.h"
#include "tickets/workorderdetail.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderservice.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>

using namespace hotline;
using hotline::test::beijing;
using hotline::test::Desk;
using hotline::test::typeInto;

namespace {

// A store opened as main() opens it, nobody logged in yet.
struct Store {
    Store()
    {
        auto opened = ui::openWorkspace(dir.filePath(QStringLiteral("desk.db")), clock, ids);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
    QTemporaryDir dir;
    ManualClock clock{beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
};

int auditCount(ui::Workspace& ws, const QString& action)
{
    QSqlQuery q(ws.db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Shows a dialog and makes it the active window, so keys go where a user's would.
void showActive(QDialog& dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

tickets::WorkOrder workOrderOf(Desk& desk, const security::Operator& by)
{
    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines);
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("13907711234");
    d.taxpayerId = QStringLiteral("91450100MA5K3L8Q7Y");
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    d.categoryId = tickets::CategoryRepository(desk.ws->db->connection()).all().value().at(1).id;
    d.question = QStringLiteral("扣缴端升级后打不开");
    auto w = service.create(d, by);
    REQUIRE(w.ok());
    desk.pane()->reloadAll();
    return w.value();
}

} // namespace

TEST_CASE("on a store without accounts the login dialog creates the administrator, refusing differing passwords")
{
    Store s;
    ui::LoginDialog dialog(*s.ws);
    REQUIRE(dialog.isFirstStart());
    REQUIRE(dialog.repeatEdit()->isVisibleTo(&dialog));
    std::optional<security::Operator> in;
    QObject::connect(&dialog, &ui::LoginDialog::loggedIn, [&in](const security::Operator& op) { in = op; });
    showActive(dialog);
    CHECK(QApplication::focusWidget() == dialog.nameEdit());

    typeInto(dialog.nameEdit(), QStringLiteral("管理员"));
    typeInto(dialog.passwordEdit(), QStringLiteral("Admin12366"));
    typeInto(dialog.repeatEdit(), QStringLiteral("Admin12367"));
    QTest::keyClick(dialog.repeatEdit(), Qt::Key_Return);
    CHECK_FALSE(in.has_value());
    CHECK(dialog.errorLabel()->isVisible());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("两次")));
    CHECK(dialog.passwordEdit()->text().isEmpty());

    typeInto(dialog.passwordEdit(), QStringLiteral("admin"));
    typeInto(dialog.repeatEdit(), QStringLiteral("admin"));
    QTest::keyClick(dialog.repeatEdit(), Qt::Key_Return);
    CHECK_FALSE(in.has_value());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("8")));

    typeInto(dialog.passwordEdit(), QStringLiteral("Admin12366"));
    typeInto(dialog.repeatEdit(), QStringLiteral("Admin12366"));
    QTest::keyClick(dialog.repeatEdit(), Qt::Key_Return);
    REQUIRE(in.has_value());
    CHECK(in->name == QStringLiteral("管理员"));
    CHECK(in->role == security::Role::Admin);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(auditCount(*s.ws, QStringLiteral("account_create")) == 1);
    CHECK(auditCount(*s.ws, QStringLiteral("login")) == 1);
    // The next start asks for name and password only.
    ui::LoginDialog next(*s.ws);
    CHECK_FALSE(next.isFirstStart());
    CHECK_FALSE(next.repeatEdit()->isVisibleTo(&next));
    CHECK(next.nameEdit()->text() == QStringLiteral("管理员"));
}

TEST_CASE("the login dialog logs in by keyboard alone: name, Tab, password, Enter")
{
    Store s;
    test::ensureAccount(*s.ws, s.clock, s.ids, QStringLiteral("李娜"), security::Role::Agent);
    ui::LoginDialog dialog(*s.ws);
    REQUIRE_FALSE(dialog.isFirstStart());
    std::optional<security::Operator> in;
    QObject::connect(&dialog, &ui::LoginDialog::loggedIn, [&in](const security::Operator& op) { in = op; });
    showActive(dialog);
    // The last name logged in here is offered, and focus waits in the password.
    CHECK(dialog.nameEdit()->text() == QStringLiteral("管理员"));
    CHECK(QApplication::focusWidget() == dialog.passwordEdit());
    dialog.nameEdit()->setFocus();
    dialog.nameEdit()->clear();
    typeInto(QApplication::focusWidget(), QStringLiteral("李娜"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == dialog.passwordEdit());
    typeInto(QApplication::focusWidget(), test::kDeskPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(in.has_value());
    CHECK(in->name == QStringLiteral("李娜"));
    CHECK(in->role == security::Role::Agent);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("a wrong password keeps the login dialog open with one message for name or password")
{
    Store s;
    test::ensureAccount(*s.ws, s.clock, s.ids, QStringLiteral("李娜"), security::Role::Agent);
    ui::LoginDialog dialog(*s.ws);
    bool loggedIn = false;
    QObject::connect(&dialog, &ui::LoginDialog::loggedIn, [&loggedIn] { loggedIn = true; });
    showActive(dialog);
    dialog.nameEdit()->setText(QStringLiteral("李娜"));
    typeInto(dialog.passwordEdit(), QStringLiteral("Wrong12366"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    CHECK_FALSE(loggedIn);
    CHECK(dialog.isVisible());
    const QString wrongPassword = dialog.errorLabel()->text();
    CHECK(wrongPassword == QStringLiteral("用户名或密码错误。"));
    CHECK(dialog.passwordEdit()->text().isEmpty());
    CHECK(QApplication::focusWidget() == dialog.passwordEdit());

    dialog.nameEdit()->setText(QStringLiteral("李四"));
    typeInto(dialog.passwordEdit(), test::kDeskPassword);
    dialog.submit();
    CHECK_FALSE(loggedIn);
    CHECK(dialog.errorLabel()->text() == wrongPassword);
}

TEST_CASE("after five wrong passwords the login dialog shows the lock-out until it expires")
{
    Store s;
    test::ensureAccount(*s.ws, s.clock, s.ids, QStringLiteral("李娜"), security::Role::Agent);
    ui::LoginDialog dialog(*s.ws);
    bool loggedIn = false;
    QObject::connect(&dialog, &ui::LoginDialog::loggedIn, [&loggedIn] { loggedIn = true; });
    showActive(dialog);
    dialog.nameEdit()->setText(QStringLiteral("李娜"));
    for (int i = 0; i < 5; ++i) {
        dialog.passwordEdit()->setText(QStringLiteral("Guess%1abc").arg(i));
        dialog.submit();
    }
    CHECK_FALSE(loggedIn);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("锁定")));
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("2025-09-30 10:15")));
    dialog.passwordEdit()->setText(test::kDeskPassword);
    dialog.submit();
    CHECK_FALSE(loggedIn);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("锁定")));
    s.clock.advanceSecs(15 * 60);
    dialog.passwordEdit()->setText(test::kDeskPassword);
    dialog.submit();
    CHECK(loggedIn);
}

TEST_CASE("an agent sees her work order masked and read-only, reveals it, and the reveal is audited")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    const tickets::WorkOrder w = workOrderOf(desk, desk.ws->currentOperator);
    desk.pane()->selectWorkOrder(w.id);
    ui::WorkOrderDetail* detail = desk.pane()->detail();
    REQUIRE(detail->current().has_value());
    ui::WorkOrderFields* fields = detail->fields();
    CHECK(fields->taxpayerIdEdit()->text() == QStringLiteral("9145**********8Q7Y"));
    CHECK(fields->callerNumberEdit()->text() == QStringLiteral("139****1234"));
    CHECK(fields->taxpayerIdEdit()->isReadOnly());
    CHECK(fields->callerNumberEdit()->isReadOnly());
    const int row = desk.model()->rowOf(w.id);
    CHECK(desk.model()->index(row, ui::WorkOrderListModel::TaxpayerId).data().toString() ==
          QStringLiteral("9145**********8Q7Y"));
    REQUIRE(detail->revealButton()->isVisible());
    REQUIRE(detail->revealButton()->isEnabled());
    CHECK(detail->revealButton()->text().contains(QStringLiteral("显示完整信息")));
    CHECK(auditCount(*desk.ws, QStringLiteral("reveal")) == 0);

    QTest::mouseClick(detail->revealButton(), Qt::LeftButton);
    CHECK(fields->taxpayerIdEdit()->text() == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(fields->callerNumberEdit()->text() == QStringLiteral("13907711234"));
    CHECK_FALSE(fields->taxpayerIdEdit()->isReadOnly());
    CHECK_FALSE(detail->revealButton()->isVisible());
    CHECK(auditCount(*desk.ws, QStringLiteral("reveal")) == 1);
    // The list stays masked: a reveal is for this work order, here.
    CHECK(desk.model()->index(row, ui::WorkOrderListModel::TaxpayerId).data().toString() ==
          QStringLiteral("9145**********8Q7Y"));
    // Another work order starts masked again.
    desk.pane()->selectWorkOrder({});
    detail->showWorkOrder(w.id);
    CHECK(fields->taxpayerIdEdit()->text() == QStringLiteral("9145**********8Q7Y"));
}

TEST_CASE("the search finds a work order by its full numbers while the list shows them masked")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    const tickets::WorkOrder w = workOrderOf(desk, desk.ws->currentOperator);
    for (const QString& text : {QStringLiteral("91450100MA5K3L8Q7Y"), QStringLiteral("13907711234")}) {
        desk.pane()->searchEdit()->setText(text);
        desk.pane()->applyFilters();
        REQUIRE(desk.model()->rowCount() == 1);
        CHECK(desk.model()->idAt(0) == w.id);
        CHECK(desk.model()->index(0, ui::WorkOrderListModel::TaxpayerId).data().toString() ==
              QStringLiteral("9145**********8Q7Y"));
        CHECK(desk.model()->index(0, ui::WorkOrderListModel::Caller).data().toString() ==
              QStringLiteral("139****1234"));
    }
}

TEST_CASE("an agent saves her masked work order without revealing it and the stored numbers stay")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    const tickets::WorkOrder w = workOrderOf(desk, desk.ws->currentOperator);
    desk.pane()->selectWorkOrder(w.id);
    ui::WorkOrderDetail* detail = desk.pane()->detail();
    detail->fields()->answerEdit()->setPlainText(QStringLiteral("请卸载后重新安装最新版本。"));
    detail->saveChanges();
    auto stored = tickets::WorkOrderRepository(desk.ws->db->connection()).find(w.id).value();
    REQUIRE(stored.has_value());
    CHECK(stored->answer == QStringLiteral("请卸载后重新安装最新版本。"));
    CHECK(stored->taxpayerId == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(stored->callerNumber == QStringLiteral("13907711234"));
    CHECK(detail->fields()->taxpayerIdEdit()->text() == QStringLiteral("9145**********8Q7Y"));
    CHECK(auditCount(*desk.ws, QStringLiteral("reveal")) == 0);
}

TEST_CASE("an agent cannot reveal a colleague's work order, and libcore refuses it if asked")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    const security::Operator colleague =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("王芳"), security::Role::Agent);
    const tickets::WorkOrder w = workOrderOf(desk, colleague);
    desk.pane()->selectWorkOrder(w.id);
    ui::WorkOrderDetail* detail = desk.pane()->detail();
    REQUIRE(detail->current().has_value());
    CHECK(detail->revealButton()->isVisible());
    CHECK_FALSE(detail->revealButton()->isEnabled());
    QStringList messages;
    ui::Messages::setHandler(
        [&messages](ui::Messages::Kind, const QString&, const QString& text) { messages << text; });
    detail->reveal();
    ui::Messages::setHandler({});
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QStringLiteral("自己")));
    CHECK(detail->fields()->taxpayerIdEdit()->text() == QStringLiteral("9145**********8Q7Y"));
    CHECK(auditCount(*desk.ws, QStringLiteral("reveal")) == 0);
}

TEST_CASE("a team lead sees taxpayer data in full, with nothing to reveal")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    const tickets::WorkOrder w = workOrderOf(desk, desk.ws->currentOperator);
    desk.pane()->selectWorkOrder(w.id);
    const int row = desk.model()->rowOf(w.id);
    CHECK(desk.model()->index(row, ui::WorkOrderListModel::TaxpayerId).data().toString() ==
          QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(desk.model()->index(row, ui::WorkOrderListModel::Caller).data().toString() == QStringLiteral("13907711234"));
    ui::WorkOrderDetail* detail = desk.pane()->detail();
    CHECK(detail->fields()->taxpayerIdEdit()->text() == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK_FALSE(detail->fields()->taxpayerIdEdit()->isReadOnly());
    CHECK_FALSE(detail->revealButton()->isVisible());
}

TEST_CASE("switching user logs out to the login dialog and in again as someone else")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("张敏"), security::Role::TeamLead);
    const tickets::WorkOrder w = workOrderOf(desk, desk.ws->currentOperator);
    desk.window->switchUser();
    ui::LoginDialog* login = nullptr;
    QTRY_VERIFY((login = desk.window->findChild<ui::LoginDialog*>()) != nullptr && login->isVisible());
    CHECK_FALSE(desk.window->isVisible());
    CHECK(desk.ws->currentOperator.id.isEmpty());
    CHECK(auditCount(*desk.ws, QStringLiteral("logout")) == 1);

    login->nameEdit()->setText(QStringLiteral("张敏"));
    login->passwordEdit()->setText(test::kDeskPassword);
    login->submit();
    CHECK(desk.window->isVisible());
    CHECK(desk.ws->currentOperator.name == QStringLiteral("张敏"));
    CHECK(desk.window->findChild<QAction*>(QStringLiteral("accountsAction"))->isEnabled() == false);
    const int row = desk.model()->rowOf(w.id);
    CHECK(desk.model()->index(row, ui::WorkOrderListModel::TaxpayerId).data().toString() ==
          QStringLiteral("91450100MA5K3L8Q7Y"));
}

TEST_CASE("cancelling the login after switching user closes the workstation")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    desk.window->switchUser();
    ui::LoginDialog* login = nullptr;
    QTRY_VERIFY((login = desk.window->findChild<ui::LoginDialog*>()) != nullptr && login->isVisible());
    login->reject();
    CHECK_FALSE(desk.window->isVisible());
    CHECK(desk.ws->currentOperator.id.isEmpty());
}

TEST_CASE("an agent's category edits are refused by libcore and the dialog says why")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    ui::CategoryDialog dialog(*desk.ws);
    const int groups = dialog.tree()->topLevelItemCount();
    dialog.nameEdit()->setText(QStringLiteral("个人养老金"));
    dialog.addGroup();
    CHECK(dialog.tree()->topLevelItemCount() == groups);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("无权")));
}

TEST_CASE("an administrator creates an account, resets its password and deactivates it in the accounts dialog")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("管理员"), security::Role::Admin);
    ui::AccountsDialog dialog(*desk.ws);
    CHECK(dialog.list()->topLevelItemCount() == 1);
    dialog.nameEdit()->setText(QStringLiteral("赵云"));
    dialog.roleComboBox()->setCurrentIndex(
        dialog.roleComboBox()->findData(static_cast<int>(security::Role::Technician)));
    dialog.passwordEdit()->setText(QStringLiteral("weak"));
    dialog.createAccount();
    CHECK(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("8")));
    dialog.passwordEdit()->setText(QStringLiteral("Zhaoyun2025"));
    dialog.createAccount();
    REQUIRE(dialog.list()->topLevelItemCount() == 2);
    security::AccountService accounts(*desk.ws->db, desk.clock, desk.ids);
    auto zhao = accounts.login(QStringLiteral("赵云"), QStringLiteral("Zhaoyun2025"));
    REQUIRE(zhao.ok());
    CHECK(zhao->role == security::Role::Technician);

    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        if (dialog.list()->topLevelItem(i)->text(0) == QStringLiteral("赵云")) {
            dialog.list()->setCurrentItem(dialog.list()->topLevelItem(i));
        }
    }
    dialog.passwordEdit()->setText(QStringLiteral("Reset12366"));
    dialog.resetPassword();
    CHECK(accounts.login(QStringLiteral("赵云"), QStringLiteral("Reset12366")).ok());
    dialog.setSelectedActive(false);
    CHECK(dialog.list()->currentItem()->text(2) == QStringLiteral("已停用"));
    CHECK(accounts.login(QStringLiteral("赵云"), QStringLiteral("Reset12366")).error().code ==
          ErrorCode::AuthenticationFailed);
    CHECK(auditCount(*desk.ws, QStringLiteral("account_deactivate")) == 1);
}

TEST_CASE("an operator changes the password in the password dialog after giving the current one")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    auto* dialog = new ui::PasswordDialog(*desk.ws, desk.window.get());
    QPointer<ui::PasswordDialog> alive(dialog);
    QStringList messages;
    ui::Messages::setHandler(
        [&messages](ui::Messages::Kind, const QString&, const QString& text) { messages << text; });
    dialog->currentEdit()->setText(QStringLiteral("NotMine123"));
    dialog->newEdit()->setText(QStringLiteral("Better2025"));
    dialog->repeatEdit()->setText(QStringLiteral("Better2025"));
    dialog->submit();
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("当前密码")));
    dialog->currentEdit()->setText(test::kDeskPassword);
    dialog->repeatEdit()->setText(QStringLiteral("Better2026"));
    dialog->submit();
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("两次")));
    dialog->repeatEdit()->setText(QStringLiteral("Better2025"));
    dialog->submit();
    ui::Messages::setHandler({});
    CHECK(messages.size() == 1);
    QTRY_VERIFY(alive.isNull()); // closed and deleted
    CHECK(security::AccountService(*desk.ws->db, desk.clock, desk.ids)
              .login(QStringLiteral("李娜"), QStringLiteral("Better2025"))
              .ok());
}
