// What the public listener refuses: other sites (Origin), keys that are missing or belong elsewhere, closed chats,
// oversized, malformed or mis-addressed requests, and the channel's limits (message length, messages a minute,
// conversations an hour per address, robot questions a day).

#include "portalfixture.h"
#include "wshub.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpSocket>

using namespace hotline;
using namespace hotline::test;
using namespace hotline::portal;

TEST_CASE("requests from another site are refused: REST 403, the WebSocket closed with 4403")
{
    PortalFixture f;
    const Headers evil{{"Origin", "https://evil.example"}, {"Content-Type", "application/json"}};
    const HttpResult post = f.request("POST", QStringLiteral("/api/conversations"), "{}", evil);
    CHECK(post.status == 403);
    CHECK(post.error() == QStringLiteral("forbidden"));
    CHECK(post.headers.value("content-type") == "application/json; charset=utf-8");
    // A POST without any Origin (browsers always send one) is refused too; nothing was started.
    CHECK(
        f.request("POST", QStringLiteral("/api/conversations"), "{}", {{"Content-Type", "application/json"}}).status ==
        403);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversations")) == 0);
    // A GET from another site is refused; a plain GET (navigation) is not.
    CHECK(f.get(QStringLiteral("/api/status"), {{"Origin", "https://evil.example"}}).status == 403);
    CHECK(f.get(QStringLiteral("/api/status")).status == 200);
    CHECK(f.get(QStringLiteral("/api/status"), {{"Origin", kOrigin.toLatin1()}}).status == 200);

    const QString token = tokenOf(f.start());
    WsClient evilWs(QStringLiteral("https://evil.example"));
    // Refused as soon as it arrives (6.4 has no hook before the upgrade), before any frame.
    evilWs.socket->open(f.wsUrl());
    CHECK(evilWs.closedWith() == kCloseBadOrigin);
    CHECK(evilWs.frames(QStringLiteral("event")).isEmpty());
    WsClient noOrigin(QString{});
    noOrigin.socket->open(f.wsUrl());
    CHECK(noOrigin.closedWith() == kCloseBadOrigin);
    CHECK(noOrigin.received.isEmpty());
}

TEST_CASE("configured origins are taken as browsers send them (a trailing slash is dropped)")
{
    PortalFixture f;
    portal::PortalServer other(*f.store.db, f.clock, *f.chat,
                               portal::PortalOptions{{QStringLiteral(" https://12366.example.cn/ ")}, f.web.path()});
    REQUIRE(other.start(QHostAddress::LocalHost, 0));
    CHECK(other.allowedOrigins() == QStringList{kOrigin});
    portal::PortalServer own(*f.store.db, f.clock, *f.chat, portal::PortalOptions{{}, f.web.path()});
    REQUIRE(own.start(QHostAddress::LocalHost, 0));
    CHECK(own.allowedOrigins() == QStringList{QStringLiteral("http://127.0.0.1:%1").arg(own.port())});
}

TEST_CASE("a token reaches its own conversation and nothing else")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString a = tokenOf(f.start(QStringLiteral("203.0.113.7")));
    const QString b = tokenOf(f.start(QStringLiteral("198.51.100.20")));
    REQUIRE(f.say(a, QStringLiteral("a1"), QStringLiteral("我的单位是南宁绿城餐饮，个税起征点是多少")).status == 201);

    const HttpResult bEvents = f.get(QStringLiteral("/api/conversation/events?after=0"), tokenHeader(b));
    REQUIRE(bEvents.status == 200);
    CHECK_FALSE(bEvents.body.contains("绿城"));
    const HttpResult aEvents = f.get(QStringLiteral("/api/conversation/events?after=0"), tokenHeader(a));
    CHECK(aEvents.body.contains("绿城"));

    // Missing, malformed, unknown tokens: 401 with nothing of any conversation in the answer.
    const QStringList bad{QString(), QStringLiteral("nope"), QStringLiteral("0123456789abcdef0123456789abcdef"),
                          a.toUpper(), a + QStringLiteral("0")};
    for (const QString& t : bad) {
        INFO(t.toStdString());
        const HttpResult r = f.get(QStringLiteral("/api/conversation/events?after=0"), tokenHeader(t));
        CHECK(r.status == 401);
        CHECK(r.error() == QStringLiteral("unauthorized"));
        CHECK_FALSE(r.body.contains("events"));
        CHECK(f.say(t, QStringLiteral("x"), QStringLiteral("你好")).status == 401);
    }
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversation_events WHERE author = 'taxpayer'")) == 1);

    // Over the WebSocket: 4401, nothing sent.
    WsClient ws;
    REQUIRE(ws.open(f.wsUrl()));
    ws.send(
        {{QStringLiteral("token"), QStringLiteral("0123456789abcdef0123456789abcdef")}, {QStringLiteral("after"), 0}});
    CHECK(ws.closedWith() == kCloseBadToken);
    CHECK(ws.received.isEmpty());
    WsClient garbage;
    REQUIRE(garbage.open(f.wsUrl()));
    garbage.socket->sendTextMessage(QStringLiteral("not json"));
    CHECK(garbage.closedWith() == kCloseBadFrame);
    // A socket that never says who it is is closed.
    f.server->hub().setFirstFrameTimeoutMs(200);
    WsClient silent;
    REQUIRE(silent.open(f.wsUrl()));
    CHECK(silent.closedWith() == kCloseNoFirstFrame);
}

TEST_CASE("a closed chat refuses new messages with 409 closed")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString token = tokenOf(f.start());
    const HttpResult closed = f.post(QStringLiteral("/api/conversation/close"), {}, tokenHeader(token));
    REQUIRE(closed.status == 200);
    CHECK(closed.json.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString() ==
          QStringLiteral("closed"));
    const HttpResult refused = f.say(token, QStringLiteral("late"), QStringLiteral("还在吗"));
    CHECK(refused.status == 409);
    CHECK(refused.error() == QStringLiteral("closed"));
    CHECK_FALSE(refused.json.value(QStringLiteral("message")).toString().isEmpty());
    CHECK(f.post(QStringLiteral("/api/conversation/handoff"), {}, tokenHeader(token)).error() ==
          QStringLiteral("closed"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversation_events WHERE author = 'taxpayer'")) == 0);
    // Reading it still works.
    CHECK(f.get(QStringLiteral("/api/conversation"), tokenHeader(token)).status == 200);
}

TEST_CASE("malformed JSON, wrong content types, unknown routes, wrong methods and big bodies get clear 4xx")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString token = tokenOf(f.start());
    Headers h{{"Origin", kOrigin.toLatin1()}, {"Content-Type", "application/json"}, {"X-Chat-Token", token.toLatin1()}};
    const QList<QByteArray> broken{"{", "[]", "\"text\"", "{\"clientId\": \"x\", \"text\": }", "nul"};
    for (const QByteArray& body : broken) {
        INFO(body.toStdString());
        const HttpResult r = f.request("POST", QStringLiteral("/api/conversation/messages"), body, h);
        CHECK(r.status == 400);
        CHECK(r.error() == QStringLiteral("bad_json"));
    }
    // Wrong types and missing fields name the field.
    const HttpResult typed =
        f.post(QStringLiteral("/api/conversation/messages"),
               {{QStringLiteral("clientId"), 7}, {QStringLiteral("text"), QStringLiteral("x")}}, tokenHeader(token));
    CHECK(typed.status == 400);
    CHECK(typed.json.value(QStringLiteral("field")).toString() == QStringLiteral("clientId"));
    const HttpResult missing = f.post(QStringLiteral("/api/conversation/messages"),
                                      {{QStringLiteral("clientId"), QStringLiteral("m")}}, tokenHeader(token));
    CHECK(missing.status == 400);
    CHECK(missing.json.value(QStringLiteral("field")).toString() == QStringLiteral("text"));
    // Not JSON by its content type.
    const HttpResult form = f.request("POST", QStringLiteral("/api/conversation/messages"), "clientId=x&text=hi",
                                      {{"Origin", kOrigin.toLatin1()},
                                       {"Content-Type", "application/x-www-form-urlencoded"},
                                       {"X-Chat-Token", token.toLatin1()}});
    CHECK(form.status == 400);
    CHECK(form.error() == QStringLiteral("bad_json"));

    for (const char* path : {"/api/nothing", "/api/conversation/nothing", "/api/kb/nothing", "/static/missing.js",
                             "/static/..%2Fsecret", "/admin", "/api/kb/articles/KB9999"}) {
        INFO(path);
        const HttpResult r = f.get(QString::fromLatin1(path), tokenHeader(token));
        CHECK(r.status == 404);
        CHECK(r.error() == QStringLiteral("not_found"));
        CHECK(r.headers.value("content-type") == "application/json; charset=utf-8");
    }
    const HttpResult wrongGet = f.get(QStringLiteral("/api/conversation/messages"), tokenHeader(token));
    CHECK(wrongGet.status == 405);
    CHECK(wrongGet.headers.value("allow") == "POST");
    const HttpResult wrongPost = f.request("POST", QStringLiteral("/api/status"), "{}", h);
    CHECK(wrongPost.status == 405);
    CHECK(wrongPost.headers.value("allow") == "GET");
    CHECK(f.request("DELETE", QStringLiteral("/api/conversation"), {}, h).status == 405);
    CHECK(f.request("PUT", QStringLiteral("/api/conversations"), "{}", h).status == 405);
    CHECK(f.get(QStringLiteral("/api/ws")).status == 426);

    // A body over 16 KiB: 413, nothing stored.
    const QByteArray big = "{\"clientId\":\"big\",\"text\":\"" + QByteArray(17 * 1024, 'a') + "\"}";
    const HttpResult large = f.request("POST", QStringLiteral("/api/conversation/messages"), big, h);
    CHECK(large.status == 413);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversation_events WHERE author = 'taxpayer'")) == 0);
    // The service still answers.
    CHECK(f.say(token, QStringLiteral("ok"), QStringLiteral("个税起征点是多少")).status == 201);
}

TEST_CASE("a message over 500 characters is refused, not truncated, while 500 are taken")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString token = tokenOf(f.start());
    const HttpResult longer = f.say(token, QStringLiteral("l1"), QString(501, QChar(0x7a0e))); // 税 × 501
    CHECK(longer.status == 400);
    CHECK(longer.error() == QStringLiteral("invalid"));
    CHECK(longer.json.value(QStringLiteral("field")).toString() == QStringLiteral("text"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversation_events WHERE author = 'taxpayer'")) == 0);
    const HttpResult exact = f.say(token, QStringLiteral("l2"), QString(500, QChar(0x7a0e)));
    CHECK(exact.status == 201);
    CHECK(exact.events().first().toObject().value(QStringLiteral("text")).toString().size() == 500);
    CHECK(f.say(token, QStringLiteral("l3"), QStringLiteral("   ")).status == 400);
}

TEST_CASE("the 21st message in a minute gets 429 with Retry-After, and a minute later it goes through")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString token = tokenOf(f.start());
    for (int i = 1; i <= 20; ++i) {
        REQUIRE(f.say(token, QStringLiteral("m%1").arg(i), QStringLiteral("问题%1").arg(i)).status == 201);
        f.clock.advanceSecs(1);
    }
    const HttpResult limited = f.say(token, QStringLiteral("m21"), QStringLiteral("问题21"));
    CHECK(limited.status == 429);
    CHECK(limited.error() == QStringLiteral("rate_limited"));
    const int retryAfter = limited.headers.value("retry-after").toInt();
    CHECK(retryAfter >= 1);
    CHECK(retryAfter <= 60);
    // A retry of an earlier message is no new message: answered, not limited.
    CHECK(f.say(token, QStringLiteral("m20"), QStringLiteral("问题20")).status == 200);
    f.clock.advanceSecs(retryAfter);
    CHECK(f.say(token, QStringLiteral("m21"), QStringLiteral("问题21")).status == 201);
}

TEST_CASE("the 7th conversation in an hour from one address gets 429, while other addresses are not affected")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    for (int i = 0; i < 6; ++i) {
        REQUIRE(f.start(QStringLiteral("203.0.113.7")).status == 201);
        f.clock.advanceSecs(60);
    }
    const HttpResult seventh = f.start(QStringLiteral("203.0.113.7"));
    CHECK(seventh.status == 429);
    CHECK(seventh.headers.value("retry-after").toInt() > 0);
    CHECK(f.start(QStringLiteral("198.51.100.20")).status == 201);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversations")) == 7);
    f.clock.advanceSecs(3600);
    CHECK(f.start(QStringLiteral("203.0.113.7")).status == 201);
}

TEST_CASE("robot questions a day per address follow the configured limit")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    f.setSetting(QStringLiteral("chat.robot_questions_per_day"), QStringLiteral("3"));
    const QString token = tokenOf(f.start());
    for (int i = 1; i <= 3; ++i) {
        REQUIRE(f.say(token, QStringLiteral("r%1").arg(i), QStringLiteral("个税起征点是多少")).status == 201);
    }
    const HttpResult fourth = f.say(token, QStringLiteral("r4"), QStringLiteral("个税起征点是多少"));
    CHECK(fourth.status == 429);
    CHECK(fourth.error() == QStringLiteral("rate_limited"));
    // A new conversation from the same address does not reset it; another address has its own count.
    const QString again = tokenOf(f.start());
    CHECK(f.say(again, QStringLiteral("r5"), QStringLiteral("个税起征点是多少")).status == 429);
    const QString other = tokenOf(f.start(QStringLiteral("198.51.100.20")));
    CHECK(f.say(other, QStringLiteral("r6"), QStringLiteral("个税起征点是多少"), QStringLiteral("198.51.100.20"))
              .status == 201);
}

TEST_CASE("garbage on the wire and WebSocket upgrades elsewhere do not disturb the service")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    auto raw = [&f](const QByteArray& bytes) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, f.server->port());
        REQUIRE(s.waitForConnected(5000));
        s.write(bytes);
        QByteArray got;
        waitUntil(
            [&] {
                got += s.readAll();
                return s.state() != QAbstractSocket::ConnectedState || got.contains("\r\n\r\n");
            },
            2000);
        return got;
    };
    raw(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)); // a TLS hello
    raw("NOT HTTP AT ALL\r\n\r\n");
    raw(QByteArray(64 * 1024, 'A'));
    const QByteArray upgrade = raw("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                                   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                   "Sec-WebSocket-Version: 13\r\n\r\n");
    CHECK(upgrade.startsWith("HTTP/1.1 404"));
    // Two requests on one connection (keep-alive) are both answered.
    const QByteArray two = raw("GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                               "GET /api/kb/courses HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    CHECK(two.startsWith("HTTP/1.1 200"));
    CHECK(f.get(QStringLiteral("/api/status")).status == 200);
    CHECK(f.start().status == 201);
}
