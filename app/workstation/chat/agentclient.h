#pragma once
// The online agent's connection to the portal's agents' listener (hotlinedesk-portal, DESIGN8 "Agents' listener"):
// login, a heartbeat every 15 s (presence; it also brings the queue), the REST calls of a chat, and the agent
// WebSocket for events and queue changes, reopened after a drop (the pane then asks for what it missed). When the
// portal cannot be reached the client says so (state Disconnected) and keeps trying; the pane keeps what was typed.
//
// The password is held in memory only while signed in, to sign in again when the portal has restarted (its tokens
// live in its memory); it is never written anywhere.

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QWebSocket;

namespace hotline::ui {

// The answer to one request: the JSON body on success, else the portal's error (code, Chinese message, field) or a
// network failure (status 0).
struct AgentReply {
    int status = 0;
    QJsonObject body;
    QString error; // the portal's error code (invalid, closed, conflict …); "network" when it was not reached
    QString message;
    QString field;

    bool ok() const { return status >= 200 && status < 300; }
    bool unreachable() const { return status == 0; }
};

class AgentClient final : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, Connecting, Connected, Disconnected };
    Q_ENUM(State)
    using Handler = std::function<void(const AgentReply&)>;

    explicit AgentClient(QObject* parent = nullptr);
    ~AgentClient() override;

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_base; }
    State state() const { return m_state; }
    QString agentId() const { return m_agentId; }
    QString agentName() const { return m_agentName; }
    bool webSocketOpen() const;

    // Signs in (POST /agent/login); signedIn or signInFailed follows.
    void signIn(const QString& name, const QString& password);
    // Forgets the token and the password, stops the heartbeat and closes the socket.
    void signOut();
    void setHeartbeatInterval(int ms);
    void setRetryInterval(int ms);

    void get(const QString& path, Handler done);
    void post(const QString& path, const QJsonObject& body, Handler done);

    void heartbeat();
    void accept(const QString& conversationId, Handler done); // empty id: the first in line
    void events(const QString& conversationId, qint64 after, Handler done);
    void sendMessage(const QString& conversationId, const QString& clientId, const QString& text, Handler done);
    void transfer(const QString& conversationId, const QString& toAgentId, Handler done);
    void close(const QString& conversationId, Handler done);
    void link(const QString& conversationId, const QString& workOrderId, const QString& ticketNo, Handler done);
    void colleagues(Handler done);
    void mine(Handler done);

signals:
    void stateChanged(hotline::ui::AgentClient::State state, const QString& message);
    void signedIn();
    void signInFailed(const QString& message);
    // The waiting conversations ({conversationId, position, waitedSecs, firstQuestion, startedAt}).
    void queueChanged(const QJsonArray& items);
    // An event of one of this agent's conversations (ChatEvent::toJson()).
    void eventArrived(const QString& conversationId, const QJsonObject& event);
    // The connection is back after a drop: whatever was missed meanwhile must be fetched.
    void resumed();

private:
    void send(const QByteArray& verb, const QString& path, const QJsonObject* body, Handler done);
    void finished(QNetworkReply* reply, const Handler& done);
    void setState(State s, const QString& message = {});
    void lost(const QString& message);
    void retry();
    void openSocket();
    void socketMessage(const QString& text);

    QNetworkAccessManager* m_net;
    QWebSocket* m_socket;
    QTimer m_heartbeat;
    QTimer m_retry;
    QUrl m_base;
    State m_state = State::SignedOut;
    QString m_token;
    QString m_name;
    QString m_password;
    QString m_agentId;
    QString m_agentName;
    bool m_wasConnected = false;
    bool m_signingIn = false;
};

} // namespace hotline::ui
