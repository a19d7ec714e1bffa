#include "common/messages.h"
#include "db/query.h"
#include "desk.h"
#include "qa/qapane.h"
#include "qa/recordingswidget.h"
#include "service/complaintdialog.h"
#include "service/complaintswidget.h"
#include "service/servicepane.h"
#include "tickets/workorderdetail.h"
#include "tickets/workorderservice.h"
#include "workflow/complaintservice.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace hotline;

namespace {

struct Shown {
    Shown()
    {
        ui::Messages::setHandler([this](ui::Messages::Kind, const QString&, const QString& text) { texts << text; });
    }
    ~Shown() { ui::Messages::setHandler({}); }
    QStringList texts;
};

int count(const test::Desk& desk, const QString& sql)
{
    auto q = db::exec(desk.ws->db->connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toInt();
}

ui::ComplaintsWidget* openComplaints(test::Desk& desk)
{
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(3); // Alt+4
    auto* widget = desk.window->servicePane()->findChild<ui::ComplaintsWidget*>();
    REQUIRE(widget != nullptr);
    desk.window->servicePane()->tabs()->setCurrentWidget(widget);
    return widget;
}

ui::ComplaintDialog* waitDialog(test::Desk& desk)
{
    ui::ComplaintDialog* dialog = nullptr;
    for (int i = 0; i < 50 && dialog == nullptr; ++i) {
        dialog = desk.window->findChild<ui::ComplaintDialog*>();
        if (dialog == nullptr || !dialog->isVisible()) {
            dialog = nullptr;
            QTest::qWait(10);
        }
    }
    REQUIRE(dialog != nullptr);
    return dialog;
}

QString newWorkOrder(test::Desk& desk, const security::Operator& owner)
{
    auto cat = db::exec(desk.ws->db->connection(),
                        QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY name LIMIT 1"));
    REQUIRE(cat.ok());
    REQUIRE(cat.value().next());
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("0771-5551234");
    d.contactName = QStringLiteral("陈静");
    d.channel = tickets::Channel::Phone;
    d.categoryId = cat.value().value(0).toString();
    d.question = QStringLiteral("小规模纳税人季度销售额未超过30万元，是否免征增值税？");
    d.answer = QStringLiteral("符合条件的可以享受免征增值税优惠。");
    d.receivedAt = desk.clock.now().addSecs(-3600);
    auto w = tickets::WorkOrderService(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines).create(d, owner);
    REQUIRE(w.ok());
    return w->id;
}

} // namespace

TEST_CASE("the quality manager registers a complaint with Ctrl+Shift+C and takes it to closure")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("吴质"), security::Role::QualityManager);
    Shown shown;
    auto* complaints = openComplaints(desk);
    CHECK(complaints->list()->topLevelItemCount() == 0);
    complaints->list()->setFocus();
    QTest::keyClick(complaints->list(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = waitDialog(desk);
    dialog->findChild<QComboBox*>(QStringLiteral("complaintSubjectComboBox"))->setCurrentIndex(1);  // 答复内容
    dialog->findChild<QComboBox*>(QStringLiteral("complaintSeverityComboBox"))->setCurrentIndex(2); // 严重
    dialog->findChild<QLineEdit*>(QStringLiteral("complainantNameLineEdit"))->setText(QStringLiteral("陈静"));
    auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("complainantPhoneLineEdit"));
    phone->setText(QStringLiteral("12366"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("complaintSummaryPlainTextEdit"))
        ->setPlainText(QStringLiteral("答复的申报期限错误，导致逾期申报"));
    dialog->save(); // a service number is refused, and the dialog stays open on the field
    REQUIRE(shown.texts.size() == 1);
    CHECK(dialog->isVisible());
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    phone->setText(QStringLiteral("139 0771 1234"));
    dialog->save();
    CHECK(shown.texts.size() == 1);

    REQUIRE(complaints->list()->topLevelItemCount() == 1);
    QTreeWidgetItem* row = complaints->list()->topLevelItem(0);
    CHECK(row->text(0).startsWith(QStringLiteral("TS-20250930-")));
    CHECK(row->text(0).endsWith(QStringLiteral("-001")));
    CHECK(row->foreground(0).color() == QColor(0xc0, 0x1c, 0x1c)); // serious and open: red
    CHECK(complaints->list()->isSortingEnabled());

    auto* note = complaints->findChild<QLineEdit*>(QStringLiteral("complaintNoteLineEdit"));
    note->setText(QStringLiteral("调取录音，确认答复的期限有误"));
    QTest::keyClick(note, Qt::Key_Return);
    complaints->findChild<QComboBox*>(QStringLiteral("complaintResultComboBox"))->setCurrentIndex(1); // 属实
    complaints->saveResult();
    auto* close = complaints->findChild<QPushButton*>(QStringLiteral("closeComplaintButton"));
    CHECK_FALSE(close->isEnabled()); // no reply yet
    complaints->findChild<QPlainTextEdit*>(QStringLiteral("complaintReplyPlainTextEdit"))
        ->setPlainText(QStringLiteral("已向纳税人致歉并说明正确期限"));
    complaints->reply();
    REQUIRE(close->isEnabled());
    close->click();
    CHECK(shown.texts.size() == 1);
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'closed' AND result = 'upheld' "
                                     "AND owner_id IS NOT NULL")) == 1);
    auto* trail = complaints->findChild<QTreeWidget*>(QStringLiteral("complaintTrailTreeWidget"));
    CHECK(trail->topLevelItemCount() == 5); // registered, note, result, reply, closed
    CHECK(complaints->list()->topLevelItem(0)->foreground(0).color() != QColor(0xc0, 0x1c, 0x1c));

    // Filtered to the open ones, the closed complaint is gone; reopening needs the reason in the note field.
    auto* status = complaints->findChild<QComboBox*>(QStringLiteral("complaintStatusFilterComboBox"));
    status->setCurrentIndex(1); // 待处理
    CHECK(complaints->list()->topLevelItemCount() == 0);
    status->setCurrentIndex(0);
    REQUIRE(complaints->list()->topLevelItemCount() == 1);
    complaints->reopen();
    CHECK(shown.texts.size() == 2);
    note->setText(QStringLiteral("纳税人再次来电"));
    complaints->reopen();
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'investigating'")) == 1);
}

TEST_CASE("an agent registers a complaint from the work order and sees only their own, without handling")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")));
    Shown shown;
    const QString wo = newWorkOrder(desk, desk.ws->currentOperator);
    desk.pane()->reloadAll();
    desk.pane()->selectWorkOrder(wo);
    auto* button = desk.pane()->detail()->findChild<QPushButton*>(QStringLiteral("workOrderComplaintButton"));
    REQUIRE(button != nullptr);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = waitDialog(desk);
    CHECK(dialog->findChild<QComboBox*>(QStringLiteral("complaintAgentComboBox"))->currentText() ==
          QStringLiteral("李娜"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("complaintSummaryPlainTextEdit"))
        ->setPlainText(QStringLiteral("纳税人投诉等待时间过长"));
    dialog->save();
    CHECK(shown.texts.isEmpty());
    CHECK(count(desk, QString(QStringLiteral("SELECT count(*) FROM complaints WHERE work_order_id = '") + wo +
                              QStringLiteral("'"))) == 1);

    // One registered by someone else is not in the agent's list.
    const security::Operator lead =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("张敏"), security::Role::TeamLead);
    workflow::ComplaintDraft other;
    other.subject = workflow::ComplaintSubject::Software;
    other.summary = QStringLiteral("扣缴端升级后无法登录");
    REQUIRE(workflow::ComplaintService(desk.ws->db->connection(), desk.clock, desk.ids)
                .registerComplaint(other, lead)
                .ok());
    auto* complaints = openComplaints(desk);
    complaints->reload();
    CHECK(complaints->list()->topLevelItemCount() == 1);
    CHECK(complaints->findChild<QWidget*>(QStringLiteral("complaintOwnerFilterComboBox"))->isHidden());
    CHECK_FALSE(complaints->findChild<QPushButton*>(QStringLiteral("closeComplaintButton"))->isVisibleTo(complaints));
    CHECK(complaints->findChild<QPushButton*>(QStringLiteral("playComplaintRecordingButton"))->isHidden());
}

TEST_CASE("the complaint's recording opens in 质检 for a role that may listen")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("吴质"), security::Role::QualityManager);
    Shown shown;
    const QString wo = newWorkOrder(desk, desk.ws->currentOperator);
    const QString recording = QStringLiteral("rec-complaint-1");
    REQUIRE(db::exec(desk.ws->db->connection(),
                     QStringLiteral("INSERT INTO recordings (id, agent_code, caller_number, started_at, duration_ms, "
                                    "format, sample_rate, channels, file_name, path, storage, size_bytes, sha256, "
                                    "work_order_id, imported_by, imported_at) VALUES (?, '', '13907711234', ?, 60000, "
                                    "'alaw', 8000, 1, 'c.wav', '/nowhere/c.wav', 'in_place', 1000, 'abc', ?, ?, ?)"),
                     {recording, desk.clock.now().addSecs(-3600).toMSecsSinceEpoch(), wo, desk.ws->currentOperator.id,
                      desk.clock.now().toMSecsSinceEpoch()})
                .ok());
    workflow::ComplaintDraft d;
    d.subject = workflow::ComplaintSubject::Answer;
    d.summary = QStringLiteral("答复错误");
    d.workOrderId = wo; // the recording is found from the work order
    REQUIRE(workflow::ComplaintService(desk.ws->db->connection(), desk.clock, desk.ids)
                .registerComplaint(d, desk.ws->currentOperator)
                .ok());
    auto* complaints = openComplaints(desk);
    complaints->reload();
    auto* play = complaints->findChild<QPushButton*>(QStringLiteral("playComplaintRecordingButton"));
    REQUIRE(play->isVisibleTo(complaints));
    REQUIRE(play->isEnabled());
    play->click();
    CHECK(desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->currentRow() == 2);
    REQUIRE(desk.window->qaPane()->recordings() != nullptr);
    CHECK(desk.window->qaPane()->recordings()->currentRecordingId() == recording);
}

TEST_CASE("complaint screenshots", "[.screenshot]")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    const QString out = qEnvironmentVariable("HOTLINE_SCREENSHOTS", QDir::tempPath());
    const QString wo = newWorkOrder(desk, desk.ws->currentOperator);
    workflow::ComplaintService service(desk.ws->db->connection(), desk.clock, desk.ids);
    const security::Operator agent =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("李娜"), security::Role::Agent);
    const workflow::ComplaintSeverity severities[] = {
        workflow::ComplaintSeverity::Serious, workflow::ComplaintSeverity::Minor, workflow::ComplaintSeverity::Normal};
    QString first;
    for (int i = 0; i < 3; ++i) {
        workflow::ComplaintDraft d;
        d.receivedAt = desk.clock.now().addSecs(-3600 * (i + 1));
        d.complainantName = QStringLiteral("陈静");
        d.complainantPhone = QStringLiteral("13907711234");
        d.subject = i == 0 ? workflow::ComplaintSubject::Agent : workflow::ComplaintSubject::Answer;
        d.subjectAgentId = i == 0 ? agent.id : QString();
        d.workOrderId = i == 0 ? wo : QString();
        d.summary = i == 0 ? QStringLiteral("坐席答复不耐烦，中途挂断电话")
                           : QStringLiteral("答复的政策口径与办税服务厅不一致");
        d.severity = severities[i];
        auto c = service.registerComplaint(d, desk.ws->currentOperator);
        REQUIRE(c.ok());
        first = i == 0 ? c.value().id : first;
    }
    REQUIRE(service.addInvestigationNote(first, QStringLiteral("调取录音核实，坐席语气生硬"), desk.ws->currentOperator)
                .ok());
    REQUIRE(service.setResult(first, workflow::ComplaintResult::PartlyUpheld, desk.ws->currentOperator).ok());
    auto* complaints = openComplaints(desk);
    complaints->reload();
    complaints->selectComplaint(first);
    CHECK(desk.window->grab().save(out + QStringLiteral("/complaints.png")));
    complaints->newComplaint();
    CHECK(waitDialog(desk)->grab().save(out + QStringLiteral("/complaintdialog.png")));
}
