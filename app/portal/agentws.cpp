#include "agentws.h"

#include "agentjson.h"
#include "chat/chatservice.h"
#include "wshub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace hotline::portal {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

AgentWs::AgentWs(chat::ChatService& chat, Authenticate authenticate, QObject* parent)
    : QObject(parent), m_chat(chat), m_authenticate(std::move(authenticate))
{
    connect(&chat, &chat::ChatService::eventAppended, this, &AgentWs::onEvent);
    connect(&chat, &chat::ChatService::queueChanged, this, [this] {
        if (!m_queueScheduled) {
            m_queueScheduled = true;
            QTimer::singleShot(0, this, &AgentWs::flushQueue);
        }
    });
}

AgentWs::~AgentWs()
{
    const QList<QWebSocket*> all = m_sockets.keys();
    m_sockets.clear();
    for (QWebSocket* s : all) {
        s->disconnect(this);
        s->abort();
        delete s;
    }
}

int AgentWs::agents() const
{
    int n = 0;
    for (const Agent& a : m_sockets) {
        n += a.op ? 1 : 0;
    }
    return n;
}

void AgentWs::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(4096);
    m_sockets.insert(socket, Agent{});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    if (!socket->origin().isEmpty()) { // a web page (see AgentApi::serve)
        socket->close(QWebSocketProtocol::CloseCode(kCloseBadOrigin), QStringLiteral("origin"));
        return;
    }
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& frame) { onFirstFrame(socket, frame); });
    QTimer::singleShot(m_firstFrameMs, socket, [this, socket] {
        if (m_sockets.contains(socket) && !m_sockets.value(socket).op) {
            socket->close(QWebSocketProtocol::CloseCode(kCloseNoFirstFrame), QStringLiteral("timeout"));
        }
    });
}

void AgentWs::onFirstFrame(QWebSocket* socket, const QString& frame)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end() || it->op) {
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(frame.toUtf8()).object();
    const QJsonValue token = o.value(QStringLiteral("token"));
    if (!token.isString()) {
        socket->close(QWebSocketProtocol::CloseCode(kCloseBadFrame), QStringLiteral("frame"));
        return;
    }
    auto op = m_authenticate(token.toString());
    if (!op) {
        socket->close(QWebSocketProtocol::CloseCode(kCloseBadToken), QStringLiteral("token"));
        return;
    }
    it->op = op;
    sendQueue(socket);
}

void AgentWs::sendQueue(QWebSocket* socket)
{
    const Agent agent = m_sockets.value(socket);
    if (!agent.op) {
        return;
    }
    auto queue = m_chat.queue(*agent.op);
    if (queue) {
        socket->sendTextMessage(compact(
            {{QStringLiteral("type"), QStringLiteral("queue")}, {QStringLiteral("items"), queueJson(queue.value())}}));
    }
}

void AgentWs::flushQueue()
{
    m_queueScheduled = false;
    for (auto it = m_sockets.constBegin(); it != m_sockets.constEnd(); ++it) {
        sendQueue(it.key());
    }
}

void AgentWs::onEvent(const chat::ChatEvent& event)
{
    if (agents() == 0) {
        return;
    }
    auto status = m_chat.status(event.conversationId);
    if (!status) {
        return;
    }
    const QString now = status->conversation.agentId;
    const QString before = m_lastAgent.value(event.conversationId);
    if (now.isEmpty() && before.isEmpty()) {
        return;
    }
    if (status->conversation.state == chat::State::Closed) {
        m_lastAgent.remove(event.conversationId);
    } else {
        m_lastAgent.insert(event.conversationId, now);
    }
    const QString frame = compact({{QStringLiteral("type"), QStringLiteral("event")},
                                   {QStringLiteral("conversationId"), event.conversationId},
                                   {QStringLiteral("event"), event.toJson()}});
    for (auto it = m_sockets.constBegin(); it != m_sockets.constEnd(); ++it) {
        if (it->op && (it->op->id == now || it->op->id == before)) {
            it.key()->sendTextMessage(frame);
        }
    }
}

void AgentWs::drop(QWebSocket* socket)
{
    if (m_sockets.remove(socket) > 0) {
        socket->deleteLater();
    }
}

} // namespace hotline::portal
