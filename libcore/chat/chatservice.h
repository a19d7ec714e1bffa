#pragma once
// The online consultation channel's rules, for the portal service (app/portal): conversations and their event logs,
// routing on the working-day calendar and office hours, the agents' queue with presence and a per-agent cap, the
// robot's answers with 有用 / 没用, 转人工, 登记回访 (a callback and a work order), ratings, closing, and the limits.
//
// One ChatService lives in the portal process and owns what is not stored: the agents' presence (heartbeats) and the
// rate-limit windows (ratelimiter.h). Everything else is in the store; every write stores its rows and their
// change-log entries in one transaction (conversations sync through the central store like work orders), then
// eventAppended() is emitted for each new event, after the commit, in seq order.
//
// Errors: InvalidInput (empty or over-long text, bad level, bad phone; field names the input), NotFound (unknown
// conversation or event), IllegalTransition (the conversation is closed, or not in a state that allows it),
// Conflict (already rated, already has feedback, the agent is at capacity, someone else took it), Forbidden (not an
// online agent, not this agent's conversation), AuthenticationFailed (unknown token), RateLimited (a limit; the
// message says which and when to try again).

#include "calendar/workcalendar.h"
#include "chat/chat.h"
#include "chat/ratelimiter.h"
#include "core/result.h"
#include "security/operator.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::chat {

struct Started {
    Conversation conversation;
    QString token;           // 128 random bits, hex; only its SHA-256 is stored
    QList<ChatEvent> events; // the first events (welcome, queued …)
};

// What the taxpayer's page shows besides the log.
struct ChatStatus {
    Conversation conversation;
    bool inOfficeHours = false;
    int queuePosition = 0; // 1-based while queued, else 0
    int queueLength = 0;
    int agentsOnline = 0;
    QString agentName;             // the serving agent's name while serving
    bool handoffAvailable = false; // 转人工 can be asked for now (office hours, robot state)
    bool messageOffered = false;   // leaving a message is offered now
    bool mayRate = false;          // served by a person, not rated yet
    bool rated = false;

    QJsonObject toJson() const; // the page's view: no operator ids
};

struct LeaveMessageRequest {
    QString clientId; // a retry with the same id registers nothing twice
    QString name;
    QString phone; // validated like every phone number (tickets/validation.h)
    QString question;
};

struct LeftMessage {
    QString workOrderId;
    QString ticketNo;
    QString callbackId;
    QDateTime callbackDeadline;
};

// One waiting conversation, for the agents' queue.
struct QueueEntry {
    Conversation conversation;
    int position = 0;
    QString firstQuestion; // the taxpayer's first message, if any
    qint64 waitedSecs = 0;
};

struct AgentPresence {
    QString agentId;
    QString name;
    QDateTime lastSeen;
    int serving = 0;
    int capacity = 0;
};

class ChatService final : public QObject {
    Q_OBJECT

public:
    // serviceAccount: the operator the portal acts as for what it files itself (登记回访's work order and callback);
    // it needs an active account in the store (the demo's 网上咨询平台).
    ChatService(db::Database& db, const Clock& clock, IdGenerator& ids, security::Operator serviceAccount,
                QObject* parent = nullptr);
    ~ChatService() override;

    // The store's calendar, office hours and chat.* settings (call once at start and after a sync).
    Outcome reload();
    const ChatSettings& settings() const;
    void setSettings(const ChatSettings& s);
    void setCalendar(calendar::WorkCalendar calendar, calendar::OfficeHours hours);
    bool inOfficeHours(const QDateTime& at) const;

    // ---- The taxpayer's side (the public listener). `client` is the client's address as nginx reports it.
    Result<Started> start(const QString& client);
    // The conversation a token reaches; AuthenticationFailed for any other token.
    Result<QString> conversationForToken(const QString& token) const;
    Result<ChatStatus> status(const QString& conversationId) const;
    Result<QList<ChatEvent>> events(const QString& conversationId, qint64 afterSeq, int limit = 500) const;
    // The taxpayer's message and what it caused (the robot's answer, a notice), in seq order. A retry with a clientId
    // already used returns the events stored the first time.
    Result<QList<ChatEvent>> postTaxpayerMessage(const QString& conversationId, const QString& clientId,
                                                 const QString& text, const QString& client);
    Result<ChatEvent> feedback(const QString& conversationId, qint64 answerSeq, bool helpful);
    // 转人工: in office hours, queues the robot's conversation. IllegalTransition outside office hours.
    Result<QList<ChatEvent>> requestAgent(const QString& conversationId);
    // 登记回访 (outside office hours, or when the queue is full or the wait long): a work order on the channel
    // 'online' (category 网上咨询 / 留言回访) and a callback due by the close of the next working day after the day it
    // was left, both filed by the service account (two transactions: the work-order and callback services commit
    // their own; the registration event follows, and a retry with the same clientId returns it).
    Result<LeftMessage> leaveMessage(const QString& conversationId, const LeaveMessageRequest& request);
    // Once per conversation a person served; comment up to maxCommentChars.
    Result<ChatEvent> rate(const QString& conversationId, int level, const QString& comment);
    Result<QList<ChatEvent>> closeByTaxpayer(const QString& conversationId);

    // ---- The online agents' side (the agents' listener); `by` must hold Permission::ServeChats.
    Outcome heartbeat(const security::Operator& by);
    void signOff(const QString& agentId);
    QList<AgentPresence> agentsOnline() const;
    Result<QList<QueueEntry>> queue(const security::Operator& by) const;
    // Takes the given queued conversation (empty id: the first in line). Conflict at capacity or when taken.
    Result<Conversation> accept(const QString& conversationId, const security::Operator& by);
    // The conversations by serves now.
    Result<QList<Conversation>> serving(const security::Operator& by) const;
    Result<QList<ChatEvent>> postAgentMessage(const QString& conversationId, const QString& clientId,
                                              const QString& text, const security::Operator& by);
    // To a colleague who is online and below capacity.
    Result<Conversation> transfer(const QString& conversationId, const QString& toAgentId,
                                  const security::Operator& by);
    Result<QList<ChatEvent>> closeByAgent(const QString& conversationId, const security::Operator& by);
    // Records the work order the transcript was filed under (made or chosen on the workstation).
    Result<Conversation> linkWorkOrder(const QString& conversationId, const QString& workOrderId,
                                       const QString& ticketNo, const security::Operator& by);
    // For an agent: the conversation's log (theirs, or any for a lead).
    Result<QList<ChatEvent>> agentEvents(const QString& conversationId, qint64 afterSeq,
                                         const security::Operator& by) const;

    // ---- Housekeeping (the portal's timer): closes conversations idle for idleCloseSecs, offers leave-a-message to
    // those waiting longer than offerMessageAfterSecs, drops agents without a heartbeat. Returns how many closed.
    Result<int> tick();

signals:
    void eventAppended(const hotline::chat::ChatEvent& event);
    void queueChanged();

private:
    void announce(const QList<ChatEvent>& events); // eventAppended for each, in order

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hotline::chat
