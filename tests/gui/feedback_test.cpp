// The sampling plan, 我的质检, 申诉处理 and 质检月报 tabs of the 质检 pane, driven as their users do (in Chinese, as
// the GUI main installs it).

#include "common/bootstrap.h"
#include "common/messages.h"
#include "db/query.h"
#include "qa/appealswidget.h"
#include "qa/evaluationdetailwidget.h"
#include "qa/feedback.h"
#include "qa/feedbackprompts.h"
#include "qa/myevaluationswidget.h"
#include "qa/qamonthlywidget.h"
#include "qa/qapane.h"
#include "qa/sampling.h"
#include "qa/samplingplanwidget.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace hotline;

namespace {

// A store with agents, an inspector and a lead, this month's recordings and two evaluations, all as plain rows.
struct QaDesk {
    QaDesk()
    {
        ws = ui::openWorkspace(dir.filePath(QStringLiteral("qa.db")), clock, ids).value();
        security::OperatorRepository ops(conn());
        zhang = ops.create(QStringLiteral("张三"), security::Role::Agent, ids, clock).value();
        li = ops.create(QStringLiteral("李四"), security::Role::Agent, ids, clock).value();
        inspector = ops.create(QStringLiteral("质检员王芳"), security::Role::QaInspector, ids, clock).value();
        lead = ops.create(QStringLiteral("组长赵敏"), security::Role::TeamLead, ids, clock).value();
        version = ids.next();
        const QString tid = ids.next();
        exec(QStringLiteral("INSERT INTO qa_templates (id, name, updated_at) VALUES (?, '默认评分表', 0)"), {tid});
        exec(QStringLiteral(
                 "INSERT INTO qa_template_versions (id, template_id, version, pass_mark, max_total, definition, "
                 "created_by, created_at) VALUES (?, ?, 1, 80, 100, ?, ?, 0)"),
             {version, tid,
              QStringLiteral(
                  R"({"dimensions": [{"key": "attitude", "name": "服务态度", "items": [{"key": "greet", "name": )"
                  R"("规范问候语", "max_points": 10, "standard": "", "fatal": false}]}, {"key": "skill", "name": )"
                  R"("技术能力", "items": [{"key": "policy", "name": "政策解答准确", "max_points": 40, )"
                  R"("standard": "", "fatal": false}]}]})"),
              lead.id});
        for (int i = 0; i < 4; ++i) {
            zhangCalls.append(recording(zhang, QStringLiteral("2026-11-2%1 1%1:05").arg(3 + i)));
            liCalls.append(recording(li, QStringLiteral("2026-11-2%1 0%1:40").arg(3 + i)));
        }
        zhangEval =
            evaluation(zhangCalls[0], zhang, 70, {{QStringLiteral("policy"), 25}, {QStringLiteral("greet"), 5}});
        liEval = evaluation(liCalls[0], li, 95, {{QStringLiteral("greet"), 5}});
    }

    QSqlDatabase conn() const { return ws->db->connection(); }
    void exec(const QString& sql, const QVariantList& bindings = {}) const
    {
        REQUIRE(db::exec(conn(), sql, bindings).ok());
    }

    QString recording(const security::Operator& agent, const QString& start)
    {
        const QString id = ids.next();
        exec(QStringLiteral(
                 "INSERT INTO recordings (id, agent_id, caller_number, started_at, duration_ms, format, "
                 "sample_rate, channels, file_name, path, storage, size_bytes, sha256, imported_by, imported_at) "
                 "VALUES (?, ?, '13907711234', ?, 60000, 'alaw', 8000, 1, 'x.wav', '/pbx/x.wav', 'in_place', 1, "
                 "?, ?, 0)"),
             {id, agent.id, test::beijing(start).toMSecsSinceEpoch(), id, lead.id});
        return id;
    }

    // A call whose work order is filed under 投诉建议 / 投诉.
    QString complaintCall(const security::Operator& agent, const QString& start)
    {
        const QString order = ids.next();
        const qint64 at = test::beijing(start).toMSecsSinceEpoch();
        exec(QStringLiteral(
                 "INSERT INTO work_orders (id, ticket_no, channel, category_id, difficulty, question, status, "
                 "owner_id, created_by, received_at, due_at, updated_at) VALUES (?, ?, 'phone', "
                 "'c54fcd9f-19ca-5607-8c4a-6e80301cff0e', 'normal', '投诉办税服务厅排队时间长', 'resolved', ?, ?, "
                 "?, ?, ?)"),
             {order, QString(QStringLiteral("C") + order.right(6)), agent.id, agent.id, at, at, at});
        const QString id = recording(agent, start);
        exec(QStringLiteral("UPDATE recordings SET work_order_id = ?, caller_number = '07715551234' WHERE id = ?"),
             {order, id});
        return id;
    }

    QString evaluation(const QString& recordingId, const security::Operator& agent, double total,
                       const QList<std::pair<QString, double>>& deductions)
    {
        const QString id = ids.next();
        const qint64 at = test::beijing(QStringLiteral("2026-11-26 15:00")).toMSecsSinceEpoch();
        exec(
            QStringLiteral("INSERT INTO qa_evaluations (id, recording_id, template_version_id, agent_id, inspector_id, "
                           "scored_at, total, passed, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                           "'开头未报工号', ?)"),
            {id, recordingId, version, agent.id, inspector.id, at, total, total >= 80 ? 1 : 0, at});
        for (const auto& [item, points] : deductions) {
            exec(QStringLiteral("INSERT INTO qa_evaluation_items (id, evaluation_id, item_key, deduction, reason) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {ids.next(), id, item, points,
                  item == QStringLiteral("policy") ? QStringLiteral("02:13 年终奖计税方式解答有误")
                                                   : QStringLiteral("未使用规范问候语")});
        }
        return id;
    }

    void as(const security::Operator& op) { ws->currentOperator = op; }

    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    security::Operator zhang, li, inspector, lead;
    QString version, zhangEval, liEval;
    QStringList zhangCalls, liCalls;
};

QStringList tabTitles(const ui::QaPane& pane)
{
    QStringList out;
    for (int i = 0; i < pane.tabs()->count(); ++i) {
        out.append(pane.tabs()->tabText(i));
    }
    return out;
}

// Collects what would have been shown in message boxes.
struct MessageLog {
    MessageLog()
    {
        ui::Messages::setHandler(
            [this](ui::Messages::Kind, const QString&, const QString& text) { texts.append(text); });
    }
    ~MessageLog() { ui::Messages::setHandler({}); }
    QStringList texts;
};

struct PromptAnswers {
    ~PromptAnswers()
    {
        ui::FeedbackPrompts::setReasonPrompt({});
        ui::FeedbackPrompts::setScorePrompt({});
        ui::FeedbackPrompts::setConfirmPrompt({});
    }
};

} // namespace

TEST_CASE("each role sees the QA tabs it may use")
{
    // Other parts of the pane add their own tabs; these four are shown by role.
    const QStringList mine{QStringLiteral("抽检计划"), QStringLiteral("我的质检"), QStringLiteral("申诉处理"),
                           QStringLiteral("质检月报")};
    auto shown = [&](const ui::QaPane& pane) {
        QStringList out;
        for (const QString& t : tabTitles(pane)) {
            if (mine.contains(t)) {
                out.append(t);
            }
        }
        return out;
    };
    QaDesk d;
    d.as(d.zhang);
    ui::QaPane pane(*d.ws);
    CHECK(shown(pane) == QStringList{QStringLiteral("我的质检")});
    d.as(d.inspector);
    pane.operatorChanged();
    CHECK(shown(pane) ==
          QStringList{QStringLiteral("抽检计划"), QStringLiteral("我的质检"), QStringLiteral("质检月报")});
    d.as(d.lead);
    pane.operatorChanged();
    CHECK(shown(pane) == mine);
}

TEST_CASE("an agent reads their own evaluation, marks it read and appeals, and the lead changes the score")
{
    QaDesk d;
    MessageLog messages;
    PromptAnswers answers;
    d.as(d.zhang);
    ui::MyEvaluationsWidget mine(*d.ws);
    mine.show();
    REQUIRE(mine.list()->topLevelItemCount() == 1); // 李四's is not listed
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Total) == QStringLiteral("70"));
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Result) == QStringLiteral("不合格"));
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Status) == QStringLiteral("待阅"));
    QTreeWidget* items = mine.detail()->items();
    REQUIRE(items->topLevelItemCount() == 2);
    CHECK(items->topLevelItem(0)->text(ui::EvaluationDetailWidget::Dimension) == QStringLiteral("服务态度"));
    CHECK(items->topLevelItem(1)->text(ui::EvaluationDetailWidget::Item) == QStringLiteral("政策解答准确"));
    CHECK(items->topLevelItem(1)->text(ui::EvaluationDetailWidget::Reason).contains(QStringLiteral("02:13")));
    CHECK(mine.detail()->headline()->text().contains(QStringLiteral("开头未报工号")));

    CHECK(mine.acknowledgeButton()->isEnabled());
    QTest::mouseClick(mine.acknowledgeButton(), Qt::LeftButton);
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Status) == QStringLiteral("已阅"));
    CHECK_FALSE(mine.acknowledgeButton()->isEnabled());
    REQUIRE(mine.appealButton()->isEnabled());

    // A cancelled prompt appeals nothing; an empty reason is refused with libcore's message.
    ui::FeedbackPrompts::setReasonPrompt([](QWidget*, const QString&, const QString&) { return std::nullopt; });
    mine.appeal();
    CHECK(mine.appealButton()->isEnabled());
    ui::FeedbackPrompts::setReasonPrompt(
        [](QWidget*, const QString&, const QString&) { return std::optional<QString>(QStringLiteral(" ")); });
    mine.appeal();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first().contains(QStringLiteral("申诉理由")));
    ui::FeedbackPrompts::setReasonPrompt([](QWidget*, const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("政策口径已于11月更新，答复无误"));
    });
    QTest::mouseClick(mine.appealButton(), Qt::LeftButton);
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Status) == QStringLiteral("申诉中"));
    CHECK_FALSE(mine.appealButton()->isEnabled());
    REQUIRE(mine.detail()->events()->topLevelItemCount() == 2);

    // The lead's 申诉处理: the appeal with the agent's reason; 改判 from 70 to 85.
    d.as(d.lead);
    ui::AppealsWidget appeals(*d.ws);
    appeals.show();
    REQUIRE(appeals.list()->topLevelItemCount() == 1);
    CHECK(appeals.list()->topLevelItem(0)->text(ui::AppealsWidget::Agent) == QStringLiteral("张三"));
    CHECK(appeals.list()->topLevelItem(0)->text(ui::AppealsWidget::AppealReason).contains(QStringLiteral("政策口径")));
    double offeredCurrent = -1;
    double offeredMax = -1;
    ui::FeedbackPrompts::setScorePrompt([&](QWidget*, double current, double max) {
        offeredCurrent = current;
        offeredMax = max;
        return std::optional<ui::ScoreChange>(ui::ScoreChange{85, QStringLiteral("核实录音，答复符合新口径")});
    });
    QTest::mouseClick(appeals.changeButton(), Qt::LeftButton);
    CHECK(offeredCurrent == 70);
    CHECK(offeredMax == 100);
    CHECK(appeals.list()->topLevelItemCount() == 0);
    CHECK(appeals.findChild<QLabel*>(QStringLiteral("appealDecidedLabel"))->text().contains(QStringLiteral("70 → 85")));
    CHECK_FALSE(appeals.changeButton()->isEnabled());

    // Back at the agent's desk: the new score, and the trail with old → new.
    d.as(d.zhang);
    mine.reload();
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Total) == QStringLiteral("85"));
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Result) == QStringLiteral("合格"));
    CHECK(mine.list()->topLevelItem(0)->text(ui::MyEvaluationsWidget::Status) == QStringLiteral("已改判"));
    QTreeWidget* events = mine.detail()->events();
    REQUIRE(events->topLevelItemCount() == 3);
    CHECK(events->topLevelItem(2)->text(ui::EvaluationDetailWidget::Note).startsWith(QStringLiteral("70 → 85")));
    CHECK(events->topLevelItem(2)->text(ui::EvaluationDetailWidget::Actor) == QStringLiteral("组长赵敏"));
}

TEST_CASE("the lead upholds an appeal with a reason")
{
    QaDesk d;
    PromptAnswers answers;
    REQUIRE(qa::appealEvaluation(d.conn(), d.liEval, QStringLiteral("扣分过重"), d.li, d.ids, d.clock).ok());
    d.as(d.lead);
    ui::AppealsWidget appeals(*d.ws);
    REQUIRE(appeals.list()->topLevelItemCount() == 1);
    ui::FeedbackPrompts::setReasonPrompt([](QWidget*, const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("未使用规范问候语属实"));
    });
    QTest::mouseClick(appeals.upholdButton(), Qt::LeftButton);
    CHECK(appeals.list()->topLevelItemCount() == 0);
    auto detail = qa::evaluationDetail(d.conn(), d.liEval, d.li);
    REQUIRE(detail.ok());
    CHECK(detail->summary.status == qa::EvaluationStatus::Upheld);
    CHECK(detail->events.last().reason == QStringLiteral("未使用规范问候语属实"));
}

TEST_CASE("an inspector draws the week's sample, sees coverage and the queue, and opens a recording")
{
    QaDesk d;
    MessageLog messages;
    PromptAnswers answers;
    const QString complaint = d.complaintCall(d.li, QStringLiteral("2026-11-25 16:20"));
    d.as(d.inspector);
    ui::SamplingPlanWidget plan(*d.ws);
    plan.show();
    CHECK(plan.week() == QDate(2026, 11, 23));
    CHECK(plan.weekLabel()->text().contains(QStringLiteral("2026-11-23")));
    CHECK(plan.perAgentSpinBox() == nullptr); // not a lead
    CHECK(plan.coverage()->topLevelItemCount() == 0);
    CHECK(plan.seedLabel()->text() == QStringLiteral("尚未抽取"));

    QApplication::setActiveWindow(&plan);
    REQUIRE(QTest::qWaitForWindowActive(&plan));
    QTest::keyClick(&plan, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(plan.coverage()->topLevelItemCount(), 2);
    CHECK(messages.texts.isEmpty());
    CHECK(plan.seedLabel()->text().startsWith(QStringLiteral("种子 ")));
    auto draw = qa::weekDraw(d.conn(), plan.week(), d.inspector);
    REQUIRE(draw.ok());
    REQUIRE(draw.value());
    CHECK(plan.seedLabel()->text().contains(QString::number(draw.value()->seed)));
    // The first call of each agent is evaluated: coverage counts it when it was drawn.
    int zhangScored = 0;
    int liScored = 0;
    for (const qa::SampleItem& it : draw.value()->items) {
        zhangScored += it.recordingId == d.zhangCalls[0] ? 1 : 0;
        liScored += it.recordingId == d.liCalls[0] ? 1 : 0;
    }
    QStringList coverage;
    for (int i = 0; i < plan.coverage()->topLevelItemCount(); ++i) {
        coverage.append(plan.coverage()->topLevelItem(i)->text(0) + QLatin1Char(' ') +
                        plan.coverage()->topLevelItem(i)->text(1));
    }
    CHECK(coverage.contains(QStringLiteral("张三 %1/2").arg(zhangScored)));
    CHECK(coverage.contains(QStringLiteral("李四 %1/3").arg(liScored))); // two at random and the complaint

    // The queue: the (only) inspector's unscored items, caller masked, 随机 as the reason.
    const int queued = plan.queue()->topLevelItemCount();
    CHECK(queued == 5 - zhangScored - liScored);
    REQUIRE(queued > 0);
    int complaints = 0;
    QTreeWidgetItem* first = nullptr; // the earliest random one
    for (int i = 0; i < queued; ++i) {
        QTreeWidgetItem* row = plan.queue()->topLevelItem(i);
        if (row->data(ui::SamplingPlanWidget::QueueTime, Qt::UserRole).toString() == complaint) {
            ++complaints;
            CHECK(row->text(ui::SamplingPlanWidget::QueueReason) == QStringLiteral("投诉"));
            CHECK(row->text(ui::SamplingPlanWidget::QueueCaller) == QStringLiteral("0771***1234"));
        } else {
            CHECK(row->text(ui::SamplingPlanWidget::QueueReason) == QStringLiteral("随机"));
            CHECK(row->text(ui::SamplingPlanWidget::QueueCaller) == QStringLiteral("139****1234"));
            first = first == nullptr ? row : first;
        }
        if (i > 0) { // by call time
            CHECK(plan.queue()->topLevelItem(i - 1)->text(0) <= row->text(0));
        }
    }
    CHECK(complaints == 1);
    REQUIRE(first != nullptr);
    QSignalSpy opened(&plan, &ui::SamplingPlanWidget::openRecording);
    plan.queue()->setFocus();
    plan.queue()->setCurrentItem(first);
    emit plan.queue()->itemActivated(first, 0);
    REQUIRE(opened.size() == 1);
    const QString openedId = opened.first().first().toString();
    CHECK((d.zhangCalls.contains(openedId) || d.liCalls.contains(openedId)));

    // A second draw asks first; declining keeps the sample.
    ui::FeedbackPrompts::setConfirmPrompt([](QWidget*, const QString&, const QString&) { return false; });
    plan.draw();
    CHECK(qa::weekDraw(d.conn(), plan.week(), d.inspector).value().value().id == draw.value()->id);
    ui::FeedbackPrompts::setConfirmPrompt([](QWidget*, const QString&, const QString&) { return true; });
    d.clock.advanceSecs(60);
    plan.draw();
    CHECK(qa::weekDraw(d.conn(), plan.week(), d.inspector).value().value().id != draw.value()->id);

    // The previous week has no calls: nothing to draw, said clearly; next week cannot be drawn yet.
    QTest::keyClick(&plan, Qt::Key_Left, Qt::AltModifier);
    CHECK(plan.week() == QDate(2026, 11, 16));
    plan.draw();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first().contains(QStringLiteral("没有可对应到坐席的通话录音")));
    plan.setWeek(QDate(2026, 11, 30));
    CHECK_FALSE(plan.drawButton()->isEnabled());
}

TEST_CASE("the lead sets the calls per agent and reads the monthly report")
{
    QaDesk d;
    d.as(d.lead);
    ui::SamplingPlanWidget plan(*d.ws);
    REQUIRE(plan.perAgentSpinBox() != nullptr);
    CHECK(plan.perAgentSpinBox()->value() == qa::kDefaultPerAgent);
    plan.perAgentSpinBox()->setValue(3);
    QTest::mouseClick(plan.findChild<QPushButton*>(QStringLiteral("savePerAgentButton")), Qt::LeftButton);
    CHECK(qa::samplePerAgent(d.conn()).value() == 3);
    plan.draw();
    REQUIRE(plan.coverage()->topLevelItemCount() == 2);
    CHECK(plan.coverage()->topLevelItem(0)->text(1).endsWith(QStringLiteral("/3")));
    // The lead sees every inspector's queue.
    CHECK(plan.queue()->topLevelItemCount() >= 4);

    ui::QaMonthlyWidget report(*d.ws);
    QTreeWidget* t = report.table();
    REQUIRE(t->topLevelItemCount() == 2);
    CHECK(t->headerItem()->text(ui::QaMonthlyWidget::FirstDimension) == QStringLiteral("服务态度（平均）"));
    QTreeWidgetItem* zhang = t->findItems(QStringLiteral("张三"), Qt::MatchExactly).value(0);
    REQUIRE(zhang != nullptr);
    CHECK(zhang->text(ui::QaMonthlyWidget::Done) == QStringLiteral("1"));
    CHECK(zhang->text(ui::QaMonthlyWidget::Average) == QStringLiteral("70.0"));
    CHECK(zhang->text(ui::QaMonthlyWidget::PassRate) == QStringLiteral("0%"));
    CHECK(zhang->text(ui::QaMonthlyWidget::FirstDimension) == QStringLiteral("5.0 / 10.0"));      // 10 − 5
    CHECK(zhang->text(ui::QaMonthlyWidget::FirstDimension + 1) == QStringLiteral("15.0 / 40.0")); // 40 − 25
    // Sorting by average puts 李四's 95 above 张三's 70.
    t->sortByColumn(ui::QaMonthlyWidget::Average, Qt::DescendingOrder);
    CHECK(t->topLevelItem(0)->text(ui::QaMonthlyWidget::Agent) == QStringLiteral("李四"));
    // October has nothing.
    report.monthEdit()->setDate(QDate(2026, 10, 1));
    CHECK(t->topLevelItemCount() == 0);
}

// Not a test: renders the four tabs (in Chinese, as the GUI tests run) to PNG files for people to look at.
// HOTLINEDESK_SCREENSHOT_DIR=/tmp/shots build/dev/tests/gui/test_gui "[.screenshot][feedback]"
TEST_CASE("render the sampling and feedback tabs to PNG files", "[.screenshot][feedback]")
{
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QaDesk d;
    PromptAnswers answers;
    d.complaintCall(d.zhang, QStringLiteral("2026-11-25 16:20"));
    REQUIRE(qa::appealEvaluation(d.conn(), d.zhangEval, QStringLiteral("政策口径已于11月更新，答复无误"), d.zhang,
                                 d.ids, d.clock)
                .ok());
    REQUIRE(qa::acknowledgeEvaluation(d.conn(), d.liEval, d.li, d.ids, d.clock).ok());
    d.as(d.lead);
    REQUIRE(qa::drawWeek(d.conn(), QDate(2026, 11, 23), d.lead, d.ids, d.clock, {12366, false}).ok());
    ui::QaPane pane(*d.ws);
    pane.resize(1100, 620);
    pane.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pane));
    const QStringList names{QStringLiteral("sampling"), QStringLiteral("mine"), QStringLiteral("appeals"),
                            QStringLiteral("monthly")};
    for (int i = 0; i < pane.tabs()->count(); ++i) {
        pane.tabs()->setCurrentIndex(i);
        QTest::qWait(30);
        CHECK(pane.grab().save(out + QStringLiteral("/qa-") + names.value(i) + QStringLiteral(".png")));
    }
    d.as(d.zhang);
    pane.operatorChanged();
    QTest::qWait(30);
    CHECK(pane.grab().save(out + QStringLiteral("/qa-agent.png")));
}
