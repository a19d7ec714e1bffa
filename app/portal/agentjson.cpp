#include "agentjson.h"

namespace hotline::portal {

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject conversationJson(const chat::Conversation& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("routed"), chat::key(c.routed)},
            {QStringLiteral("state"), chat::key(c.state)},
            {QStringLiteral("startedAt"), isoUtc(c.startedAt)},
            {QStringLiteral("queuedAt"), isoUtc(c.queuedAt)},
            {QStringLiteral("agentId"), c.agentId},
            {QStringLiteral("served"), c.served},
            {QStringLiteral("acceptedAt"), isoUtc(c.acceptedAt)},
            {QStringLiteral("closedAt"), isoUtc(c.closedAt)},
            {QStringLiteral("closedBy"), c.closedBy ? chat::key(*c.closedBy) : QString()},
            {QStringLiteral("robotMisses"), c.robotMisses},
            {QStringLiteral("lastSeq"), c.lastSeq},
            {QStringLiteral("lastActivityAt"), isoUtc(c.lastActivityAt)},
            {QStringLiteral("workOrderId"), c.workOrderId},
            {QStringLiteral("ticketNo"), c.ticketNo}};
}

QJsonArray queueJson(const QList<chat::QueueEntry>& queue)
{
    QJsonArray items;
    for (const chat::QueueEntry& q : queue) {
        items.append(QJsonObject{{QStringLiteral("conversationId"), q.conversation.id},
                                 {QStringLiteral("position"), q.position},
                                 {QStringLiteral("waitedSecs"), q.waitedSecs},
                                 {QStringLiteral("firstQuestion"), q.firstQuestion},
                                 {QStringLiteral("startedAt"), isoUtc(q.conversation.startedAt)}});
    }
    return items;
}

QJsonArray presenceJson(const QList<chat::AgentPresence>& agents)
{
    QJsonArray items;
    for (const chat::AgentPresence& a : agents) {
        items.append(QJsonObject{{QStringLiteral("agentId"), a.agentId},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("serving"), a.serving},
                                 {QStringLiteral("capacity"), a.capacity}});
    }
    return items;
}

QJsonArray eventsJson(const QList<chat::ChatEvent>& events)
{
    QJsonArray a;
    for (const chat::ChatEvent& e : events) {
        a.append(e.toJson());
    }
    return a;
}

} // namespace hotline::portal
