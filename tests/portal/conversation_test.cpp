// The taxpayer's conversation over the public listener: starting one (routing on the calendar), messages with their
// retries, the event log over long polls and the WebSocket with replay after a reconnect.

#include "longpoll.h"
#include "portalfixture.h"
#include "wshub.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace hotline;
using namespace hotline::test;

namespace {

QJsonObject statusOf(const HttpResult& r)
{
    return r.json.value(QStringLiteral("status")).toObject();
}

QStringList whats(const QJsonArray& events)
{
    QStringList out;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        const QString what = e.value(QStringLiteral("data")).toObject().value(QStringLiteral("what")).toString();
        out.append(what.isEmpty() ? e.value(QStringLiteral("kind")).toString() : what);
    }
    return out;
}

} // namespace

TEST_CASE("a conversation started on a working day in office hours queues for the online agents")
{
    PortalFixture f; // Friday 2026-10-09 10:00, the first working day after 国庆节
    const HttpResult r = f.start();
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(tokenOf(r)).hasMatch());
    CHECK_FALSE(r.json.value(QStringLiteral("conversationId")).toString().isEmpty());
    CHECK(statusOf(r).value(QStringLiteral("state")).toString() == QStringLiteral("queued"));
    CHECK(statusOf(r).value(QStringLiteral("queuePosition")).toInt() == 1);
    CHECK(whats(r.events()).mid(0, 2) == QStringList{QStringLiteral("welcome"), QStringLiteral("queued")});
    // The security headers of the public listener, and no cookie.
    CHECK(r.headers.value("content-type") == "application/json; charset=utf-8");
    CHECK(r.headers.value("cache-control") == "no-store");
    CHECK(r.headers.value("content-security-policy").startsWith("default-src 'self'"));
    CHECK(r.headers.value("x-content-type-options") == "nosniff");
    CHECK(r.headers.value("referrer-policy") == "no-referrer");
    CHECK_FALSE(r.headers.contains("set-cookie"));

    const HttpResult s = f.get(QStringLiteral("/api/conversation"), tokenHeader(tokenOf(r)));
    REQUIRE(s.status == 200);
    CHECK(s.json.value(QStringLiteral("state")).toString() == QStringLiteral("queued"));
    CHECK(s.json.value(QStringLiteral("lastSeq")).toInt() == r.events().size());
}

TEST_CASE("outside office hours the robot answers: a Saturday, a holiday, the evening, while a 调休 Sunday queues")
{
    struct Case {
        const char* at;
        const char* state;
        bool workingDay;
        const char* holiday;
    };
    const Case cases[] = {
        {"2026-10-17 10:00", "robot", false, ""},       // an ordinary Saturday
        {"2026-10-02 10:00", "robot", false, "国庆节"}, // a Friday in the 国庆节 holiday
        {"2026-10-09 18:30", "robot", true, ""},        // a working day after 17:30
        {"2026-10-09 12:30", "robot", true, ""},        // the lunch break
        {"2026-10-10 10:00", "queued", true, ""},       // Saturday 2026-10-10 is a 调休 working day
        {"2026-01-04 15:00", "queued", true, ""},       // Sunday 2026-01-04 too (元旦)
    };
    for (const Case& c : cases) {
        INFO(c.at);
        PortalFixture f(beijing(QString::fromLatin1(c.at)));
        const HttpResult st = f.get(QStringLiteral("/api/status"));
        REQUIRE(st.status == 200);
        CHECK(st.json.value(QStringLiteral("workingDay")).toBool() == c.workingDay);
        CHECK(st.json.value(QStringLiteral("holiday")).toString() == QString::fromUtf8(c.holiday));
        CHECK(st.json.value(QStringLiteral("officeHours")).toString() == QStringLiteral("09:00-12:00,13:30-17:30"));
        CHECK(st.json.value(QStringLiteral("today")).toString() == QString::fromLatin1(c.at).left(10));
        const HttpResult r = f.start();
        REQUIRE(r.status == 201);
        CHECK(statusOf(r).value(QStringLiteral("state")).toString() == QString::fromLatin1(c.state));
        CHECK(st.json.value(QStringLiteral("inOfficeHours")).toBool() == (qstrcmp(c.state, "queued") == 0));
    }
}

TEST_CASE("the robot answers from the published articles with related questions, and 有用 / 没用 is taken once")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString token = tokenOf(f.start());
    const HttpResult r = f.say(token, QStringLiteral("c-1"), QStringLiteral("年终奖怎么计税"));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    REQUIRE(r.events().size() == 2);
    const QJsonObject answer = r.events()[1].toObject();
    CHECK(answer.value(QStringLiteral("kind")).toString() == QStringLiteral("answer"));
    CHECK(answer.value(QStringLiteral("author")).toString() == QStringLiteral("robot"));
    CHECK(answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("confident")).toBool());
    CHECK_FALSE(answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("related")).toArray().isEmpty());

    const qint64 seq = answer.value(QStringLiteral("seq")).toInteger();
    const QJsonObject good{{QStringLiteral("answerSeq"), seq}, {QStringLiteral("helpful"), true}};
    const HttpResult fb = f.post(QStringLiteral("/api/conversation/feedback"), good, tokenHeader(token));
    REQUIRE(fb.status == 201);
    CHECK(fb.json.value(QStringLiteral("event")).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("feedback"));
    CHECK(f.post(QStringLiteral("/api/conversation/feedback"), good, tokenHeader(token)).error() ==
          QStringLiteral("conflict"));
    // Not an answer, or a wrong type.
    CHECK(f.post(QStringLiteral("/api/conversation/feedback"),
                 {{QStringLiteral("answerSeq"), 1}, {QStringLiteral("helpful"), false}}, tokenHeader(token))
              .status == 404);
    const HttpResult typed = f.post(
        QStringLiteral("/api/conversation/feedback"),
        {{QStringLiteral("answerSeq"), QStringLiteral("2")}, {QStringLiteral("helpful"), true}}, tokenHeader(token));
    CHECK(typed.status == 400);
    CHECK(typed.json.value(QStringLiteral("field")).toString() == QStringLiteral("answerSeq"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM robot_feedback")) == 1);
}

TEST_CASE("a retried message (same clientId) is stored once and answered with the first events")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString token = tokenOf(f.start());
    const HttpResult first = f.say(token, QStringLiteral("5c1e0c9e-1"), QStringLiteral("个税起征点是多少"));
    REQUIRE(first.status == 201);
    const HttpResult again = f.say(token, QStringLiteral("5c1e0c9e-1"), QStringLiteral("个税起征点是多少"));
    REQUIRE(again.status == 200);
    CHECK(again.events() == first.events());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversation_events WHERE author = 'taxpayer'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversation_events WHERE kind = 'answer'")) == 1);
    // Another id is another message.
    CHECK(f.say(token, QStringLiteral("5c1e0c9e-2"), QStringLiteral("个税起征点是多少")).status == 201);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM conversation_events WHERE author = 'taxpayer'")) == 2);
}

TEST_CASE("events after N: at once, and a long poll answers as soon as an event arrives")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const HttpResult started = f.start();
    const QString token = tokenOf(started);
    const qint64 last = statusOf(started).value(QStringLiteral("lastSeq")).toInteger();
    REQUIRE(last >= 1);

    const HttpResult all = f.get(QStringLiteral("/api/conversation/events?after=0"), tokenHeader(token));
    REQUIRE(all.status == 200);
    CHECK(all.events().size() == last);
    CHECK(all.json.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString() ==
          QStringLiteral("robot"));
    // Nothing new and no wait: an empty list at once.
    CHECK(f.get(QStringLiteral("/api/conversation/events?after=%1").arg(last), tokenHeader(token)).events().isEmpty());

    // A long poll held until the message (posted 200 ms later) arrives.
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/conversation/events?after=%2&wait=20")
                                 .arg(f.server->port())
                                 .arg(last)));
    req.setRawHeader("X-Chat-Token", token.toLatin1());
    QElapsedTimer t;
    t.start();
    QNetworkReply* poll = f.net.get(req);
    waitUntil([] { return false; }, 200);
    CHECK(f.server->polls().parked() == 1);
    CHECK_FALSE(poll->isFinished());
    REQUIRE(f.say(token, QStringLiteral("lp-1"), QStringLiteral("年终奖怎么计税")).status == 201);
    REQUIRE(waitUntil([poll] { return poll->isFinished(); }, 5000));
    CHECK(t.elapsed() < 5000);
    const QJsonObject body = QJsonDocument::fromJson(poll->readAll()).object();
    const QJsonArray events = body.value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 2); // the message and the robot's answer
    CHECK(events[0].toObject().value(QStringLiteral("seq")).toInteger() == last + 1);
    CHECK(f.server->polls().parked() == 0);
    poll->deleteLater();

    // A wait that ends without an event answers with an empty list.
    const HttpResult empty =
        f.get(QStringLiteral("/api/conversation/events?after=%1&wait=1").arg(last + 2), tokenHeader(token));
    CHECK(empty.status == 200);
    CHECK(empty.events().isEmpty());
    // Bad parameters.
    CHECK(f.get(QStringLiteral("/api/conversation/events?after=-1"), tokenHeader(token)).status == 400);
    CHECK(f.get(QStringLiteral("/api/conversation/events?after=x"), tokenHeader(token)).status == 400);
    CHECK(f.get(QStringLiteral("/api/conversation/events?wait=26"), tokenHeader(token)).status == 400);
}

TEST_CASE("the WebSocket replays exactly the events after N, then follows live, and a reconnect resumes")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const HttpResult started = f.start();
    const QString token = tokenOf(started);
    REQUIRE(f.say(token, QStringLiteral("a"), QStringLiteral("年终奖怎么计税")).status == 201);
    const qint64 last = f.get(QStringLiteral("/api/conversation"), tokenHeader(token))
                            .json.value(QStringLiteral("lastSeq"))
                            .toInteger();
    REQUIRE(last >= 3);

    WsClient ws;
    REQUIRE(ws.open(f.wsUrl()));
    ws.send({{QStringLiteral("token"), token}, {QStringLiteral("after"), 1}});
    REQUIRE(waitUntil([&] { return !ws.frames(QStringLiteral("status")).isEmpty(); }));
    QList<qint64> expected;
    for (qint64 s = 2; s <= last; ++s) {
        expected.append(s);
    }
    CHECK(ws.eventSeqs() == expected);
    CHECK(ws.frames(QStringLiteral("status"))
              .first()
              .value(QStringLiteral("status"))
              .toObject()
              .value(QStringLiteral("lastSeq")) == last);

    // Live: the next message and its answer, each once, in order.
    REQUIRE(f.say(token, QStringLiteral("b"), QStringLiteral("个税起征点是多少")).status == 201);
    REQUIRE(waitUntil([&] { return ws.eventSeqs().size() == expected.size() + 2; }));
    expected << last + 1 << last + 2;
    CHECK(ws.eventSeqs() == expected);
    // A later frame from the page is ignored.
    ws.send({{QStringLiteral("token"), QStringLiteral("0123456789abcdef0123456789abcdef")}});
    waitUntil([] { return false; }, 100);
    CHECK_FALSE(ws.closed);

    // The page loses its connection; meanwhile another message; a reconnect with after=last+2 gets just it.
    ws.socket->close();
    REQUIRE(waitUntil([&] { return f.server->hub().followers() == 0; }));
    REQUIRE(f.say(token, QStringLiteral("c"), QStringLiteral("房贷利息和房租可以一起扣吗")).status == 201);
    WsClient again;
    REQUIRE(again.open(f.wsUrl()));
    again.send({{QStringLiteral("token"), token}, {QStringLiteral("after"), last + 2}});
    REQUIRE(waitUntil([&] { return !again.frames(QStringLiteral("status")).isEmpty(); }));
    CHECK(again.eventSeqs() == QList<qint64>{last + 3, last + 4});
}

TEST_CASE("sockets held for one conversation are bounded: the oldest follower and the oldest long poll give way")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    const QString token = tokenOf(f.start());
    std::vector<std::unique_ptr<WsClient>> pages;
    for (int i = 0; i < portal::kMaxFollowers + 1; ++i) {
        pages.push_back(std::make_unique<WsClient>());
        REQUIRE(pages.back()->open(f.wsUrl()));
        pages.back()->send({{QStringLiteral("token"), token}, {QStringLiteral("after"), 0}});
        REQUIRE(waitUntil([&] { return !pages.back()->frames(QStringLiteral("status")).isEmpty(); }));
    }
    CHECK(pages.front()->closedWith() == portal::kCloseReplaced);
    CHECK(f.server->hub().followers() == portal::kMaxFollowers);
    for (std::size_t i = 1; i < pages.size(); ++i) {
        CHECK_FALSE(pages[i]->closed);
    }

    const qint64 last = f.get(QStringLiteral("/api/conversation"), tokenHeader(token))
                            .json.value(QStringLiteral("lastSeq"))
                            .toInteger();
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/conversation/events?after=%2&wait=25")
                                 .arg(f.server->port())
                                 .arg(last)));
    req.setRawHeader("X-Chat-Token", token.toLatin1());
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients; // one connection each
    QList<QNetworkReply*> polls;
    for (int i = 0; i < portal::kMaxWaitsPerConversation + 1; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        polls.append(clients.back()->get(req));
        REQUIRE(
            waitUntil([&] { return f.server->polls().parked() == std::min(i + 1, portal::kMaxWaitsPerConversation); }));
    }
    REQUIRE(waitUntil([&] { return polls.first()->isFinished(); }));
    CHECK(polls.first()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(f.server->polls().parked() == portal::kMaxWaitsPerConversation);
    for (qsizetype i = 1; i < polls.size(); ++i) {
        CHECK_FALSE(polls[i]->isFinished());
    }
    REQUIRE(f.say(token, QStringLiteral("x"), QStringLiteral("个税起征点是多少")).status == 201);
    REQUIRE(waitUntil(
        [&] { return std::all_of(polls.begin(), polls.end(), [](QNetworkReply* r) { return r->isFinished(); }); }));
    CHECK(f.server->polls().parked() == 0);
}
