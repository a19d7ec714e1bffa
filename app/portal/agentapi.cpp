#include "agentapi.h"

#include "agentjson.h"
#include "agentws.h"
#include "chat/chatservice.h"
#include "core/clock.h"
#include "db/database.h"
#include "longpoll.h"
#include "security/accountservice.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace hotline::portal {

namespace {

const QString kConversations = QStringLiteral("/agent/conversations");

HttpReply unauthorized()
{
    return errorReply(401, QStringLiteral("unauthorized"),
                      QCoreApplication::translate("hotline::portal", "Log in first (your session may have ended)."));
}

QJsonObject operatorJson(const security::Operator& op)
{
    return {{QStringLiteral("id"), op.id},
            {QStringLiteral("name"), op.name},
            {QStringLiteral("role"), security::key(op.role)}};
}

} // namespace

AgentApi::AgentApi(db::Database& db, const Clock& clock, IdGenerator& ids, chat::ChatService& chat, QObject* parent)
    : HttpListener(QStringLiteral("agents"), parent), m_db(db), m_clock(clock), m_ids(ids), m_chat(chat),
      m_polls(new LongPoll(chat, this)),
      m_hub(new AgentWs(
          chat, [this](const QString& token) { return operatorForToken(token); }, this))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            m_hub->adopt(nextPendingWebSocketConnection());
        }
    });
}

AgentApi::~AgentApi() = default;

bool AgentApi::start(const QHostAddress& address, quint16 port)
{
    return listen(address, port) != 0;
}

bool AgentApi::takesWebSocket(const QString& path) const
{
    return path == QStringLiteral("/agent/ws");
}

std::optional<security::Operator> AgentApi::operatorForToken(const QString& token)
{
    auto it = m_sessions.find(token);
    if (it == m_sessions.end()) {
        return std::nullopt;
    }
    if (it->expires <= m_clock.now()) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    return it->op;
}

bool AgentApi::serve(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    // The workstation's client sends no Origin; a web page always does (a page that reaches a loopback port, by a
    // rebound DNS name for instance, gets nothing here).
    if (!request.value("Origin").isEmpty()) {
        respond(socket,
                errorReply(403, QStringLiteral("forbidden"),
                           QCoreApplication::translate("hotline::portal",
                                                       "The online agents' service does not take requests from web "
                                                       "pages.")),
                request);
        return true;
    }
    if (path == QStringLiteral("/agent/login")) {
        if (!post) {
            respond(socket, methodNotAllowedReply("POST"), request);
        } else {
            login(request, socket);
        }
        return true;
    }
    if (path == QStringLiteral("/agent/ws")) {
        respond(socket,
                errorReply(426, QStringLiteral("upgrade_required"),
                           QCoreApplication::translate("hotline::portal", "This address takes WebSocket connections.")),
                request);
        return true;
    }
    // Known routes: method, then authentication.
    QString id;
    QString action;
    QByteArray method;
    if (path == QStringLiteral("/agent/heartbeat") || path == QStringLiteral("/agent/logout")) {
        method = "POST";
    } else if (path == QStringLiteral("/agent/queue") || path == QStringLiteral("/agent/agents") ||
               path == kConversations) {
        method = "GET";
    } else if (path.startsWith(kConversations + QLatin1Char('/'))) {
        const QStringList parts = path.mid(kConversations.size() + 1).split(QLatin1Char('/'));
        static const QStringList posts{QStringLiteral("accept"), QStringLiteral("messages"), QStringLiteral("transfer"),
                                       QStringLiteral("close"), QStringLiteral("link")};
        if (parts.size() != 2 || parts[0].isEmpty() ||
            (parts[1] != QStringLiteral("events") && !posts.contains(parts[1]))) {
            respond(socket, notFoundReply(), request);
            return true;
        }
        id = parts[0];
        action = parts[1];
        method = action == QStringLiteral("events") ? "GET" : "POST";
    } else {
        respond(socket, notFoundReply(), request);
        return true;
    }
    if ((method == "GET" && !get) || (method == "POST" && !post)) {
        respond(socket, methodNotAllowedReply(method), request);
        return true;
    }
    const QByteArray auth = request.value("Authorization").trimmed();
    const auto op =
        auth.startsWith("Bearer ") ? operatorForToken(QString::fromLatin1(auth.mid(7).trimmed())) : std::nullopt;
    if (!op) {
        respond(socket, unauthorized(), request);
        return true;
    }
    if (path == QStringLiteral("/agent/heartbeat")) {
        Outcome beat = m_chat.heartbeat(*op);
        auto queue = beat ? m_chat.queue(*op) : Result<QList<chat::QueueEntry>>(beat.error());
        respond(socket,
                queue ? jsonReply(200, {{QStringLiteral("agentsOnline"), presenceJson(m_chat.agentsOnline())},
                                        {QStringLiteral("queue"), queueJson(queue.value())}})
                      : errorReply(queue.error()),
                request);
    } else if (path == QStringLiteral("/agent/logout")) {
        m_chat.signOff(op->id);
        m_sessions.remove(QString::fromLatin1(auth.mid(7).trimmed()));
        respond(socket, jsonReply(200, {}), request);
    } else if (path == QStringLiteral("/agent/queue")) {
        auto queue = m_chat.queue(*op);
        respond(socket,
                queue ? jsonReply(200, {{QStringLiteral("items"), queueJson(queue.value())}})
                      : errorReply(queue.error()),
                request);
    } else if (path == QStringLiteral("/agent/agents")) {
        if (Outcome a = security::authorize(m_db.connection(), *op, security::Permission::ServeChats); !a) {
            respond(socket, errorReply(a.error()), request);
            return true;
        }
        respond(socket, jsonReply(200, {{QStringLiteral("items"), presenceJson(m_chat.agentsOnline())}}), request);
    } else if (path == kConversations) {
        auto mine = m_chat.serving(*op);
        if (!mine) {
            respond(socket, errorReply(mine.error()), request);
            return true;
        }
        QJsonArray items;
        for (const chat::Conversation& c : mine.value()) {
            QJsonObject o = conversationJson(c);
            auto status = m_chat.status(c.id);
            o.insert(QStringLiteral("status"), status ? status->toJson() : QJsonObject());
            items.append(o);
        }
        respond(socket, jsonReply(200, {{QStringLiteral("items"), items}}), request);
    } else {
        serveConversation(id, action, *op, request, socket);
    }
    return true;
}

void AgentApi::login(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QJsonObject body;
    HttpReply refusal;
    QString name;
    QString password;
    if (!jsonBody(request, body, refusal) || !stringField(body, QStringLiteral("name"), name, refusal) ||
        !stringField(body, QStringLiteral("password"), password, refusal)) {
        respond(socket, refusal, request);
        return;
    }
    security::AccountService accounts(m_db, m_clock, m_ids);
    auto op = accounts.login(name.trimmed(), password);
    if (!op) {
        respond(socket, errorReply(op.error()), request);
        return;
    }
    if (Outcome may = security::authorize(m_db.connection(), op.value(), security::Permission::ServeChats); !may) {
        respond(socket,
                errorReply(403, QStringLiteral("forbidden"),
                           QCoreApplication::translate("hotline::portal",
                                                       "Only online agents and team leads serve online chats.")),
                request);
        return;
    }
    // Expired sessions go when a new one starts (bounded memory).
    const QDateTime now = m_clock.now();
    m_sessions.removeIf([&now](const QHash<QString, Session>::iterator it) { return it->expires <= now; });
    const QString token = randomToken();
    m_sessions.insert(token, Session{op.value(), now.addSecs(kAgentSessionSecs)});
    respond(socket,
            jsonReply(200, {{QStringLiteral("token"), token},
                            {QStringLiteral("operator"), operatorJson(op.value())},
                            {QStringLiteral("expiresAt"), isoUtc(now.addSecs(kAgentSessionSecs))}}),
            request);
}

void AgentApi::serveConversation(const QString& id, const QString& action, const security::Operator& op,
                                 const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (action == QStringLiteral("events")) {
        serveEvents(id, op, request, socket);
        return;
    }
    QJsonObject body;
    HttpReply refusal;
    const bool emptyOk = action == QStringLiteral("accept") || action == QStringLiteral("close");
    if (!jsonBody(request, body, refusal, emptyOk)) {
        respond(socket, refusal, request);
        return;
    }
    auto closedError = [&](const Error& e) {
        bool closed = false;
        if (e.code == ErrorCode::IllegalTransition) {
            auto status = m_chat.status(id);
            closed = status && status->conversation.state == chat::State::Closed;
        }
        return errorReply(e, closed);
    };
    if (action == QStringLiteral("accept")) {
        auto c = m_chat.accept(id == QStringLiteral("next") ? QString() : id, op);
        respond(socket, c ? jsonReply(200, conversationJson(c.value())) : closedError(c.error()), request);
    } else if (action == QStringLiteral("messages")) {
        QString clientId;
        QString text;
        if (!stringField(body, QStringLiteral("clientId"), clientId, refusal) ||
            !stringField(body, QStringLiteral("text"), text, refusal)) {
            respond(socket, refusal, request);
            return;
        }
        auto before = m_chat.status(id);
        const qint64 lastSeq = before ? before->conversation.lastSeq : 0;
        auto posted = m_chat.postAgentMessage(id, clientId, text, op);
        if (!posted) {
            respond(socket, closedError(posted.error()), request);
            return;
        }
        const bool retry = !posted->isEmpty() && posted->first().seq <= lastSeq;
        respond(socket, jsonReply(retry ? 200 : 201, {{QStringLiteral("events"), eventsJson(posted.value())}}),
                request);
    } else if (action == QStringLiteral("transfer")) {
        QString to;
        if (!stringField(body, QStringLiteral("toAgentId"), to, refusal)) {
            respond(socket, refusal, request);
            return;
        }
        auto c = m_chat.transfer(id, to, op);
        respond(socket, c ? jsonReply(200, conversationJson(c.value())) : closedError(c.error()), request);
    } else if (action == QStringLiteral("close")) {
        auto events = m_chat.closeByAgent(id, op);
        respond(socket,
                events ? jsonReply(200, {{QStringLiteral("events"), eventsJson(events.value())}})
                       : closedError(events.error()),
                request);
    } else { // link
        QString workOrderId;
        QString ticketNo;
        if (!stringField(body, QStringLiteral("workOrderId"), workOrderId, refusal) ||
            !stringField(body, QStringLiteral("ticketNo"), ticketNo, refusal, false)) {
            respond(socket, refusal, request);
            return;
        }
        auto c = m_chat.linkWorkOrder(id, workOrderId, ticketNo, op);
        respond(socket, c ? jsonReply(200, conversationJson(c.value())) : closedError(c.error()), request);
    }
}

void AgentApi::serveEvents(const QString& id, const security::Operator& op, const QHttpServerRequest& request,
                           QTcpSocket* socket)
{
    const QUrlQuery query(request.url());
    qint64 after = 0;
    qint64 wait = 0;
    if (!queryInt(query.queryItemValue(QStringLiteral("after")), 0, 1'000'000'000'000, 0, after) ||
        !queryInt(query.queryItemValue(QStringLiteral("wait")), 0, 25, 0, wait)) {
        respond(socket,
                errorReply(400, QStringLiteral("invalid"),
                           QCoreApplication::translate("hotline::portal",
                                                       "after must be a number of 0 or more, wait 0 to 25 seconds.")),
                request);
        return;
    }
    auto events = m_chat.agentEvents(id, after, op);
    if (!events) {
        respond(socket, errorReply(events.error()), request);
        return;
    }
    const QString path = request.url().path();
    auto answer = [this, id, after, op, path](QTcpSocket* s) {
        auto events = m_chat.agentEvents(id, after, op);
        respond(s,
                events ? jsonReply(200, {{QStringLiteral("events"), eventsJson(events.value())}})
                       : errorReply(events.error()),
                QStringLiteral("GET"), path);
    };
    if (!events->isEmpty() || wait == 0) {
        respond(socket, jsonReply(200, {{QStringLiteral("events"), eventsJson(events.value())}}), request);
        return;
    }
    m_polls->park(id, after, int(wait), socket, answer);
}

} // namespace hotline::portal
