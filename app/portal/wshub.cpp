#include "wshub.h"

#include "chat/chatservice.h"

#include <QJsonArray>
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

WsHub::WsHub(chat::ChatService& chat, QObject* parent) : QObject(parent), m_chat(chat)
{
    connect(&chat, &chat::ChatService::eventAppended, this, &WsHub::onEvent);
    connect(&chat, &chat::ChatService::queueChanged, this, &WsHub::onQueueChanged);
}

WsHub::~WsHub()
{
    const QList<QWebSocket*> all = m_sockets.keys();
    m_sockets.clear();
    m_byConversation.clear();
    for (QWebSocket* s : all) {
        s->disconnect(this);
        s->abort();
        delete s;
    }
}

int WsHub::followers() const
{
    return int(m_byConversation.size());
}

void WsHub::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(4096);
    socket->setMaxAllowedIncomingFrameSize(4096);
    m_sockets.insert(socket, Follower{});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    if (!m_origins.contains(socket->origin())) {
        socket->close(QWebSocketProtocol::CloseCode(kCloseBadOrigin), QStringLiteral("origin"));
        return;
    }
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& frame) { onFirstFrame(socket, frame); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray&) { onFirstFrame(socket, QString()); });
    QTimer::singleShot(m_firstFrameMs, socket, [this, socket] {
        if (m_sockets.contains(socket) && m_sockets.value(socket).conversationId.isEmpty()) {
            socket->close(QWebSocketProtocol::CloseCode(kCloseNoFirstFrame), QStringLiteral("timeout"));
        }
    });
}

void WsHub::onFirstFrame(QWebSocket* socket, const QString& frame)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end() || !it->conversationId.isEmpty() || it->retired) {
        return; // a later frame: ignored
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8(), &error);
    const QJsonObject o = doc.object();
    const QJsonValue after = o.value(QStringLiteral("after"));
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !o.value(QStringLiteral("token")).isString() ||
        (!after.isUndefined() && (!after.isDouble() || after.toDouble() < 0))) {
        socket->close(QWebSocketProtocol::CloseCode(kCloseBadFrame), QStringLiteral("frame"));
        return;
    }
    auto conversation = m_chat.conversationForToken(o.value(QStringLiteral("token")).toString());
    if (!conversation) {
        socket->close(QWebSocketProtocol::CloseCode(kCloseBadToken), QStringLiteral("token"));
        return;
    }
    // Bounded sockets per conversation: the oldest follower gives way.
    const QList<QWebSocket*> others = m_byConversation.values(conversation.value());
    if (others.size() >= kMaxFollowers) {
        QWebSocket* oldest = others.last(); // QMultiHash: the most recently inserted first
        m_byConversation.remove(conversation.value(), oldest);
        m_sockets[oldest].conversationId.clear();
        m_sockets[oldest].retired = true;
        oldest->close(QWebSocketProtocol::CloseCode(kCloseReplaced), QStringLiteral("replaced"));
    }
    it = m_sockets.find(socket);
    it->conversationId = conversation.value();
    it->lastSent = qint64(after.toDouble());
    m_byConversation.insert(it->conversationId, socket);
    sendAfter(socket, it.value());
    sendStatus(socket, it->conversationId);
}

void WsHub::sendAfter(QWebSocket* socket, Follower& f)
{
    for (;;) {
        auto events = m_chat.events(f.conversationId, f.lastSent, 500);
        if (!events || events->isEmpty()) {
            return;
        }
        for (const chat::ChatEvent& e : events.value()) {
            socket->sendTextMessage(
                compact({{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), e.toJson()}}));
            f.lastSent = e.seq;
        }
        if (events->size() < 500) {
            return;
        }
    }
}

void WsHub::sendStatus(QWebSocket* socket, const QString& conversationId)
{
    auto status = m_chat.status(conversationId);
    if (status) {
        socket->sendTextMessage(compact(
            {{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), status->toJson()}}));
    }
}

void WsHub::onEvent(const chat::ChatEvent& event)
{
    const QList<QWebSocket*> sockets = m_byConversation.values(event.conversationId);
    for (QWebSocket* socket : sockets) {
        auto it = m_sockets.find(socket);
        if (it == m_sockets.end() || event.seq <= it->lastSent) {
            continue;
        }
        if (event.seq == it->lastSent + 1) {
            socket->sendTextMessage(compact(
                {{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), event.toJson()}}));
            it->lastSent = event.seq;
        } else {
            sendAfter(socket, it.value()); // a gap: read what is missing from the store
        }
    }
    if (!sockets.isEmpty()) {
        scheduleStatus(event.conversationId);
    }
}

void WsHub::onQueueChanged()
{
    for (auto it = m_byConversation.constBegin(); it != m_byConversation.constEnd(); ++it) {
        scheduleStatus(it.key());
    }
}

void WsHub::scheduleStatus(const QString& conversationId)
{
    m_statusDue.insert(conversationId);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &WsHub::flushStatus);
    }
}

void WsHub::flushStatus()
{
    m_flushScheduled = false;
    const QSet<QString> due = std::exchange(m_statusDue, {});
    for (const QString& id : due) {
        auto status = m_chat.status(id);
        if (!status) {
            continue;
        }
        const QString frame =
            compact({{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), status->toJson()}});
        for (QWebSocket* socket : m_byConversation.values(id)) {
            socket->sendTextMessage(frame);
        }
    }
}

void WsHub::drop(QWebSocket* socket)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end()) {
        return;
    }
    if (!it->conversationId.isEmpty()) {
        m_byConversation.remove(it->conversationId, socket);
    }
    m_sockets.erase(it);
    socket->deleteLater();
}

} // namespace hotline::portal
