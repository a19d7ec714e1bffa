// The scorecard form (评分), the scorecard editor (评分表…) and live monitoring (实时监控) in the 质检 pane: the total
// follows what the inspector types, a deduction without a reason is refused with the row focused, a submitted
// evaluation is stored with its items; the lead's edit becomes a new version; findings are logged with Ctrl+Enter.

#include "common/bootstrap.h"
#include "db/query.h"
#include "mainwindow.h"
#include "qa/evaluation.h"
#include "qa/evaluationformwidget.h"
#include "qa/livefindingswidget.h"
#include "qa/qapane.h"
#include "qa/scorecardeditordialog.h"
#include "qa/scorecardrepository.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace hotline;

namespace {

struct QaDesk {
    explicit QaDesk(security::Role role = security::Role::QaInspector)
    {
        ws = ui::openWorkspace(dir.filePath(QStringLiteral("qa.db")), clock, ids).value();
        security::OperatorRepository ops(ws->db->connection());
        agent = ops.create(QStringLiteral("张三"), security::Role::Agent, ids, clock).value();
        ops.create(QStringLiteral("李四"), security::Role::OnlineAgent, ids, clock).value();
        ws->currentOperator = ops.create(QStringLiteral("周质检"), role, ids, clock).value();
        const qint64 at = clock.now().toMSecsSinceEpoch();
        recording = ids.next();
        REQUIRE(db::exec(ws->db->connection(),
                         QStringLiteral("INSERT INTO recordings (id, agent_id, started_at, duration_ms, format, "
                                        "sample_rate, channels, file_name, path, storage, size_bytes, sha256, "
                                        "imported_by, imported_at) VALUES (?, ?, ?, 183000, 'alaw', 8000, 1, "
                                        "'a.wav', '/srv/a.wav', 'in_place', 1000, 'abc', 'x', ?)"),
                         {recording, agent.id, at, at})
                    .ok());
        marker = ids.next();
        REQUIRE(db::exec(ws->db->connection(),
                         QStringLiteral("INSERT INTO recording_markers (id, recording_id, position_ms, comment, "
                                        "author_id, created_at) VALUES (?, ?, 133000, '政策解答有误', 'x', ?)"),
                         {marker, recording, at})
                    .ok());
    }

    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    UuidGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    security::Operator agent;
    QString recording;
    QString marker;
};

QStringList tabTitles(QTabWidget* tabs)
{
    QStringList out;
    for (int i = 0; i < tabs->count(); ++i) {
        out << tabs->tabText(i);
    }
    return out;
}

} // namespace

TEST_CASE("the scoring form's total follows the deductions as they are typed, and a score is submitted")
{
    QaDesk desk;
    ui::EvaluationFormWidget form(*desk.ws);
    form.resize(480, 900);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    CHECK_FALSE(form.submitButton()->isEnabled());        // no recording yet
    CHECK_FALSE(form.editScorecardButton()->isVisible()); // an inspector does not edit the scorecard
    form.setRecording(desk.recording, QStringLiteral("张三"), QStringLiteral("GS20261127-0001"));
    form.setMarkers({{desk.marker, 133000, QStringLiteral("政策解答有误")}});
    QApplication::processEvents(); // the rows of the scorecard just built are shown
    CHECK(form.submitButton()->isEnabled());
    CHECK(form.totalLabel()->text() == QStringLiteral("100 / 100"));

    QDoubleSpinBox* policy = form.deductionSpinBox(QStringLiteral("policy_accuracy"));
    REQUIRE(policy != nullptr);
    CHECK(policy->maximum() == 15);
    CHECK_FALSE(form.reasonEdit(QStringLiteral("policy_accuracy"))->isEnabled());
    policy->setFocus();
    policy->selectAll();
    QTest::keyClicks(policy, QStringLiteral("8"));
    CHECK(form.totalLabel()->text() == QStringLiteral("92 / 100"));
    CHECK(form.verdictLabel()->text().startsWith(QStringLiteral("合格")));
    CHECK(form.reasonEdit(QStringLiteral("policy_accuracy"))->isEnabled());
    // Each key counts at once: 15 (the item's maximum) leaves 85.
    policy->selectAll();
    QTest::keyClicks(policy, QStringLiteral("15"));
    CHECK(form.totalLabel()->text() == QStringLiteral("85 / 100"));
    form.deductionSpinBox(QStringLiteral("voice"))->setValue(5.5);
    CHECK(form.totalLabel()->text() == QStringLiteral("79.5 / 100"));
    CHECK(form.verdictLabel()->text().startsWith(QStringLiteral("不合格")));
    form.deductionSpinBox(QStringLiteral("voice"))->setValue(0);
    policy->setValue(8);
    CHECK(form.totalLabel()->text() == QStringLiteral("92 / 100"));

    // Without a reason the score is refused and the reason field takes the focus.
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));
    QTest::keyClick(policy, Qt::Key_Return, Qt::ControlModifier);
    CHECK(form.messageLabel()->text() == QStringLiteral("请填写“政策解答准确”的扣分原因。"));
    CHECK(form.reasonEdit(QStringLiteral("policy_accuracy"))->hasFocus());
    CHECK(desk.ws->db->connection().isOpen());
    REQUIRE(qa::evaluationsOfRecording(desk.ws->db->connection(), desk.recording, desk.ws->currentOperator)
                .value()
                .isEmpty());

    // Tab walks from the reason to the marker and then to the next item's deduction.
    QTest::keyClicks(form.reasonEdit(QStringLiteral("policy_accuracy")), QStringLiteral("koujing cuowu"));
    QComboBox* markers = form.markerComboBox(QStringLiteral("policy_accuracy"));
    CHECK(markers->count() == 2);
    CHECK(markers->itemText(1) == QStringLiteral("02:13 政策解答有误"));
    markers->setCurrentIndex(1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == markers);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == form.deductionSpinBox(QStringLiteral("withholding_client")));

    QString submittedId;
    QObject::connect(&form, &ui::EvaluationFormWidget::submitted, [&](const QString& id) { submittedId = id; });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE_FALSE(submittedId.isEmpty());
    CHECK(form.messageLabel()->text().contains(QStringLiteral("92")));
    CHECK_FALSE(form.submitButton()->isEnabled()); // no second submission of the same form by accident
    auto stored = qa::loadEvaluation(desk.ws->db->connection(), submittedId, desk.ws->currentOperator);
    REQUIRE(stored.ok());
    CHECK(stored->total == 92);
    CHECK(stored->agentId == desk.agent.id);
    REQUIRE(stored->items.size() == 1);
    CHECK(stored->items.at(0).reason == QStringLiteral("koujing cuowu"));
    CHECK(stored->items.at(0).markerId == desk.marker);
}

TEST_CASE("a fatal item turns the total to zero and needs a comment")
{
    QaDesk desk;
    ui::EvaluationFormWidget form(*desk.ws);
    form.setRecording(desk.recording, QStringLiteral("张三"), QString());
    QCheckBox* leak = form.fatalCheckBox(QStringLiteral("disclose_taxpayer_info"));
    REQUIRE(leak != nullptr);
    CHECK(leak->text().contains(QStringLiteral("泄露纳税人信息")));
    leak->setChecked(true);
    CHECK(form.totalLabel()->text() == QStringLiteral("0 / 100"));
    CHECK(form.verdictLabel()->text().startsWith(QStringLiteral("命中致命项")));
    CHECK_FALSE(form.submit());
    CHECK(form.messageLabel()->text().contains(QStringLiteral("评语")));
    form.commentEdit()->setPlainText(QStringLiteral("未核实身份即告知申报记录"));
    // Ctrl+Enter submits from the comment box too (it does not start a new line).
    form.show();
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));
    form.commentEdit()->setFocus();
    QTest::keyClick(form.commentEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(form.submitButton()->isEnabled());
    CHECK(form.commentEdit()->toPlainText() == QStringLiteral("未核实身份即告知申报记录"));
    auto all = qa::evaluationsOfRecording(desk.ws->db->connection(), desk.recording, desk.ws->currentOperator);
    REQUIRE(all.value().size() == 1);
    CHECK(all.value().at(0).fatal);
    CHECK(all.value().at(0).total == 0);
    leak->setChecked(false);
    // A new recording unlocks a fresh form; the earlier score of the same recording is mentioned.
    CHECK(form.previousLabel()->text().contains(QStringLiteral("0 分")));
    CHECK(form.previousLabel()->text().contains(QStringLiteral("周质检")));
    form.setRecording(desk.recording, QStringLiteral("张三"), QString());
    CHECK(form.submitButton()->isEnabled());
    CHECK_FALSE(form.fatalCheckBox(QStringLiteral("disclose_taxpayer_info"))->isChecked());
    CHECK(form.totalLabel()->text() == QStringLiteral("100 / 100"));
    CHECK(form.previousLabel()->text().contains(QStringLiteral("已评分 1 次")));
}

TEST_CASE("the lead edits the scorecard and saving makes a new version")
{
    QaDesk desk(security::Role::TeamLead);
    ui::EvaluationFormWidget form(*desk.ws);
    CHECK_FALSE(form.editScorecardButton()->isHidden());
    form.editScorecardButton()->click();
    auto* dialog = form.findChild<ui::ScorecardEditorDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->history()->topLevelItemCount() == 1);
    CHECK(dialog->maxTotalLabel()->text().contains(QStringLiteral("100")));
    QTreeWidget* tree = dialog->tree();
    REQUIRE(tree->topLevelItemCount() == 4);
    // Select 规范用语 and lower it to 8 points; add an item of 2 points to 问题记录.
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    CHECK(dialog->nameEdit()->text().contains(QStringLiteral("规范用语")));
    dialog->pointsSpinBox()->setValue(8);
    CHECK(dialog->maxTotalLabel()->text().contains(QStringLiteral("98")));
    tree->setCurrentItem(tree->topLevelItem(3));
    dialog->addItem();
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("huifang"));
    dialog->pointsSpinBox()->setValue(2);
    dialog->standardEdit()->setPlainText(QStringLiteral("未记录回访结果扣2分"));
    CHECK(dialog->maxTotalLabel()->text().contains(QStringLiteral("100")));
    CHECK(tree->topLevelItem(3)->child(3)->text(0) == QStringLiteral("huifang"));
    // A pass mark above the maximum cannot be set; an item without a name is refused by name.
    dialog->nameEdit()->clear();
    dialog->nameEdit()->textEdited(QString());
    CHECK_FALSE(dialog->save());
    CHECK(dialog->messageLabel()->text().contains(QStringLiteral("第 4 个评分项")));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("huifang"));
    QSignalSpy saved(dialog, &ui::ScorecardEditorDialog::saved);
    REQUIRE(dialog->save());
    CHECK(saved.count() == 1);
    CHECK(dialog->messageLabel()->text().contains(QStringLiteral("第 2 版")));
    CHECK(dialog->history()->topLevelItemCount() == 2);
    auto current = qa::currentScorecard(desk.ws->db->connection());
    REQUIRE(current.ok());
    CHECK(current->version == 2);
    CHECK(current->definition.item(QStringLiteral("greeting"))->maxPoints == 8);
    // The form (no recording open) takes the new version at once.
    CHECK(form.scorecard().version == 2);
    // Saving again unchanged adds nothing.
    CHECK_FALSE(dialog->save());
    CHECK(dialog->history()->topLevelItemCount() == 2);
    // Marking an item fatal takes its points away.
    tree->setCurrentItem(tree->topLevelItem(1)->child(2));
    dialog->fatalCheckBox()->setChecked(true);
    CHECK_FALSE(dialog->pointsSpinBox()->isEnabled());
    CHECK(dialog->maxTotalLabel()->text().contains(QStringLiteral("94")));
    // Moving and removing: 问题记录 up above 技术能力, its first item removed.
    tree->setCurrentItem(tree->topLevelItem(3));
    dialog->moveSelected(-1);
    CHECK(tree->topLevelItem(2)->text(0) == QStringLiteral("问题记录"));
    CHECK(tree->topLevelItem(2)->childCount() == 4);
    dialog->moveSelected(-5); // beyond the top: nothing moves
    CHECK(tree->topLevelItem(2)->text(0) == QStringLiteral("问题记录"));
    tree->setCurrentItem(tree->topLevelItem(2)->child(0));
    dialog->removeSelected();
    CHECK(tree->topLevelItem(2)->childCount() == 3);
    const qa::ScorecardDefinition edited = dialog->definition();
    CHECK(edited.dimensions.at(2).key == QStringLiteral("records"));
    CHECK(edited.item(QStringLiteral("ticket_complete")) == nullptr);
    CHECK(edited.maxTotal() == 89);
    // Going back to version 1: load it from the history and save it as version 3.
    QTreeWidgetItem* first = dialog->history()->findItems(QStringLiteral("1"), Qt::MatchExactly, 0).value(0);
    REQUIRE(first != nullptr);
    emit dialog->history()->itemActivated(first, 0);
    CHECK(dialog->maxTotalLabel()->text().contains(QStringLiteral("100")));
    CHECK(dialog->definition().item(QStringLiteral("greeting"))->maxPoints == 10);
    CHECK(dialog->definition().item(QStringLiteral("ticket_complete")) != nullptr);
    REQUIRE(dialog->save());
    CHECK(qa::currentScorecard(desk.ws->db->connection())->version == 3);
    CHECK(qa::currentScorecard(desk.ws->db->connection())->definition.item(QStringLiteral("greeting"))->maxPoints ==
          10);
    tree->setCurrentItem(nullptr);
    dialog->addItem();
    CHECK(dialog->messageLabel()->text() == QStringLiteral("请选择要添加评分项的维度。"));
    delete dialog;
}

TEST_CASE("the QA pane offers scoring and live monitoring to inspectors and leads only")
{
    for (const security::Role role :
         {security::Role::QaInspector, security::Role::TeamLead, security::Role::Agent, security::Role::Admin}) {
        QaDesk desk(role);
        ui::MainWindow window(*desk.ws);
        const QStringList titles = tabTitles(window.qaPane()->tabs());
        const bool scores = role == security::Role::QaInspector || role == security::Role::TeamLead;
        CHECK(titles.contains(QStringLiteral("评分")) == scores);
        CHECK(titles.contains(QStringLiteral("实时监控")) == scores);
    }
}

TEST_CASE("live findings are logged with Ctrl+Enter and listed, filtered by agent")
{
    QaDesk desk;
    ui::LiveFindingsWidget live(*desk.ws);
    live.show();
    QApplication::setActiveWindow(&live);
    REQUIRE(QTest::qWaitForWindowActive(&live));
    // Agents only: the inspector is not offered.
    CHECK(live.agentComboBox()->count() == 3);
    CHECK(live.agentComboBox()->findText(QStringLiteral("周质检")) < 0);
    CHECK(live.observedAtEdit()->dateTime() == QDateTime(QDate(2026, 11, 27), QTime(10, 0)));

    // Nothing chosen: refused, the agent box focused.
    live.findingEdit()->setFocus();
    QTest::keyClicks(live.findingEdit(), QStringLiteral("wei bao gonghao"));
    QTest::keyClick(live.findingEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(live.messageLabel()->text() == QStringLiteral("请选择通话的坐席。"));
    CHECK(live.agentComboBox()->hasFocus());
    CHECK(live.list()->topLevelItemCount() == 0);

    live.agentComboBox()->setCurrentIndex(live.agentComboBox()->findText(QStringLiteral("张三")));
    live.callerEdit()->setText(QStringLiteral("139 0771 1234"));
    live.correctedCheckBox()->setChecked(true);
    live.observedAtEdit()->setDateTime(QDateTime(QDate(2026, 11, 27), QTime(9, 40)));
    QTest::keyClick(live.findingEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(live.list()->topLevelItemCount() == 1);
    const QTreeWidgetItem* row = live.list()->topLevelItem(0);
    CHECK(row->text(ui::LiveFindingsWidget::Time) == QStringLiteral("2026-11-27 09:40"));
    CHECK(row->text(ui::LiveFindingsWidget::Agent) == QStringLiteral("张三"));
    CHECK(row->text(ui::LiveFindingsWidget::Caller) == QStringLiteral("13907711234"));
    CHECK(row->text(ui::LiveFindingsWidget::Finding) == QStringLiteral("wei bao gonghao"));
    CHECK(row->text(ui::LiveFindingsWidget::Corrected) == QStringLiteral("是"));
    CHECK(row->text(ui::LiveFindingsWidget::Inspector) == QStringLiteral("周质检"));
    // Cleared for the next one, the agent kept.
    CHECK(live.findingEdit()->text().isEmpty());
    CHECK_FALSE(live.correctedCheckBox()->isChecked());
    CHECK(live.agentComboBox()->currentText() == QStringLiteral("张三"));

    live.agentComboBox()->setCurrentIndex(live.agentComboBox()->findText(QStringLiteral("李四")));
    live.findingEdit()->setText(QStringLiteral("yusu guokuai"));
    REQUIRE(live.logFinding());
    CHECK(live.list()->topLevelItemCount() == 2);
    // Sorted by time (not text): the 10:00 one first when descending.
    live.list()->sortByColumn(ui::LiveFindingsWidget::Time, Qt::DescendingOrder);
    CHECK(live.list()->topLevelItem(0)->text(ui::LiveFindingsWidget::Agent) == QStringLiteral("李四"));
    live.filterAgentComboBox()->setCurrentIndex(live.filterAgentComboBox()->findText(QStringLiteral("张三")));
    CHECK(live.list()->topLevelItemCount() == 1);
    live.fromEdit()->setDate(QDate(2026, 11, 28));
    live.toEdit()->setDate(QDate(2026, 11, 30));
    CHECK(live.list()->topLevelItemCount() == 0);
}

TEST_CASE("render the scoring form and the scorecard editor to PNG files", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QaDesk desk(security::Role::TeamLead);
    ui::EvaluationFormWidget form(*desk.ws);
    form.resize(480, 980);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    form.setRecording(desk.recording, QStringLiteral("张三"), QStringLiteral("GS20261127-0001"));
    form.setMarkers({{desk.marker, 133000, QStringLiteral("政策解答有误")}});
    form.deductionSpinBox(QStringLiteral("policy_accuracy"))->setValue(8);
    form.reasonEdit(QStringLiteral("policy_accuracy"))->setText(QStringLiteral("年终奖单独计税口径有误"));
    form.markerComboBox(QStringLiteral("policy_accuracy"))->setCurrentIndex(1);
    form.deductionSpinBox(QStringLiteral("courtesy"))->setValue(2);
    form.submit(); // courtesy has no reason: the message shows
    QTest::qWait(50);
    CHECK(form.grab().save(out + QStringLiteral("/qa-form.png")));
    form.fatalCheckBox(QStringLiteral("quarrel"))->setChecked(true);
    QTest::qWait(20);
    CHECK(form.grab().save(out + QStringLiteral("/qa-form-fatal.png")));

    ui::ScorecardEditorDialog dialog(*desk.ws, QString());
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.tree()->setCurrentItem(dialog.tree()->topLevelItem(2)->child(0));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);
    CHECK(dialog.grab().save(out + QStringLiteral("/qa-scorecard-editor.png")));

    ui::MainWindow window(*desk.ws);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(2);
    auto* pane = window.qaPane()->findChild<ui::EvaluationFormWidget*>();
    REQUIRE(pane != nullptr);
    pane->setRecording(desk.recording, QStringLiteral("张三"), QString());
    pane->deductionSpinBox(QStringLiteral("voice"))->setValue(1.5);
    QTest::qWait(50);
    CHECK(window.grab().save(out + QStringLiteral("/qa-pane.png")));

    ui::LiveFindingsWidget live(*desk.ws);
    live.resize(900, 400);
    live.agentComboBox()->setCurrentIndex(1);
    live.findingEdit()->setText(QStringLiteral("未报工号，结束语不规范"));
    live.logFinding();
    live.show();
    REQUIRE(QTest::qWaitForWindowExposed(&live));
    QTest::qWait(50);
    CHECK(live.grab().save(out + QStringLiteral("/qa-live.png")));
}
