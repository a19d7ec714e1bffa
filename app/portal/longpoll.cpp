#include "longpoll.h"

#include "chat/chatservice.h"

#include <QTimer>

#include <algorithm>

namespace hotline::portal {

LongPoll::LongPoll(chat::ChatService& chat, QObject* parent) : QObject(parent)
{
    connect(&chat, &chat::ChatService::eventAppended, this, &LongPoll::onEvent);
}

LongPoll::~LongPoll()
{
    for (Wait& w : m_waits) {
        delete w.guard;
    }
}

void LongPoll::park(const QString& conversationId, qint64 afterSeq, int waitSecs, QTcpSocket* socket, Answer answer)
{
    // A page holds one poll at a time; more than a few for one conversation (tabs, a retrying client) and the oldest
    // is answered now, so held sockets stay bounded per conversation.
    const QList<quint64> held = m_byConversation.values(conversationId);
    if (held.size() >= kMaxWaitsPerConversation) {
        finish(*std::min_element(held.begin(), held.end()), true);
    }
    const quint64 id = ++m_next;
    auto* guard = new QObject(this);
    m_waits.insert(id, Wait{conversationId, afterSeq, socket, std::move(answer), guard});
    m_byConversation.insert(conversationId, id);
    auto* timer = new QTimer(guard);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] { finish(id, true); });
    timer->start(waitSecs * 1000);
    // A client that hangs up is forgotten (QtHttpServer deletes its socket).
    connect(socket, &QTcpSocket::disconnected, guard, [this, id] { finish(id, false); });
    connect(socket, &QObject::destroyed, guard, [this, id] { finish(id, false); });
}

void LongPoll::onEvent(const chat::ChatEvent& event)
{
    QList<quint64> due;
    for (auto it = m_byConversation.constFind(event.conversationId);
         it != m_byConversation.constEnd() && it.key() == event.conversationId; ++it) {
        if (m_waits.value(it.value()).afterSeq < event.seq) {
            due.append(it.value());
        }
    }
    // The event's batch is committed as a whole before the first is announced: the answer reads all of it.
    for (quint64 id : due) {
        finish(id, true);
    }
}

void LongPoll::finish(quint64 id, bool answer)
{
    auto it = m_waits.find(id);
    if (it == m_waits.end()) {
        return;
    }
    Wait w = std::move(it.value());
    m_waits.erase(it);
    m_byConversation.remove(w.conversationId, id);
    w.guard->deleteLater();
    if (answer && w.socket) {
        w.answer(w.socket.data());
    }
}

} // namespace hotline::portal
