#include "chat/chatserviceimpl.h"

namespace hotline::chat {

// ---- The online agents' side

Outcome ChatService::heartbeat(const security::Operator& by)
{
    if (Outcome a = d->authorizeAgent(by); !a) {
        return a;
    }
    const QDateTime now = d->clock.now().toUTC();
    d->dropStalePresence(now);
    const bool arrived = !d->presence.contains(by.id);
    d->presence.insert(by.id, Presence{by.name, now});
    if (arrived) {
        emit queueChanged();
    }
    return Ok{};
}

void ChatService::signOff(const QString& agentId)
{
    if (d->presence.remove(agentId) > 0) {
        emit queueChanged();
    }
}

QList<AgentPresence> ChatService::agentsOnline() const
{
    const QDateTime now = d->clock.now().toUTC();
    QList<AgentPresence> out;
    for (auto it = d->presence.constBegin(); it != d->presence.constEnd(); ++it) {
        if (it->lastSeen.secsTo(now) > d->settings.presenceTimeoutSecs) {
            continue;
        }
        out.append(
            {it.key(), it->name, it->lastSeen, d->repo.servingCount(it.key()).value_or(0), d->settings.agentCapacity});
    }
    std::sort(out.begin(), out.end(), [](const AgentPresence& a, const AgentPresence& b) { return a.name < b.name; });
    return out;
}

Result<QList<QueueEntry>> ChatService::queue(const security::Operator& by) const
{
    if (Outcome a = d->authorizeAgent(by); !a) {
        return a.error();
    }
    auto queued = d->repo.inState(State::Queued);
    if (!queued) {
        return queued.error();
    }
    const QDateTime now = d->clock.now().toUTC();
    QList<QueueEntry> out;
    for (const Conversation& c : queued.value()) {
        auto first = d->repo.firstQuestion(c.id);
        if (!first) {
            return first.error();
        }
        out.append({c, int(out.size() + 1), first.value(), c.queuedAt.secsTo(now)});
    }
    return out;
}

Result<Conversation> ChatService::accept(const QString& conversationId, const security::Operator& by)
{
    if (Outcome a = d->authorizeAgent(by); !a) {
        return a.error();
    }
    auto serving = d->repo.servingCount(by.id);
    if (!serving) {
        return serving.error();
    }
    if (serving.value() >= d->settings.agentCapacity) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::chat",
                                                     "You are already serving %n conversation(s), the most one agent "
                                                     "serves at once.",
                                                     nullptr, serving.value()));
    }
    QString id = conversationId;
    if (id.isEmpty() || id == QLatin1String("next")) {
        auto queued = d->repo.inState(State::Queued);
        if (!queued) {
            return queued.error();
        }
        if (queued.value().isEmpty()) {
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("hotline::chat", "Nobody is waiting."));
        }
        id = queued.value().first().id;
    }
    auto c = d->load(id);
    if (!c) {
        return c.error();
    }
    if (c->state != State::Queued) {
        return makeError(
            ErrorCode::Conflict,
            c->state == State::Serving
                ? QCoreApplication::translate("hotline::chat", "A colleague has already taken this conversation.")
                : QCoreApplication::translate("hotline::chat", "This conversation is no longer waiting."));
    }
    const QDateTime now = d->clock.now().toUTC();
    d->presence.insert(by.id, Presence{by.name, now});
    Conversation after = c.value();
    after.state = State::Serving;
    after.agentId = by.id;
    after.served = true;
    after.acceptedAt = now;
    after.lastActivityAt = now;
    d->messageOffered.remove(after.id);
    auto stored = d->write(
        c.value(), after,
        {d->notice(notice::kAccepted,
                   QCoreApplication::translate("hotline::chat", "Online agent %1 is serving you.").arg(by.name),
                   {{QStringLiteral("agentName"), by.name}})},
        by.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    emit queueChanged();
    return d->load(id);
}

Result<QList<Conversation>> ChatService::serving(const security::Operator& by) const
{
    if (Outcome a = d->authorizeAgent(by); !a) {
        return a.error();
    }
    return d->repo.inState(State::Serving, by.id);
}

Result<QList<ChatEvent>> ChatService::postAgentMessage(const QString& conversationId, const QString& clientId,
                                                       const QString& rawText, const security::Operator& by)
{
    if (Outcome idOk = d->validClientId(clientId); !idOk) {
        return idOk.error();
    }
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (Outcome a = d->authorizeServing(c.value(), by); !a) {
        return a.error();
    }
    auto again = d->retried(conversationId, Author::Agent, clientId);
    if (!again) {
        return again.error();
    }
    if (again.value()) {
        return *again.value();
    }
    if (c->state == State::Closed) {
        return closed();
    }
    if (c->state != State::Serving) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate("hotline::chat", "Accept the conversation before you reply."));
    }
    auto text = d->validText(rawText);
    if (!text) {
        return text.error();
    }
    Conversation after = c.value();
    after.lastActivityAt = d->clock.now().toUTC();
    auto stored = d->write(c.value(), after,
                           {d->event(EventKind::Message, Author::Agent, text.value(), {}, clientId, by.id)}, by.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return stored;
}

Result<Conversation> ChatService::transfer(const QString& conversationId, const QString& toAgentId,
                                           const security::Operator& by)
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (Outcome a = d->authorizeServing(c.value(), by); !a) {
        return a.error();
    }
    if (c->state != State::Serving) {
        return c->state == State::Closed
                   ? Result<Conversation>(closed())
                   : makeError(ErrorCode::IllegalTransition,
                               QCoreApplication::translate("hotline::chat",
                                                           "Only a conversation being served can be transferred."));
    }
    if (toAgentId == c->agentId) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::chat", "Choose a colleague to transfer to."),
                         QStringLiteral("toAgentId"));
    }
    const QDateTime now = d->clock.now().toUTC();
    d->dropStalePresence(now);
    const auto target = d->presence.constFind(toAgentId);
    if (target == d->presence.constEnd()) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::chat", "That colleague is not online."),
                         QStringLiteral("toAgentId"));
    }
    auto op = security::OperatorRepository(d->db.connection()).find(toAgentId);
    if (!op) {
        return op.error();
    }
    if (!op.value() || !security::authorize(d->db.connection(), *op.value(), security::Permission::ServeChats)) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("hotline::chat", "That colleague does not serve online chats."),
                         QStringLiteral("toAgentId"));
    }
    auto load = d->repo.servingCount(toAgentId);
    if (!load) {
        return load.error();
    }
    if (load.value() >= d->settings.agentCapacity) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::chat",
                                                     "%1 is already serving as many conversations as one agent may.")
                             .arg(op.value()->name),
                         QStringLiteral("toAgentId"));
    }
    Conversation after = c.value();
    after.agentId = toAgentId;
    after.lastActivityAt = now;
    auto stored =
        d->write(c.value(), after,
                 {d->notice(notice::kTransferred,
                            QCoreApplication::translate("hotline::chat", "You are now served by online agent %1.")
                                .arg(op.value()->name),
                            {{QStringLiteral("agentName"), op.value()->name}})},
                 by.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return d->load(conversationId);
}

Result<QList<ChatEvent>> ChatService::closeByAgent(const QString& conversationId, const security::Operator& by)
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (Outcome a = d->authorizeServing(c.value(), by); !a) {
        return a.error();
    }
    auto stored = d->close(conversationId, ClosedBy::Agent, by.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return stored;
}

Result<Conversation> ChatService::linkWorkOrder(const QString& conversationId, const QString& workOrderId,
                                                const QString& ticketNo, const security::Operator& by)
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (Outcome a = d->authorizeServing(c.value(), by); !a) {
        return a.error();
    }
    if (workOrderId.trimmed().isEmpty() || ticketNo.trimmed().isEmpty() || workOrderId.size() > 64 ||
        ticketNo.size() > 64) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::chat", "Name the work order the conversation is filed under."),
            QStringLiteral("workOrderId"));
    }
    Conversation after = c.value();
    after.workOrderId = workOrderId.trimmed();
    after.ticketNo = ticketNo.trimmed();
    auto stored = d->write(
        c.value(), after,
        {d->notice(notice::kLinked,
                   QCoreApplication::translate("hotline::chat", "Filed under work order %1.").arg(after.ticketNo),
                   {{QStringLiteral("ticketNo"), after.ticketNo}})},
        by.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return d->load(conversationId);
}

Result<QList<ChatEvent>> ChatService::agentEvents(const QString& conversationId, qint64 afterSeq,
                                                  const security::Operator& by) const
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    // Anyone serving chats may read a waiting conversation (to decide whom to take); a served one only its agent or
    // a lead.
    if (c->state != State::Queued) {
        if (Outcome a = d->authorizeServing(c.value(), by); !a) {
            return a.error();
        }
    } else if (Outcome a = d->authorizeAgent(by); !a) {
        return a.error();
    }
    return events(conversationId, afterSeq);
}

// ---- Housekeeping

Result<int> ChatService::tick()
{
    const QDateTime now = d->clock.now().toUTC();
    const qsizetype before = d->presence.size();
    d->dropStalePresence(now);
    bool queueMoved = d->presence.size() != before;
    d->messages.prune(now);
    d->starts.prune(now);
    d->robotQuestions.prune(now);

    // Waiting is not idleness: a queued conversation closes only after three idle periods.
    auto idle = d->repo.idleSince(now.addSecs(-d->settings.idleCloseSecs));
    if (!idle) {
        return idle.error();
    }
    int closedCount = 0;
    for (const Conversation& c : idle.value()) {
        if (c.state == State::Queued && c.lastActivityAt.secsTo(now) < 3 * qint64(d->settings.idleCloseSecs)) {
            continue;
        }
        auto stored = d->close(c.id, ClosedBy::Idle, d->service.id);
        if (!stored) {
            return stored.error();
        }
        announce(stored.value());
        queueMoved = queueMoved || c.state == State::Queued;
        ++closedCount;
    }

    auto queued = d->repo.inState(State::Queued);
    if (!queued) {
        return queued.error();
    }
    for (const Conversation& c : queued.value()) {
        if (d->messageOffered.contains(c.id) || c.queuedAt.secsTo(now) < d->settings.offerMessageAfterSecs) {
            continue;
        }
        d->messageOffered.insert(c.id);
        auto stored = d->write(
            c, c,
            {d->notice(notice::kMessageOffered,
                       QCoreApplication::translate(
                           "hotline::chat", "Sorry to keep you waiting. You may go on waiting, or leave a message "
                                            "and we will call you back."))},
            d->service.id);
        if (!stored) {
            return stored.error();
        }
        announce(stored.value());
    }
    if (queueMoved) {
        emit queueChanged();
    }
    return closedCount;
}

} // namespace hotline::chat
