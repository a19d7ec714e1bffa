// The knowledge base's review workflow through the widgets: an agent writes and submits, a team lead approves or
// sends back from the 待审核 tab, the history dialog shows the versions side by side, a resolved work order becomes
// a draft. The hidden "[.screenshot]" case renders the editor, the queue and the diff view to PNG files.

#include "common/bootstrap.h"
#include "common/messages.h"
#include "knowledge/articleeditordialog.h"
#include "knowledge/articlehistorydialog.h"
#include "knowledge/articleservice.h"
#include "knowledge/kbauthoringbar.h"
#include "knowledge/kbcategoriesdialog.h"
#include "knowledge/kbdraftbutton.h"
#include "knowledge/knowledgepane.h"
#include "knowledge/policiesdialog.h"
#include "knowledge/policyservice.h"
#include "knowledge/reviewqueuewidget.h"
#include "mainwindow.h"
#include "security/operator.h"
#include "testsupport.h"
#include "tickets/categories.h"
#include "tickets/workorderpane.h"
#include "tickets/workorderservice.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>

using namespace hotline;

namespace {

// One store, the desk used by whoever is logged in (a new main window per login, as after logging in again).
struct KbDesk {
    KbDesk()
    {
        ws = ui::openWorkspace(dir.filePath(QStringLiteral("desk.db")), clock, ids).value();
        security::OperatorRepository ops(ws->db->connection());
        agent = ops.create(QStringLiteral("李娜"), security::Role::Agent, ids, clock).value();
        lead = ops.create(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value();
    }
    ~KbDesk()
    {
        window.reset();
        ui::ArticleEditorDialog::setReasonPrompt({});
    }
    void loginAs(const security::Operator& op)
    {
        window.reset();
        ws->currentOperator = op;
        window = std::make_unique<ui::MainWindow>(*ws);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ui::KnowledgePane* pane() const { return window->knowledgePane(); }
    ui::KbAuthoringBar* bar() const { return pane()->findChild<ui::KbAuthoringBar*>(); }
    ui::ReviewQueueWidget* queue() const { return pane()->findChild<ui::ReviewQueueWidget*>(); }
    knowledge::ArticleService service() { return knowledge::ArticleService(ws->db->connection(), ids, clock); }

    // The agent writes an article in the editor and submits it; returns its id.
    QString writeAndSubmit(const QString& title, const QString& body)
    {
        ui::ArticleEditorDialog* editor = bar()->openEditor({});
        editor->titleEdit()->setText(title);
        editor->categoryCombo()->setCurrentIndex(editor->categoryCombo()->findText(QStringLiteral("分项所得解读")));
        editor->bodyEdit()->setPlainText(body);
        editor->bodyEdit()->document()->setModified(true);
        editor->similarEdit()->setPlainText(QStringLiteral("个人养老金一年能扣多少"));
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        INFO(editor->errorLabel()->text().toStdString());
        REQUIRE(editor->errorLabel()->text().isEmpty());
        CHECK(editor->statusLabel()->text().contains(knowledge::displayName(knowledge::ArticleStatus::Pending)));
        const QString id = editor->articleId();
        editor->close();
        return id;
    }

    // The reviewer opens the first queued article from the 待审核 tab.
    ui::ArticleEditorDialog* openFromQueue()
    {
        ui::ReviewQueueWidget* q = queue();
        REQUIRE(q != nullptr);
        REQUIRE(q->tree()->topLevelItemCount() > 0);
        emit q->tree()->itemActivated(q->tree()->topLevelItem(0), 0);
        ui::ArticleEditorDialog* editor = nullptr;
        for (auto* d : bar()->findChildren<ui::ArticleEditorDialog*>()) {
            if (d->isVisible()) {
                editor = d;
            }
        }
        REQUIRE(editor != nullptr);
        return editor;
    }

    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    std::unique_ptr<ui::MainWindow> window;
    security::Operator agent;
    security::Operator lead;
};

} // namespace

TEST_CASE("an agent writes and submits, a team lead approves from the review tab, agents then find the article")
{
    KbDesk desk;
    desk.loginAs(desk.agent);
    CHECK(desk.queue() == nullptr); // agents do not review
    const QString id = desk.writeAndSubmit(QStringLiteral("个人养老金扣除限额"),
                                           QStringLiteral("个人养老金按每年12000元的限额据实扣除。"));

    desk.loginAs(desk.lead);
    REQUIRE(desk.queue() != nullptr);
    QTabWidget* tabs = desk.pane()->tabs();
    CHECK(tabs->tabText(tabs->indexOf(desk.queue())).contains(QStringLiteral("1"))); // 待审核（1）
    QTreeWidgetItem* row = desk.queue()->tree()->topLevelItem(0);
    CHECK(row->text(ui::ReviewQueueWidget::Title) == QStringLiteral("个人养老金扣除限额"));
    CHECK(row->text(ui::ReviewQueueWidget::Author) == desk.agent.name);
    ui::ArticleEditorDialog* editor = desk.openFromQueue();
    CHECK(editor->articleId() == id);
    REQUIRE(editor->approveButton()->isVisible());
    REQUIRE(editor->approveButton()->isEnabled());
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK(editor->errorLabel()->text().isEmpty());
    CHECK(editor->statusLabel()->text().contains(knowledge::displayName(knowledge::ArticleStatus::Published)));
    CHECK(desk.queue()->tree()->topLevelItemCount() == 0);

    desk.loginAs(desk.agent);
    desk.pane()->searchEdit()->setText(QStringLiteral("个人养老金"));
    desk.pane()->search();
    REQUIRE(desk.pane()->results()->count() == 1);
    CHECK(desk.pane()->results()->item(0)->text().contains(QStringLiteral("个人养老金扣除限额")));
    CHECK(desk.pane()->currentArticleId() == id);
}

TEST_CASE("a team lead cannot approve their own article in the editor and a rejection's reason reaches the author")
{
    KbDesk desk;
    desk.loginAs(desk.lead);
    const QString own = desk.writeAndSubmit(QStringLiteral("组长自己写的"), QStringLiteral("内容"));
    ui::ArticleEditorDialog* mine = desk.bar()->openEditor(own);
    CHECK_FALSE(mine->approveButton()->isEnabled()); // and libcore refuses it anyway:
    mine->approve();
    CHECK_FALSE(mine->errorLabel()->text().isEmpty());
    CHECK(desk.service().find(own).value().status == knowledge::ArticleStatus::Pending);

    desk.loginAs(desk.agent);
    const QString id =
        desk.writeAndSubmit(QStringLiteral("年终奖计税方式"), QStringLiteral("单独计税政策延续至2027年底。"));
    desk.loginAs(desk.lead);
    ui::ArticleEditorDialog* editor = nullptr;
    for (int i = 0; i < desk.queue()->tree()->topLevelItemCount(); ++i) {
        if (desk.queue()->tree()->topLevelItem(i)->text(0) == QStringLiteral("年终奖计税方式")) {
            emit desk.queue()->tree()->itemActivated(desk.queue()->tree()->topLevelItem(i), 0);
        }
    }
    for (auto* d : desk.bar()->findChildren<ui::ArticleEditorDialog*>()) {
        if (d->isVisible() && d->articleId() == id) {
            editor = d;
        }
    }
    REQUIRE(editor != nullptr);
    // An empty reason is refused; cancelling does nothing.
    ui::ArticleEditorDialog::setReasonPrompt([](QWidget*) { return std::optional<QString>(QStringLiteral("  ")); });
    QTest::mouseClick(editor->rejectButton(), Qt::LeftButton);
    CHECK_FALSE(editor->errorLabel()->text().isEmpty());
    ui::ArticleEditorDialog::setReasonPrompt([](QWidget*) { return std::optional<QString>(); });
    QTest::mouseClick(editor->rejectButton(), Qt::LeftButton);
    CHECK(desk.service().find(id).value().status == knowledge::ArticleStatus::Pending);
    ui::ArticleEditorDialog::setReasonPrompt([](QWidget*) {
        return std::optional<QString>(QStringLiteral("请注明政策依据：财政部 税务总局公告2023年第30号"));
    });
    QTest::mouseClick(editor->rejectButton(), Qt::LeftButton);
    CHECK(editor->errorLabel()->text().isEmpty());
    CHECK(desk.service().find(id).value().status == knowledge::ArticleStatus::Draft);

    desk.loginAs(desk.agent);
    ui::ArticleEditorDialog* back = desk.bar()->openEditor(id);
    CHECK(back->statusLabel()->text().contains(knowledge::displayName(knowledge::ArticleStatus::Draft)));
    CHECK(back->reviewNoteLabel()->text().contains(QStringLiteral("请注明政策依据")));
    CHECK(back->submitButton()->isEnabled());
    CHECK_FALSE(back->approveButton()->isVisible());
}

TEST_CASE("the history dialog shows two versions side by side with the difference marked")
{
    KbDesk desk;
    desk.loginAs(desk.agent);
    ui::ArticleEditorDialog* editor = desk.bar()->openEditor({});
    editor->titleEdit()->setText(QStringLiteral("子女教育扣除标准"));
    editor->bodyEdit()->setPlainText(QStringLiteral("每个子女每月1000元。\n父母可各扣50%。"));
    QApplication::setActiveWindow(editor);
    REQUIRE(QTest::qWaitForWindowActive(editor));
    QTest::keyClick(editor->titleEdit(), Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves the draft
    INFO(editor->errorLabel()->text().toStdString());
    REQUIRE_FALSE(editor->articleId().isEmpty());
    editor->bodyEdit()->setPlainText(QStringLiteral("每个子女每月2000元。\n父母可各扣50%。"));
    editor->bodyEdit()->document()->setModified(true);
    REQUIRE(editor->saveDraft());
    CHECK(editor->statusLabel()->text().contains(QStringLiteral("2")));

    desk.pane()->showArticle(editor->articleId());
    desk.bar()->openHistory();
    auto* history = desk.bar()->findChild<ui::ArticleHistoryDialog*>();
    REQUIRE(history != nullptr);
    REQUIRE(history->versions().size() == 2);
    CHECK(history->leftCombo()->currentIndex() == 0);
    CHECK(history->rightCombo()->currentIndex() == 1);
    CHECK(history->leftView()->toPlainText().contains(QStringLiteral("每个子女每月1000元")));
    CHECK(history->rightView()->toPlainText().contains(QStringLiteral("每个子女每月2000元")));
    CHECK_FALSE(history->rightView()->toPlainText().contains(QStringLiteral("1000")));
    // Only the changed character is marked: red on the left, green on the right.
    CHECK(history->leftView()->toHtml().contains(QStringLiteral("#ffb3b3")));
    CHECK(history->rightView()->toHtml().contains(QStringLiteral("#a8e6a8")));
    CHECK_FALSE(history->leftView()->toHtml().contains(QStringLiteral("#a8e6a8")));
    CHECK(history->eventsTree()->topLevelItemCount() == 2);
    // The same version on both sides: nothing marked.
    history->rightCombo()->setCurrentIndex(0);
    CHECK_FALSE(history->rightView()->toHtml().contains(QStringLiteral("#a8e6a8")));
}

TEST_CASE("a resolved work order becomes a KB draft from the work-order pane, an open one cannot")
{
    KbDesk desk;
    tickets::WorkOrderService orders(*desk.ws->db, desk.clock, desk.ids);
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("13907711234");
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    d.contactName = QStringLiteral("陈静");
    for (const tickets::Category& c : tickets::CategoryRepository(desk.ws->db->connection()).all().value()) {
        if (!c.parentId.isEmpty() && c.name == QStringLiteral("备份与迁移")) {
            d.categoryId = c.id;
        }
    }
    d.question = QStringLiteral("扣缴端备份的数据在哪里恢复？电话13907711234");
    d.answer = QStringLiteral("在系统设置—备份恢复中选择备份文件恢复。");
    auto created = orders.create(d, desk.agent);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    auto open = created.value();
    d.resolvedOnFirstContact = true;
    auto resolved = orders.create(d, desk.agent).value();

    desk.loginAs(desk.agent);
    ui::WorkOrderPane* pane = desk.window->workOrderPane();
    auto* button = pane->findChild<ui::KbDraftButton*>();
    REQUIRE(button != nullptr);
    pane->selectWorkOrder(open.id);
    CHECK_FALSE(button->isEnabled());
    pane->selectWorkOrder(resolved.id);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* editor = desk.window->findChild<ui::ArticleEditorDialog*>();
    REQUIRE(editor != nullptr);
    CHECK(editor->titleEdit()->text().startsWith(QStringLiteral("扣缴端备份的数据在哪里恢复")));
    CHECK_FALSE(editor->titleEdit()->text().contains(QStringLiteral("13907711234")));
    CHECK(editor->bodyEdit()->toPlainText().contains(QStringLiteral("备份恢复")));
    CHECK(editor->statusLabel()->text().contains(knowledge::displayName(knowledge::ArticleStatus::Draft)));

    // Refused by libcore too when the button is pressed on an open work order (e.g. reopened meanwhile).
    QString warned;
    ui::Messages::setHandler([&](ui::Messages::Kind, const QString&, const QString& text) { warned = text; });
    pane->selectWorkOrder(open.id);
    CHECK(button->makeDraft() == nullptr);
    ui::Messages::setHandler({});
    CHECK_FALSE(warned.isEmpty());
}

TEST_CASE("repealing a policy in the policies dialog puts its articles in the review queue with the reason")
{
    KbDesk desk;
    desk.loginAs(desk.lead);
    auto* policies = new ui::PoliciesDialog(*desk.ws, desk.window.get());
    policies->numberEdit()->setText(QStringLiteral("国家税务总局公告2023年第14号"));
    policies->titleEdit()->setText(QStringLiteral("关于个人养老金有关个人所得税政策的公告"));
    QTest::mouseClick(policies->findChild<QPushButton*>(QStringLiteral("addPolicyButton")), Qt::LeftButton);
    REQUIRE(policies->tree()->topLevelItemCount() == 1);
    const QString policyId = policies->tree()->topLevelItem(0)->data(0, Qt::UserRole).toString();

    desk.loginAs(desk.agent);
    ui::ArticleEditorDialog* editor = desk.bar()->openEditor({});
    editor->titleEdit()->setText(QStringLiteral("个人养老金扣除限额"));
    editor->bodyEdit()->setPlainText(QStringLiteral("每年12000元。"));
    REQUIRE(editor->policyList()->count() == 1);
    editor->policyList()->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
    REQUIRE(editor->errorLabel()->text().isEmpty());
    const QString id = editor->articleId();
    CHECK(desk.service().find(id).value().policyIds == QStringList{policyId});

    desk.loginAs(desk.lead);
    REQUIRE(desk.service().approve(id, 1, desk.lead).ok());
    policies = new ui::PoliciesDialog(*desk.ws, desk.bar());
    QObject::connect(policies, &ui::PoliciesDialog::articlesSentBack, desk.queue(), &ui::ReviewQueueWidget::reload);
    policies->tree()->setCurrentItem(policies->tree()->topLevelItem(0));
    policies->noteEdit()->setText(QStringLiteral("已被新公告替代"));
    QTest::mouseClick(policies->findChild<QPushButton*>(QStringLiteral("repealPolicyButton")), Qt::LeftButton);
    CHECK(policies->messageLabel()->text().contains(QStringLiteral("1")));
    REQUIRE(desk.queue()->tree()->topLevelItemCount() == 1);
    const QString why = desk.queue()->tree()->topLevelItem(0)->text(ui::ReviewQueueWidget::Reason);
    CHECK(why.contains(QStringLiteral("国家税务总局公告2023年第14号")));
    CHECK(why.contains(QStringLiteral("已被新公告替代")));
    ui::ArticleEditorDialog* review = desk.openFromQueue();
    CHECK(review->reviewNoteLabel()->text().contains(QStringLiteral("国家税务总局公告2023年第14号")));
    CHECK(review->approveButton()->isEnabled());
}

TEST_CASE("render the KB editor, the review queue and the diff view to PNG files", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    KbDesk desk;
    desk.loginAs(desk.lead);
    auto policy = knowledge::PolicyService(desk.ws->db->connection(), desk.ids, desk.clock)
                      .add(QStringLiteral("国家税务总局公告2023年第14号"),
                           QStringLiteral("关于个人养老金有关个人所得税政策的公告"), QDate(2022, 11, 3), desk.lead)
                      .value();
    desk.loginAs(desk.agent);
    ui::ArticleEditorDialog* editor = desk.bar()->openEditor({});
    editor->titleEdit()->setText(QStringLiteral("个人养老金扣除限额"));
    editor->bodyEdit()->setHtml(QStringLiteral(
        "<h3>扣除标准</h3><p>个人养老金缴费按每年<b>12000元</b>的限额据实扣除。</p><ul><li>综合所得</li>"
        "<li>经营所得</li></ul><table border='1' cellpadding='4'><tr><td>限额</td><td>12000元/年</td></tr></table>"));
    editor->similarEdit()->setPlainText(QStringLiteral("个人养老金一年能扣多少\n个人养老金怎么抵税"));
    editor->policyList()->item(0)->setCheckState(Qt::Checked);
    REQUIRE(editor->saveDraft());
    editor->bodyEdit()->setHtml(QStringLiteral(
        "<h3>扣除标准</h3><p>个人养老金缴费按每年<b>12000元</b>的限额，在综合所得或经营所得中据实扣除。</p>"
        "<ul><li>综合所得</li><li>经营所得</li></ul><p>领取时单独按3%计税。</p>"));
    editor->bodyEdit()->document()->setModified(true);
    REQUIRE(editor->saveDraft());
    QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
    const QString id = editor->articleId();
    editor->show();
    QTest::qWait(50);
    CHECK(editor->grab().save(out + QStringLiteral("/kb-editor.png")));
    desk.loginAs(desk.lead);
    CHECK(knowledge::PolicyService(desk.ws->db->connection(), desk.ids, desk.clock)
              .changeStatus(policy.id, knowledge::PolicyStatus::Amended, QStringLiteral("2024年起全国推开"), desk.lead)
              .ok());
    desk.queue()->reload();
    desk.window->resize(1400, 800);
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(1);
    desk.pane()->tabs()->setCurrentWidget(desk.queue());
    desk.pane()->showArticle(id);
    QTest::qWait(50);
    CHECK(desk.pane()->grab().save(out + QStringLiteral("/kb-review-queue.png")));
    ui::ArticleEditorDialog* review = desk.openFromQueue();
    QTest::qWait(50);
    CHECK(review->grab().save(out + QStringLiteral("/kb-editor-reviewer.png")));
    desk.bar()->openHistory();
    auto* history = desk.bar()->findChild<ui::ArticleHistoryDialog*>();
    REQUIRE(history != nullptr);
    history->show();
    QTest::qWait(50);
    CHECK(history->grab().save(out + QStringLiteral("/kb-history.png")));
    auto* policies = new ui::PoliciesDialog(*desk.ws, desk.window.get());
    policies->show();
    QTest::qWait(50);
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("13907711234");
    d.categoryId = tickets::CategoryRepository(desk.ws->db->connection()).all().value().value(1).id;
    d.question = QStringLiteral("个人养老金资金账户里的钱可以提前取出来吗？");
    d.answer = QStringLiteral("除达到领取基本养老金年龄等情形外，不得提前领取。");
    d.resolvedOnFirstContact = true;
    auto resolved = tickets::WorkOrderService(*desk.ws->db, desk.clock, desk.ids).create(d, desk.lead).value();
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(0);
    desk.window->workOrderPane()->reloadAll();
    desk.window->workOrderPane()->selectWorkOrder(resolved.id);
    QTest::qWait(50);
    CHECK(desk.window->grab().save(out + QStringLiteral("/kb-workorders.png")));
    CHECK(policies->grab().save(out + QStringLiteral("/kb-policies.png")));
    auto* categories = new ui::KbCategoriesDialog(*desk.ws, desk.window.get());
    categories->show();
    QTest::qWait(50);
    CHECK(categories->grab().save(out + QStringLiteral("/kb-categories.png")));
}
