// 网上咨询 without a portal: the lead's 服务用语 editor and the agents' list, and a pane that cannot reach the portal.

#include "chat/agentclient.h"
#include "chat/agentsettings.h"
#include "chat/chatpane.h"
#include "chat/conversationview.h"
#include "chat/quickphrases.h"
#include "chat/quickphrasesdialog.h"
#include "chat/replyedit.h"
#include "desk.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTreeWidget>

using namespace hotline;

namespace {

const QString kAgent = QStringLiteral("周敏");

template <typename Condition> bool waitFor(Condition done, int ms = 5000)
{
    for (int waited = 0; waited < ms && !done(); waited += 20) {
        QTest::qWait(20);
    }
    return done();
}

} // namespace

TEST_CASE("a pane that cannot reach the portal says so and keeps trying")
{
    QTemporaryDir dir;
    QTcpServer closed; // a port nobody answers on
    REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), kAgent, security::Role::OnlineAgent);
    REQUIRE(chat::setAgentUrl(*desk.ws->db, QStringLiteral("http://127.0.0.1:%1").arg(port)).ok());
    ui::ChatPane* pane = desk.window->chatPane();
    pane->client()->setRetryInterval(100);
    CHECK(pane->connectButton()->isEnabled());
    int attempts = 0;
    QObject::connect(pane->client(), &ui::AgentClient::stateChanged, pane,
                     [&](ui::AgentClient::State s) { attempts += s == ui::AgentClient::State::Disconnected ? 1 : 0; });
    pane->signIn(test::kDeskPassword);
    REQUIRE(waitFor([&] { return pane->client()->state() == ui::AgentClient::State::Disconnected; }));
    CHECK(pane->connectionLabel()->text().contains(ui::ChatPane::tr("Retrying")));
    CHECK(waitFor([&] { return attempts >= 3; })); // it retried
    pane->signOut();
    CHECK(pane->client()->state() == ui::AgentClient::State::SignedOut);
    const int after = attempts;
    QTest::qWait(400);
    CHECK(attempts == after); // and stops when told
}

TEST_CASE("a phone agent does not see the online chat pane")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")));
    auto* nav = desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    REQUIRE(nav->count() >= 6);
    CHECK(nav->item(5)->isHidden());
    CHECK_FALSE(desk.window->chatPane()->connectButton()->isEnabled());
}

TEST_CASE("only the team lead edits the service phrases, and the agents' list follows")
{
    QTemporaryDir dir;
    test::Desk agent(dir.filePath(QStringLiteral("desk.db")), kAgent, security::Role::OnlineAgent);
    CHECK_FALSE(agent.window->chatPane()->quickPhrasesButton()->isVisibleTo(agent.window->chatPane()));
    agent.window.reset();
    agent.ws.reset();

    test::Desk lead(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    ui::ChatPane* pane = lead.window->chatPane();
    CHECK(pane->quickPhrasesButton()->isVisibleTo(pane));
    CHECK(pane->phraseList()->count() == 1); // "none yet"
    CHECK_FALSE(pane->phraseList()->item(0)->flags().testFlag(Qt::ItemIsEnabled));
    pane->editQuickPhrases();
    auto* dialog = pane->findChild<ui::QuickPhrasesDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->restoreButton()->isEnabled());
    dialog->restoreDefaults();
    CHECK(dialog->phraseTree()->topLevelItemCount() == chat::defaultQuickPhrases().size());
    CHECK_FALSE(dialog->restoreButton()->isEnabled());
    CHECK(pane->phraseList()->count() == chat::defaultQuickPhrases().size());
    CHECK(pane->phraseList()->item(0)->text().startsWith(QStringLiteral("Alt+1")));

    // A phrase over 500 characters is refused with the reason, and nothing changes.
    dialog->categoryEdit()->setText(QStringLiteral("结束"));
    dialog->textEdit()->setPlainText(QString(501, QChar(0x7A0E)));
    dialog->addPhrase();
    CHECK(dialog->errorLabel()->isVisibleTo(dialog));
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("501")));
    CHECK(dialog->phraseTree()->topLevelItemCount() == chat::defaultQuickPhrases().size());
    dialog->textEdit()->setPlainText(QStringLiteral("稍后我们会以电话方式回复您。"));
    dialog->addPhrase();
    CHECK_FALSE(dialog->errorLabel()->isVisibleTo(dialog));
    CHECK(pane->phraseList()->count() == chat::defaultQuickPhrases().size() + 1);
    dialog->close();
}

TEST_CASE("render the online chat pane with two chats to PNG", "[.screenshot]")
{
    // Events as the portal sends them, without a portal: the pane shows them and says it is not connected.
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), kAgent, security::Role::OnlineAgent);
    REQUIRE(chat::seedDefaultQuickPhrases(*desk.ws->db, desk.ws->currentOperator.id, desk.ids, desk.clock).ok());
    ui::ChatPane* pane = desk.window->chatPane();
    pane->reloadQuickPhrases();
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(5);
    const auto event = [](int seq, const char* author, const char* kind, const char* text, const char* at) {
        QJsonObject e{{QStringLiteral("seq"), seq},
                      {QStringLiteral("author"), QString::fromUtf8(author)},
                      {QStringLiteral("kind"), QString::fromUtf8(kind)},
                      {QStringLiteral("text"), QString::fromUtf8(text)},
                      {QStringLiteral("at"), QString::fromUtf8(at)}};
        if (QLatin1String(author) == QLatin1String("agent")) {
            e.insert(QStringLiteral("agentName"), QStringLiteral("周敏"));
        }
        return e;
    };
    emit pane->client()->eventArrived(
        QStringLiteral("c1"),
        event(1, "system", "notice", "您已进入人工服务队列，前面还有 0 人。", "2025-09-30T02:01:00.000Z"));
    emit pane->client()->eventArrived(
        QStringLiteral("c1"),
        event(2, "taxpayer", "message", "年终奖可以单独计税吗？2024年还能选吗？", "2025-09-30T02:01:20.000Z"));
    emit pane->client()->eventArrived(QStringLiteral("c1"),
                                      event(3, "system", "notice", "坐席 周敏 为您服务。", "2025-09-30T02:02:00.000Z"));
    emit pane->client()->eventArrived(QStringLiteral("c1"),
                                      event(4, "agent", "message",
                                            "您好，这里是12366纳税服务热线在线咨询，请问有什么可以帮您？",
                                            "2025-09-30T02:02:05.000Z"));
    emit pane->client()->eventArrived(QStringLiteral("c1"),
                                      event(5, "taxpayer", "message",
                                            "<b>我们单位</b>有员工想把年终奖并入综合所得，\n怎么操作？",
                                            "2025-09-30T02:02:40.000Z"));
    emit pane->client()->eventArrived(
        QStringLiteral("c2"),
        event(1, "taxpayer", "message", "扣缴端申报提示“人员信息未验证”怎么办", "2025-09-30T02:03:00.000Z"));
    pane->setCurrentChat(QStringLiteral("c1"));
    pane->currentChat()->reply()->setPlainText(QStringLiteral("请稍等，正在为您查询。"));
    pane->kbSearchEdit()->setText(QStringLiteral("年终奖"));
    desk.window->resize(1440, 860);
    QTest::qWait(100);
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    CHECK(desk.window->grab().save(out + QStringLiteral("/chatpane.png")));
}
