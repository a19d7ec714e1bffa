// A bounded load test of hotlinedesk-portal on loopback (issue 8): 200 concurrent conversations exchanging messages
// with online agents for 60 s. The built executable runs on a temporary store with 20 online agents (capacity 10
// each), started in office hours on a working day (--now); every conversation queues, an agent takes it through the
// agents' API, and then the taxpayer sends a message every --interval-ms and the agent answers each one as it arrives
// on the agent's WebSocket.
//
// Counted per conversation: every message posted (201) by the taxpayer and by the agent, and every event that arrives
// on the taxpayer's WebSocket and on the agent's. A message lost (posted, never arrived), doubled (arrived twice, or
// a sequence number seen twice) or a gap in the sequence numbers is reported and makes the exit status 1. Printed:
// the counts, refused requests, and the delivery latency p50 / p95 / max — from the POST leaving the client to the
// event arriving on the follower's WebSocket — for the taxpayer's messages (to the agent, and back to the page) and
// the agent's answers (to the page). Timings are figures, not pass/fail.
//
// With --robot the service starts in the evening instead: the robot answers every message from the demo knowledge
// base, and each answer (inReplyTo the message) must arrive on the page exactly once too.
//
// Usage: bench_portal_load [--conversations 200] [--duration 60] [--interval-ms 3000] [--agents 20] [--robot]
//                          [--portal PATH/hotlinedesk-portal]
// The limits of the channel (20 messages a minute, 6 new conversations an hour per address) are raised in the
// temporary store: this measures the transport, not the limits (tests/portal tests those).

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "knowledge/kbimport.h"
#include "security/accountservice.h"
#include "security/operator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <random>
#include <utility>

using namespace hotline;

namespace {

const QString kPassword = QStringLiteral("Bench12366");
// A Wednesday morning in office hours (09:00-12:00) on the built-in calendar, and its evening.
const QString kOfficeHours = QStringLiteral("2026-11-25T09:30:00+08:00");
const QString kEvening = QStringLiteral("2026-11-25T20:00:00+08:00");

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_portal_load: %s\n", qPrintable(what));
    std::exit(2);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        fail(QStringLiteral("no free port"));
    }
    return probe.serverPort();
}

// The store: an administrator, the service account, the online agents (or the demo knowledge base for the robot) and
// the raised limits.
QStringList makeStore(const QString& path, int agents, int capacity, bool robot)
{
    auto opened = db::Database::open(path);
    if (!opened) {
        fail(QStringLiteral("cannot make the store: %1").arg(opened.error().message));
    }
    db::Database& db = *opened.value();
    SystemClock clock;
    UuidGenerator ids;
    security::AccountService accounts(db, clock, ids);
    auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), kPassword);
    if (!admin) {
        fail(admin.error().message);
    }
    if (auto service = security::OperatorRepository(db.connection())
                           .ensure(QStringLiteral("网上咨询平台"), security::Role::OnlineAgent, ids, clock);
        !service) {
        fail(service.error().message);
    }
    QStringList names;
    if (robot) {
        auto kb = knowledge::importKnowledgeJson(db, knowledge::demoKnowledgeJson(), admin->id, admin->id, ids, clock);
        if (!kb) {
            fail(QStringLiteral("cannot import the knowledge base: %1").arg(kb.error().message));
        }
        agents = 0;
    }
    for (int i = 1; i <= agents; ++i) {
        const QString name = QStringLiteral("坐席%1").arg(i, 3, 10, QLatin1Char('0'));
        auto made = accounts.createAccount(name, security::Role::OnlineAgent, kPassword, admin.value());
        if (!made) {
            fail(made.error().message);
        }
        names << name;
    }
    const QList<std::pair<QString, int>> settings{
        {QStringLiteral("chat.agent_capacity"), capacity},
        {QStringLiteral("chat.messages_per_minute"), 1000},
        {QStringLiteral("chat.conversations_per_hour"), 1000},
        {QStringLiteral("chat.robot_questions_per_day"), 100000},
        {QStringLiteral("chat.max_queue"), 1000},
        {QStringLiteral("chat.offer_message_after_secs"), 86400},
        {QStringLiteral("chat.idle_close_secs"), 86400},
        {QStringLiteral("chat.presence_timeout_secs"), 3600},
    };
    for (const auto& [key, value] : settings) {
        auto q = db::exec(db.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                          {key, QString::number(value)});
        if (!q) {
            fail(q.error().message);
        }
    }
    return names;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Latencies {
    QList<double> ms;
    void add(double v) { ms.append(v); }
    QString line() const
    {
        if (ms.isEmpty()) {
            return QStringLiteral("no samples");
        }
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        const auto at = [&s](double p) { return s.at(std::min<qsizetype>(s.size() - 1, qsizetype(p * s.size()))); };
        return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms (%4 samples)")
            .arg(at(0.50), 0, 'f', 1)
            .arg(at(0.95), 0, 'f', 1)
            .arg(s.constLast(), 0, 'f', 1)
            .arg(s.size());
    }
};

// One conversation as both of its ends see it.
struct Conversation {
    int index = 0;
    QString id;
    QString token;
    QString client; // X-Real-IP
    int agent = -1;
    QWebSocket* page = nullptr;
    bool pageReady = false;
    qint64 lastPageSeq = 0;
    int pageGaps = 0;
    int pageRepeats = 0;
    // clientId → when the POST left (ms since start); what was acknowledged (201/200).
    QHash<QString, double> taxpayerSent;
    QHash<QString, double> agentSent;
    QSet<QString> taxpayerAcked;
    QSet<QString> agentAcked;
    // clientId → how often it arrived.
    QHash<QString, int> onPage;
    QHash<QString, int> onAgentSocket;
    QSet<qint64> agentSocketSeqs;
    int agentSocketRepeats = 0;
    // The robot: the page's message seq of each of the taxpayer's clientIds, and answers per message seq.
    QHash<QString, qint64> seqOf;
    QHash<qint64, int> answers;
};

class Load final : public QObject {
public:
    Load(quint16 publicPort, quint16 agentPort, QStringList agentNames, int conversations, int durationSecs,
         int intervalMs, bool robot)
        : m_robot(robot), m_public(QStringLiteral("http://127.0.0.1:%1").arg(publicPort)),
          m_agentsUrl(QStringLiteral("http://127.0.0.1:%1").arg(agentPort)), m_agentNames(std::move(agentNames)),
          m_count(conversations), m_durationSecs(durationSecs), m_intervalMs(intervalMs), m_rng(12366)
    {
        for (int i = 0; i < 32; ++i) {
            m_nams.append(new QNetworkAccessManager(this)); // QNAM keeps 6 connections a host: spread the load
        }
        m_clock.start();
    }

    int run()
    {
        login(0);
        return QCoreApplication::exec();
    }

private:
    double now() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    QNetworkAccessManager* nam(int i) { return m_nams.at(i % m_nams.size()); }

    void post(int lane, const QString& url, const QJsonObject& body,
              const QList<QPair<QByteArray, QByteArray>>& headers, std::function<void(int, const QJsonObject&)> done)
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        for (const auto& [name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply* reply = nam(lane)->post(request, json(body));
        connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            done(status, QJsonDocument::fromJson(reply->readAll()).object());
        });
    }

    QList<QPair<QByteArray, QByteArray>> pageHeaders(const Conversation& c) const
    {
        QList<QPair<QByteArray, QByteArray>> h{{"Origin", m_public.toUtf8()}, {"X-Real-IP", c.client.toUtf8()}};
        if (!c.token.isEmpty()) {
            h.append({"X-Chat-Token", c.token.toUtf8()});
        }
        return h;
    }
    QList<QPair<QByteArray, QByteArray>> agentHeaders(int agent) const
    {
        return {{"Authorization", "Bearer " + m_agentTokens.at(agent).toUtf8()}};
    }

    // 1. The agents log in, one after the other, and open their WebSockets.
    void login(int i)
    {
        if (i == m_agentNames.size()) {
            startConversations();
            return;
        }
        post(i, m_agentsUrl + QStringLiteral("/agent/login"),
             {{QStringLiteral("name"), m_agentNames.at(i)}, {QStringLiteral("password"), kPassword}}, {},
             [this, i](int status, const QJsonObject& o) {
                 if (status != 200) {
                     fail(QStringLiteral("agent login %1: HTTP %2 %3")
                              .arg(m_agentNames.at(i))
                              .arg(status)
                              .arg(QString::fromUtf8(json(o))));
                 }
                 m_agentTokens.append(o.value(QStringLiteral("token")).toString());
                 auto* ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
                 m_agentSockets.append(ws);
                 connect(ws, &QWebSocket::connected, this, [this, ws, i] {
                     ws->sendTextMessage(QString::fromUtf8(json({{QStringLiteral("token"), m_agentTokens.at(i)}})));
                 });
                 connect(ws, &QWebSocket::textMessageReceived, this,
                         [this, i](const QString& text) { onAgentFrame(i, text); });
                 QString url = m_agentsUrl;
                 url.replace(0, 4, QStringLiteral("ws"));
                 ws->open(QUrl(url + QStringLiteral("/agent/ws")));
                 post(i, m_agentsUrl + QStringLiteral("/agent/heartbeat"), {}, agentHeaders(i),
                      [this, i](int status, const QJsonObject&) {
                          if (status != 200) {
                              fail(QStringLiteral("heartbeat: HTTP %1").arg(status));
                          }
                          login(i + 1);
                      });
             });
    }

    // 2. The taxpayers start their conversations (all queue in office hours) and open their pages' WebSockets.
    void startConversations()
    {
        if (!m_robot) {
            std::printf("%d agents logged in; starting %d conversations\n", int(m_agentNames.size()), m_count);
        }
        std::fflush(stdout);
        for (int i = 0; i < m_count; ++i) {
            auto c = std::make_shared<Conversation>();
            c->index = i;
            c->client = QStringLiteral("10.88.%1.%2").arg(i / 250).arg(i % 250 + 1);
            m_conversations.append(c);
            post(i, m_public + QStringLiteral("/api/conversations"), {}, pageHeaders(*c),
                 [this, c](int status, const QJsonObject& o) {
                     if (status != 201) {
                         fail(QStringLiteral("start: HTTP %1 %2").arg(status).arg(QString::fromUtf8(json(o))));
                     }
                     c->id = o.value(QStringLiteral("conversationId")).toString();
                     c->token = o.value(QStringLiteral("token")).toString();
                     m_byId.insert(c->id, c);
                     openPage(c);
                     if (++m_started == m_count) {
                         if (m_robot) {
                             std::printf("%d conversations with the robot; exchanging messages for %d s\n", m_count,
                                         m_durationSecs);
                             std::fflush(stdout);
                             startExchange();
                         } else {
                             acceptAll();
                         }
                     }
                 });
        }
    }

    void openPage(const std::shared_ptr<Conversation>& c)
    {
        c->page = new QWebSocket(m_public, QWebSocketProtocol::VersionLatest, this);
        connect(c->page, &QWebSocket::connected, this, [c] {
            c->page->sendTextMessage(
                QString::fromUtf8(json({{QStringLiteral("token"), c->token}, {QStringLiteral("after"), 0}})));
            c->pageReady = true;
        });
        connect(c->page, &QWebSocket::textMessageReceived, this,
                [this, c](const QString& text) { onPageFrame(*c, text); });
        connect(c->page, &QWebSocket::disconnected, this, [this, c] {
            if (!m_finished) {
                ++m_pageDrops;
            }
        });
        QString url = m_public;
        url.replace(0, 4, QStringLiteral("ws"));
        c->page->open(QUrl(url + QStringLiteral("/api/ws")));
    }

    // 3. Agents take the queue round-robin (accept next) until every conversation is served.
    void acceptAll()
    {
        std::printf("%d conversations queued; agents accepting\n", m_count);
        std::fflush(stdout);
        acceptNext(0, 0);
    }

    void acceptNext(int agent, int refusedInARow)
    {
        if (m_accepted == m_count) {
            std::printf("all %d conversations served; exchanging messages for %d s\n", m_count, m_durationSecs);
            std::fflush(stdout);
            startExchange();
            return;
        }
        if (refusedInARow > m_agentNames.size()) {
            fail(QStringLiteral("the agents could take only %1 of %2 conversations").arg(m_accepted).arg(m_count));
        }
        post(agent, m_agentsUrl + QStringLiteral("/agent/conversations/next/accept"), {}, agentHeaders(agent),
             [this, agent, refusedInARow](int status, const QJsonObject& o) {
                 const int next = (agent + 1) % int(m_agentNames.size());
                 if (status != 200 && status != 201) {
                     acceptNext(next, refusedInARow + 1);
                     return;
                 }
                 QJsonObject conv = o.value(QStringLiteral("conversation")).toObject();
                 if (conv.isEmpty()) {
                     conv = o;
                 }
                 const auto c = m_byId.value(conv.value(QStringLiteral("id")).toString());
                 if (!c) {
                     fail(
                         QStringLiteral("accept answered an unknown conversation: %1").arg(QString::fromUtf8(json(o))));
                 }
                 c->agent = agent;
                 ++m_accepted;
                 acceptNext(next, 0);
             });
    }

    // 4. Each taxpayer sends on its own timer (spread over the interval); agents answer what arrives.
    void startExchange()
    {
        m_exchangeStart = now();
        for (const auto& c : m_conversations) {
            auto* timer = new QTimer(this);
            timer->setInterval(m_intervalMs);
            connect(timer, &QTimer::timeout, this, [this, c] { sendTaxpayer(c); });
            QTimer::singleShot(std::uniform_int_distribution<int>(0, m_intervalMs - 1)(m_rng), this, [this, timer, c] {
                sendTaxpayer(c);
                timer->start();
            });
            m_timers.append(timer);
        }
        // Agents' heartbeats while the load runs.
        auto* beat = new QTimer(this);
        connect(beat, &QTimer::timeout, this, [this] {
            for (int a = 0; a < m_agentNames.size(); ++a) {
                post(a, m_agentsUrl + QStringLiteral("/agent/heartbeat"), {}, agentHeaders(a),
                     [](int, const QJsonObject&) {});
            }
        });
        beat->start(15000);
        QTimer::singleShot(m_durationSecs * 1000, this, [this, beat] {
            m_sending = false;
            m_sendingSecs = (now() - m_exchangeStart) / 1000.0;
            beat->stop();
            for (QTimer* t : std::as_const(m_timers)) {
                t->stop();
            }
            std::printf("sending stopped; draining\n");
            std::fflush(stdout);
            drain(0);
        });
    }

    void sendTaxpayer(const std::shared_ptr<Conversation>& c)
    {
        if (!m_sending) {
            return;
        }
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c->taxpayerSent.insert(clientId, now());
        ++m_inFlight;
        post(c->index, m_public + QStringLiteral("/api/conversation/messages"),
             {{QStringLiteral("clientId"), clientId},
              {QStringLiteral("text"),
               QStringLiteral("第%1个问题：专项附加扣除怎么填报？").arg(c->taxpayerSent.size())}},
             pageHeaders(*c), [this, c, clientId](int status, const QJsonObject& o) {
                 --m_inFlight;
                 if (status == 201 || status == 200) {
                     c->taxpayerAcked.insert(clientId);
                 } else {
                     c->taxpayerSent.remove(clientId);
                     ++m_refused[QStringLiteral("taxpayer HTTP %1 %2")
                                     .arg(status)
                                     .arg(o.value(QStringLiteral("error")).toString())];
                 }
             });
    }

    void sendAgent(const std::shared_ptr<Conversation>& c, const QString& inReplyTo)
    {
        const QString clientId = QStringLiteral("a-") + inReplyTo;
        if (c->agentSent.contains(clientId)) {
            return; // answered already (the taxpayer's message arrived twice: counted as a repeat)
        }
        c->agentSent.insert(clientId, now());
        ++m_inFlight;
        post(c->index + 7, m_agentsUrl + QStringLiteral("/agent/conversations/%1/messages").arg(c->id),
             {{QStringLiteral("clientId"), clientId},
              {QStringLiteral("text"),
               QStringLiteral("您好，专项附加扣除可以在个人所得税App中填报，单位在扣缴端下载更新。")}},
             agentHeaders(c->agent), [this, c, clientId](int status, const QJsonObject& o) {
                 --m_inFlight;
                 if (status == 201 || status == 200) {
                     c->agentAcked.insert(clientId);
                 } else {
                     c->agentSent.remove(clientId);
                     ++m_refused[QStringLiteral("agent HTTP %1 %2")
                                     .arg(status)
                                     .arg(o.value(QStringLiteral("error")).toString())];
                 }
             });
    }

    void onPageFrame(Conversation& c, const QString& text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(QStringLiteral("type")).toString() != QLatin1String("event")) {
            return;
        }
        const QJsonObject e = frame.value(QStringLiteral("event")).toObject();
        const qint64 seq = e.value(QStringLiteral("seq")).toInteger();
        if (seq <= c.lastPageSeq) {
            ++c.pageRepeats;
        } else {
            if (seq != c.lastPageSeq + 1) {
                c.pageGaps += int(seq - c.lastPageSeq - 1);
            }
            c.lastPageSeq = seq;
        }
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("answer")) {
            const qint64 to = e.value(QStringLiteral("data")).toObject().value(QStringLiteral("inReplyTo")).toInteger();
            if (++c.answers[to] == 1) {
                const QString asked = c.seqOf.key(to);
                if (const auto it = c.taxpayerSent.constFind(asked);
                    !asked.isEmpty() && it != c.taxpayerSent.constEnd()) {
                    m_robotToPage.add(now() - it.value());
                }
            }
            return;
        }
        if (e.value(QStringLiteral("kind")).toString() != QLatin1String("message")) {
            return;
        }
        const QString clientId = e.value(QStringLiteral("clientId")).toString();
        if (!clientId.isEmpty()) {
            c.seqOf.insert(clientId, seq);
        }
        const bool byAgent = e.value(QStringLiteral("author")).toString() == QLatin1String("agent");
        if (++c.onPage[clientId] == 1) {
            const QHash<QString, double>& sent = byAgent ? c.agentSent : c.taxpayerSent;
            if (const auto it = sent.constFind(clientId); it != sent.constEnd()) {
                (byAgent ? m_agentToPage : m_taxpayerToPage).add(now() - it.value());
            }
        }
    }

    void onAgentFrame(int agent, const QString& text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(QStringLiteral("type")).toString() != QLatin1String("event")) {
            return;
        }
        const auto c = m_byId.value(frame.value(QStringLiteral("conversationId")).toString());
        if (!c || c->agent != agent) {
            return;
        }
        const QJsonObject e = frame.value(QStringLiteral("event")).toObject();
        if (c->agentSocketSeqs.contains(e.value(QStringLiteral("seq")).toInteger())) {
            ++c->agentSocketRepeats;
        }
        c->agentSocketSeqs.insert(e.value(QStringLiteral("seq")).toInteger());
        if (e.value(QStringLiteral("kind")).toString() != QLatin1String("message") ||
            e.value(QStringLiteral("author")).toString() != QLatin1String("taxpayer")) {
            return;
        }
        const QString clientId = e.value(QStringLiteral("clientId")).toString();
        if (++c->onAgentSocket[clientId] == 1) {
            if (const auto it = c->taxpayerSent.constFind(clientId); it != c->taxpayerSent.constEnd()) {
                m_taxpayerToAgent.add(now() - it.value());
            }
            if (m_sending || c->taxpayerSent.contains(clientId)) {
                sendAgent(c, clientId);
            }
        }
    }

    // 5. After the sending stopped: wait until every request is answered and nothing arrives for 2 s (at most 30 s).
    void drain(int waitedMs)
    {
        const qint64 arrived = totalArrivals();
        QTimer::singleShot(2000, this, [this, waitedMs, arrived] {
            if ((m_inFlight > 0 || totalArrivals() != arrived) && waitedMs < 30000) {
                drain(waitedMs + 2000);
                return;
            }
            m_finished = true;
            QCoreApplication::exit(report());
        });
    }

    qint64 totalArrivals() const
    {
        qint64 n = 0;
        for (const auto& c : m_conversations) {
            n += c->onPage.size() + c->onAgentSocket.size() + c->agentSent.size() + c->answers.size();
        }
        return n;
    }

    int report() const
    {
        qint64 taxpayerSent = 0, agentSent = 0, pageArrived = 0, agentArrived = 0, robotAnswers = 0;
        int lost = 0, doubled = 0, gaps = 0, unexpected = 0;
        int minPerConversation = std::numeric_limits<int>::max(), maxPerConversation = 0;
        QStringList problems;
        for (const auto& c : m_conversations) {
            taxpayerSent += c->taxpayerAcked.size();
            agentSent += c->agentAcked.size();
            const int exchanged = int(c->taxpayerAcked.size() + c->agentAcked.size());
            minPerConversation = std::min(minPerConversation, exchanged);
            maxPerConversation = std::max(maxPerConversation, exchanged);
            int cLost = 0, cDoubled = c->pageRepeats + c->agentSocketRepeats, cUnexpected = 0;
            for (const QString& id : c->taxpayerAcked) {
                cLost += c->onPage.value(id) == 0 ? 1 : 0;
                if (m_robot) {
                    const int answers = c->answers.value(c->seqOf.value(id, -1));
                    robotAnswers += answers;
                    cLost += answers == 0 ? 1 : 0;
                    cDoubled += answers > 1 ? answers - 1 : 0;
                } else {
                    cLost += c->onAgentSocket.value(id) == 0 ? 1 : 0;
                }
            }
            for (const QString& id : c->agentAcked) {
                cLost += c->onPage.value(id) == 0 ? 1 : 0;
            }
            for (auto it = c->onPage.cbegin(); it != c->onPage.cend(); ++it) {
                pageArrived += it.value();
                cDoubled += it.value() > 1 ? it.value() - 1 : 0;
                if (!c->taxpayerAcked.contains(it.key()) && !c->agentAcked.contains(it.key())) {
                    ++cUnexpected; // arrived but never acknowledged (a POST that failed on the client side)
                }
            }
            for (auto it = c->onAgentSocket.cbegin(); it != c->onAgentSocket.cend(); ++it) {
                agentArrived += it.value();
                cDoubled += it.value() > 1 ? it.value() - 1 : 0;
            }
            lost += cLost;
            doubled += cDoubled;
            gaps += c->pageGaps;
            unexpected += cUnexpected;
            if (cLost + cDoubled + c->pageGaps > 0 && problems.size() < 10) {
                problems << QStringLiteral("  conversation %1: %2 lost, %3 doubled, %4 sequence gaps")
                                .arg(c->index)
                                .arg(cLost)
                                .arg(cDoubled)
                                .arg(c->pageGaps);
            }
        }
        const double secs = m_sendingSecs;
        std::printf("\nportal load: %d conversations, %s, %d s of sending, one message every %d ms per "
                    "conversation\n",
                    m_count,
                    qPrintable(m_robot ? QStringLiteral("the robot answering")
                                       : QStringLiteral("%1 agents answering").arg(m_agentNames.size())),
                    m_durationSecs, m_intervalMs);
        std::printf(
            "  posted and acknowledged: %lld by taxpayers, %lld by agents (%.1f messages/s over %.1f s of sending)\n",
            taxpayerSent, agentSent, double(taxpayerSent + agentSent) / std::max(secs, 0.001), secs);
        std::printf("  per conversation: %d to %d messages\n", minPerConversation, maxPerConversation);
        if (m_robot) {
            std::printf("  arrived: %lld message events and %lld answers to them on the pages' WebSockets\n",
                        pageArrived, robotAnswers);
        } else {
            std::printf("  arrived: %lld message events on the pages' WebSockets, %lld taxpayer messages on the "
                        "agents'\n",
                        pageArrived, agentArrived);
        }
        std::printf("  lost %d, doubled %d, sequence gaps %d, arrived without acknowledgement %d, page sockets "
                    "dropped %d\n",
                    lost, doubled, gaps, unexpected, m_pageDrops);
        for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it) {
            std::printf("  refused: %s × %d\n", qPrintable(it.key()), it.value());
        }
        for (const QString& p : problems) {
            std::printf("%s\n", qPrintable(p));
        }
        std::printf("  delivery latency (POST sent → event on the follower's WebSocket):\n");
        if (m_robot) {
            std::printf("    taxpayer → page:   %s\n", qPrintable(m_taxpayerToPage.line()));
            std::printf("    robot's answer → page (from the question's POST): %s\n", qPrintable(m_robotToPage.line()));
        } else {
            std::printf("    taxpayer → agent:  %s\n", qPrintable(m_taxpayerToAgent.line()));
            std::printf("    taxpayer → page:   %s\n", qPrintable(m_taxpayerToPage.line()));
            std::printf("    agent → page:      %s\n", qPrintable(m_agentToPage.line()));
        }
        std::fflush(stdout);
        return lost + doubled + gaps + m_pageDrops > 0 ? 1 : 0;
    }

    bool m_robot;
    QString m_public;
    QString m_agentsUrl;
    QStringList m_agentNames;
    int m_count;
    int m_durationSecs;
    int m_intervalMs;
    std::mt19937 m_rng;
    QElapsedTimer m_clock;
    QList<QNetworkAccessManager*> m_nams;
    QStringList m_agentTokens;
    QList<QWebSocket*> m_agentSockets;
    QList<std::shared_ptr<Conversation>> m_conversations;
    QHash<QString, std::shared_ptr<Conversation>> m_byId;
    QList<QTimer*> m_timers;
    int m_started = 0;
    int m_accepted = 0;
    int m_inFlight = 0;
    int m_pageDrops = 0;
    bool m_sending = true;
    bool m_finished = false;
    double m_exchangeStart = 0;
    double m_sendingSecs = 0;
    QHash<QString, int> m_refused;
    Latencies m_taxpayerToAgent;
    Latencies m_taxpayerToPage;
    Latencies m_agentToPage;
    Latencies m_robotToPage;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load test of hotlinedesk-portal on loopback."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("conversations"), QStringLiteral("Concurrent conversations (default 200)."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Seconds of sending (default 60)."),
                      QStringLiteral("SECS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("interval-ms"),
                      QStringLiteral("A taxpayer's message every this many ms per conversation (default 3000)."),
                      QStringLiteral("MS"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("agents"), QStringLiteral("Online agents (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("robot"), QStringLiteral("In the evening: the robot answers, no agents.")});
    parser.addOption({QStringLiteral("portal"), QStringLiteral("The hotlinedesk-portal executable."),
                      QStringLiteral("PATH"),
#ifdef HOTLINE_PORTAL_EXE
                      QStringLiteral(HOTLINE_PORTAL_EXE)
#else
                      QString()
#endif
    });
    parser.process(app);
    const auto number = [&parser](const char* name, int low, int high) {
        bool ok = false;
        const int n = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || n < low || n > high) {
            fail(QStringLiteral("--%1 wants %2 to %3").arg(QString::fromLatin1(name)).arg(low).arg(high));
        }
        return n;
    };
    const int conversations = number("conversations", 1, 5000);
    const int duration = number("duration", 1, 3600);
    const int interval = number("interval-ms", 50, 600000);
    const int agents = number("agents", 1, 500);
    const int capacity = std::min(20, (conversations + agents - 1) / agents);
    if (capacity * agents < conversations) {
        fail(QStringLiteral("%1 agents serve at most %2 conversations (20 each)").arg(agents).arg(agents * 20));
    }
    const QString portal = parser.value(QStringLiteral("portal"));
    if (portal.isEmpty() || !QFileInfo(portal).isExecutable()) {
        fail(QStringLiteral("no portal executable (--portal PATH): %1").arg(portal));
    }

    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("portal.db"));
    const bool robot = parser.isSet(QStringLiteral("robot"));
    const QStringList names = makeStore(store, agents, capacity, robot);
    const quint16 publicPort = freePort();
    const quint16 agentPort = freePort();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(portal, {QStringLiteral("--db"), store, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(publicPort), QStringLiteral("--agent-listen"),
                          QStringLiteral("127.0.0.1:%1").arg(agentPort), QStringLiteral("--now"),
                          robot ? kEvening : kOfficeHours, QStringLiteral("--quiet")});
    if (!server.waitForStarted(10000)) {
        fail(QStringLiteral("cannot start %1").arg(portal));
    }
    // Wait until both listeners answer.
    QElapsedTimer waited;
    waited.start();
    for (quint16 port : {publicPort, agentPort}) {
        for (;;) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200)) {
                break;
            }
            if (waited.elapsed() > 20000 || server.state() != QProcess::Running) {
                fail(QStringLiteral("the portal did not start listening"));
            }
            QThread::msleep(100);
        }
    }
    int status = 0;
    {
        Load load(publicPort, agentPort, names, conversations, duration, interval, robot);
        status = load.run();
    }
    server.terminate();
    if (!server.waitForFinished(10000)) {
        server.kill();
        server.waitForFinished(5000);
    }
    return status;
}
