// 热点问题, 个税必学 / 资讯中心 and 知识缺口 in the knowledge pane: an answer put into a work order counts for its
// article once the work order is saved; links are validated in their dialog and open through the browser seam.

#include "common/bootstrap.h"
#include "common/messages.h"
#include "demo/demodata.h"
#include "knowledge/askrobotwidget.h"
#include "knowledge/hotquestions.h"
#include "knowledge/hotquestionswidget.h"
#include "knowledge/kbgapswidget.h"
#include "knowledge/kbimport.h"
#include "knowledge/kblinks.h"
#include "knowledge/knowledgepane.h"
#include "knowledge/linkdialog.h"
#include "knowledge/linklistwidget.h"
#include "mainwindow.h"
#include "robot/robot.h"
#include "security/accountservice.h"
#include "security/operator.h"
#include "testsupport.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderpane.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

using namespace hotline;

namespace {

struct KbDesk {
    explicit KbDesk(security::Role role = security::Role::Agent)
    {
        ws = ui::openWorkspace(dir.filePath(QStringLiteral("desk.db")), clock, ids).value();
        security::OperatorRepository ops(ws->db->connection());
        const QString lead = ops.create(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value().id;
        ws->currentOperator = ops.create(QStringLiteral("李娜"), role, ids, clock).value();
        REQUIRE(knowledge::importKnowledgeJson(*ws->db, knowledge::demoKnowledgeJson(), ws->currentOperator.id, lead,
                                               ids, clock)
                    .ok());
        window = std::make_unique<ui::MainWindow>(*ws);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~KbDesk()
    {
        window.reset();
        ws.reset();
    }
    ui::KnowledgePane* kb() const { return window->knowledgePane(); }
    template <typename T> T* tab(const QString& name = {})
    {
        window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(1);
        auto* w = kb()->findChild<T*>(name);
        REQUIRE(w != nullptr);
        kb()->tabs()->setCurrentWidget(w);
        return w;
    }
    QString topic() const
    {
        QSqlQuery q(ws->db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM categories WHERE name = '综合所得'")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_CASE("an answer inserted into a new work order and saved makes its article a hot question")
{
    KbDesk desk;
    auto* hot = desk.tab<ui::HotQuestionsWidget>();
    CHECK(hot->list()->topLevelItemCount() == 0);
    CHECK_FALSE(hot->pinButton()->isVisible()); // agents do not pin

    desk.window->workOrderPane()->newWorkOrder(QStringLiteral("13907711234"));
    auto* dialog = desk.window->findChild<ui::NewWorkOrderDialog*>();
    REQUIRE(dialog != nullptr);
    tickets::WorkOrderDraft d = dialog->fields()->draft();
    d.categoryId = desk.topic();
    d.question = QStringLiteral("年终奖怎么计税？");
    dialog->fields()->setDraft(d);

    desk.kb()->showArticle(QStringLiteral("KB0152"));
    QTest::mouseClick(desk.kb()->findChild<QPushButton*>(QStringLiteral("insertAnswerButton")), Qt::LeftButton);
    CHECK_FALSE(dialog->fields()->answerEdit()->toPlainText().isEmpty());
    dialog->save();
    QTRY_VERIFY(desk.window->findChild<ui::NewWorkOrderDialog*>() == nullptr);

    hot = desk.tab<ui::HotQuestionsWidget>();
    hot->reload();
    REQUIRE(hot->list()->topLevelItemCount() == 1);
    QTreeWidgetItem* item = hot->list()->topLevelItem(0);
    CHECK(item->text(ui::HotQuestionsWidget::Title) == QStringLiteral("年终奖怎么计税？"));
    CHECK(item->data(ui::HotQuestionsWidget::Count, Qt::DisplayRole).toInt() == 1);
    // Today counts it too; a custom range before it does not.
    hot->periodCombo()->setCurrentIndex(0);
    CHECK(hot->list()->topLevelItemCount() == 1);
    hot->periodCombo()->setCurrentIndex(hot->periodCombo()->count() - 1);
    hot->findChild<QDateEdit*>(QStringLiteral("hotToDateEdit"))->setDate(QDate(2026, 11, 26));
    CHECK(hot->list()->topLevelItemCount() == 0);

    // Selecting a hot question shows it in the viewer.
    hot->periodCombo()->setCurrentIndex(3);
    hot->list()->setCurrentItem(hot->list()->topLevelItem(0));
    CHECK(desk.kb()->viewer()->toPlainText().contains(QStringLiteral("年终奖怎么计税")));
}

TEST_CASE("an article linked by hand to the open work order counts, once")
{
    KbDesk desk;
    desk.window->workOrderPane()->newWorkOrder(QStringLiteral("13907711234"));
    auto* dialog = desk.window->findChild<ui::NewWorkOrderDialog*>();
    REQUIRE(dialog != nullptr);
    tickets::WorkOrderDraft d = dialog->fields()->draft();
    d.categoryId = desk.topic();
    d.question = QStringLiteral("扣缴端数据怎么备份？");
    dialog->fields()->setDraft(d);
    dialog->save(); // saved without inserting any answer: nothing linked
    QTRY_VERIFY(desk.window->findChild<ui::NewWorkOrderDialog*>() == nullptr);
    auto* hot = desk.tab<ui::HotQuestionsWidget>();
    CHECK(hot->list()->topLevelItemCount() == 0);

    desk.kb()->showArticle(QStringLiteral("KB0141"));
    auto* link = desk.kb()->findChild<QPushButton*>(QStringLiteral("linkArticleButton"));
    QTest::mouseClick(link, Qt::LeftButton);
    CHECK(desk.window->statusBar()->currentMessage().contains(QStringLiteral("-")));
    QTest::mouseClick(link, Qt::LeftButton); // twice: refused, still one
    hot->reload();
    REQUIRE(hot->list()->topLevelItemCount() == 1);
    CHECK(hot->list()->topLevelItem(0)->data(ui::HotQuestionsWidget::Count, Qt::DisplayRole).toInt() == 1);
}

TEST_CASE("a team lead pins a hot question, and adds a course whose bad URL the dialog refuses")
{
    KbDesk desk(security::Role::TeamLead);
    auto* hot = desk.tab<ui::HotQuestionsWidget>();
    CHECK(hot->pinButton()->isVisible());
    // Nothing linked yet: pin one from the viewer's list by id through libcore, then unpin it here.
    REQUIRE(
        knowledge::setPinned(*desk.ws->db, QStringLiteral("KB0141"), true, desk.ws->currentOperator, desk.clock).ok());
    hot->reload();
    REQUIRE(hot->list()->topLevelItemCount() == 1);
    hot->list()->setCurrentItem(hot->list()->topLevelItem(0));
    CHECK(hot->list()->topLevelItem(0)->text(ui::HotQuestionsWidget::Title).contains(QStringLiteral("备份")));
    QTest::mouseClick(hot->pinButton(), Qt::LeftButton);
    CHECK(hot->list()->topLevelItemCount() == 0);

    auto* courses = desk.tab<ui::LinkListWidget>(QStringLiteral("courseLinkListWidget"));
    QTest::mouseClick(courses->findChild<QPushButton*>(QStringLiteral("addLinkButton")), Qt::LeftButton);
    auto* dialog = courses->findChild<ui::LinkDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->titleEdit()->setText(QStringLiteral("年度汇算操作指引"));
    dialog->urlEdit()->setText(QStringLiteral("javascript:alert(1)"));
    dialog->save();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->isVisible());
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("https://")));
    CHECK(dialog->focusWidget() == dialog->urlEdit());
    dialog->urlEdit()->setText(QStringLiteral("12366.chinatax.gov.cn")); // no scheme
    dialog->save();
    CHECK(dialog->isVisible());
    dialog->urlEdit()->setText(QStringLiteral("https://12366.chinatax.gov.cn/"));
    dialog->save();
    QTRY_VERIFY(courses->findChild<ui::LinkDialog*>() == nullptr);
    REQUIRE(courses->list()->topLevelItemCount() == 1);
    CHECK(courses->list()->topLevelItem(0)->text(ui::LinkListWidget::Title) == QStringLiteral("年度汇算操作指引"));

    // Enter opens it in the browser (here: the seam).
    QList<QUrl> opened;
    ui::LinkListWidget::setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    courses->list()->setCurrentItem(courses->list()->topLevelItem(0));
    courses->list()->setFocus();
    QTest::keyClick(courses->list(), Qt::Key_Return);
    ui::LinkListWidget::setUrlOpener({});
    REQUIRE(opened.size() == 1);
    CHECK(opened.first() == QUrl(QStringLiteral("https://12366.chinatax.gov.cn/")));

    // Removed after confirming.
    ui::LinkListWidget::setConfirm([](QWidget*, const QString&) { return true; });
    courses->removeSelected();
    ui::LinkListWidget::setConfirm({});
    CHECK(courses->list()->topLevelItemCount() == 0);
}

TEST_CASE("reviewers see the robot's gaps with repeats and close one")
{
    KbDesk desk(security::Role::TeamLead);
    robot::Robot robot(*desk.ws->db, desk.clock, desk.ids);
    REQUIRE(robot.answer(QStringLiteral("今天天气怎么样"), QStringLiteral("cli")).ok());
    REQUIRE(robot.answer(QStringLiteral("今天天气怎么样？"), QStringLiteral("cli")).ok());
    auto* gaps = desk.tab<ui::KbGapsWidget>();
    REQUIRE(gaps->list()->topLevelItemCount() == 1);
    CHECK(gaps->list()->topLevelItem(0)->data(ui::KbGapsWidget::Repeats, Qt::DisplayRole).toInt() == 2);
    gaps->list()->setCurrentItem(gaps->list()->topLevelItem(0));
    CHECK(gaps->closeSelectedWith({}));
    CHECK(gaps->list()->topLevelItemCount() == 0);
}

TEST_CASE("the robot box answers a question, and registers one it cannot answer as an online work order")
{
    KbDesk desk;
    auto* box = desk.tab<ui::AskRobotWidget>();
    box->questionEdit()->setText(QStringLiteral("年终奖怎么计税"));
    QTest::keyClick(box->questionEdit(), Qt::Key_Return);
    CHECK(box->answerLabel()->text().contains(QStringLiteral("年终奖怎么计税？")));
    CHECK(box->related()->count() == 3);
    CHECK_FALSE(box->registerButton()->isEnabled());
    CHECK(desk.kb()->viewer()->toPlainText().contains(QStringLiteral("年终奖怎么计税")));

    box->questionEdit()->setText(QStringLiteral("个人独资企业注销前要清算个税吗"));
    box->ask();
    REQUIRE(box->registerButton()->isEnabled());
    box->topicCombo()->setCurrentIndex(box->topicCombo()->findText(QStringLiteral("个税业务 / 经营所得")));
    box->contactEdit()->setText(QStringLiteral("1390771"));
    QStringList messages;
    ui::Messages::setHandler(
        [&messages](ui::Messages::Kind, const QString&, const QString& text) { messages << text; });
    CHECK_FALSE(box->registerQuestion()); // a broken number is refused, nothing registered
    CHECK(messages.size() == 1);
    box->contactEdit()->setText(QStringLiteral("13907711234"));
    CHECK(box->registerQuestion());
    ui::Messages::setHandler({});
    CHECK_FALSE(box->registerButton()->isEnabled());
    QSqlQuery q(desk.ws->db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT channel, question FROM work_orders")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("online"));
    CHECK(q.value(1).toString() == QStringLiteral("个人独资企业注销前要清算个税吗"));
    CHECK_FALSE(q.next());
}

TEST_CASE("render the knowledge pane's tabs to PNG files", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QTemporaryDir dir;
    SequentialIdGenerator ids;
    const QDateTime now = test::beijing(QStringLiteral("2026-11-27 10:00"));
    {
        auto store = db::Database::open(dir.filePath(QStringLiteral("demo.db")));
        REQUIRE(store.ok());
        demo::DemoOptions o;
        o.now = now;
        REQUIRE(demo::fillDemo(*store.value(), ids, o).ok());
    }
    ManualClock clock(now);
    auto ws = ui::openWorkspace(dir.filePath(QStringLiteral("demo.db")), clock, ids).value();
    security::AccountService accounts(*ws->db, clock, ids);
    auto op = accounts.login(QStringLiteral("梁淑芬"), demo::demoPassword()); // the demo team lead
    REQUIRE(op.ok());
    ws->currentOperator = op.value();
    robot::Robot robot(*ws->db, clock, ids);
    for (const char* q : {"今天天气怎么样", "增值税专用发票丢失了怎么办", "子女教育每月扣除多少", "今天天气怎么样？"}) {
        REQUIRE(robot.answer(QString::fromUtf8(q), QStringLiteral("cli")).ok());
    }
    ui::MainWindow window(*ws);
    window.resize(1400, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(1);
    ui::KnowledgePane* kb = window.knowledgePane();
    const QStringList names{QStringLiteral("hot"), QStringLiteral("courses"), QStringLiteral("news"),
                            QStringLiteral("gaps"), QStringLiteral("robot")};
    auto* box = kb->findChild<ui::AskRobotWidget*>();
    box->questionEdit()->setText(QStringLiteral("个人独资企业注销前要清算个税吗"));
    box->ask();
    for (int i = 0; i < names.size(); ++i) {
        // The five tabs follow each other from 热点问题 on (a reviewer also has 待审核, after them).
        kb->tabs()->setCurrentIndex(kb->tabs()->indexOf(kb->findChild<ui::HotQuestionsWidget*>()) + i);
        QTest::qWait(50);
        if (auto* list = kb->tabs()->currentWidget()->findChild<QTreeWidget*>();
            list && list->topLevelItemCount() > 1) {
            list->setCurrentItem(list->topLevelItem(1));
        }
        CHECK(window.grab().save(out + QStringLiteral("/kb-") + names.at(i) + QStringLiteral(".png")));
    }
    auto* courses = kb->findChild<ui::LinkListWidget*>(QStringLiteral("courseLinkListWidget"));
    ui::LinkDialog dialog(*ws,
                          {QString(),
                           knowledge::LinkKind::Course,
                           QStringLiteral("课程"),
                           {},
                           QDate(2026, 11, 1),
                           QStringLiteral("file:///etc/passwd")},
                          courses);
    dialog.show();
    dialog.save();
    QTest::qWait(20);
    CHECK(dialog.grab().save(out + QStringLiteral("/kb-linkdialog.png")));
}

TEST_CASE("the hot questions show the topic courses still to come with their links and titles escaped")
{
    KbDesk desk(security::Role::TeamLead);
    auto* hot = desk.tab<ui::HotQuestionsWidget>();
    CHECK(hot->coursesLabel()->isHidden()); // none announced
    const auto course = [&desk](const QString& title, const QString& startsAt) {
        knowledge::KbLink c;
        c.kind = knowledge::LinkKind::Course;
        c.title = title;
        c.publishedOn = QDate(2026, 11, 20);
        c.url = QStringLiteral("https://etax.example.gov.cn/course?id=%1").arg(title.size());
        c.startsAt = test::beijing(startsAt);
        REQUIRE(knowledge::saveLink(*desk.ws->db, c, desk.ws->currentOperator, desk.ids, desk.clock).ok());
    };
    course(QStringLiteral("已结束的汇算直播"), QStringLiteral("2026-11-26 15:00"));
    course(QStringLiteral("2027年度汇算<b>专题</b>"), QStringLiteral("2027-03-02 15:00"));
    course(QStringLiteral("扣缴端升级操作"), QStringLiteral("2026-12-01 09:30"));
    hot->reload();
    REQUIRE(hot->coursesLabel()->isVisible());
    const QString text = hot->coursesLabel()->text();
    CHECK_FALSE(text.contains(QStringLiteral("已结束")));
    CHECK(text.contains(QStringLiteral("12月1日 09:30")));
    CHECK(text.indexOf(QStringLiteral("扣缴端升级操作")) <
          text.indexOf(QStringLiteral("2027年度汇算")));             // soonest first
    CHECK(text.contains(QStringLiteral("&lt;b&gt;专题&lt;/b&gt;"))); // a title is text, never markup
    CHECK(text.contains(QStringLiteral("href=\"https://etax.example.gov.cn/course?id=")));
    CHECK(hot->coursesLabel()->openExternalLinks());
}
