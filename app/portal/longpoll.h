#pragma once
// Long-polling, the fallback when a page has no WebSocket: a request for the events after N that finds none is held
// (its socket kept) until an event of that conversation is appended or the wait ends, then answered once.

#include "chat/chat.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace hotline::chat {
class ChatService;
}

namespace hotline::portal {

inline constexpr int kMaxWaitsPerConversation = 4;

class LongPoll final : public QObject {
    Q_OBJECT

public:
    // Called with the held socket (null when the client has gone) when an event arrived or the wait ended.
    using Answer = std::function<void(QTcpSocket*)>;

    explicit LongPoll(chat::ChatService& chat, QObject* parent = nullptr);
    ~LongPoll() override;

    void park(const QString& conversationId, qint64 afterSeq, int waitSecs, QTcpSocket* socket, Answer answer);
    int parked() const { return int(m_waits.size()); }

private:
    struct Wait {
        QString conversationId;
        qint64 afterSeq = 0;
        QPointer<QTcpSocket> socket;
        Answer answer;
        QObject* guard = nullptr; // owns the timer and the socket connections
    };

    void onEvent(const chat::ChatEvent& event);
    void finish(quint64 id, bool answer);

    QHash<quint64, Wait> m_waits;
    QMultiHash<QString, quint64> m_byConversation;
    quint64 m_next = 0;
};

} // namespace hotline::portal
