#pragma once
// SQL for conversations, their event logs, tokens, ratings and robot feedback. Writers call it inside their own
// transaction; every write appends its change-log entry (entities conversation, conversation_event, chat_rating,
// robot_feedback) in that transaction.

#include "chat/chat.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace hotline::chat {

class ChatRepository final {
public:
    explicit ChatRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Conversation>> find(const QString& id) const;
    Result<QString> conversationForTokenHash(const QString& tokenHash) const; // empty when none
    // Conversations in a state, oldest queued/started first; agentId filters when not empty.
    Result<QList<Conversation>> inState(State state, const QString& agentId = {}) const;
    // Open conversations (not closed) whose last activity is at or before `before`.
    Result<QList<Conversation>> idleSince(const QDateTime& before) const;
    Result<int> servingCount(const QString& agentId) const;

    Result<QList<ChatEvent>> events(const QString& conversationId, qint64 afterSeq, int limit) const;
    Result<std::optional<ChatEvent>> eventAt(const QString& conversationId, qint64 seq) const;
    Result<std::optional<ChatEvent>> eventByClientId(const QString& conversationId, Author author,
                                                     const QString& clientId) const;
    // The events that answered the message at seq (data.inReplyTo = seq), in order.
    Result<QList<ChatEvent>> repliesTo(const QString& conversationId, qint64 seq) const;
    // The taxpayer's first message, or "".
    Result<QString> firstQuestion(const QString& conversationId) const;
    Result<bool> isRated(const QString& conversationId) const;

    Outcome insert(const Conversation& c, const QString& tokenHash, const QString& operatorId);
    // Writes after over before (refused as Conflict when the stored version is no longer before's).
    Outcome update(const Conversation& before, const Conversation& after, const QString& operatorId);
    // Stores e (its id made by the caller) as the conversation's next event: e.seq = ++c.lastSeq (the caller updates
    // the conversation row afterwards).
    Result<ChatEvent> append(Conversation& c, ChatEvent e, const QString& operatorId);
    Outcome insertRating(const QString& id, const QString& conversationId, const QString& agentId, int level,
                         const QString& comment, const QDateTime& at, const QString& operatorId);
    Outcome insertFeedback(const QString& id, const QString& conversationId, qint64 answerSeq, const QString& articleId,
                           bool helpful, const QDateTime& at, const QString& operatorId);

private:
    QSqlDatabase m_db;
};

} // namespace hotline::chat
