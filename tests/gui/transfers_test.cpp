// 转办 and 回呼 in the workstation: the transfer dialog from the work-order detail, the expert team's queue, the
// callback dialog and queue, and Enter from the queue to the work order.

#include "common/messages.h"
#include "db/query.h"
#include "desk.h"
#include "service/callbackdialog.h"
#include "service/callbackswidget.h"
#include "service/servicepane.h"
#include "service/transferrequestdialog.h"
#include "service/transferswidget.h"
#include "tickets/workorderdetail.h"
#include "tickets/workorderservice.h"
#include "workflow/callbackservice.h"
#include "workflow/transferservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace hotline;

namespace {

struct Capture {
    Capture()
    {
        ui::Messages::setHandler([this](ui::Messages::Kind, const QString&, const QString& text) { shown << text; });
    }
    ~Capture() { ui::Messages::setHandler({}); }
    QStringList shown;
};

QString newWorkOrder(test::Desk& desk, const security::Operator& owner)
{
    auto cat = db::exec(desk.ws->db->connection(),
                        QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY name LIMIT 1"));
    REQUIRE(cat.ok());
    REQUIRE(cat.value().next());
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("0771-5551234");
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    d.channel = tickets::Channel::Phone;
    d.categoryId = cat.value().value(0).toString();
    d.question = QStringLiteral("经营所得汇算清缴时减免税额怎么填？");
    d.receivedAt = desk.clock.now().addSecs(-600);
    auto w = tickets::WorkOrderService(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines).create(d, owner);
    REQUIRE(w.ok());
    return w->id;
}

template <typename T> T* waitFor(QWidget* parent)
{
    for (int i = 0; i < 50; ++i) {
        if (auto* w = parent->findChild<T*>(); w != nullptr && w->isVisible()) {
            // A window manager activates a new dialog; the offscreen platform needs telling.
            QApplication::setActiveWindow(w);
            REQUIRE(QTest::qWaitForWindowActive(w));
            return w;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

template <typename T> T* tab(test::Desk& desk)
{
    ui::ServicePane* pane = desk.window->servicePane();
    auto* w = pane->findChild<T*>();
    REQUIRE(w != nullptr);
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(3);
    pane->tabs()->setCurrentWidget(w);
    return w;
}

QString statusText(test::Desk& desk, const QString& id)
{
    desk.pane()->reloadAll();
    const int row = desk.model()->rowOf(id);
    REQUIRE(row >= 0);
    return desk.model()->index(row, ui::WorkOrderListModel::Status).data().toString();
}

} // namespace

TEST_CASE("a work order goes to the expert team with Ctrl+Shift+T and comes back answered to its owner")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    QString id;
    {
        test::Desk agent(path);
        Capture capture;
        id = newWorkOrder(agent, agent.ws->currentOperator);
        agent.pane()->reloadAll();
        agent.pane()->selectWorkOrder(id);
        ui::WorkOrderDetail* detail = agent.pane()->detail();
        REQUIRE(detail->current());
        detail->setFocus();
        QTest::keyClick(detail, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = waitFor<ui::TransferRequestDialog>(agent.window.get());
        REQUIRE(dialog != nullptr);
        CHECK(dialog->questionEdit()->toPlainText() == QStringLiteral("经营所得汇算清缴时减免税额怎么填？"));
        CHECK(dialog->targetComboBox()->currentText() == workflow::Transfer{}.targetName());
        // 30 September 10:00 + two working days across National Day: 10 October 17:30.
        CHECK(dialog->dueAt() == test::beijing(QStringLiteral("2025-10-10 17:30")));
        dialog->questionEdit()->clear();
        dialog->submit();
        CHECK(dialog->isVisible()); // refused: the question is required
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        test::typeInto(dialog->questionEdit(), QStringLiteral("减免税额栏如何填写？"));
        dialog->submit();
        QTest::qWait(10);
        CHECK(capture.shown.isEmpty());
        CHECK(statusText(agent, id).startsWith(tickets::displayName(tickets::Status::Transferred)));
        CHECK(statusText(agent, id).contains(workflow::Transfer{}.targetName()));
        // The agent sees the transfer in their 转办 tab but cannot take it.
        auto* mine = tab<ui::TransfersWidget>(agent);
        REQUIRE(mine->list()->topLevelItemCount() == 1);
        CHECK_FALSE(mine->findChild<QPushButton*>(QStringLiteral("takePushButton"))->isVisible());
    }
    {
        // The expert logs in at the same store: the 转办 tab is the main screen.
        test::Desk expert(path, QStringLiteral("周专家"), security::Role::Expert);
        Capture capture;
        CHECK(expert.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->currentRow() == 3);
        auto* queue = tab<ui::TransfersWidget>(expert);
        REQUIRE(queue->list()->topLevelItemCount() == 1);
        QTreeWidgetItem* row = queue->list()->topLevelItem(0);
        CHECK(row->text(1) == QStringLiteral("减免税额栏如何填写？"));
        queue->list()->setCurrentItem(row);
        queue->list()->setFocus();
        QTest::keyClick(queue->list(), Qt::Key_T, Qt::ControlModifier);
        REQUIRE(queue->list()->topLevelItemCount() == 1);
        CHECK(queue->list()->topLevelItem(0)->text(3) == QStringLiteral("周专家"));
        CHECK(statusText(expert, id).contains(QStringLiteral("周专家")));
        tab<ui::TransfersWidget>(expert);
        queue->list()->setFocus();
        QTest::keyClick(queue->list(), Qt::Key_Return, Qt::ControlModifier);
        auto* answer = waitFor<ui::TransferAnswerDialog>(expert.window.get());
        REQUIRE(answer != nullptr);
        test::typeInto(answer->answerEdit(), QStringLiteral("在减免事项附表中填写。"));
        QTest::keyClick(answer->answerEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(10);
        CHECK(capture.shown.isEmpty());
        CHECK(queue->list()->topLevelItemCount() == 0);
    }
    {
        test::Desk agent(path);
        const QString status = statusText(agent, id);
        CHECK(status.startsWith(tickets::displayName(tickets::Status::InProgress)));
        CHECK(status.length() > tickets::displayName(tickets::Status::InProgress).length()); // 转办已答复
        agent.pane()->selectWorkOrder(id);
        auto* timeline = agent.pane()->detail()->findChild<QTreeWidget*>(QStringLiteral("timelineTreeWidget"));
        REQUIRE(timeline != nullptr);
        bool answered = false;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            answered = answered || timeline->topLevelItem(i)->text(3) == QStringLiteral("在减免事项附表中填写。");
        }
        CHECK(answered);
    }
}

TEST_CASE("a callback from Ctrl+Shift+B: an attempt too soon is refused, a later one accepted, Enter opens the work "
          "order")
{
    QTemporaryDir dir;
    test::Desk agent(dir.filePath(QStringLiteral("desk.db")));
    Capture capture;
    const QString id = newWorkOrder(agent, agent.ws->currentOperator);
    agent.pane()->reloadAll();
    agent.pane()->selectWorkOrder(id);
    ui::WorkOrderDetail* detail = agent.pane()->detail();
    REQUIRE(detail->current());
    detail->setFocus();
    QTest::keyClick(detail, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = waitFor<ui::CallbackDialog>(agent.window.get());
    REQUIRE(dialog != nullptr);
    CHECK(dialog->numberEdit()->text() == QStringLiteral("07715551234"));
    CHECK(dialog->assigneeComboBox()->currentData().toString() == agent.ws->currentOperator.id);
    dialog->numberEdit()->setText(QStringLiteral("12366"));
    test::typeInto(dialog->reasonEdit(), QStringLiteral("核实后回复"));
    dialog->submit();
    CHECK(dialog->isVisible()); // a service number cannot be called back
    CHECK(dialog->numberEdit()->hasFocus());
    dialog->numberEdit()->setText(QStringLiteral("139 0771 1234"));
    const QPointer<ui::CallbackDialog> guard(dialog);
    dialog->submit();
    QTest::qWait(10);
    CHECK((guard.isNull() || !guard->isVisible()));

    auto* queue = tab<ui::CallbacksWidget>(agent);
    queue->refresh();
    REQUIRE(queue->list()->topLevelItemCount() == 1);
    QTreeWidgetItem* row = queue->list()->topLevelItem(0);
    CHECK(row->text(0) == QStringLiteral("13907711234")); // the assignee dials it
    CHECK(row->text(5) == QStringLiteral("0"));
    queue->list()->setCurrentItem(row);
    queue->list()->setFocus();
    QTest::keyClick(queue->list(), Qt::Key_2); // 未接
    CHECK(capture.shown.isEmpty());
    REQUIRE(queue->list()->topLevelItemCount() == 1);
    CHECK(queue->list()->topLevelItem(0)->text(5) == QStringLiteral("1"));
    CHECK(queue->list()->topLevelItem(0)->text(6).endsWith(QStringLiteral("10:30")));

    agent.clock.advanceSecs(20 * 60);
    QTest::keyClick(queue->list(), Qt::Key_3); // 忙, too soon
    REQUIRE(capture.shown.size() == 1);
    CHECK(capture.shown.first().contains(QStringLiteral("10:30")));
    CHECK(queue->list()->topLevelItem(0)->text(5) == QStringLiteral("1"));

    agent.clock.advanceSecs(10 * 60);
    queue->refresh();
    queue->noteEdit()->setText(QStringLiteral("已告知结果"));
    QTest::keyClick(queue->list(), Qt::Key_1); // 接通
    CHECK(capture.shown.size() == 1);
    CHECK(queue->list()->topLevelItemCount() == 0);
    auto attempts =
        db::exec(agent.ws->db->connection(), QStringLiteral("SELECT count(*), max(note) FROM callback_attempts"));
    REQUIRE(attempts.ok());
    REQUIRE(attempts.value().next());
    CHECK(attempts.value().value(0).toInt() == 2);
    CHECK(attempts.value().value(1).toString() == QStringLiteral("已告知结果"));

    // A second callback: Enter on it opens the work order with the caller's history.
    workflow::CallbackService service(*agent.ws->db, agent.clock, agent.ids, agent.ws->deadlines);
    REQUIRE(
        service
            .create(
                {id, QStringLiteral("0771-5551234"), QStringLiteral("补充材料"), {}, agent.clock.now().addDays(2), {}},
                agent.ws->currentOperator)
            .ok());
    agent.pane()->selectWorkOrder({});
    queue->refresh();
    REQUIRE(queue->list()->topLevelItemCount() == 1);
    queue->list()->setCurrentItem(queue->list()->topLevelItem(0));
    queue->list()->setFocus();
    QTest::keyClick(queue->list(), Qt::Key_Return);
    CHECK(agent.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->currentRow() == 0);
    REQUIRE(agent.pane()->detail()->current());
    CHECK(agent.pane()->detail()->current()->id == id);
    CHECK(agent.pane()->searchEdit()->text() == QStringLiteral("07715551234"));
    CHECK(agent.model()->rowOf(id) >= 0);
    // Not needed any more: cancelled, the queue is empty.
    tab<ui::CallbacksWidget>(agent);
    queue->list()->setCurrentItem(queue->list()->topLevelItem(0));
    QTest::mouseClick(queue->findChild<QPushButton*>(QStringLiteral("cancelCallbackPushButton")), Qt::LeftButton);
    CHECK(capture.shown.size() == 1);
    CHECK(queue->list()->topLevelItemCount() == 0);
}

TEST_CASE("render the transfer and callback tabs to PNG files", "[.screenshot]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    test::Desk lead(path, QStringLiteral("张敏"), security::Role::TeamLead);
    const security::Operator agent =
        test::ensureAccount(*lead.ws, lead.clock, lead.ids, QStringLiteral("李娜"), security::Role::Agent);
    workflow::TransferService transfers(*lead.ws->db, lead.clock, lead.ids, lead.ws->deadlines);
    workflow::CallbackService callbacks(*lead.ws->db, lead.clock, lead.ids, lead.ws->deadlines);
    for (int i = 0; i < 5; ++i) {
        const QString id = newWorkOrder(lead, i % 2 == 0 ? agent : lead.ws->currentOperator);
        workflow::TransferRequest r{id,
                                    i < 3 ? workflow::TransferTarget::ExpertTeam : workflow::TransferTarget::Department,
                                    i < 3 ? QString() : QStringLiteral("所得税科"),
                                    QStringLiteral("第%1个问题：经营所得汇算清缴时减免税额怎么填？").arg(i + 1),
                                    i == 0 ? lead.clock.now().addSecs(3600) : QDateTime()};
        REQUIRE(transfers.request(r, lead.ws->currentOperator).ok());
        REQUIRE(callbacks
                    .create({id,
                             QStringLiteral("1390771123%1").arg(i),
                             QStringLiteral("回复退税进度"),
                             {},
                             i == 0 ? lead.clock.now().addSecs(1800) : lead.clock.now().addDays(i),
                             i % 2 == 0 ? agent.id : QString()},
                            lead.ws->currentOperator)
                    .ok());
    }
    lead.clock.advanceSecs(2 * 3600);
    lead.window->resize(1280, 760);
    tab<ui::TransfersWidget>(lead)->refresh();
    QTest::qWait(20);
    CHECK(lead.window->grab().save(out + QStringLiteral("/service-transfers.png")));
    tab<ui::CallbacksWidget>(lead)->refresh();
    QTest::qWait(20);
    CHECK(lead.window->grab().save(out + QStringLiteral("/service-callbacks.png")));
    lead.pane()->reloadAll();
    lead.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(0);
    lead.pane()->selectWorkOrder(lead.pane()->model()->idAt(0));
    QTest::qWait(20);
    CHECK(lead.window->grab().save(out + QStringLiteral("/workorders-transferred.png")));
    const QString fresh = newWorkOrder(lead, lead.ws->currentOperator);
    const auto w = tickets::WorkOrderService(*lead.ws->db, lead.clock, lead.ids, lead.ws->deadlines)
                       .view(fresh, lead.ws->currentOperator)
                       .value();
    for (QDialog* d :
         std::initializer_list<QDialog*>{new ui::TransferRequestDialog(*lead.ws, w, lead.window.get()),
                                         new ui::CallbackDialog(*lead.ws, w, lead.window.get()),
                                         new ui::TransferAnswerDialog(w.ticketNo, w.question, lead.window.get())}) {
        d->show();
        QTest::qWait(20);
        CHECK(d->grab().save(out + QStringLiteral("/") + d->objectName() + QStringLiteral(".png")));
        d->close();
    }
}
