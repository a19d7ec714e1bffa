#include "chat/agentclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QWebSocket>

namespace hotline::ui {
namespace {

constexpr int kTransferTimeoutMs = 15000;
constexpr int kBadToken = 4401;

QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString conversationPath(const QString& id, const QString& tail)
{
    return QStringLiteral("/agent/conversations/") + segment(id) + tail;
}

} // namespace

AgentClient::AgentClient(QObject* parent)
    : QObject(parent), m_net(new QNetworkAccessManager(this)), m_socket(new QWebSocket(QString(), {}, this))
{
    m_heartbeat.setInterval(15 * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &AgentClient::heartbeat);
    m_retry.setInterval(5 * 1000);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &AgentClient::retry);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("token"), m_token}}).toJson(QJsonDocument::Compact)));
        if (m_wasConnected) {
            emit resumed(); // events may have passed while the socket was down
        }
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &AgentClient::socketMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_state == State::SignedOut) {
            return;
        }
        if (m_socket->closeCode() == kBadToken) {
            m_token.clear(); // the portal restarted: sign in again
        }
        // Reopened by the retry (a failed heartbeat) or here after a pause, whichever comes first.
        QTimer::singleShot(m_retry.interval() / 2, this, [this] {
            if (m_state == State::Connected && !webSocketOpen()) {
                if (m_token.isEmpty()) {
                    retry();
                } else {
                    openSocket();
                }
            }
        });
    });
}

AgentClient::~AgentClient()
{
    // Answers still on their way go nowhere: their handlers belong to a pane being destroyed.
    m_state = State::SignedOut;
    m_password.clear();
    const QList<QNetworkReply*> pending = m_net->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : pending) {
        reply->disconnect(this);
        reply->abort();
    }
    m_socket->disconnect(this);
    m_socket->abort();
}

void AgentClient::setBaseUrl(const QUrl& url)
{
    m_base = url;
}

bool AgentClient::webSocketOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void AgentClient::setHeartbeatInterval(int ms)
{
    m_heartbeat.setInterval(ms);
}

void AgentClient::setRetryInterval(int ms)
{
    m_retry.setInterval(ms);
}

void AgentClient::setState(State s, const QString& message)
{
    if (s == m_state && message.isEmpty()) {
        return;
    }
    m_state = s;
    emit stateChanged(s, message);
}

void AgentClient::signIn(const QString& name, const QString& password)
{
    m_name = name;
    m_password = password;
    m_token.clear();
    m_signingIn = true;
    if (m_state == State::SignedOut) {
        setState(State::Connecting);
    }
    const QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("password"), password}};
    send("POST", QStringLiteral("/agent/login"), &body, [this](const AgentReply& r) {
        m_signingIn = false;
        if (m_state == State::SignedOut && m_password.isEmpty()) {
            return; // signed out meanwhile
        }
        if (r.unreachable() || r.status >= 500) {
            lost(r.message);
            return;
        }
        if (!r.ok()) {
            m_password.clear();
            m_heartbeat.stop();
            m_retry.stop();
            setState(State::SignedOut, r.message);
            emit signInFailed(r.message);
            return;
        }
        m_token = r.body.value(QStringLiteral("token")).toString();
        const QJsonObject op = r.body.value(QStringLiteral("operator")).toObject();
        m_agentId = op.value(QStringLiteral("id")).toString();
        m_agentName = op.value(QStringLiteral("name")).toString();
        const bool again = m_wasConnected;
        m_wasConnected = true;
        m_retry.stop();
        setState(State::Connected);
        m_heartbeat.start();
        heartbeat();
        openSocket();
        if (again) {
            emit resumed();
        } else {
            emit signedIn();
        }
    });
}

void AgentClient::signOut()
{
    if (!m_token.isEmpty()) {
        // Off the presence list at once (else when the heartbeats have stopped for 45 s); the answer does not matter.
        post(QStringLiteral("/agent/logout"), {}, {});
    }
    m_heartbeat.stop();
    m_retry.stop();
    m_token.clear();
    m_password.clear();
    m_name.clear();
    m_wasConnected = false;
    setState(State::SignedOut);
    m_socket->abort();
}

void AgentClient::lost(const QString& message)
{
    if (m_state == State::SignedOut && m_password.isEmpty()) {
        return;
    }
    m_heartbeat.stop();
    setState(State::Disconnected, message);
    if (!m_retry.isActive()) {
        m_retry.start();
    }
}

void AgentClient::retry()
{
    if (m_password.isEmpty() && m_token.isEmpty()) {
        return;
    }
    if (m_token.isEmpty()) {
        if (!m_signingIn) {
            signIn(m_name, m_password);
        }
        return;
    }
    heartbeat();
}

void AgentClient::openSocket()
{
    if (m_token.isEmpty() || m_socket->state() != QAbstractSocket::UnconnectedState) {
        return;
    }
    QUrl url = m_base;
    url.setScheme(m_base.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/agent/ws"));
    m_socket->open(url);
}

void AgentClient::socketMessage(const QString& text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("event")) {
        emit eventArrived(frame.value(QStringLiteral("conversationId")).toString(),
                          frame.value(QStringLiteral("event")).toObject());
    } else if (type == QLatin1String("queue")) {
        emit queueChanged(frame.value(QStringLiteral("items")).toArray());
    }
}

void AgentClient::heartbeat()
{
    if (m_token.isEmpty()) {
        return;
    }
    post(QStringLiteral("/agent/heartbeat"), {}, [this](const AgentReply& r) {
        if (!r.ok()) {
            return; // finished() has dealt with a lost connection or a stale token
        }
        if (m_state != State::Connected) {
            m_retry.stop();
            setState(State::Connected);
            m_heartbeat.start();
            emit resumed();
        }
        if (!webSocketOpen()) {
            emit resumed(); // no pushed events meanwhile: the heartbeat is the (15 s) poll
        }
        openSocket();
        emit queueChanged(r.body.value(QStringLiteral("queue")).toArray());
    });
}

void AgentClient::get(const QString& path, Handler done)
{
    send("GET", path, nullptr, std::move(done));
}

void AgentClient::post(const QString& path, const QJsonObject& body, Handler done)
{
    send("POST", path, &body, std::move(done));
}

void AgentClient::send(const QByteArray& verb, const QString& path, const QJsonObject* body, Handler done)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    }
    QNetworkReply* reply = nullptr;
    if (body != nullptr) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_net->sendCustomRequest(request, verb, QJsonDocument(*body).toJson(QJsonDocument::Compact));
    } else {
        reply = m_net->sendCustomRequest(request, verb);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] { finished(reply, done); });
}

void AgentClient::finished(QNetworkReply* reply, const Handler& done)
{
    reply->deleteLater();
    AgentReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (r.status == 0) {
        r.error = QStringLiteral("network");
        r.message = tr("The online consultation service cannot be reached (%1).").arg(reply->errorString());
    } else {
        const QJsonObject json = QJsonDocument::fromJson(data).object();
        if (r.ok()) {
            r.body = json;
        } else {
            r.error = json.value(QStringLiteral("error")).toString();
            r.message = json.value(QStringLiteral("message")).toString();
            r.field = json.value(QStringLiteral("field")).toString();
            if (r.message.isEmpty()) {
                r.message = tr("The online consultation service refused the request (HTTP %1).").arg(r.status);
            }
        }
    }
    const bool login = reply->url().path() == QLatin1String("/agent/login");
    if (!login && (r.unreachable() || r.status == 502 || r.status == 503)) {
        lost(r.message);
    } else if (!login && r.status == 401 && !m_password.isEmpty()) {
        m_token.clear(); // the portal forgot us (restarted, or 12 h passed): signs in again after the pause
        lost(r.message);
    }
    if (done) {
        done(r);
    }
}

void AgentClient::accept(const QString& conversationId, Handler done)
{
    post(
        conversationPath(conversationId.isEmpty() ? QStringLiteral("next") : conversationId, QStringLiteral("/accept")),
        {}, std::move(done));
}

void AgentClient::events(const QString& conversationId, qint64 after, Handler done)
{
    get(conversationPath(conversationId, QStringLiteral("/events?after=%1").arg(after)), std::move(done));
}

void AgentClient::sendMessage(const QString& conversationId, const QString& clientId, const QString& text, Handler done)
{
    post(conversationPath(conversationId, QStringLiteral("/messages")),
         {{QStringLiteral("clientId"), clientId}, {QStringLiteral("text"), text}}, std::move(done));
}

void AgentClient::transfer(const QString& conversationId, const QString& toAgentId, Handler done)
{
    post(conversationPath(conversationId, QStringLiteral("/transfer")), {{QStringLiteral("toAgentId"), toAgentId}},
         std::move(done));
}

void AgentClient::close(const QString& conversationId, Handler done)
{
    post(conversationPath(conversationId, QStringLiteral("/close")), {}, std::move(done));
}

void AgentClient::link(const QString& conversationId, const QString& workOrderId, const QString& ticketNo, Handler done)
{
    post(conversationPath(conversationId, QStringLiteral("/link")),
         {{QStringLiteral("workOrderId"), workOrderId}, {QStringLiteral("ticketNo"), ticketNo}}, std::move(done));
}

void AgentClient::colleagues(Handler done)
{
    get(QStringLiteral("/agent/agents"), std::move(done));
}

void AgentClient::mine(Handler done)
{
    get(QStringLiteral("/agent/conversations"), std::move(done));
}

} // namespace hotline::ui
