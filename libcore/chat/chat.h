#pragma once
// The online consultation channel (网上咨询, C11): a taxpayer's conversation on the portal and its event log.
//
// Every conversation is an append-only log of events numbered 1, 2, 3 … (seq) without gaps; a page that lost its
// connection asks for the events after the last seq it saw and misses nothing. Writers make an id for each message
// (clientId): a retry with the same id returns the event already stored instead of adding another.
//
// Routing: a conversation started in office hours on a working day (the State Council calendar with 调休, calendar/)
// queues for the online agents; outside them the robot answers from published articles. The robot's conversation
// may ask for a person (转人工) in office hours; outside them a question the robot cannot answer offers 登记回访
// (leave a message: a callback and a work order).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace hotline::chat {

enum class Routed { Robot, Agents };
enum class State { Robot, Queued, Serving, Closed };
enum class ClosedBy { Taxpayer, Agent, Idle };
enum class EventKind { Message, Answer, Notice, Feedback, Rating };
enum class Author { Taxpayer, Agent, Robot, System };

// Storage keys (robot, agents; robot, queued, serving, closed; ...), and back.
QString key(Routed r);
QString key(State s);
QString key(ClosedBy c);
QString key(EventKind k);
QString key(Author a);
std::optional<Routed> routedFromKey(const QString& k);
std::optional<State> stateFromKey(const QString& k);
std::optional<ClosedBy> closedByFromKey(const QString& k);
std::optional<EventKind> eventKindFromKey(const QString& k);
std::optional<Author> authorFromKey(const QString& k);
// 机器人应答 / 排队中 / 人工服务中 / 已结束 (translated).
QString displayName(State s);

// What a notice event says happened (data.what). The text of a notice is for people; the page decides by `what`.
namespace notice {
inline constexpr char kWelcome[] = "welcome";                // first event: robot or queue, with office hours
inline constexpr char kQueued[] = "queued";                  // data.position
inline constexpr char kAccepted[] = "accepted";              // data.agentName
inline constexpr char kTransferred[] = "transferred";        // data.agentName (the new agent)
inline constexpr char kHandoffOffered[] = "handoff_offered"; // after two misses in office hours
inline constexpr char kMessageOffered[] = "message_offered"; // leave a message (queue full, long wait, after hours)
inline constexpr char kCallbackRegistered[] = "callback_registered"; // data.ticketNo, data.callbackDeadline
inline constexpr char kClosed[] = "closed";                          // data.by: taxpayer, agent, idle
inline constexpr char kLinked[] = "linked";                          // data.ticketNo (agents only care)
} // namespace notice

// The category topic 网上咨询 / 留言回访 of the work orders 登记回访 files (seeded by schema 13).
inline constexpr char kLeftMessageTopicId[] = "18017a79-3ae5-50ac-a81f-1c74b6d58aa2";

struct Conversation {
    QString id;
    Routed routed = Routed::Robot;
    State state = State::Robot;
    QDateTime startedAt;
    QDateTime queuedAt; // invalid unless it has queued
    QString agentId;    // the agent serving it, or who served it last
    bool served = false;
    QDateTime acceptedAt;
    QDateTime closedAt;
    std::optional<ClosedBy> closedBy;
    int robotMisses = 0;
    qint64 lastSeq = 0;
    QDateTime lastActivityAt;
    QString workOrderId;
    QString ticketNo;
    QDateTime updatedAt;
    int version = 1;
};

struct ChatEvent {
    QString id;
    QString conversationId;
    qint64 seq = 0;
    EventKind kind = EventKind::Message;
    Author author = Author::System;
    QString agentId;
    QString agentName; // filled when read, for an agent's message
    QString text;      // plain text: pages set it with textContent, the workstation with Qt::PlainText
    QJsonObject data;
    QString clientId;
    QDateTime at;

    // {"seq", "kind", "author", "agentName", "text", "data", "clientId", "at" (ISO 8601 UTC, ms)}; no ids of
    // operators (a taxpayer's page has no use for them).
    QJsonObject toJson() const;
};

// The limits and timings of the channel. The defaults are the issue's; the portal's options and the store's settings
// table (keys chat.*) override them.
struct ChatSettings {
    int maxMessageChars = 500;       // longer messages are refused, not truncated
    int messagesPerMinute = 20;      // per conversation (taxpayer side)
    int conversationsPerHour = 6;    // new conversations per client address
    int robotQuestionsPerDay = 100;  // per client address, Beijing day
    int agentCapacity = 3;           // chats one agent serves at once
    int maxQueue = 20;               // waiting beyond this: offered to leave a message at once
    int offerMessageAfterSecs = 180; // waiting this long: offered to leave a message
    int idleCloseSecs = 600;         // no message from either side this long: closed
    int presenceTimeoutSecs = 45;    // an agent without a heartbeat this long is offline
    int handoffAfterMisses = 2;      // robot misses before 转人工 is offered
    int maxCommentChars = 200;       // rating comment
};

} // namespace hotline::chat
