#pragma once
// JSON of the agents' listener: a conversation as an online agent sees it (with ids), the queue, presence.

#include "chat/chatservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hotline::portal {

QString isoUtc(const QDateTime& t); // "" when invalid
QJsonObject conversationJson(const chat::Conversation& c);
QJsonArray queueJson(const QList<chat::QueueEntry>& queue);
QJsonArray presenceJson(const QList<chat::AgentPresence>& agents);
QJsonArray eventsJson(const QList<chat::ChatEvent>& events);

} // namespace hotline::portal
