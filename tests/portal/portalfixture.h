#pragma once
// A portal in process for the protocol tests: a temporary store with the demo knowledge base published, the service
// account 网上咨询平台, two online agents (李娜, 王强), a team lead and a QA inspector with passwords, a manual clock,
// the public listener and the agents' listener on 127.0.0.1:0, and synchronous HTTP / WebSocket helpers.

#include "agentapi.h"
#include "chat/chatservice.h"
#include "portalserver.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace hotline::test {

inline const QString kOrigin = QStringLiteral("https://12366.example.cn");
inline const QString kPassword = QStringLiteral("Hotline-2026!");

struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QJsonArray events() const { return json.value(QStringLiteral("events")).toArray(); }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// Runs the event loop until pred holds or ms pass; returns pred().
bool waitUntil(const std::function<bool()>& pred, int ms = 5000);

// A WebSocket client that records its text frames.
struct WsClient {
    explicit WsClient(const QString& origin = kOrigin);
    bool open(const QUrl& url);
    void send(const QJsonObject& o);
    // Waits for the socket to close; returns its close code (or -1 when it stayed open).
    int closedWith(int ms = 5000);
    // Frames of a type received so far.
    QList<QJsonObject> frames(const QString& type) const;
    QList<qint64> eventSeqs() const;

    std::unique_ptr<QWebSocket> socket;
    QList<QJsonObject> received;
    bool closed = false;
};

struct PortalFixture {
    explicit PortalFixture(const QDateTime& at = beijing(QStringLiteral("2026-10-09 10:00")));
    ~PortalFixture();

    HttpResult request(const QByteArray& method, const QString& path, const QByteArray& body = {}, Headers headers = {},
                       int port = 0);
    HttpResult get(const QString& path, Headers headers = {});
    // A POST from the allowed origin with a JSON body (extra headers added).
    HttpResult post(const QString& path, const QJsonObject& body, Headers headers = {});
    // A new conversation from the client address (X-Real-IP through loopback).
    HttpResult start(const QString& address = QStringLiteral("203.0.113.7"));
    HttpResult say(const QString& token, const QString& clientId, const QString& text,
                   const QString& address = QStringLiteral("203.0.113.7"));

    // The agents' listener.
    HttpResult agentRequest(const QByteArray& method, const QString& path, const QString& token,
                            const QJsonObject& body = {});
    QString agentLogin(const QString& name);

    int count(const QString& sql) const;
    // Stores a setting (chat.* limits) and has the service read the settings again.
    void setSetting(const QString& key, const QString& value);
    QUrl wsUrl() const;
    QUrl agentWsUrl() const;

    TempStore store;
    ManualClock clock;
    SequentialIdGenerator ids;
    security::Operator service;
    security::Operator admin;
    security::Operator agentA; // 李娜, online agent
    security::Operator agentB; // 王强, online agent
    security::Operator lead;   // 张敏
    security::Operator qa;     // 赵磊, QA inspector (no ServeChats)
    QTemporaryDir web;
    std::unique_ptr<chat::ChatService> chat;
    std::unique_ptr<portal::PortalServer> server;
    std::unique_ptr<portal::AgentApi> agents;
    QNetworkAccessManager net;
};

Headers tokenHeader(const QString& token);
// The conversation token of a POST /api/conversations answer.
QString tokenOf(const HttpResult& r);

} // namespace hotline::test
