// The online agents' listener and what taxpayers see of it: login and roles, presence and the queue with positions
// and a per-agent cap, accepting, replying, transferring and closing, the agents' WebSocket; then ratings, 转人工 and
// 登记回访 with the rows they leave in the store.

#include "agentws.h"
#include "portalfixture.h"
#include "wshub.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>

using namespace hotline;
using namespace hotline::test;
using namespace hotline::portal;

namespace {

int positionOf(PortalFixture& f, const QString& token)
{
    return f.get(QStringLiteral("/api/conversation"), tokenHeader(token))
        .json.value(QStringLiteral("queuePosition"))
        .toInt();
}

QStringList texts(const QJsonArray& events)
{
    QStringList out;
    for (const QJsonValue& v : events) {
        out.append(v.toObject().value(QStringLiteral("text")).toString());
    }
    return out;
}

} // namespace

TEST_CASE("agents log in with their accounts: a wrong password is 401, a role that does not serve chats 403")
{
    PortalFixture f;
    const HttpResult ok =
        f.agentRequest("POST", QStringLiteral("/agent/login"), {},
                       {{QStringLiteral("name"), QStringLiteral("李娜")}, {QStringLiteral("password"), kPassword}});
    REQUIRE(ok.status == 200);
    CHECK(ok.json.value(QStringLiteral("token")).toString().size() == 32);
    const QJsonObject op = ok.json.value(QStringLiteral("operator")).toObject();
    CHECK(op.value(QStringLiteral("id")).toString() == f.agentA.id);
    CHECK(op.value(QStringLiteral("role")).toString() == security::key(security::Role::OnlineAgent));

    const HttpResult wrong = f.agentRequest("POST", QStringLiteral("/agent/login"), {},
                                            {{QStringLiteral("name"), QStringLiteral("李娜")},
                                             {QStringLiteral("password"), QStringLiteral("wrong-password")}});
    CHECK(wrong.status == 401);
    CHECK(wrong.error() == QStringLiteral("unauthorized"));
    CHECK_FALSE(wrong.json.contains(QStringLiteral("token")));
    const HttpResult qa =
        f.agentRequest("POST", QStringLiteral("/agent/login"), {},
                       {{QStringLiteral("name"), QStringLiteral("赵磊")}, {QStringLiteral("password"), kPassword}});
    CHECK(qa.status == 403);
    CHECK(qa.error() == QStringLiteral("forbidden"));
    CHECK(f.agentLogin(QStringLiteral("张敏")).size() == 32); // a team lead serves chats too

    // Without a token, with a wrong one, or with a taxpayer's conversation key: 401.
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/queue"), {}).status == 401);
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/queue"), QStringLiteral("0123456789abcdef0123456789abcdef"))
              .status == 401);
    const QString taxpayer = tokenOf(f.start());
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/queue"), taxpayer).status == 401);
    // Sessions last 12 hours.
    const QString token = tokenOf(ok);
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/queue"), token).status == 200);
    f.clock.advanceSecs(12 * 3600 + 1);
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/queue"), token).status == 401);
    // Malformed and unknown.
    CHECK(
        f.request("POST", QStringLiteral("/agent/login"), "{", {{"Content-Type", "application/json"}}, f.agents->port())
            .error() == QStringLiteral("bad_json"));
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/nothing"), token).status == 404);
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/login"), {}).status == 405);
    // Web pages get nothing here: any Origin is refused, over REST and the WebSocket.
    const HttpResult fromPage =
        f.request("POST", QStringLiteral("/agent/login"),
                  QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("李娜")},
                                            {QStringLiteral("password"), kPassword}})
                      .toJson(),
                  {{"Content-Type", "application/json"}, {"Origin", "http://127.0.0.1:8781"}}, f.agents->port());
    CHECK(fromPage.status == 403);
    CHECK_FALSE(fromPage.json.contains(QStringLiteral("token")));
    CHECK(f.request("GET", QStringLiteral("/agent/queue"), {},
                    {{"Authorization", "Bearer " + token.toLatin1()}, {"Origin", kOrigin.toLatin1()}}, f.agents->port())
              .status == 403);
    WsClient pageWs(QStringLiteral("http://127.0.0.1:8781"));
    pageWs.socket->open(f.agentWsUrl());
    CHECK(pageWs.closedWith() == kCloseBadOrigin);
    // The agents' routes are not on the public listener, nor the public ones here.
    CHECK(f.get(QStringLiteral("/agent/queue")).status == 404);
    CHECK(f.request("GET", QStringLiteral("/api/status"), {}, {}, f.agents->port()).status == 404);
}

TEST_CASE("the queue is first in, first out with each taxpayer's position, and each agent serves up to the cap")
{
    PortalFixture f;
    f.setSetting(QStringLiteral("chat.agent_capacity"), QStringLiteral("1"));
    const QString a = f.agentLogin(QStringLiteral("李娜"));
    const QString b = f.agentLogin(QStringLiteral("王强"));
    REQUIRE(f.agentRequest("POST", QStringLiteral("/agent/heartbeat"), a).status == 200);
    const HttpResult beat = f.agentRequest("POST", QStringLiteral("/agent/heartbeat"), b);
    REQUIRE(beat.status == 200);
    CHECK(beat.json.value(QStringLiteral("agentsOnline")).toArray().size() == 2);
    CHECK(f.get(QStringLiteral("/api/status")).json.value(QStringLiteral("agentsOnline")).toInt() == 2);

    QStringList taxpayers;
    for (int i = 0; i < 3; ++i) {
        taxpayers.append(tokenOf(f.start(QStringLiteral("203.0.113.%1").arg(10 + i))));
        f.clock.advanceSecs(10);
    }
    REQUIRE(f.say(taxpayers[0], QStringLiteral("q"), QStringLiteral("扣缴端申报提示人员信息未验证")).status == 201);
    CHECK(positionOf(f, taxpayers[0]) == 1);
    CHECK(positionOf(f, taxpayers[1]) == 2);
    CHECK(positionOf(f, taxpayers[2]) == 3);
    const HttpResult queue = f.agentRequest("GET", QStringLiteral("/agent/queue"), a);
    REQUIRE(queue.status == 200);
    const QJsonArray items = queue.json.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 3);
    CHECK(items[0].toObject().value(QStringLiteral("position")).toInt() == 1);
    CHECK(items[0].toObject().value(QStringLiteral("firstQuestion")).toString() ==
          QStringLiteral("扣缴端申报提示人员信息未验证"));
    CHECK(items[0].toObject().value(QStringLiteral("waitedSecs")).toInt() == 30);

    // The third taxpayer follows the queue over the WebSocket.
    WsClient ws;
    REQUIRE(ws.open(f.wsUrl()));
    ws.send({{QStringLiteral("token"), taxpayers[2]}, {QStringLiteral("after"), 0}});
    REQUIRE(waitUntil([&] { return !ws.frames(QStringLiteral("status")).isEmpty(); }));

    const HttpResult first = f.agentRequest("POST", QStringLiteral("/agent/conversations/next/accept"), a);
    REQUIRE(first.status == 200);
    CHECK(first.json.value(QStringLiteral("state")).toString() == QStringLiteral("serving"));
    CHECK(first.json.value(QStringLiteral("agentId")).toString() == f.agentA.id);
    CHECK(positionOf(f, taxpayers[1]) == 1);
    CHECK(positionOf(f, taxpayers[2]) == 2);
    REQUIRE(waitUntil([&] {
        return ws.frames(QStringLiteral("status"))
                   .last()
                   .value(QStringLiteral("status"))
                   .toObject()
                   .value(QStringLiteral("queuePosition")) == 2;
    }));
    // At the cap: the next one is refused for 李娜, taken by 王强.
    const HttpResult capped = f.agentRequest("POST", QStringLiteral("/agent/conversations/next/accept"), a);
    CHECK(capped.status == 409);
    CHECK(capped.error() == QStringLiteral("conflict"));
    REQUIRE(f.agentRequest("POST", QStringLiteral("/agent/conversations/next/accept"), b).status == 200);
    CHECK(positionOf(f, taxpayers[2]) == 1);
    REQUIRE(waitUntil([&] {
        return ws.frames(QStringLiteral("status"))
                   .last()
                   .value(QStringLiteral("status"))
                   .toObject()
                   .value(QStringLiteral("queuePosition")) == 1;
    }));
    const HttpResult agentsList = f.agentRequest("GET", QStringLiteral("/agent/agents"), a);
    REQUIRE(agentsList.json.value(QStringLiteral("items")).toArray().size() == 2);
    CHECK(agentsList.json.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("serving")) == 1);
    // Nobody free to transfer to (王强 is at the cap).
    const QString firstId = first.json.value(QStringLiteral("id")).toString();
    CHECK(f.agentRequest("POST", QStringLiteral("/agent/conversations/%1/transfer").arg(firstId), a,
                         {{QStringLiteral("toAgentId"), f.agentB.id}})
              .status == 409);
    // A heartbeat keeps an agent online; without one for 45 s they drop out.
    f.clock.advanceSecs(46);
    REQUIRE(f.chat->tick().ok());
    CHECK(f.get(QStringLiteral("/api/status")).json.value(QStringLiteral("agentsOnline")).toInt() == 0);
}

TEST_CASE("an agent accepts, replies, transfers and closes, and the taxpayer sees it live and rates the chat once")
{
    PortalFixture f;
    const QString a = f.agentLogin(QStringLiteral("李娜"));
    const QString b = f.agentLogin(QStringLiteral("王强"));
    REQUIRE(f.agentRequest("POST", QStringLiteral("/agent/heartbeat"), a).status == 200);
    REQUIRE(f.agentRequest("POST", QStringLiteral("/agent/heartbeat"), b).status == 200);
    const HttpResult started = f.start();
    const QString taxpayer = tokenOf(started);
    const QString id = started.json.value(QStringLiteral("conversationId")).toString();

    // Both agents follow the agents' WebSocket: the queue at once, events of their own conversations.
    WsClient wsA(QString{});
    WsClient wsB(QString{});
    REQUIRE(wsA.open(f.agentWsUrl()));
    REQUIRE(wsB.open(f.agentWsUrl()));
    wsA.send({{QStringLiteral("token"), a}});
    wsB.send({{QStringLiteral("token"), b}});
    REQUIRE(waitUntil([&] {
        return !wsA.frames(QStringLiteral("queue")).isEmpty() && !wsB.frames(QStringLiteral("queue")).isEmpty();
    }));
    CHECK(wsA.frames(QStringLiteral("queue")).last().value(QStringLiteral("items")).toArray().size() == 1);
    WsClient page;
    REQUIRE(page.open(f.wsUrl()));
    page.send({{QStringLiteral("token"), taxpayer}, {QStringLiteral("after"), 0}});

    // Rating before a person served: 409.
    CHECK(f.post(QStringLiteral("/api/conversation/rating"), {{QStringLiteral("level"), 5}}, tokenHeader(taxpayer))
              .status == 409);

    REQUIRE(f.agentRequest("POST", QStringLiteral("/agent/conversations/%1/accept").arg(id), a).status == 200);
    REQUIRE(waitUntil(
        [&] { return wsA.frames(QStringLiteral("queue")).last().value(QStringLiteral("items")).toArray().isEmpty(); }));
    const HttpResult reply = f.agentRequest("POST", QStringLiteral("/agent/conversations/%1/messages").arg(id), a,
                                            {{QStringLiteral("clientId"), QStringLiteral("ag-1")},
                                             {QStringLiteral("text"), QStringLiteral("您好，请问有什么可以帮您？")}});
    REQUIRE(reply.status == 201);
    CHECK(f.agentRequest("POST", QStringLiteral("/agent/conversations/%1/messages").arg(id), a,
                         {{QStringLiteral("clientId"), QStringLiteral("ag-1")},
                          {QStringLiteral("text"), QStringLiteral("您好，请问有什么可以帮您？")}})
              .status == 200);
    auto pageEvent = [&page](const QString& text) {
        for (const QJsonObject& e : page.frames(QStringLiteral("event"))) {
            const QJsonObject ev = e.value(QStringLiteral("event")).toObject();
            if (ev.value(QStringLiteral("text")).toString() == text) {
                return ev;
            }
        }
        return QJsonObject();
    };
    REQUIRE(waitUntil([&] { return !pageEvent(QStringLiteral("您好，请问有什么可以帮您？")).isEmpty(); }));
    {
        const QJsonObject ev = pageEvent(QStringLiteral("您好，请问有什么可以帮您？"));
        {
            CHECK(ev.value(QStringLiteral("author")).toString() == QStringLiteral("agent"));
            CHECK(ev.value(QStringLiteral("agentName")).toString() == QStringLiteral("李娜"));
            CHECK_FALSE(ev.contains(QStringLiteral("agentId"))); // no operator ids on the taxpayer's page
        }
    }
    // The page got each event once, in order.
    QList<qint64> expected;
    for (qint64 s = 1; s <= page.eventSeqs().size(); ++s) {
        expected.append(s);
    }
    CHECK(page.eventSeqs() == expected);
    REQUIRE(f.say(taxpayer, QStringLiteral("t-1"), QStringLiteral("个税申报期限是哪天")).status == 201);
    REQUIRE(waitUntil([&] {
        for (const QJsonObject& fr : wsA.frames(QStringLiteral("event"))) {
            if (fr.value(QStringLiteral("event")).toObject().value(QStringLiteral("text")) ==
                QStringLiteral("个税申报期限是哪天")) {
                return true;
            }
        }
        return false;
    }));
    CHECK(wsB.frames(QStringLiteral("event")).isEmpty()); // not 王强's conversation
    // 王强 cannot write into 李娜's conversation; nor read it.
    CHECK(f.agentRequest(
               "POST", QStringLiteral("/agent/conversations/%1/messages").arg(id), b,
               {{QStringLiteral("clientId"), QStringLiteral("b-1")}, {QStringLiteral("text"), QStringLiteral("hi")}})
              .status == 403);
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/conversations/%1/events?after=0").arg(id), b).status == 403);
    const HttpResult log = f.agentRequest("GET", QStringLiteral("/agent/conversations/%1/events?after=0").arg(id), a);
    REQUIRE(log.status == 200);
    CHECK(texts(log.events()).contains(QStringLiteral("个税申报期限是哪天")));
    const HttpResult mine = f.agentRequest("GET", QStringLiteral("/agent/conversations"), a);
    REQUIRE(mine.json.value(QStringLiteral("items")).toArray().size() == 1);
    CHECK(mine.json.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("id")).toString() ==
          id);

    // Transfer to 王强: both hear of it; the chat is his now.
    const HttpResult moved = f.agentRequest("POST", QStringLiteral("/agent/conversations/%1/transfer").arg(id), a,
                                            {{QStringLiteral("toAgentId"), f.agentB.id}});
    REQUIRE(moved.status == 200);
    CHECK(moved.json.value(QStringLiteral("agentId")).toString() == f.agentB.id);
    REQUIRE(waitUntil([&] { return !wsB.frames(QStringLiteral("event")).isEmpty(); }));
    CHECK(f.agentRequest("GET", QStringLiteral("/agent/conversations"), a)
              .json.value(QStringLiteral("items"))
              .toArray()
              .isEmpty());
    // An agent's long poll answers when the taxpayer writes.
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/agent/conversations/%2/events?after=%3&wait=20")
                                 .arg(f.agents->port())
                                 .arg(id)
                                 .arg(f.get(QStringLiteral("/api/conversation"), tokenHeader(taxpayer))
                                          .json.value(QStringLiteral("lastSeq"))
                                          .toInteger())));
    req.setRawHeader("Authorization", "Bearer " + b.toLatin1());
    QNetworkReply* poll = f.net.get(req);
    waitUntil([] { return false; }, 100);
    CHECK_FALSE(poll->isFinished());
    REQUIRE(f.say(taxpayer, QStringLiteral("t-2"), QStringLiteral("谢谢")).status == 201);
    REQUIRE(waitUntil([poll] { return poll->isFinished(); }));
    CHECK(poll->readAll().contains("谢谢"));
    poll->deleteLater();

    const HttpResult closed = f.agentRequest("POST", QStringLiteral("/agent/conversations/%1/close").arg(id), b);
    REQUIRE(closed.status == 200);
    CHECK(f.agentRequest(
               "POST", QStringLiteral("/agent/conversations/%1/messages").arg(id), b,
               {{QStringLiteral("clientId"), QStringLiteral("b-2")}, {QStringLiteral("text"), QStringLiteral("再见")}})
              .error() == QStringLiteral("closed"));
    CHECK(f.say(taxpayer, QStringLiteral("t-3"), QStringLiteral("再问一个")).error() == QStringLiteral("closed"));

    // The rating: 1..5 once, comment up to 200 characters.
    CHECK(f.post(QStringLiteral("/api/conversation/rating"), {{QStringLiteral("level"), 6}}, tokenHeader(taxpayer))
              .status == 400);
    CHECK(f.post(QStringLiteral("/api/conversation/rating"),
                 {{QStringLiteral("level"), 5}, {QStringLiteral("comment"), QString(201, QLatin1Char('x'))}},
                 tokenHeader(taxpayer))
              .status == 400);
    const HttpResult rated = f.post(
        QStringLiteral("/api/conversation/rating"),
        {{QStringLiteral("level"), 5}, {QStringLiteral("comment"), QStringLiteral("很专业")}}, tokenHeader(taxpayer));
    CHECK(rated.status == 201);
    const HttpResult twice =
        f.post(QStringLiteral("/api/conversation/rating"), {{QStringLiteral("level"), 1}}, tokenHeader(taxpayer));
    CHECK(twice.status == 409);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM chat_ratings")) == 1);
    // The agent links the transcript to a work order (unknown: refused).
    CHECK(f.agentRequest("POST", QStringLiteral("/agent/conversations/%1/link").arg(id), b,
                         {{QStringLiteral("workOrderId"), QStringLiteral("no-such-order")}})
              .status >= 400);
}

TEST_CASE("a taxpayer who waits out of office hours is offered 登记回访: the callback and the work order are filed")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 20:00"))); // Saturday evening
    const QString token = tokenOf(f.start());
    const HttpResult miss = f.say(token, QStringLiteral("m1"), QStringLiteral("我们公司的火星分部怎么报税"));
    REQUIRE(miss.status == 201);
    CHECK(f.get(QStringLiteral("/api/conversation"), tokenHeader(token))
              .json.value(QStringLiteral("messageOffered"))
              .toBool());
    // 转人工 is refused outside office hours.
    const HttpResult handoff = f.post(QStringLiteral("/api/conversation/handoff"), {}, tokenHeader(token));
    CHECK(handoff.status == 409);
    CHECK(handoff.error() == QStringLiteral("illegal"));

    const QJsonObject bad{{QStringLiteral("clientId"), QStringLiteral("lm-1")},
                          {QStringLiteral("name"), QStringLiteral("陈静")},
                          {QStringLiteral("phone"), QStringLiteral("12345")},
                          {QStringLiteral("question"), QStringLiteral("火星分部怎么报税")}};
    const HttpResult refused = f.post(QStringLiteral("/api/conversation/leave-message"), bad, tokenHeader(token));
    CHECK(refused.status == 400);
    CHECK(refused.json.value(QStringLiteral("field")).toString() == QStringLiteral("phone"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM work_orders")) == 0);

    QJsonObject good = bad;
    good.insert(QStringLiteral("phone"), QStringLiteral("139 0771 1234"));
    const HttpResult left = f.post(QStringLiteral("/api/conversation/leave-message"), good, tokenHeader(token));
    INFO(left.body.toStdString());
    REQUIRE(left.status == 201);
    const QString ticketNo = left.json.value(QStringLiteral("ticketNo")).toString();
    CHECK_FALSE(ticketNo.isEmpty());
    const QDateTime due =
        QDateTime::fromString(left.json.value(QStringLiteral("callbackDeadline")).toString(), Qt::ISODateWithMs);
    REQUIRE(due.isValid());
    CHECK(due.toTimeZone(calendar::beijingTime()).date() == QDate(2026, 10, 19)); // Monday, the next working day
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE channel = 'online' AND ticket_no = '%1'")
                      .arg(ticketNo)) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id "
                                 "WHERE w.ticket_no = '%1' AND c.number = '13907711234'")
                      .arg(ticketNo)) == 1);
    // A retry of the same form files nothing twice.
    const HttpResult again = f.post(QStringLiteral("/api/conversation/leave-message"), good, tokenHeader(token));
    CHECK(again.json.value(QStringLiteral("ticketNo")).toString() == ticketNo);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM work_orders")) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM callbacks")) == 1);
    // The taxpayer's log confirms it with the number.
    const HttpResult log = f.get(QStringLiteral("/api/conversation/events?after=0"), tokenHeader(token));
    CHECK(log.body.contains(ticketNo.toUtf8()));
}

TEST_CASE("a robot chat that runs into office hours may ask for a person (转人工) and queues")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-09 08:59")));
    const QString token = tokenOf(f.start());
    CHECK(
        f.get(QStringLiteral("/api/conversation"), tokenHeader(token)).json.value(QStringLiteral("state")).toString() ==
        QStringLiteral("robot"));
    f.clock.advanceSecs(120);
    CHECK(f.get(QStringLiteral("/api/conversation"), tokenHeader(token))
              .json.value(QStringLiteral("handoffAvailable"))
              .toBool());
    const HttpResult handoff = f.post(QStringLiteral("/api/conversation/handoff"), {}, tokenHeader(token));
    REQUIRE(handoff.status == 200);
    CHECK(handoff.json.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString() ==
          QStringLiteral("queued"));
    CHECK(handoff.json.value(QStringLiteral("status")).toObject().value(QStringLiteral("queuePosition")).toInt() == 1);
}
