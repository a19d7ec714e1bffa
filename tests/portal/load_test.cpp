// A quick load check of the executable (hidden: run `test_portal "[.load]"`): 200 conversations on the robot, each
// followed over a WebSocket and writing a message every 3 s for 30 s; prints the p50 / p95 time from the POST to the
// message's event on the socket, and checks that no event is lost or doubled. (The bounded 60 s load test with its
// figures is bench/portal_load*.)

#include "portalfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>

#include <algorithm>
#include <csignal>
#include <iostream>

using namespace hotline;
using namespace hotline::test;

TEST_CASE("200 conversations on the robot: every message delivered once, with p50 and p95 latency", "[.load]")
{
    PortalFixture f(beijing(QStringLiteral("2026-10-17 10:00")));
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(HOTLINE_PORTAL_EXE),
            {QStringLiteral("--db"), f.store.path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
             QStringLiteral("--agent-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--now"),
             QStringLiteral("2026-10-17T10:00:00+08:00"), QStringLiteral("--quiet"), QStringLiteral("--origin"),
             kOrigin});
    REQUIRE(p.waitForStarted());
    waitUntil([] { return false; }, 1500);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

    constexpr int kConversations = 200;
    struct Conv {
        QString token;
        std::unique_ptr<WsClient> ws;
        QHash<QString, qint64> sentAt; // clientId → ms
        int sent = 0;
    };
    std::vector<Conv> convs(kConversations);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> latencies;
    int doubled = 0;
    for (int i = 0; i < kConversations; ++i) {
        QNetworkRequest r(QUrl(base + QStringLiteral("/api/conversations")));
        r.setRawHeader("Origin", kOrigin.toLatin1());
        r.setRawHeader("Content-Type", "application/json");
        r.setRawHeader("X-Real-IP", QStringLiteral("10.0.%1.%2").arg(i / 200).arg(i % 200 + 1).toLatin1());
        QNetworkReply* reply = f.net.post(r, QByteArray("{}"));
        REQUIRE(waitUntil([reply] { return reply->isFinished(); }, 10000));
        convs[i].token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString();
        reply->deleteLater();
        convs[i].ws = std::make_unique<WsClient>();
        Conv* c = &convs[i];
        QObject::connect(
            c->ws->socket.get(), &QWebSocket::textMessageReceived, c->ws->socket.get(),
            [c, &clock, &latencies, &doubled](const QString& frame) {
                const QJsonObject e =
                    QJsonDocument::fromJson(frame.toUtf8()).object().value(QStringLiteral("event")).toObject();
                const QString id = e.value(QStringLiteral("clientId")).toString();
                if (!id.isEmpty() && e.value(QStringLiteral("author")) == QStringLiteral("taxpayer")) {
                    const qint64 at = c->sentAt.take(id);
                    if (at == 0) {
                        ++doubled;
                    } else {
                        latencies.append(clock.elapsed() - at);
                    }
                }
            });
        c->ws->socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/ws").arg(port)));
    }
    REQUIRE(waitUntil(
        [&] {
            return std::all_of(convs.begin(), convs.end(),
                               [](const Conv& c) { return c.ws->socket->state() == QAbstractSocket::ConnectedState; });
        },
        20000));
    for (Conv& c : convs) {
        c.ws->send({{QStringLiteral("token"), c.token}, {QStringLiteral("after"), 0}});
    }
    const QStringList questions{QStringLiteral("年终奖怎么计税"), QStringLiteral("个税起征点是多少"),
                                QStringLiteral("房贷利息和房租可以一起扣吗"),
                                QStringLiteral("扣缴客户端的数据要怎么备份？")};
    QList<QNetworkAccessManager*> managers;
    for (int i = 0; i < 8; ++i) {
        managers.append(new QNetworkAccessManager(&f.net));
    }
    int posted = 0;
    int refused = 0;
    const qint64 end = clock.elapsed() + 30000;
    int round = 0;
    while (clock.elapsed() < end) {
        for (int i = 0; i < kConversations; ++i) {
            Conv& c = convs[i];
            const QString id = QStringLiteral("m-%1-%2").arg(i).arg(round);
            QNetworkRequest r(QUrl(base + QStringLiteral("/api/conversation/messages")));
            r.setRawHeader("Origin", kOrigin.toLatin1());
            r.setRawHeader("Content-Type", "application/json");
            r.setRawHeader("X-Chat-Token", c.token.toLatin1());
            r.setRawHeader("X-Real-IP", QStringLiteral("10.1.%1.%2").arg(i / 200).arg(i % 200 + 1).toLatin1());
            c.sentAt.insert(id, clock.elapsed());
            QNetworkReply* reply = managers[i % managers.size()]->post(
                r, QJsonDocument(QJsonObject{{QStringLiteral("clientId"), id},
                                             {QStringLiteral("text"), questions[(i + round) % questions.size()]}})
                       .toJson(QJsonDocument::Compact));
            ++posted;
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &refused] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                    ++refused;
                }
                reply->deleteLater();
            });
            waitUntil([] { return false; }, 15); // 200 × 15 ms: each conversation writes every 3 s
        }
        ++round;
    }
    waitUntil([&] { return latencies.size() + refused >= posted; }, 20000);
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.isEmpty() ? -1 : latencies[qsizetype(q * (latencies.size() - 1))];
    };
    std::cout << "posted " << posted << ", delivered " << latencies.size() << ", refused " << refused << ", doubled "
              << doubled << ", p50 " << at(0.5) << " ms, p95 " << at(0.95) << " ms, max " << at(1.0) << " ms"
              << std::endl;
    CHECK(doubled == 0);
    CHECK(refused == 0);
    CHECK(latencies.size() == posted);
    ::kill(pid_t(p.processId()), SIGTERM);
    p.waitForFinished(10000);
}
