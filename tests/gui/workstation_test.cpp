#include "common/messages.h"
#include "desk.h"
#include "telephony/screenpop.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderdetail.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderlistmodel.h"
#include "tickets/workorderpane.h"
#include "tickets/workorderservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace hotline;
using hotline::test::beijing;
using hotline::test::Desk;
using hotline::test::typeInto;

TEST_CASE("the list model behaves as a model should")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    QAbstractItemModelTester tester(desk.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    desk.model()->reload();
    desk.model()->sort(ui::WorkOrderListModel::Due, Qt::AscendingOrder);
    CHECK(desk.model()->columnCount() == ui::WorkOrderListModel::ColumnCount);
}

TEST_CASE("an agent types a new work order by keyboard alone and finds it again after a restart")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    const QString question = QStringLiteral("专项附加扣除中赡养老人分摊比例怎么填？");
    {
        Desk desk(path);
        CHECK(desk.model()->rowCount() == 0);
        QTest::keyClick(desk.window.get(), Qt::Key_N, Qt::ControlModifier);
        ui::NewWorkOrderDialog* dialog = desk.openDialog();
        REQUIRE(dialog != nullptr);
        // Focus starts in the caller number; Tab walks the form in reading order.
        REQUIRE(QApplication::focusWidget() == dialog->fields()->callerNumberEdit());
        typeInto(QApplication::focusWidget(), QStringLiteral("0771-5551234"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(QApplication::focusWidget(), QStringLiteral("南宁市青秀区绿城餐饮管理有限公司"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(QApplication::focusWidget(), QStringLiteral("91450100MA5K3L8Q7Y"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(QApplication::focusWidget(), QStringLiteral("陈静"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // contact number: leave empty
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // channel: phone
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // category
        auto* category = qobject_cast<QComboBox*>(QApplication::focusWidget());
        REQUIRE(category != nullptr);
        QTest::keyClick(category, Qt::Key_Down); // the first topic (group headings are skipped)
        REQUIRE_FALSE(category->currentData().toString().isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // difficulty: ordinary
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == dialog->fields()->questionEdit());
        typeInto(QApplication::focusWidget(), question);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeInto(QApplication::focusWidget(),
                 QStringLiteral("非独生子女每人每月分摊不超过1500元，在扣缴端专项附加扣除采集中填写。"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(qobject_cast<QCheckBox*>(QApplication::focusWidget()) != nullptr);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // resolved during the call
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(desk.window->findChild<ui::NewWorkOrderDialog*>() == nullptr || !desk.openDialog());

        REQUIRE(desk.model()->rowCount() == 1);
        CHECK(desk.rowsWithQuestion(QStringLiteral("赡养老人")) == 1);
        // An agent sees the numbers masked in the list.
        CHECK(desk.model()->index(0, ui::WorkOrderListModel::Caller).data().toString() ==
              QStringLiteral("0771***1234"));
        CHECK(desk.model()->index(0, ui::WorkOrderListModel::TaxpayerId).data().toString() ==
              QStringLiteral("9145**********8Q7Y"));
        CHECK(desk.model()->index(0, ui::WorkOrderListModel::Status).data().toString() == QStringLiteral("已解决"));
        // The new work order is selected and shown in the detail editor with its timeline.
        REQUIRE(desk.pane()->detail()->current().has_value());
        CHECK(desk.pane()->detail()->current()->question == question);
        CHECK(desk.window->findChild<QLabel*>(QStringLiteral("countsLabel"))->text().contains(QStringLiteral("1")));
    }
    {
        Desk again(path);
        REQUIRE(again.model()->rowCount() == 1);
        QTest::keyClick(again.window.get(), Qt::Key_F, Qt::ControlModifier);
        typeInto(again.pane()->searchEdit(), QStringLiteral("赡养"));
        QTest::keyClick(again.pane()->searchEdit(), Qt::Key_Return);
        CHECK(again.model()->rowCount() == 1);
        CHECK(again.rowsWithQuestion(QStringLiteral("赡养老人")) == 1);
        again.pane()->searchEdit()->clear();
        typeInto(again.pane()->searchEdit(), QStringLiteral("社保"));
        QTest::keyClick(again.pane()->searchEdit(), Qt::Key_Return);
        CHECK(again.model()->rowCount() == 0);
    }
}

TEST_CASE("a wrong taxpayer ID keeps the form open with the reason and saves nothing")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    desk.pane()->newWorkOrder();
    ui::NewWorkOrderDialog* dialog = desk.openDialog();
    REQUIRE(dialog != nullptr);
    auto* fields = dialog->fields();
    typeInto(fields->callerNumberEdit(), QStringLiteral("13907711234"));
    typeInto(fields->findChild<QLineEdit*>(QStringLiteral("taxpayerIdLineEdit")), QStringLiteral("91450100MA5K3L8Q7X"));
    auto* category = fields->findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
    category->setCurrentIndex(1);
    typeInto(fields->questionEdit(), QStringLiteral("怎么查询申报记录？"));
    dialog->save();
    CHECK(dialog->isVisible());
    auto* error = fields->findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("纳税人识别号")));
    CHECK(QApplication::focusWidget() == fields->findChild<QLineEdit*>(QStringLiteral("taxpayerIdLineEdit")));
    desk.model()->reload();
    CHECK(desk.model()->rowCount() == 0);
}

TEST_CASE("the detail editor moves a work order through the status flow and records notes")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines);
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("13907711234");
    auto cats = tickets::CategoryRepository(desk.ws->db->connection()).all().value();
    d.categoryId = cats.at(1).id;
    d.question = QStringLiteral("扣缴端升级后打不开");
    auto w = service.create(d, desk.ws->currentOperator).value();
    desk.pane()->reloadAll();
    desk.pane()->selectWorkOrder(w.id);
    ui::WorkOrderDetail* detail = desk.pane()->detail();
    REQUIRE(detail->current().has_value());
    auto* start = detail->findChild<QPushButton*>(QStringLiteral("status_in_progressPushButton"));
    REQUIRE(start != nullptr);
    QTest::mouseClick(start, Qt::LeftButton);
    CHECK(detail->current()->status == tickets::Status::InProgress);
    auto* note = detail->findChild<QLineEdit*>(QStringLiteral("noteLineEdit"));
    typeInto(note, QStringLiteral("已远程协助重新安装"));
    QTest::keyClick(note, Qt::Key_Return);
    auto* timeline = detail->findChild<QTreeWidget*>(QStringLiteral("timelineTreeWidget"));
    REQUIRE(timeline->topLevelItemCount() == 3);
    CHECK(timeline->topLevelItem(2)->text(3) == QStringLiteral("已远程协助重新安装"));
    // Resolving takes the answer typed in the editor along.
    detail->findChild<QPlainTextEdit*>(QStringLiteral("answerPlainTextEdit"))->setPlainText(QStringLiteral("已解决"));
    QTest::mouseClick(detail->findChild<QPushButton*>(QStringLiteral("status_resolvedPushButton")), Qt::LeftButton);
    CHECK(detail->current()->status == tickets::Status::Resolved);
    CHECK(detail->current()->answer == QStringLiteral("已解决"));
}

TEST_CASE("a screen-pop from the CLI brings up the caller's history and a prefilled work order")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines);
    auto cats = tickets::CategoryRepository(desk.ws->db->connection()).all().value();
    tickets::WorkOrderDraft earlier;
    earlier.callerNumber = QStringLiteral("07715551234");
    earlier.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    earlier.contactName = QStringLiteral("陈静");
    earlier.categoryId = cats.at(1).id;
    earlier.question = QStringLiteral("上个月的申报怎么更正？");
    REQUIRE(service.create(earlier, desk.ws->currentOperator).ok());

    const QString socket = QStringLiteral("hotlinedesk-test-") + QString::number(QCoreApplication::applicationPid());
    qputenv("HOTLINEDESK_SOCKET", socket.toUtf8());
    telephony::ScreenPopServer server;
    REQUIRE(server.listen().ok());
    QObject::connect(&server, &telephony::ScreenPopServer::popRequested, desk.window.get(), &ui::MainWindow::popCaller);

    QProcess cli;
    cli.start(QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli"),
              {QStringLiteral("pop"), QStringLiteral("--caller"), QStringLiteral("0771-5551234")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 10000);
    INFO(cli.readAllStandardError().toStdString());
    CHECK(cli.exitCode() == 0);
    ui::NewWorkOrderDialog* dialog = desk.openDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->fields()->callerNumberEdit()->text() == QStringLiteral("07715551234"));
    CHECK(dialog->fields()->findChild<QLineEdit*>(QStringLiteral("unitNameLineEdit"))->text() == earlier.unitName);
    auto* history = dialog->findChild<QTreeWidget*>(QStringLiteral("historyTreeWidget"));
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(3) == earlier.question);
    qunsetenv("HOTLINEDESK_SOCKET");
}

TEST_CASE("a screen-pop with no workstation running fails with a clear message")
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOTLINEDESK_SOCKET"), QStringLiteral("hotlinedesk-nobody-listens"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli"),
              {QStringLiteral("pop"), QStringLiteral("--caller"), QStringLiteral("07715551234")});
    REQUIRE(cli.waitForFinished(10000));
    CHECK(cli.exitCode() == 1);
    CHECK(QString::fromUtf8(cli.readAllStandardError())
              .contains(QStringLiteral("No HotlineDesk workstation is running")));
}
