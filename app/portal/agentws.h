#pragma once
// The online agents' WebSocket (/agent/ws): first frame {"token": "<bearer token>"} (4401 otherwise, 4408 without
// one in 10 s); then {"type":"event","conversationId","event":{…}} for each new event of the conversations the agent
// serves (both agents hear a transfer) and {"type":"queue","items":[…]} at once and on every queue change. Later
// frames are ignored.

#include "security/operator.h"

#include <QHash>
#include <QObject>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace hotline::chat {
class ChatService;
struct ChatEvent;
} // namespace hotline::chat

namespace hotline::portal {

class AgentWs final : public QObject {
    Q_OBJECT

public:
    using Authenticate = std::function<std::optional<security::Operator>(const QString& token)>;

    AgentWs(chat::ChatService& chat, Authenticate authenticate, QObject* parent = nullptr);
    ~AgentWs() override;

    void adopt(std::unique_ptr<QWebSocket> socket);
    void setFirstFrameTimeoutMs(int ms) { m_firstFrameMs = ms; }
    int agents() const;

private:
    struct Agent {
        std::optional<security::Operator> op; // empty until the first frame was accepted
    };

    void onFirstFrame(QWebSocket* socket, const QString& frame);
    void onEvent(const chat::ChatEvent& event);
    void sendQueue(QWebSocket* socket);
    void flushQueue();
    void drop(QWebSocket* socket);

    chat::ChatService& m_chat;
    Authenticate m_authenticate;
    int m_firstFrameMs = 10000;
    QHash<QWebSocket*, Agent> m_sockets;
    QHash<QString, QString> m_lastAgent; // conversation → the agent who last heard its events
    bool m_queueScheduled = false;
};

} // namespace hotline::portal
