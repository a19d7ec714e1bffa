#include "chat/chatserviceimpl.h"

namespace hotline::chat {

ChatService::ChatService(db::Database& db, const Clock& clock, IdGenerator& ids, security::Operator serviceAccount,
                         QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>(db, clock, ids, std::move(serviceAccount)))
{
    setSettings(d->settings);
}

ChatService::~ChatService() = default;

const ChatSettings& ChatService::settings() const
{
    return d->settings;
}

void ChatService::setSettings(const ChatSettings& s)
{
    d->settings = s;
    d->messages.setLimit(s.messagesPerMinute);
    d->starts.setLimit(s.conversationsPerHour);
    d->robotQuestions.setLimit(s.robotQuestionsPerDay);
}

void ChatService::setCalendar(calendar::WorkCalendar calendar, calendar::OfficeHours hours)
{
    d->calendar = std::move(calendar);
    d->hours = std::move(hours);
}

Outcome ChatService::reload()
{
    auto policy = tickets::DeadlinePolicy::load(d->db);
    if (!policy) {
        return policy.error();
    }
    setCalendar(policy->calendar, policy->hours);
    auto q = db::exec(d->db.connection(), QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'chat.%'"));
    if (!q) {
        return q.error();
    }
    ChatSettings s;
    const QHash<QString, std::pair<int ChatSettings::*, std::pair<int, int>>> keys{
        {QStringLiteral("chat.max_message_chars"), {&ChatSettings::maxMessageChars, {1, 5000}}},
        {QStringLiteral("chat.messages_per_minute"), {&ChatSettings::messagesPerMinute, {1, 1000}}},
        {QStringLiteral("chat.conversations_per_hour"), {&ChatSettings::conversationsPerHour, {1, 1000}}},
        {QStringLiteral("chat.robot_questions_per_day"), {&ChatSettings::robotQuestionsPerDay, {1, 100000}}},
        {QStringLiteral("chat.agent_capacity"), {&ChatSettings::agentCapacity, {1, 20}}},
        {QStringLiteral("chat.max_queue"), {&ChatSettings::maxQueue, {1, 1000}}},
        {QStringLiteral("chat.offer_message_after_secs"), {&ChatSettings::offerMessageAfterSecs, {0, 86400}}},
        {QStringLiteral("chat.idle_close_secs"), {&ChatSettings::idleCloseSecs, {60, 86400}}},
        {QStringLiteral("chat.presence_timeout_secs"), {&ChatSettings::presenceTimeoutSecs, {5, 3600}}},
        {QStringLiteral("chat.handoff_after_misses"), {&ChatSettings::handoffAfterMisses, {1, 10}}},
    };
    while (q.value().next()) {
        const auto it = keys.constFind(q.value().value(0).toString());
        bool ok = false;
        const int v = q.value().value(1).toString().trimmed().toInt(&ok);
        if (it != keys.constEnd() && ok && v >= it->second.first && v <= it->second.second) {
            s.*(it->first) = v;
        }
    }
    setSettings(s);
    return Ok{};
}

bool ChatService::inOfficeHours(const QDateTime& at) const
{
    return d->inOfficeHours(at);
}

void ChatService::announce(const QList<ChatEvent>& events)
{
    for (const ChatEvent& e : events) {
        emit eventAppended(e);
    }
}

// ---- The taxpayer's side

Result<Started> ChatService::start(const QString& client)
{
    const QDateTime now = d->clock.now().toUTC();
    if (!d->starts.tryHit(client, now)) {
        return rateLimited(QCoreApplication::translate(
                               "hotline::chat", "Too many new conversations from your network in the last hour."),
                           d->starts.retryAt(client, now), now);
    }
    d->dropStalePresence(now);
    const bool office = d->inOfficeHours(now);
    Conversation c;
    c.id = d->ids.next();
    c.routed = office ? Routed::Agents : Routed::Robot;
    c.state = office ? State::Queued : State::Robot;
    c.startedAt = now;
    c.queuedAt = office ? now : QDateTime();
    c.lastActivityAt = now;
    c.updatedAt = now;
    const QString token = newToken();

    auto waiting = d->repo.inState(State::Queued);
    if (!waiting) {
        return waiting.error();
    }
    QList<ChatEvent> events;
    events.append(d->notice(
        notice::kWelcome,
        office ? QCoreApplication::translate(
                     "hotline::chat",
                     "Welcome to the 12366 online consultation. An online agent will be with you shortly.")
               : QCoreApplication::translate(
                     "hotline::chat",
                     "Welcome to the 12366 online consultation. Our online agents work on working days %1; until "
                     "then the intelligent assistant answers your questions.")
                     .arg(d->hours.toString()),
        {{QStringLiteral("inOfficeHours"), office}, {QStringLiteral("officeHours"), d->hours.toString()}}));
    if (office) {
        auto q = d->queueNotices(c, int(waiting.value().size()));
        if (!q) {
            return q.error();
        }
        events.append(q.value());
    }

    auto written =
        d->write(c, c, events, d->service.id, [&] { return d->repo.insert(c, hashOf(token), d->service.id); });
    if (!written) {
        return written.error();
    }
    announce(written.value());
    if (office) {
        emit queueChanged();
    }
    auto stored = d->load(c.id);
    if (!stored) {
        return stored.error();
    }
    return Started{stored.value(), token, written.value()};
}

Result<QString> ChatService::conversationForToken(const QString& token) const
{
    const Error refused =
        makeError(ErrorCode::AuthenticationFailed,
                  QCoreApplication::translate("hotline::chat",
                                              "This conversation's key is not valid; start a new conversation."));
    if (!isToken(token)) {
        return refused;
    }
    auto id = d->repo.conversationForTokenHash(hashOf(token));
    if (!id) {
        return id.error();
    }
    if (id.value().isEmpty()) {
        return refused;
    }
    return id.value();
}

Result<ChatStatus> ChatService::status(const QString& conversationId) const
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    const QDateTime now = d->clock.now().toUTC();
    ChatStatus s;
    s.conversation = c.value();
    s.inOfficeHours = d->inOfficeHours(now);
    auto queued = d->repo.inState(State::Queued);
    if (!queued) {
        return queued.error();
    }
    s.queueLength = int(queued.value().size());
    for (qsizetype i = 0; i < queued.value().size(); ++i) {
        if (queued.value()[i].id == c->id) {
            s.queuePosition = int(i + 1);
        }
    }
    for (auto it = d->presence.constBegin(); it != d->presence.constEnd(); ++it) {
        s.agentsOnline += it->lastSeen.secsTo(now) <= d->settings.presenceTimeoutSecs ? 1 : 0;
    }
    if (c->state == State::Serving) {
        s.agentName = d->agentName(c->agentId);
    }
    s.handoffAvailable = c->state == State::Robot && s.inOfficeHours;
    s.messageOffered = (c->state == State::Robot && !s.inOfficeHours && c->robotMisses > 0) ||
                       (c->state == State::Queued && d->messageOffered.contains(c->id));
    auto rated = d->repo.isRated(c->id);
    if (!rated) {
        return rated.error();
    }
    s.rated = rated.value();
    s.mayRate = c->served && !s.rated;
    return s;
}

QJsonObject ChatStatus::toJson() const
{
    return {{QStringLiteral("state"), key(conversation.state)},
            {QStringLiteral("routed"), key(conversation.routed)},
            {QStringLiteral("lastSeq"), conversation.lastSeq},
            {QStringLiteral("inOfficeHours"), inOfficeHours},
            {QStringLiteral("queuePosition"), queuePosition},
            {QStringLiteral("queueLength"), queueLength},
            {QStringLiteral("agentsOnline"), agentsOnline},
            {QStringLiteral("agentName"), agentName},
            {QStringLiteral("handoffAvailable"), handoffAvailable},
            {QStringLiteral("messageOffered"), messageOffered},
            {QStringLiteral("mayRate"), mayRate},
            {QStringLiteral("rated"), rated},
            {QStringLiteral("robotMisses"), conversation.robotMisses}};
}

Result<QList<ChatEvent>> ChatService::events(const QString& conversationId, qint64 afterSeq, int limit) const
{
    return d->repo.events(conversationId, std::max<qint64>(0, afterSeq), std::clamp(limit, 1, 1000));
}

Result<QList<ChatEvent>> ChatService::postTaxpayerMessage(const QString& conversationId, const QString& clientId,
                                                          const QString& rawText, const QString& client)
{
    if (Outcome idOk = d->validClientId(clientId); !idOk) {
        return idOk.error();
    }
    auto again = d->retried(conversationId, Author::Taxpayer, clientId);
    if (!again) {
        return again.error();
    }
    if (again.value()) {
        return *again.value();
    }
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (c->state == State::Closed) {
        return closed();
    }
    auto text = d->validText(rawText);
    if (!text) {
        return text.error();
    }
    const QDateTime now = d->clock.now().toUTC();
    if (!d->messages.tryHit(conversationId, now)) {
        return rateLimited(QCoreApplication::translate("hotline::chat", "At most %1 messages a minute.")
                               .arg(d->settings.messagesPerMinute),
                           d->messages.retryAt(conversationId, now), now);
    }
    QList<ChatEvent> events{d->event(EventKind::Message, Author::Taxpayer, text.value(), {}, clientId)};
    Conversation after = c.value();
    after.lastActivityAt = now;
    const qint64 seq = c->lastSeq + 1;
    const QJsonObject replyTo{{QStringLiteral("inReplyTo"), seq}};
    if (c->state == State::Robot) {
        if (!d->robotQuestions.tryHit(client, now)) {
            return rateLimited(
                QCoreApplication::translate(
                    "hotline::chat", "The intelligent assistant answers at most %1 questions a day from one network.")
                    .arg(d->settings.robotQuestionsPerDay),
                d->robotQuestions.retryAt(client, now), now);
        }
        auto answer = robot::Robot(d->db, d->clock, d->ids).answer(text.value(), QStringLiteral("portal"));
        if (!answer) {
            return answer.error();
        }
        QJsonArray related;
        for (const robot::RelatedQuestion& r : answer->related) {
            related.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("title"), r.title}});
        }
        QJsonObject data = replyTo;
        data.insert(QStringLiteral("confident"), answer->confident);
        data.insert(QStringLiteral("related"), related);
        if (answer->confident) {
            data.insert(QStringLiteral("articleId"), answer->articleId);
            data.insert(QStringLiteral("title"), answer->title);
            events.append(d->event(EventKind::Answer, Author::Robot, answer->text, data));
        } else {
            ++after.robotMisses;
            events.append(d->event(
                EventKind::Answer, Author::Robot,
                related.isEmpty()
                    ? QCoreApplication::translate(
                          "hotline::chat", "Sorry, I could not find an answer to that. Please put it another way.")
                    : QCoreApplication::translate("hotline::chat",
                                                  "Sorry, I am not sure I understood. Did you mean one of these?"),
                data));
            const bool office = d->inOfficeHours(now);
            if (office && after.robotMisses >= d->settings.handoffAfterMisses) {
                QJsonObject offer = replyTo;
                events.append(d->notice(
                    notice::kHandoffOffered,
                    QCoreApplication::translate("hotline::chat", "You can talk to an online agent: choose 转人工."),
                    offer));
            } else if (!office) {
                events.append(d->notice(notice::kMessageOffered,
                                        QCoreApplication::translate(
                                            "hotline::chat",
                                            "Our online agents are off duty now. Leave your name, phone number and "
                                            "question (登记回访) and we will call you back on the next working day."),
                                        replyTo));
            }
        }
    }
    auto stored = d->write(c.value(), after, events, d->service.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return stored;
}

Result<ChatEvent> ChatService::feedback(const QString& conversationId, qint64 answerSeq, bool helpful)
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    auto answer = d->repo.eventAt(conversationId, answerSeq);
    if (!answer) {
        return answer.error();
    }
    if (!answer.value() || answer.value()->kind != EventKind::Answer) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("hotline::chat", "There is no answer of the assistant with that number."),
            QStringLiteral("answerSeq"));
    }
    const QString articleId = answer.value()->data.value(QStringLiteral("articleId")).toString();
    const QDateTime now = d->clock.now().toUTC();
    auto stored = d->write(
        c.value(), c.value(),
        {d->event(EventKind::Feedback, Author::Taxpayer, {},
                  {{QStringLiteral("answerSeq"), answerSeq}, {QStringLiteral("helpful"), helpful}})},
        d->service.id, [&]() -> Outcome {
            if (!d->repo.insertFeedback(d->ids.next(), conversationId, answerSeq, articleId, helpful, now,
                                        d->service.id)) {
                return makeError(ErrorCode::Conflict,
                                 QCoreApplication::translate("hotline::chat", "This answer has already been rated."),
                                 QStringLiteral("answerSeq"));
            }
            return Ok{};
        });
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return stored->first();
}

Result<QList<ChatEvent>> ChatService::requestAgent(const QString& conversationId)
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (c->state == State::Closed) {
        return closed();
    }
    if (c->state != State::Robot) {
        return QList<ChatEvent>{}; // already queued or served: asking again changes nothing
    }
    const QDateTime now = d->clock.now().toUTC();
    d->dropStalePresence(now);
    if (!d->inOfficeHours(now)) {
        return makeError(ErrorCode::IllegalTransition,
                         QCoreApplication::translate(
                             "hotline::chat",
                             "Online agents work on working days %1. Leave a message (登记回访) and we will call you "
                             "back.")
                             .arg(d->hours.toString()));
    }
    auto waiting = d->repo.inState(State::Queued);
    if (!waiting) {
        return waiting.error();
    }
    Conversation after = c.value();
    after.state = State::Queued;
    after.queuedAt = now;
    after.lastActivityAt = now;
    auto notices = d->queueNotices(after, int(waiting.value().size()));
    if (!notices) {
        return notices.error();
    }
    auto stored = d->write(c.value(), after, notices.value(), d->service.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    emit queueChanged();
    return stored;
}

Result<LeftMessage> ChatService::leaveMessage(const QString& conversationId, const LeaveMessageRequest& request)
{
    if (Outcome idOk = d->validClientId(request.clientId); !idOk) {
        return idOk.error();
    }
    auto again = d->retried(conversationId, Author::System, request.clientId);
    if (!again) {
        return again.error();
    }
    if (again.value()) {
        const QJsonObject data = again.value()->first().data;
        return LeftMessage{
            data.value(QStringLiteral("workOrderId")).toString(), data.value(QStringLiteral("ticketNo")).toString(),
            data.value(QStringLiteral("callbackId")).toString(),
            QDateTime::fromString(data.value(QStringLiteral("callbackDeadline")).toString(), Qt::ISODateWithMs)};
    }
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (c->state == State::Closed) {
        return closed();
    }
    const QString name = request.name.simplified();
    if (name.isEmpty() || lengthOf(name) > kMaxNameChars) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::chat",
                                                     "Name: write how we should address you (at most %1 characters).")
                             .arg(kMaxNameChars),
                         QStringLiteral("name"));
    }
    auto phone = tickets::normalizePhone(request.phone);
    if (!phone) {
        return makeError(ErrorCode::InvalidInput, phone.error().message, QStringLiteral("phone"));
    }
    auto question = d->validText(request.question);
    if (!question) {
        return makeError(ErrorCode::InvalidInput, question.error().message, QStringLiteral("question"));
    }
    const QDateTime now = d->clock.now().toUTC();
    const tickets::DeadlinePolicy policy{d->calendar, d->hours};
    tickets::WorkOrderDraft draft;
    draft.callerNumber = phone.value();
    draft.contactName = name;
    draft.contactNumber = phone.value();
    draft.channel = tickets::Channel::Online;
    draft.categoryId = QLatin1String(kLeftMessageTopicId);
    draft.question = question.value();
    draft.receivedAt = now;
    auto workOrder = tickets::WorkOrderService(d->db, d->clock, d->ids, policy).create(draft, d->service);
    if (!workOrder) {
        return workOrder.error();
    }
    workflow::CallbackRequest callback;
    callback.workOrderId = workOrder->id;
    callback.number = phone.value();
    callback.reason = QCoreApplication::translate("hotline::chat",
                                                  "Online consultation: the taxpayer left a message for a call back.");
    callback.earliestAt = now;
    // By the close of the next working day after the day the message was left.
    const QDate nextDay = d->calendar.nextWorkingDay(now.toTimeZone(calendar::beijingTime()).date());
    callback.deadlineAt = QDateTime(nextDay, d->hours.closes(), calendar::beijingTime()).toUTC();
    auto made = workflow::CallbackService(d->db, d->clock, d->ids, policy).create(callback, d->service);
    if (!made) {
        return made.error();
    }
    LeftMessage left{workOrder->id, workOrder->ticketNo, made->id, made->deadlineAt};
    Conversation after = c.value();
    after.lastActivityAt = now;
    after.workOrderId = workOrder->id;
    after.ticketNo = workOrder->ticketNo;
    d->messageOffered.remove(after.id);
    ChatEvent registered =
        d->notice(notice::kCallbackRegistered,
                  QCoreApplication::translate(
                      "hotline::chat", "Your message is registered as work order %1. We will call you back by %2.")
                      .arg(left.ticketNo, local(left.callbackDeadline)),
                  {{QStringLiteral("ticketNo"), left.ticketNo},
                   {QStringLiteral("workOrderId"), left.workOrderId},
                   {QStringLiteral("callbackId"), left.callbackId},
                   {QStringLiteral("callbackDeadline"), left.callbackDeadline.toUTC().toString(Qt::ISODateWithMs)}});
    registered.clientId = request.clientId;
    auto stored = d->write(c.value(), after, {registered}, d->service.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return left;
}

Result<ChatEvent> ChatService::rate(const QString& conversationId, int level, const QString& rawComment)
{
    auto c = d->load(conversationId);
    if (!c) {
        return c.error();
    }
    if (!c->served) {
        return makeError(
            ErrorCode::IllegalTransition,
            QCoreApplication::translate("hotline::chat", "Only a conversation with an online agent can be rated."));
    }
    if (level < 1 || level > 5) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::chat", "Choose a rating from 非常满意 to 非常不满意."),
                         QStringLiteral("level"));
    }
    const QString comment = rawComment.trimmed();
    if (lengthOf(comment) > d->settings.maxCommentChars) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::chat", "A comment may have at most %1 characters.")
                             .arg(d->settings.maxCommentChars),
                         QStringLiteral("comment"));
    }
    auto rated = d->repo.isRated(conversationId);
    if (!rated) {
        return rated.error();
    }
    if (rated.value()) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::chat", "You have already rated this conversation. Thank you!"));
    }
    const QDateTime now = d->clock.now().toUTC();
    auto stored = d->write(c.value(), c.value(),
                           {d->event(EventKind::Rating, Author::Taxpayer, comment,
                                     {{QStringLiteral("level"), level}, {QStringLiteral("comment"), comment}})},
                           d->service.id, [&] {
                               return d->repo.insertRating(d->ids.next(), conversationId, c->agentId, level, comment,
                                                           now, d->service.id);
                           });
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    return stored->first();
}

Result<QList<ChatEvent>> ChatService::closeByTaxpayer(const QString& conversationId)
{
    auto wasQueued = d->load(conversationId);
    auto stored = d->close(conversationId, ClosedBy::Taxpayer, d->service.id);
    if (!stored) {
        return stored.error();
    }
    announce(stored.value());
    if (wasQueued && wasQueued->state == State::Queued) {
        emit queueChanged();
    }
    return stored;
}

} // namespace hotline::chat
