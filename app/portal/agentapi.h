#pragma once
// The online agents' listener of hotlinedesk-portal (default 127.0.0.1:8781, never behind nginx): login with the
// store's accounts (AccountService, lock-out included; the role must hold ServeChats), then a bearer token kept in
// memory for 12 hours, and the routes of DESIGN8 ("Agents' listener"): heartbeat, queue, colleagues, own
// conversations, accept / events (long poll) / messages / transfer / close / link, and the WebSocket /agent/ws
// (agentws.h). The rules are ChatService's; this parses, authenticates and maps errors. Requests from web pages (any
// Origin header) are refused with 403, WebSockets with an Origin closed with 4403: only the workstation talks here.

#include "httplistener.h"
#include "security/operator.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
namespace chat {
class ChatService;
}
} // namespace hotline

namespace hotline::portal {

class AgentWs;
class LongPoll;

inline constexpr qint64 kAgentSessionSecs = 12 * 3600;

class AgentApi final : public HttpListener {
    Q_OBJECT

public:
    AgentApi(db::Database& db, const Clock& clock, IdGenerator& ids, chat::ChatService& chat,
             QObject* parent = nullptr);
    ~AgentApi() override;

    bool start(const QHostAddress& address, quint16 port);
    // The operator a bearer token stands for, while its session lasts.
    std::optional<security::Operator> operatorForToken(const QString& token);
    AgentWs& hub() { return *m_hub; }

protected:
    bool serve(const QHttpServerRequest& request, QTcpSocket* socket) override;
    bool takesWebSocket(const QString& path) const override;

private:
    struct Session {
        security::Operator op;
        QDateTime expires;
    };

    void login(const QHttpServerRequest& request, QTcpSocket* socket);
    void serveConversation(const QString& id, const QString& action, const security::Operator& op,
                           const QHttpServerRequest& request, QTcpSocket* socket);
    void serveEvents(const QString& id, const security::Operator& op, const QHttpServerRequest& request,
                     QTcpSocket* socket);

    db::Database& m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
    chat::ChatService& m_chat;
    QHash<QString, Session> m_sessions;
    LongPoll* m_polls;
    AgentWs* m_hub;
};

} // namespace hotline::portal
