// 网上咨询, the online agent's pane, against a real portal service started in this process (its agents' and public
// listeners on 127.0.0.1, its own store, a manual clock in office hours): a taxpayer's conversation made through the
// public API, the pane signing in, accepting from the queue, replying (Enter), inserting a 服务用语 (Alt+1) and a
// knowledge-base answer, transferring to a colleague, closing, and filing the transcript under a new work order; the
// portal going away and coming back without losing what was typed; the lead's phrase editor; a pane without a portal.

#include "agentapi.h"
#include "chat/agentclient.h"
#include "chat/agentsettings.h"
#include "chat/chatpane.h"
#include "chat/chatservice.h"
#include "chat/chatservicedialog.h"
#include "chat/conversationview.h"
#include "chat/quickphrases.h"
#include "chat/quickphrasesdialog.h"
#include "chat/replyedit.h"
#include "chat/workorderpickerdialog.h"
#include "common/messages.h"
#include "desk.h"
#include "knowledge/kbimport.h"
#include "portalserver.h"
#include "tickets/timeline.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderrepository.h"

#include <QAction>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTcpServer>
#include <QTreeWidget>
#include <QUuid>

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

const QString kColleague = QStringLiteral("吴芳");

struct HttpResult {
    int status = 0;
    QJsonObject body;
};

// The portal service as hotlinedesk-portal runs it, on its own store; its clock is the desk's.
struct Portal {
    explicit Portal(const Clock& clock) : clock(clock)
    {
        security::AccountService accounts(*store.db, clock, ids);
        REQUIRE(accounts.createFirstAdmin(QStringLiteral("管理员"), test::kDeskAdminPassword).ok());
        const security::Operator admin = accounts.login(QStringLiteral("管理员"), test::kDeskAdminPassword).value();
        for (const QString& name : {kAgent, kColleague}) {
            REQUIRE(accounts.createAccount(name, security::Role::OnlineAgent, test::kDeskPassword, admin).ok());
        }
        const security::Operator service =
            security::OperatorRepository(store.db->connection())
                .ensure(QStringLiteral("网上咨询平台"), security::Role::OnlineAgent, ids, clock)
                .value();
        chat = std::make_unique<chat::ChatService>(*store.db, clock, ids, service);
        REQUIRE(chat->reload().ok());
        startAgents();
        pub = std::make_unique<portal::PortalServer>(*store.db, clock, *chat, portal::PortalOptions{});
        REQUIRE(pub->start(QHostAddress::LocalHost, 0));
    }

    void startAgents(quint16 port = 0)
    {
        agents = std::make_unique<portal::AgentApi>(*store.db, clock, ids, *chat);
        REQUIRE(agents->start(QHostAddress::LocalHost, port));
        agentPort = agents->port();
    }

    QString agentUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(agentPort); }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(pub->port()); }

    HttpResult call(const QByteArray& verb, const QString& base, const QString& path, const QJsonObject* body,
                    const QList<QPair<QByteArray, QByteArray>>& headers)
    {
        QNetworkRequest request(QUrl(base + path));
        for (const auto& h : headers) {
            request.setRawHeader(h.first, h.second);
        }
        QNetworkReply* reply = nullptr;
        if (body != nullptr) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply = net.sendCustomRequest(request, verb, QJsonDocument(*body).toJson(QJsonDocument::Compact));
        } else {
            reply = net.sendCustomRequest(request, verb);
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return r;
    }

    // The taxpayer's page.
    HttpResult taxpayer(const QByteArray& verb, const QString& path, const QString& token, const QJsonObject& body = {})
    {
        const QList<QPair<QByteArray, QByteArray>> headers{{"Origin", origin().toLatin1()},
                                                           {"X-Chat-Token", token.toLatin1()}};
        return call(verb, origin(), path, verb == "GET" ? nullptr : &body, headers);
    }

    // A taxpayer starts a conversation and asks; returns {conversationId, token}.
    QPair<QString, QString> ask(const QString& question)
    {
        const HttpResult started = taxpayer("POST", QStringLiteral("/api/conversations"), {});
        REQUIRE(started.status == 201);
        const QString token = started.body.value(QStringLiteral("token")).toString();
        const HttpResult asked = taxpayer(
            "POST", QStringLiteral("/api/conversation/messages"), token,
            {{QStringLiteral("clientId"), QUuid::createUuid().toString()}, {QStringLiteral("text"), question}});
        REQUIRE(asked.status == 201);
        return {started.body.value(QStringLiteral("conversationId")).toString(), token};
    }

    QStringList texts(const QString& token)
    {
        QStringList out;
        const HttpResult r = taxpayer("GET", QStringLiteral("/api/conversation/events?after=0"), token);
        for (const QJsonValue& v : r.body.value(QStringLiteral("events")).toArray()) {
            out << v.toObject().value(QStringLiteral("text")).toString();
        }
        return out;
    }

    // The colleague, signed in through the agents' API by hand, and kept online.
    // {agent id, bearer header value}
    QPair<QString, QByteArray> colleagueOnline()
    {
        const QJsonObject login{{QStringLiteral("name"), kColleague},
                                {QStringLiteral("password"), test::kDeskPassword}};
        const HttpResult r = call("POST", agentUrl(), QStringLiteral("/agent/login"), &login, {});
        REQUIRE(r.status == 200);
        const QByteArray bearer = "Bearer " + r.body.value(QStringLiteral("token")).toString().toLatin1();
        const QJsonObject none;
        REQUIRE(
            call("POST", agentUrl(), QStringLiteral("/agent/heartbeat"), &none, {{"Authorization", bearer}}).status ==
            200);
        return {r.body.value(QStringLiteral("operator")).toObject().value(QStringLiteral("id")).toString(), bearer};
    }

    const Clock& clock;
    test::TempStore store;
    UuidGenerator ids;
    std::unique_ptr<chat::ChatService> chat;
    std::unique_ptr<portal::AgentApi> agents;
    std::unique_ptr<portal::PortalServer> pub;
    quint16 agentPort = 0;
    QNetworkAccessManager net;
};

// The online agent's workstation: demo knowledge base, the default 服务用语, the portal's address set.
struct ChatDesk {
    ChatDesk()
    {
        {
            // Made before the window opens, as a lead and the demo would have.
            auto ws = ui::openWorkspace(dir.filePath(QStringLiteral("desk.db")), clock, ids).value();
            security::OperatorRepository ops(ws->db->connection());
            const QString lead = ops.ensure(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value().id;
            REQUIRE(
                knowledge::importKnowledgeJson(*ws->db, knowledge::demoKnowledgeJson(), lead, lead, ids, clock).ok());
            REQUIRE(chat::seedDefaultQuickPhrases(*ws->db, lead, ids, clock).ok());
            REQUIRE(chat::setAgentUrl(*ws->db, portal.agentUrl()).ok());
        }
        desk =
            std::make_unique<test::Desk>(dir.filePath(QStringLiteral("desk.db")), kAgent, security::Role::OnlineAgent);
        pane = desk->window->chatPane();
        REQUIRE(pane != nullptr);
        pane->client()->setHeartbeatInterval(300);
        pane->client()->setRetryInterval(200);
        desk->window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(5);
        REQUIRE(pane->isVisible());
    }

    void signIn()
    {
        pane->signIn(test::kDeskPassword);
        REQUIRE(waitFor([&] { return pane->client()->state() == ui::AgentClient::State::Connected; }));
        REQUIRE(waitFor([&] { return pane->client()->webSocketOpen(); }));
    }

    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids{5};
    Portal portal{clock};
    std::unique_ptr<test::Desk> desk;
    ui::ChatPane* pane = nullptr;
};

QString transcriptOf(ui::ConversationView* view)
{
    return view == nullptr ? QString() : view->transcriptView()->toPlainText();
}

} // namespace

TEST_CASE("an online agent accepts a waiting taxpayer, replies with a phrase and a knowledge answer, and transfers")
{
    ChatDesk f;
    QList<QString> messages;
    ui::Messages::setHandler([&](ui::Messages::Kind, const QString&, const QString& text) { messages << text; });
    f.signIn();
    CHECK(f.pane->connectionLabel()->text().contains(kAgent));

    const auto [id, token] = f.portal.ask(QStringLiteral("年终奖怎么计税？"));
    QTreeWidget* queue = f.pane->queueTree();
    // The queue arrives over the WebSocket; the first question with the next heartbeat at the latest.
    REQUIRE(waitFor([&] {
        return queue->topLevelItemCount() == 1 && queue->topLevelItem(0)->text(2) == QStringLiteral("年终奖怎么计税？");
    }));
    CHECK(queue->topLevelItem(0)->text(0) == QStringLiteral("1"));
    // The wait grows on screen between two heartbeats (the portal's clock stands still here).
    f.pane->client()->setHeartbeatInterval(60000);
    const QString waitedAtFirst = queue->topLevelItem(0)->text(1);
    CHECK(waitFor([&] { return queue->topLevelItem(0)->text(1) != waitedAtFirst; }, 3000));
    f.pane->client()->setHeartbeatInterval(300);
    queue->setFocus();

    // 接入 (Ctrl+J) takes the first in line.
    QTest::keyClick(queue, Qt::Key_J, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return f.pane->currentChat() != nullptr; }));
    ui::ConversationView* view = f.pane->currentChat();
    CHECK(view->conversationId() == id);
    REQUIRE(waitFor([&] { return transcriptOf(view).contains(QStringLiteral("年终奖怎么计税？")); }));
    CHECK(waitFor([&] { return queue->topLevelItemCount() == 0; }));
    CHECK(f.pane->chatList()->count() == 1);

    // Enter sends, Shift+Enter is a new line; the taxpayer reads it.
    ui::ReplyEdit* reply = view->reply();
    reply->setFocus();
    test::typeInto(reply, QStringLiteral("您好"));
    QTest::keyClick(reply, Qt::Key_Return, Qt::ShiftModifier);
    test::typeInto(reply, QStringLiteral("请稍候"));
    CHECK(reply->toPlainText() == QStringLiteral("您好\n请稍候"));
    CHECK(view->counterLabel()->text() == QStringLiteral("6/500"));
    QTest::keyClick(reply, Qt::Key_Return);
    REQUIRE(waitFor([&] { return reply->toPlainText().isEmpty(); }));
    CHECK(f.portal.texts(token).contains(QStringLiteral("您好\n请稍候")));
    CHECK(transcriptOf(view).contains(QStringLiteral("您好")));

    // Alt+1 in the reply box: the first 服务用语 (the window's Alt+1 does not switch panes meanwhile).
    QTest::keyClick(reply, Qt::Key_1, Qt::AltModifier);
    CHECK(reply->toPlainText() == chat::defaultQuickPhrases().first().text);
    CHECK(f.pane->isVisible());
    QTest::keyClick(reply, Qt::Key_Return);
    REQUIRE(waitFor([&] { return reply->toPlainText().isEmpty(); }));
    CHECK(f.portal.texts(token).contains(chat::defaultQuickPhrases().first().text));
    // A double-click on a phrase does the same.
    QListWidgetItem* third = f.pane->phraseList()->item(2);
    emit f.pane->phraseList()->itemActivated(third);
    CHECK(reply->toPlainText() == chat::defaultQuickPhrases().at(2).text);
    reply->clear();

    // The knowledge base on this desk: search, read, insert.
    f.pane->kbSearchEdit()->setText(QStringLiteral("年终奖"));
    f.pane->searchKnowledge();
    REQUIRE(f.pane->kbResultList()->count() > 0);
    const QString answer = f.pane->kbAnswerView()->toPlainText();
    REQUIRE_FALSE(answer.isEmpty());
    f.pane->insertKnowledgeAnswer();
    CHECK(reply->toPlainText() == answer);
    if (answer.size() > 500) {
        // Never cut: refused with the count, and kept.
        QTest::keyClick(reply, Qt::Key_Return);
        CHECK(view->problemLabel()->text().contains(QString::number(answer.size())));
        CHECK(reply->toPlainText() == answer);
        reply->setPlainText(answer.left(400));
    }
    const QString sent = reply->toPlainText();
    QTest::keyClick(reply, Qt::Key_Return);
    REQUIRE(waitFor([&] { return reply->toPlainText().isEmpty(); }));
    CHECK(f.portal.texts(token).contains(sent));

    // What a taxpayer types is shown as text, never as markup.
    REQUIRE(f.portal
                .taxpayer("POST", QStringLiteral("/api/conversation/messages"), token,
                          {{QStringLiteral("clientId"), QStringLiteral("c-html")},
                           {QStringLiteral("text"), QStringLiteral("<b>谢谢</b><img src=x>")}})
                .status == 201);
    REQUIRE(waitFor([&] { return transcriptOf(view).contains(QStringLiteral("<b>谢谢</b><img src=x>")); }));

    // 转接 to the colleague online: the chat leaves this desk and the taxpayer is told who serves now.
    // 转接 (Ctrl+T) with nobody else online: said so, nothing changes.
    QTest::keyClick(reply, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return !messages.isEmpty(); }));
    CHECK(messages.takeFirst().contains(QStringLiteral("没有")));
    CHECK(f.pane->chatList()->count() == 1);
    // To the colleague online, chosen from those offered: the chat leaves this desk.
    const auto [colleagueId, bearer] = f.portal.colleagueOnline();
    CHECK_FALSE(colleagueId.isEmpty());
    QStringList offered;
    ui::ChatPane::setColleaguePrompt([&](QWidget*, const QStringList& names) {
        offered = names;
        return std::optional<int>(0);
    });
    QTest::keyClick(reply, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return f.pane->chatList()->count() == 0; }));
    ui::ChatPane::setColleaguePrompt({});
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().contains(kColleague));
    const HttpResult status = f.portal.taxpayer("GET", QStringLiteral("/api/conversation"), token);
    CHECK(status.body.value(QStringLiteral("agentName")).toString() == kColleague);
    QTest::qWait(300); // the transfer's own events arrive after the answer: the chat stays away
    CHECK(f.pane->chatList()->count() == 0);

    // The colleague hands it back: it comes up on this desk with its whole log.
    const QJsonObject back{{QStringLiteral("toAgentId"), f.pane->client()->agentId()}};
    REQUIRE(f.portal
                .call("POST", f.portal.agentUrl(), QStringLiteral("/agent/conversations/%1/transfer").arg(id), &back,
                      {{"Authorization", bearer}})
                .status == 200);
    REQUIRE(waitFor([&] { return f.pane->chatList()->count() == 1; }));
    REQUIRE(waitFor([&] { return transcriptOf(f.pane->chat(id)).contains(QStringLiteral("<b>谢谢</b>")); }));
    CHECK(transcriptOf(f.pane->chat(id)).contains(QStringLiteral("年终奖怎么计税？")));
    CHECK(messages.isEmpty());
    ui::Messages::setHandler({});
}

TEST_CASE("a closed chat is filed under a new online work order with its transcript, and the portal records it")
{
    ChatDesk f;
    f.signIn();
    const auto [id, token] = f.portal.ask(QStringLiteral("扣缴端申报失败怎么办？"));
    REQUIRE(waitFor([&] { return f.pane->queueTree()->topLevelItemCount() == 1; }));
    f.pane->queueTree()->setCurrentItem(f.pane->queueTree()->topLevelItem(0));
    f.pane->acceptSelected();
    REQUIRE(waitFor([&] { return transcriptOf(f.pane->currentChat()).contains(QStringLiteral("扣缴端")); }));
    ui::ConversationView* view = f.pane->currentChat();
    view->reply()->setPlainText(QStringLiteral("请重新获取人员信息后再申报。"));
    f.pane->sendCurrent();
    REQUIRE(waitFor([&] { return view->reply()->toPlainText().isEmpty(); }));

    // 结束: the taxpayer can write no more; the reply box is closed too.
    f.pane->closeCurrent();
    REQUIRE(waitFor([&] { return view->isClosed(); }));
    CHECK(view->reply()->isReadOnly());
    CHECK(f.portal
              .taxpayer("POST", QStringLiteral("/api/conversation/messages"), token,
                        {{QStringLiteral("clientId"), QStringLiteral("late")},
                         {QStringLiteral("text"), QStringLiteral("还在吗")}})
              .status == 409);
    CHECK(f.pane->chatList()->item(0)->text().contains(QStringLiteral("（已结束）")));

    // 归档到工单: the new work order form comes prefilled: channel online, the first question.
    ui::NewWorkOrderDialog* dialog = f.pane->fileToNewWorkOrder();
    REQUIRE(dialog != nullptr);
    tickets::WorkOrderDraft draft = dialog->fields()->draft();
    CHECK(draft.channel == tickets::Channel::Online);
    CHECK(draft.question == QStringLiteral("扣缴端申报失败怎么办？"));
    QSqlQuery topic(f.desk->ws->db->connection());
    REQUIRE(topic.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY name LIMIT 1")));
    REQUIRE(topic.next());
    draft.categoryId = topic.value(0).toString();
    dialog->fields()->setDraft(draft);
    dialog->save();
    REQUIRE(waitFor([&] { return !view->ticketNo().isEmpty(); }));

    tickets::WorkOrderRepository orders(f.desk->ws->db->connection());
    auto w = orders.find(view->workOrderId()).value();
    REQUIRE(w.has_value());
    CHECK(w->channel == tickets::Channel::Online);
    CHECK(w->ownerId == f.desk->ws->currentOperator.id);
    bool noted = false;
    for (const tickets::TimelineEvent& e : orders.timeline(w->id).value()) {
        noted =
            noted || (e.kind == QStringLiteral("note") && e.note.contains(QStringLiteral("扣缴端申报失败怎么办？")) &&
                      e.note.contains(QStringLiteral("请重新获取人员信息后再申报。")));
    }
    CHECK(noted);
    // The portal's store knows the work order (it syncs to every desk from there).
    QSqlQuery linked(f.portal.store.db->connection());
    REQUIRE(waitFor([&] {
        linked.prepare(QStringLiteral("SELECT work_order_id, ticket_no FROM conversations WHERE id = ?"));
        linked.addBindValue(id);
        return linked.exec() && linked.next() && linked.value(0).toString() == w->id;
    }));
    CHECK(linked.value(1).toString() == w->ticketNo);
    CHECK(view->problemLabel()->isHidden());

    // Taken off the list once ended.
    f.pane->removeCurrent();
    CHECK(f.pane->chatList()->count() == 0);

    // The same taxpayer's next chat goes under the same work order, chosen by its number.
    const auto next = f.portal.ask(QStringLiteral("刚才的问题，重新获取后还是失败"));
    REQUIRE(waitFor([&] { return f.pane->queueTree()->topLevelItemCount() == 1; }));
    f.pane->acceptSelected();
    REQUIRE(waitFor([&] { return transcriptOf(f.pane->currentChat()).contains(QStringLiteral("重新获取后")); }));
    ui::ConversationView* again = f.pane->currentChat();
    f.pane->fileToExistingWorkOrder();
    auto* picker = f.pane->findChild<ui::WorkOrderPickerDialog*>();
    REQUIRE(picker != nullptr);
    picker->searchEdit()->setText(w->ticketNo.right(6));
    picker->search();
    REQUIRE(picker->resultTree()->topLevelItemCount() == 1);
    CHECK(picker->resultTree()->topLevelItem(0)->text(0) == w->ticketNo);
    picker->searchEdit()->setText(QStringLiteral("没有这样的工单"));
    picker->search();
    CHECK(picker->resultTree()->topLevelItemCount() == 0);
    picker->choose(); // nothing chosen: nothing happens
    CHECK(again->workOrderId().isEmpty());
    picker->searchEdit()->setText(w->ticketNo);
    picker->search();
    picker->choose();
    CHECK(again->workOrderId() == w->id);
    CHECK(again->ticketNo() == w->ticketNo);
    int notes = 0;
    for (const tickets::TimelineEvent& e : orders.timeline(w->id).value()) {
        notes += e.kind == QStringLiteral("note") && e.note.contains(QStringLiteral("网上咨询")) ? 1 : 0;
    }
    CHECK(notes == 2);
    REQUIRE(waitFor([&] {
        linked.prepare(QStringLiteral("SELECT work_order_id FROM conversations WHERE id = ?"));
        linked.addBindValue(next.first);
        return linked.exec() && linked.next() && linked.value(0).toString() == w->id;
    }));
}

TEST_CASE("a wrong password is refused once, with the portal's reason, and not retried")
{
    ChatDesk f;
    QStringList messages;
    ui::Messages::setHandler([&](ui::Messages::Kind, const QString&, const QString& text) { messages << text; });
    int attempts = 0;
    QObject::connect(f.pane->client(), &ui::AgentClient::stateChanged, f.pane,
                     [&](ui::AgentClient::State s) { attempts += s == ui::AgentClient::State::Connecting ? 1 : 0; });
    f.pane->signIn(QStringLiteral("Wrong12366"));
    REQUIRE(waitFor([&] { return !messages.isEmpty(); }));
    CHECK(f.pane->client()->state() == ui::AgentClient::State::SignedOut);
    QTest::qWait(600);
    CHECK(messages.size() == 1);
    CHECK(attempts == 1);
    ui::Messages::setHandler({});
}

TEST_CASE("a taxpayer's message in a chat not on screen marks it unread until it is opened")
{
    ChatDesk f;
    f.signIn();
    const auto first = f.portal.ask(QStringLiteral("第一位纳税人的问题"));
    const auto second = f.portal.ask(QStringLiteral("第二位纳税人的问题"));
    REQUIRE(waitFor([&] { return f.pane->queueTree()->topLevelItemCount() == 2; }));
    f.pane->acceptSelected();
    REQUIRE(waitFor([&] { return f.pane->chats().size() == 1; }));
    f.pane->acceptSelected();
    REQUIRE(waitFor([&] { return f.pane->chats().size() == 2; }));
    for (ui::ConversationView* view : f.pane->chats()) {
        REQUIRE(waitFor([&] { return transcriptOf(view).contains(QStringLiteral("纳税人的问题")); }));
    }
    // Ctrl+PgUp / Ctrl+PgDown step through the chats.
    const QString shown = f.pane->currentChat()->conversationId();
    f.pane->currentChat()->reply()->setFocus();
    QTest::keyClick(f.pane->currentChat()->reply(), Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(f.pane->currentChat()->conversationId() != shown);
    const QString other = shown;
    const QString token = other == first.first ? first.second : second.second;
    REQUIRE(f.portal
                .taxpayer("POST", QStringLiteral("/api/conversation/messages"), token,
                          {{QStringLiteral("clientId"), QStringLiteral("u1")},
                           {QStringLiteral("text"), QStringLiteral("还在吗？")}})
                .status == 201);
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < f.pane->chatList()->count(); ++i) {
        if (f.pane->chatList()->item(i)->data(Qt::UserRole).toString() == other) {
            item = f.pane->chatList()->item(i);
        }
    }
    REQUIRE(item != nullptr);
    REQUIRE(waitFor([&] { return item->text().startsWith(QStringLiteral("●")); }));
    INFO(item->text().toStdString());
    CHECK(item->text().contains(QStringLiteral("(1)")));
    CHECK(item->font().bold());
    f.pane->setCurrentChat(other);
    CHECK_FALSE(item->text().startsWith(QStringLiteral("●")));
    CHECK(transcriptOf(f.pane->currentChat()).contains(QStringLiteral("还在吗？")));
}

TEST_CASE("the online consultation service's address is set in the settings and checked")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), kAgent, security::Role::OnlineAgent);
    auto* action = desk.window->findChild<QAction*>(QStringLiteral("chatServiceAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto* dialog = desk.window->findChild<ui::ChatServiceDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->urlEdit()->text() == QStringLiteral("http://127.0.0.1:8781"));
    dialog->urlEdit()->setText(QStringLiteral("127.0.0.1:9000/agent"));
    dialog->save();
    CHECK(dialog->errorLabel()->isVisibleTo(dialog));
    CHECK(chat::agentUrl(*desk.ws->db).value() == QStringLiteral("http://127.0.0.1:8781"));
    dialog->urlEdit()->setText(QStringLiteral("http://10.0.0.8:9781"));
    dialog->save();
    CHECK(chat::agentUrl(*desk.ws->db).value() == QStringLiteral("http://10.0.0.8:9781"));
}

TEST_CASE("when the portal goes away the pane says so, keeps the reply, and resumes where it stopped")
{
    ChatDesk f;
    f.signIn();
    const auto [id, token] = f.portal.ask(QStringLiteral("个税APP无法登录"));
    REQUIRE(waitFor([&] { return f.pane->queueTree()->topLevelItemCount() == 1; }));
    f.pane->acceptSelected();
    REQUIRE(waitFor([&] { return f.pane->currentChat() != nullptr && f.pane->currentChat()->lastSeq() > 0; }));
    ui::ConversationView* view = f.pane->currentChat();

    const quint16 port = f.portal.agentPort;
    f.portal.agents.reset(); // the agents' listener stops (a restart forgets every token)
    REQUIRE(waitFor([&] { return f.pane->client()->state() == ui::AgentClient::State::Disconnected; }));
    CHECK(f.pane->connectionLabel()->text().contains(QStringLiteral("正在重试")));
    view->reply()->setPlainText(QStringLiteral("请您先重置密码。"));
    f.pane->sendCurrent();
    REQUIRE(waitFor([&] { return !view->problemLabel()->isHidden(); }));
    CHECK(view->reply()->toPlainText() == QStringLiteral("请您先重置密码。"));
    // Meanwhile the taxpayer writes.
    REQUIRE(f.portal
                .taxpayer("POST", QStringLiteral("/api/conversation/messages"), token,
                          {{QStringLiteral("clientId"), QStringLiteral("t2")},
                           {QStringLiteral("text"), QStringLiteral("还在吗？")}})
                .status == 201);

    f.portal.startAgents(port);
    REQUIRE(waitFor([&] { return f.pane->client()->state() == ui::AgentClient::State::Connected; }, 10000));
    // What the taxpayer wrote meanwhile arrives; the kept reply goes out once.
    REQUIRE(waitFor([&] { return transcriptOf(view).contains(QStringLiteral("还在吗？")); }));
    f.pane->sendCurrent();
    REQUIRE(waitFor([&] { return view->reply()->toPlainText().isEmpty(); }));
    CHECK(f.portal.texts(token).count(QStringLiteral("请您先重置密码。")) == 1);
}

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
    CHECK(pane->connectionLabel()->text().contains(QStringLiteral("正在重试")));
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
    ChatDesk f;
    f.signIn();
    const auto first = f.portal.ask(QStringLiteral("年终奖可以单独计税吗？2024年还能选吗？"));
    REQUIRE(waitFor([&] { return f.pane->queueTree()->topLevelItemCount() == 1; }));
    f.pane->acceptSelected();
    REQUIRE(waitFor([&] { return f.pane->chats().size() == 1 && f.pane->currentChat()->lastSeq() >= 2; }));
    ui::ConversationView* one = f.pane->currentChat();
    one->reply()->setPlainText(chat::defaultQuickPhrases().first().text);
    f.pane->sendCurrent();
    REQUIRE(waitFor([&] { return one->reply()->toPlainText().isEmpty(); }));
    REQUIRE(f.portal
                .taxpayer("POST", QStringLiteral("/api/conversation/messages"), first.second,
                          {{QStringLiteral("clientId"), QStringLiteral("s1")},
                           {QStringLiteral("text"),
                            QStringLiteral("<b>我们单位</b>有员工想把年终奖并入综合所得，\n扣缴端怎么操作？")}})
                .status == 201);
    const auto second = f.portal.ask(QStringLiteral("扣缴端申报提示“人员信息未验证”怎么办"));
    (void)f.portal.ask(QStringLiteral("个税APP无法登录"));
    REQUIRE(waitFor([&] { return f.pane->queueTree()->topLevelItemCount() == 2; }));
    f.pane->acceptSelected();
    REQUIRE(waitFor([&] { return f.pane->chats().size() == 2; }));
    REQUIRE(f.portal
                .taxpayer("POST", QStringLiteral("/api/conversation/messages"), second.second,
                          {{QStringLiteral("clientId"), QStringLiteral("s2")},
                           {QStringLiteral("text"), QStringLiteral("在吗？")}})
                .status == 201);
    (void)f.portal.ask(QStringLiteral("专项附加扣除填错了能改吗"));
    f.pane->setCurrentChat(one->conversationId());
    REQUIRE(waitFor([&] { return transcriptOf(one).contains(QStringLiteral("扣缴端怎么操作")); }));
    one->reply()->setPlainText(QStringLiteral("请稍等，正在为您查询。"));
    f.pane->kbSearchEdit()->setText(QStringLiteral("年终奖"));
    f.pane->searchKnowledge();
    f.desk->window->resize(1440, 860);
    QTest::qWait(400);
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    CHECK(f.desk->window->grab().save(out + QStringLiteral("/chatpane.png")));
    f.pane->findChild<QTabWidget*>(QStringLiteral("chatSideTabWidget"))->setCurrentIndex(1);
    QTest::qWait(50);
    CHECK(f.desk->window->grab().save(out + QStringLiteral("/chatpane-kb.png")));
}
