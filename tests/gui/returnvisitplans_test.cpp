#include "common/messages.h"
#include "db/query.h"
#include "desk.h"
#include "service/myreturnvisitswidget.h"
#include "service/returnvisitplandialog.h"
#include "service/returnvisitplanswidget.h"
#include "service/servicepane.h"
#include "tickets/workorderservice.h"
#include "workflow/returnvisitplan.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
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

// n work orders resolved on first contact last week (the desk's clock is Tuesday 2025-09-30), owned by owner.
void resolvedLastWeek(test::Desk& desk, const security::Operator& owner, int n)
{
    auto cat = db::exec(desk.ws->db->connection(),
                        QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY name LIMIT 1"));
    REQUIRE(cat.ok());
    REQUIRE(cat.value().next());
    const QDateTime now = desk.clock.now();
    for (int i = 0; i < n; ++i) {
        desk.clock.set(test::beijing(QStringLiteral("2025-09-2%1 10:00").arg(2 + i % 5)));
        tickets::WorkOrderDraft d;
        d.callerNumber = QStringLiteral("0771-5551234");
        d.contactName = QStringLiteral("陈静");
        d.channel = tickets::Channel::Phone;
        d.categoryId = cat.value().value(0).toString();
        d.question = QStringLiteral("个人所得税综合所得汇算清缴如何办理退税？第%1问").arg(i + 1);
        d.answer = QStringLiteral("通过个人所得税APP填报年度汇算，确认退税金额后提交申请。");
        d.resolvedOnFirstContact = true;
        REQUIRE(
            tickets::WorkOrderService(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines).create(d, owner).ok());
    }
    desk.clock.set(now);
}

template <typename W> W* openVisits(test::Desk& desk)
{
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(3);
    auto* tabs = desk.window->servicePane()->tabs();
    tabs->setCurrentWidget(tabs->findChild<QWidget*>(QStringLiteral("returnVisitsSplitter")));
    return desk.window->servicePane()->findChild<W*>();
}

} // namespace

TEST_CASE("the quality manager draws a return-visit plan from last week's work orders and sees its progress")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("吴质"), security::Role::QualityManager);
    Shown shown;
    const security::Operator li =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("李娜"), security::Role::Agent);
    const security::Operator wang =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("王强"), security::Role::Agent);
    resolvedLastWeek(desk, li, 10);
    auto* plans = openVisits<ui::ReturnVisitPlansWidget>(desk);
    REQUIRE(plans != nullptr);
    CHECK(plans->plans()->topLevelItemCount() == 0);
    plans->newPlan();
    auto* dialog = desk.window->findChild<ui::ReturnVisitPlanDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->findChild<QSpinBox*>(QStringLiteral("planShareSpinBox"))->setValue(30);
    dialog->findChild<QLineEdit*>(QStringLiteral("planSeedLineEdit"))->setText(QStringLiteral("12366"));
    dialog->save(); // no agent chosen
    REQUIRE(shown.texts.size() == 1);
    CHECK(dialog->isVisible());
    for (int i = 0; i < dialog->agents()->count(); ++i) {
        dialog->agents()->item(i)->setCheckState(Qt::Checked);
    }
    dialog->save();
    CHECK(shown.texts.size() == 1);
    REQUIRE(plans->plans()->topLevelItemCount() == 1);
    CHECK(plans->plans()->topLevelItem(0)->text(3) == QStringLiteral("0/3")); // 30 % of 10
    CHECK(plans->plans()->topLevelItem(0)->text(4) == QStringLiteral("12366"));
    CHECK(plans->items()->topLevelItemCount() == 3);
    CHECK(count(desk, QString(QStringLiteral("SELECT count(*) FROM return_visit_plan_items WHERE assignee_id IN ('") +
                              li.id + QStringLiteral("', '") + wang.id + QStringLiteral("')"))) == 3);
}

TEST_CASE("an agent answers the questionnaire from their list with keys 1 to 4 and Ctrl+Enter")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")));
    Shown shown;
    const security::Operator manager =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("吴质"), security::Role::QualityManager);
    const security::Operator owner =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("王强"), security::Role::Agent);
    resolvedLastWeek(desk, owner, 4);
    workflow::PlanDraft d;
    std::tie(d.from, d.to) = workflow::defaultPlanPeriod(QDate(2025, 9, 30));
    d.sharePercent = 50;
    d.agentIds = {desk.ws->currentOperator.id};
    d.seed = 1;
    REQUIRE(workflow::ReturnVisitPlanService(desk.ws->db->connection(), desk.clock, desk.ids).create(d, manager).ok());

    // An agent has no plan list, only their visits.
    CHECK(openVisits<ui::ReturnVisitPlansWidget>(desk) == nullptr);
    auto* mine = openVisits<ui::MyReturnVisitsWidget>(desk);
    REQUIRE(mine != nullptr);
    mine->reload();
    REQUIRE(mine->list()->topLevelItemCount() == 2);
    auto* shownWorkOrder = mine->findChild<QTextBrowser*>(QStringLiteral("visitWorkOrderTextBrowser"));
    CHECK(shownWorkOrder->toPlainText().contains(QStringLiteral("个人所得税综合所得汇算清缴")));
    CHECK(shownWorkOrder->toPlainText().contains(QStringLiteral("通过个人所得税APP填报年度汇算")));

    mine->list()->setFocus();
    QTest::keyClick(mine->list(), Qt::Key_2); // 基本满意
    CHECK(mine->findChild<QRadioButton*>(QStringLiteral("verdict2RadioButton"))->isChecked());
    QTest::keyClick(mine->list(), Qt::Key_Return, Qt::ControlModifier); // not asked whether resolved yet
    REQUIRE(shown.texts.size() == 1);
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM return_visits")) == 0);
    mine->findChild<QRadioButton*>(QStringLiteral("resolvedYesRadioButton"))->click();
    auto* comment = mine->findChild<QPlainTextEdit*>(QStringLiteral("visitCommentPlainTextEdit"));
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("3 days"));
    CHECK(mine->findChild<QRadioButton*>(QStringLiteral("verdict2RadioButton"))->isChecked()); // typing keeps digits
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    CHECK(shown.texts.size() == 1);
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM return_visits WHERE verdict = 'basically_satisfied' AND "
                                     "resolved = 1 AND plan_item_id IS NOT NULL AND note = '3 days'")) == 1);
    // The next one to do is selected; 未联系上 needs no second answer.
    mine->list()->setFocus();
    QTest::keyClick(mine->list(), Qt::Key_4);
    QTest::keyClick(mine->list(), Qt::Key_Enter, Qt::ControlModifier);
    CHECK(shown.texts.size() == 1);
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM return_visits WHERE verdict = 'unreachable' AND "
                                     "resolved IS NULL")) == 1);
    int done = 0;
    for (int i = 0; i < mine->list()->topLevelItemCount(); ++i) {
        done += mine->list()->topLevelItem(i)->text(4) != ui::MyReturnVisitsWidget::tr("To do") ? 1 : 0;
    }
    CHECK(done == 2);
}

TEST_CASE("return-visit screenshots", "[.screenshot]")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    const QString out = qEnvironmentVariable("HOTLINE_SCREENSHOTS", QDir::tempPath());
    const security::Operator li =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("李娜"), security::Role::Agent);
    resolvedLastWeek(desk, li, 12);
    workflow::PlanDraft d;
    std::tie(d.from, d.to) = workflow::defaultPlanPeriod(QDate(2025, 9, 30));
    d.sharePercent = 50;
    d.agentIds = {desk.ws->currentOperator.id, li.id};
    d.seed = 7;
    REQUIRE(workflow::ReturnVisitPlanService(desk.ws->db->connection(), desk.clock, desk.ids)
                .create(d, desk.ws->currentOperator)
                .ok());
    auto* plans = openVisits<ui::ReturnVisitPlansWidget>(desk);
    plans->reload();
    openVisits<ui::MyReturnVisitsWidget>(desk)->reload();
    CHECK(desk.window->grab().save(out + QStringLiteral("/returnvisits.png")));
    plans->newPlan();
    auto* dialog = desk.window->findChild<ui::ReturnVisitPlanDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->grab().save(out + QStringLiteral("/returnvisitplandialog.png")));
}
