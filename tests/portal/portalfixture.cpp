#include "portalfixture.h"

#include "knowledge/kbimport.h"
#include "security/accountservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

namespace hotline::test {

bool waitUntil(const std::function<bool()>& pred, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!pred() && t.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return pred();
}

WsClient::WsClient(const QString& origin) : socket(std::make_unique<QWebSocket>(origin))
{
    QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(), [this](const QString& frame) {
        received.append(QJsonDocument::fromJson(frame.toUtf8()).object());
    });
    QObject::connect(socket.get(), &QWebSocket::disconnected, socket.get(), [this] { closed = true; });
}

bool WsClient::open(const QUrl& url)
{
    socket->open(url);
    return waitUntil([this] { return socket->state() == QAbstractSocket::ConnectedState || closed; }) &&
           socket->state() == QAbstractSocket::ConnectedState;
}

void WsClient::send(const QJsonObject& o)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

int WsClient::closedWith(int ms)
{
    return waitUntil([this] { return closed; }, ms) ? int(socket->closeCode()) : -1;
}

QList<QJsonObject> WsClient::frames(const QString& type) const
{
    QList<QJsonObject> out;
    for (const QJsonObject& o : received) {
        if (o.value(QStringLiteral("type")).toString() == type) {
            out.append(o);
        }
    }
    return out;
}

QList<qint64> WsClient::eventSeqs() const
{
    QList<qint64> seqs;
    for (const QJsonObject& f : frames(QStringLiteral("event"))) {
        seqs.append(f.value(QStringLiteral("event")).toObject().value(QStringLiteral("seq")).toInteger());
    }
    return seqs;
}

PortalFixture::PortalFixture(const QDateTime& at) : clock(at)
{
    security::OperatorRepository ops(store.db->connection());
    service = ops.create(QStringLiteral("网上咨询平台"), security::Role::OnlineAgent, ids, clock).value();
    security::AccountService accounts(*store.db, clock, ids);
    admin = accounts.createFirstAdmin(QStringLiteral("管理员"), kPassword).value();
    agentA = accounts.createAccount(QStringLiteral("李娜"), security::Role::OnlineAgent, kPassword, admin).value();
    agentB = accounts.createAccount(QStringLiteral("王强"), security::Role::OnlineAgent, kPassword, admin).value();
    lead = accounts.createAccount(QStringLiteral("张敏"), security::Role::TeamLead, kPassword, admin).value();
    qa = accounts.createAccount(QStringLiteral("赵磊"), security::Role::QaInspector, kPassword, admin).value();
    auto kb = knowledge::importKnowledgeJson(*store.db, knowledge::demoKnowledgeJson(), agentA.id, lead.id, ids, clock);
    REQUIRE(kb.ok());

    QFile index(web.filePath(QStringLiteral("index.html")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write("<!doctype html><title>12366</title><script src=\"/static/app.js\"></script>");
    index.close();
    QFile js(web.filePath(QStringLiteral("app.js")));
    REQUIRE(js.open(QIODevice::WriteOnly));
    js.write("document.title = '12366';\n");
    js.close();

    chat = std::make_unique<chat::ChatService>(*store.db, clock, ids, service);
    REQUIRE(chat->reload().ok());
    server =
        std::make_unique<portal::PortalServer>(*store.db, clock, *chat, portal::PortalOptions{{kOrigin}, web.path()});
    REQUIRE(server->start(QHostAddress::LocalHost, 0));
    agents = std::make_unique<portal::AgentApi>(*store.db, clock, ids, *chat);
    REQUIRE(agents->start(QHostAddress::LocalHost, 0));
}

PortalFixture::~PortalFixture()
{
    // Let replies and sockets finish before the servers go.
    waitUntil([] { return false; }, 20);
}

HttpResult PortalFixture::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                  Headers headers, int port)
{
    QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port ? port : server->port()).arg(path)));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& h : headers) {
        r.setRawHeader(h.first, h.second);
    }
    QNetworkReply* reply = net.sendCustomRequest(r, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult out;
    REQUIRE(reply->isFinished());
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto& pair : reply->rawHeaderPairs()) {
        out.headers.insert(pair.first.toLower(), pair.second);
    }
    reply->deleteLater();
    return out;
}

HttpResult PortalFixture::get(const QString& path, Headers headers)
{
    return request("GET", path, {}, std::move(headers));
}

HttpResult PortalFixture::post(const QString& path, const QJsonObject& body, Headers headers)
{
    headers.prepend({"Content-Type", "application/json"});
    headers.prepend({"Origin", kOrigin.toLatin1()});
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(headers));
}

void PortalFixture::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(store.db->connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    REQUIRE(q.exec());
    REQUIRE(chat->reload().ok());
}

QString tokenOf(const HttpResult& r)
{
    return r.json.value(QStringLiteral("token")).toString();
}

HttpResult PortalFixture::start(const QString& address)
{
    return post(QStringLiteral("/api/conversations"), {}, {{"X-Real-IP", address.toLatin1()}});
}

HttpResult PortalFixture::say(const QString& token, const QString& clientId, const QString& text,
                              const QString& address)
{
    return post(QStringLiteral("/api/conversation/messages"),
                {{QStringLiteral("clientId"), clientId}, {QStringLiteral("text"), text}},
                {{"X-Chat-Token", token.toLatin1()}, {"X-Real-IP", address.toLatin1()}});
}

HttpResult PortalFixture::agentRequest(const QByteArray& method, const QString& path, const QString& token,
                                       const QJsonObject& body)
{
    Headers h{{"Content-Type", "application/json"}};
    if (!token.isEmpty()) {
        h.append({"Authorization", "Bearer " + token.toLatin1()});
    }
    return request(method, path, method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
                   h, agents->port());
}

QString PortalFixture::agentLogin(const QString& name)
{
    const HttpResult r = agentRequest("POST", QStringLiteral("/agent/login"), {},
                                      {{QStringLiteral("name"), name}, {QStringLiteral("password"), kPassword}});
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return r.json.value(QStringLiteral("token")).toString();
}

int PortalFixture::count(const QString& sql) const
{
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QUrl PortalFixture::wsUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/api/ws").arg(server->port()));
}

QUrl PortalFixture::agentWsUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/agent/ws").arg(agents->port()));
}

Headers tokenHeader(const QString& token)
{
    return {{"X-Chat-Token", token.toLatin1()}};
}

} // namespace hotline::test
