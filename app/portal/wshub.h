#pragma once
// The taxpayers' WebSocket followers (GET /api/ws). QtHttpServer 6.4 has no hook before the upgrade, so the socket
// is taken first and judged on arrival and on its first frame: a bad Origin closes it with 4403, a first frame that
// is not {"token": "...", "after": N} or whose token reaches no conversation with 4401 (4400 for a malformed frame),
// no first frame within 10 s with 4408. A follower then gets every event after N, a status, and each new event of its
// conversation as it is appended ({"type":"event","event":{…}}) with a status after it and on queue changes
// ({"type":"status","status":{…}}). Later frames from the page are ignored (writes go over REST).

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWebSocket>

#include <memory>

namespace hotline::chat {
class ChatService;
struct ChatEvent;
} // namespace hotline::chat

namespace hotline::portal {

// Close codes (the 4000–4999 range is the application's).
inline constexpr quint16 kCloseBadFrame = 4400;
inline constexpr quint16 kCloseBadToken = 4401;
inline constexpr quint16 kCloseBadOrigin = 4403;
inline constexpr quint16 kCloseNoFirstFrame = 4408;
inline constexpr quint16 kCloseReplaced = 4409; // a newer socket follows the conversation (more than kMaxFollowers)

inline constexpr int kMaxFollowers = 4; // sockets following one conversation

class WsHub final : public QObject {
    Q_OBJECT

public:
    explicit WsHub(chat::ChatService& chat, QObject* parent = nullptr);
    ~WsHub() override;

    void setAllowedOrigins(const QStringList& origins) { m_origins = origins; }
    void setFirstFrameTimeoutMs(int ms) { m_firstFrameMs = ms; }
    // Takes a socket that QtHttpServer upgraded.
    void adopt(std::unique_ptr<QWebSocket> socket);
    int followers() const;

private:
    struct Follower {
        QString conversationId; // empty until the first frame was accepted
        qint64 lastSent = 0;
        bool retired = false; // closed for a newer follower: its frames count for nothing
    };

    void onFirstFrame(QWebSocket* socket, const QString& frame);
    void onEvent(const chat::ChatEvent& event);
    void onQueueChanged();
    void sendAfter(QWebSocket* socket, Follower& f);
    void sendStatus(QWebSocket* socket, const QString& conversationId);
    void scheduleStatus(const QString& conversationId);
    void flushStatus();
    void drop(QWebSocket* socket);

    chat::ChatService& m_chat;
    QStringList m_origins;
    int m_firstFrameMs = 10000;
    QHash<QWebSocket*, Follower> m_sockets;
    QMultiHash<QString, QWebSocket*> m_byConversation;
    QSet<QString> m_statusDue;
    bool m_flushScheduled = false;
};

} // namespace hotline::portal
