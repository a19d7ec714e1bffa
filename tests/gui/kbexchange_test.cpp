// The knowledge pane's import / export menu: files chosen through the seam, work on its own thread, the answer in a
// message box (the line and the reason for a broken file), Cancel rolling an import back, import only for leads.

#include "common/messages.h"
#include "db/query.h"
#include "desk.h"
#include "knowledge/kbexchangeactions.h"
#include "knowledge/kbimport.h"
#include "knowledge/kbmarkdown.h"
#include "knowledge/knowledgepane.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextDocument>

using namespace hotline;

namespace {

struct Shown {
    ui::Messages::Kind kind = ui::Messages::Kind::Information;
    QString text;
};

struct Capture {
    Capture()
    {
        ui::Messages::setHandler([this](ui::Messages::Kind kind, const QString&, const QString& text) {
            shown.append({kind, text});
        });
    }
    ~Capture()
    {
        ui::Messages::setHandler({});
        ui::FileChooser::setNextAnswers({});
    }
    QList<Shown> shown;
};

int articles(const test::Desk& desk)
{
    auto q = db::exec(desk.ws->db->connection(), QStringLiteral("SELECT count(*) FROM kb_articles"));
    REQUIRE(q.ok());
    q.value().next();
    return q.value().value(0).toInt();
}

ui::KbExchangeActions* actionsOf(const test::Desk& desk)
{
    auto* actions = desk.window->knowledgePane()->findChild<ui::KbExchangeActions*>();
    REQUIRE(actions != nullptr);
    return actions;
}

// Triggers the action with the path answered by the seam and waits for the work to end.
bool runAction(ui::KbExchangeActions* actions, QAction* action, const QString& path)
{
    QSignalSpy finished(actions, &ui::KbExchangeActions::finished);
    ui::FileChooser::setNextAnswers({path});
    action->trigger();
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    return finished.first().at(0).toBool();
}

void loadDemo(test::Desk& desk)
{
    REQUIRE(knowledge::importKnowledgeJson(*desk.ws->db, knowledge::demoKnowledgeJson(), desk.ws->currentOperator.id,
                                           desk.ws->currentOperator.id, desk.ids, desk.clock)
                .ok());
}

} // namespace

TEST_CASE("a team lead exports the knowledge base as JSON and Markdown and imports it into another store")
{
    Capture capture;
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("kb.json"));
    const QString folder = dir.filePath(QStringLiteral("md"));
    {
        test::Desk source(dir.filePath(QStringLiteral("source.db")), QStringLiteral("张敏"), security::Role::TeamLead);
        loadDemo(source);
        ui::KbExchangeActions* actions = actionsOf(source);
        CHECK(actions->button()->isVisibleTo(source.window->knowledgePane()));
        CHECK(actions->importFileAction()->isVisible());
        CHECK(runAction(actions, actions->exportJsonAction(), json));
        CHECK(QFile::exists(json));
        CHECK(runAction(actions, actions->exportMarkdownAction(), folder));
        CHECK(QFile::exists(folder + QStringLiteral("/README.md")));
        // A folder that holds something gets a new folder of its own inside.
        const QStringList before = QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        CHECK(runAction(actions, actions->exportMarkdownAction(), dir.path()));
        QStringList made = QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& d : before) {
            made.removeAll(d);
        }
        REQUIRE(made.size() == 1);
        CHECK(made.first().endsWith(QStringLiteral("-20250930")));
        CHECK(QFile::exists(dir.filePath(made.first() + QStringLiteral("/README.md"))));
        REQUIRE(capture.shown.size() == 3);
        CHECK(capture.shown.at(0).kind == ui::Messages::Kind::Information);
        CHECK(capture.shown.at(0).text.contains(QStringLiteral("170")));
        // A cancelled file dialog does nothing.
        QSignalSpy finished(actions, &ui::KbExchangeActions::finished);
        ui::FileChooser::setNextAnswers({QString()});
        actions->exportJsonAction()->trigger();
        CHECK(finished.isEmpty());
        CHECK_FALSE(actions->isRunning());
    }
    capture.shown.clear();

    test::Desk target(dir.filePath(QStringLiteral("target.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    ui::KbExchangeActions* actions = actionsOf(target);
    // A broken file: the line and the reason in an error box, nothing imported.
    QFile f(json);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray broken = f.readAll();
    broken.replace(broken.lastIndexOf("\"status\": \"published\""), 21, "\"status\": \"发布\"");
    const QString brokenPath = dir.filePath(QStringLiteral("broken.json"));
    QFile b(brokenPath);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write(broken);
    b.close();
    CHECK_FALSE(runAction(actions, actions->importFileAction(), brokenPath));
    REQUIRE(capture.shown.size() == 1);
    CHECK(capture.shown.at(0).kind == ui::Messages::Kind::Error);
    // The line (Chinese when the translation is loaded, as in the workstation) and the value at fault.
    CHECK(capture.shown.at(0).text.contains(QStringLiteral("发布")));
    CHECK(capture.shown.at(0).text.contains(
        QRegularExpression(QStringLiteral("^(Line \\d+, article 170 《|第\\d+行，第170篇《)"))));
    CHECK(articles(target) == 0);

    // Cancel in the progress dialog: rolled back.
    QSignalSpy finished(actions, &ui::KbExchangeActions::finished);
    ui::FileChooser::setNextAnswers({json});
    actions->importFileAction()->trigger();
    auto* progress =
        target.window->knowledgePane()->findChild<QProgressDialog*>(QStringLiteral("kbExchangeProgressDialog"));
    REQUIRE(progress != nullptr);
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel != nullptr);
    cancel->click();
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString() ==
          QCoreApplication::translate("hotline::knowledge", "The import was cancelled; nothing was imported."));
    CHECK(articles(target) == 0);

    // The Markdown folder imports whole, and the search shows it at once.
    ui::KnowledgePane* pane = target.window->knowledgePane();
    pane->searchEdit()->setText(QStringLiteral("申报密码"));
    pane->search();
    CHECK(pane->results()->count() == 0);
    CHECK(runAction(actions, actions->importFolderAction(), folder));
    CHECK(articles(target) == 170);
    CHECK(capture.shown.last().text.contains(QStringLiteral("170")));
    CHECK(pane->results()->count() > 0);
}

TEST_CASE("an agent exports the knowledge base but is not offered import, and libcore refuses it anyway")
{
    Capture capture;
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("李娜"), security::Role::Agent);
    loadDemo(desk);
    ui::KbExchangeActions* actions = actionsOf(desk);
    CHECK_FALSE(actions->importFileAction()->isVisible());
    CHECK_FALSE(actions->importFolderAction()->isVisible());
    CHECK(actions->exportJsonAction()->isVisible());
    const QString json = dir.filePath(QStringLiteral("kb.json"));
    CHECK(runAction(actions, actions->exportJsonAction(), json));
    // Reached anyway (a shortcut, a script): refused by the stored role.
    const int before = articles(desk);
    actions->importFileAction()->setEnabled(true);
    CHECK_FALSE(runAction(actions, actions->importFileAction(), json));
    CHECK(capture.shown.last().kind == ui::Messages::Kind::Error);
    CHECK(articles(desk) == before);
}

TEST_CASE("HTML saved by a rich-text editor (QTextDocument) exports as clean Markdown")
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<h3>标题</h3><p>正文<b>加粗</b>和<i>斜体</i>，<a href=\"https://a.cn/x\">链接</a>。</p>"
                               "<p><br></p><ul><li>一</li><li>二</li></ul>"
                               "<table><tr><th>甲</th><th>乙</th></tr><tr><td>1</td><td>2</td></tr></table>"));
    const QString html = doc.toHtml();
    CAPTURE(html);
    const QString md = knowledge::htmlToMarkdown(html);
    CHECK(md == QStringLiteral("### 标题\n\n正文**加粗**和*斜体*，[链接](https://a.cn/x)。\n\n- 一\n- 二\n\n"
                               "|  |  |\n| --- | --- |\n| **甲** | **乙** |\n| 1 | 2 |"));
    // Back in the editor it reads the same (the empty paragraph dropped).
    QTextDocument back;
    back.setHtml(knowledge::markdownToHtml(md));
    CHECK(back.toPlainText() == doc.toPlainText().replace(QStringLiteral("\n\n\n"), QStringLiteral("\n")));
}

TEST_CASE("render the knowledge pane's import and export menu", "[.screenshot]")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    loadDemo(desk);
    desk.window->resize(1280, 800);
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(1);
    desk.window->knowledgePane()->searchEdit()->setText(QStringLiteral("年终奖"));
    desk.window->knowledgePane()->search();
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    CHECK(desk.window->grab().save(out + QStringLiteral("/kbexchange-pane.png")));
    QMenu* menu = actionsOf(desk)->button()->menu();
    menu->popup(actionsOf(desk)->button()->mapToGlobal(QPoint(0, actionsOf(desk)->button()->height())));
    QTest::qWait(50);
    CHECK(menu->grab().save(out + QStringLiteral("/kbexchange-menu.png")));
    menu->hide();
}
