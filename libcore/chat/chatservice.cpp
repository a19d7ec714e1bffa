#include "chat/chatservice.h"

#include "chat/chatrepository.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "robot/robot.h"
#include "security/permissions.h"
#include "tickets/deadlines.h"
#include "tickets/validation.h"
#include "tickets/workorderservice.h"
#include "workflow/callbackrules.h"
#include "workflow/callbackservice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace hotline::chat {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kMaxClientIdChars = 64;
constexpr int kMaxNameChars = 50;

QString hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

bool isToken(const QString& token)
{
    if (token.size() != 32) {
        return false;
    }
    return std::all_of(token.begin(), token.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Characters as people count them (a CJK character or an emoji is one).
qsizetype lengthOf(const QString& s)
{
    return s.toUcs4().size();
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::chat", "This conversation does not exist."));
}

Error closed()
{
    return makeError(
        ErrorCode::IllegalTransition,
        QCoreApplication::translate("hotline::chat", "This conversation has ended; start a new one to ask again."));
}

Error rateLimited(const QString& what, const QDateTime& retryAt, const QDateTime& now)
{
    const qint64 secs = retryAt.isValid() ? std::max<qint64>(1, (now.msecsTo(retryAt) + 999) / 1000) : 60;
    return makeError(
        ErrorCode::RateLimited,
        what + QLatin1Char(' ') +
            QCoreApplication::translate("hotline::chat", "Please try again in %n second(s).", nullptr, int(secs)),
        QString::number(secs));
}

QString local(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct Presence {
    QString name;
    QDateTime lastSeen;
};

} // namespace

struct ChatService::Impl {
    Impl(db::Database& d, const Clock& c, IdGenerator& i, security::Operator s)
        : db(d), clock(c), ids(i), service(std::move(s)), repo(d.connection())
    {
    }

    db::Database& db;
    const Clock& clock;
    IdGenerator& ids;
    security::Operator service;
    ChatRepository repo;
    ChatSettings settings;
    calendar::WorkCalendar calendar = calendar::WorkCalendar::builtin();
    calendar::OfficeHours hours;
    SlidingWindow messages{20, kMinuteMs};
    SlidingWindow starts{6, kHourMs};
    SlidingWindow robotQuestions{100, kDayMs};
    QHash<QString, Presence> presence;
    QSet<QString> messageOffered; // queued conversations already offered to leave a message

    // A new event of the conversation, made here so every one gets an id and the clock's time.
    ChatEvent event(EventKind kind, Author author, const QString& text, QJsonObject data = {},
                    const QString& clientId = {}, const QString& agentId = {})
    {
        ChatEvent e;
        e.id = ids.next();
        e.kind = kind;
        e.author = author;
        e.text = text;
        e.data = std::move(data);
        e.clientId = clientId;
        e.agentId = agentId;
        e.at = clock.now().toUTC();
        return e;
    }

    ChatEvent notice(const char* what, const QString& text, QJsonObject data = {})
    {
        data.insert(QStringLiteral("what"), QLatin1String(what));
        return event(EventKind::Notice, Author::System, text, std::move(data));
    }

    Result<Conversation> load(const QString& id) const
    {
        auto c = repo.find(id);
        if (!c) {
            return c.error();
        }
        if (!c.value()) {
            return notFound();
        }
        return *c.value();
    }

    QString agentName(const QString& agentId) const
    {
        if (const auto it = presence.constFind(agentId); it != presence.constEnd()) {
            return it->name;
        }
        auto op = security::OperatorRepository(db.connection()).find(agentId);
        return op && op.value() ? op.value()->name : QString();
    }

    void dropStalePresence(const QDateTime& now)
    {
        for (auto it = presence.begin(); it != presence.end();) {
            if (it->lastSeen.secsTo(now) > settings.presenceTimeoutSecs) {
                it = presence.erase(it);
            } else {
                ++it;
            }
        }
    }

    bool inOfficeHours(const QDateTime& at) const
    {
        const QDateTime next = workflow::nextOfficeMoment(calendar, hours, at);
        return next.isValid() && next == at.toUTC();
    }

    // Stores the events and the conversation's new row in one transaction; returns the stored events.
    Result<QList<ChatEvent>> write(const Conversation& before, Conversation after, QList<ChatEvent> events,
                                   const QString& operatorId)
    {
        db::Transaction t(db.connection());
        if (!t.isActive()) {
            return t.error();
        }
        QList<ChatEvent> stored;
        for (ChatEvent& e : events) {
            auto s = repo.append(after, std::move(e), operatorId);
            if (!s) {
                return s.error();
            }
            stored.append(s.value());
        }
        after.updatedAt = clock.now().toUTC();
        after.version = before.version + 1;
        if (Outcome u = repo.update(before, after, operatorId); !u) {
            return u.error();
        }
        if (Outcome c = t.commit(); !c) {
            return c.error();
        }
        for (ChatEvent& e : stored) {
            if (!e.agentId.isEmpty()) {
                e.agentName = agentName(e.agentId);
            }
        }
        return stored;
    }

    Result<int> queuePosition(const Conversation& c) const
    {
        auto queued = repo.inState(State::Queued);
        if (!queued) {
            return queued.error();
        }
        for (qsizetype i = 0; i < queued.value().size(); ++i) {
            if (queued.value()[i].id == c.id) {
                return int(i + 1);
            }
        }
        return 0;
    }

    // The notices that go with joining the queue: the position, and the offer to leave a message when nobody is
    // online or the queue is full.
    Result<QList<ChatEvent>> queueNotices(const Conversation& c, int waitingBefore)
    {
        QList<ChatEvent> out;
        const int position = waitingBefore + 1;
        out.append(notice(notice::kQueued,
                          QCoreApplication::translate(
                              "hotline::chat", "Connecting you to an online agent. You are number %1 in the queue.")
                              .arg(position),
                          {{QStringLiteral("position"), position}}));
        if (presence.isEmpty() || position > settings.maxQueue) {
            messageOffered.insert(c.id);
            out.append(notice(
                notice::kMessageOffered,
                presence.isEmpty()
                    ? QCoreApplication::translate(
                          "hotline::chat", "No online agent is free at the moment. You may wait, or leave a message "
                                           "and we will call you back.")
                    : QCoreApplication::translate(
                          "hotline::chat", "Many taxpayers are waiting. You may wait, or leave a message and we will "
                                           "call you back.")));
        }
        return out;
    }

    Outcome authorizeAgent(const security::Operator& by) const
    {
        return security::authorize(db.connection(), by, security::Permission::ServeChats);
    }

    // The serving agent of c, or a lead (EditAnyWorkOrder) acting on it.
    Outcome authorizeServing(const Conversation& c, const security::Operator& by) const
    {
        if (Outcome a = authorizeAgent(by); !a) {
            return a;
        }
        if (c.agentId == by.id || security::authorize(db.connection(), by, security::Permission::EditAnyWorkOrder)) {
            return Ok{};
        }
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("hotline::chat", "This conversation is served by a colleague."));
    }

    Result<QString> validText(const QString& raw) const
    {
        const QString text = raw.trimmed();
        if (text.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::chat", "Write a message first."),
                             QStringLiteral("text"));
        }
        if (lengthOf(text) > settings.maxMessageChars) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::chat",
                                                         "A message may have at most %1 characters; this one has %2.")
                                 .arg(settings.maxMessageChars)
                                 .arg(lengthOf(text)),
                             QStringLiteral("text"));
        }
        return text;
    }

    Outcome validClientId(const QString& clientId) const
    {
        if (clientId.size() > kMaxClientIdChars) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::chat", "The message id is too long."),
                             QStringLiteral("clientId"));
        }
        return Ok{};
    }

    // The events a retry of the message with clientId gets back, when it was stored before.
    Result<std::optional<QList<ChatEvent>>> retried(const QString& conversationId, Author author,
                                                    const QString& clientId) const
    {
        if (clientId.isEmpty()) {
            return std::optional<QList<ChatEvent>>{};
        }
        auto first = repo.eventByClientId(conversationId, author, clientId);
        if (!first) {
            return first.error();
        }
        if (!first.value()) {
            return std::optional<QList<ChatEvent>>{};
        }
        auto replies = repo.repliesTo(conversationId, first.value()->seq);
        if (!replies) {
            return replies.error();
        }
        QList<ChatEvent> all{*first.value()};
        all.append(replies.value());
        return std::optional<QList<ChatEvent>>{all};
    }

    Result<QList<ChatEvent>> close(const QString& conversationId, ClosedBy by, const QString& operatorId)
    {
        auto c = load(conversationId);
        if (!c) {
            return c.error();
        }
        if (c->state == State::Closed) {
            return QList<ChatEvent>{};
        }
        Conversation after = c.value();
        after.state = State::Closed;
        after.closedAt = clock.now().toUTC();
        after.closedBy = by;
        messageOffered.remove(after.id);
        const QString text =
            by == ClosedBy::Taxpayer ? QCoreApplication::translate("hotline::chat", "You ended the conversation.")
            : by == ClosedBy::Agent
                ? QCoreApplication::translate("hotline::chat", "The agent ended the conversation.")
                : QCoreApplication::translate("hotline::chat", "The conversation was closed after a long silence.");
        return write(c.value(), after, {notice(notice::kClosed, text, {{QStringLiteral("by"), key(by)}})}, operatorId);
    }
};

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

    db::Transaction t(d->db.connection());
    if (!t.isActive()) {
        return t.error();
    }
    Conversation stored = c;
    if (Outcome i = d->repo.insert(c, hashOf(token), d->service.id); !i) {
        return i.error();
    }
    QList<ChatEvent> written;
    for (ChatEvent& e : events) {
        auto s = d->repo.append(stored, std::move(e), d->service.id);
        if (!s) {
            return s.error();
        }
        written.append(s.value());
    }
    stored.version = c.version + 1;
    if (Outcome u = d->repo.update(c, stored, d->service.id); !u) {
        return u.error();
    }
    if (Outcome done = t.commit(); !done) {
        return done.error();
    }
    for (const ChatEvent& e : written) {
        emit eventAppended(e);
    }
    if (office) {
        emit queueChanged();
    }
    return Started{stored, token, written};
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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
    Conversation after = c.value();
    const QDateTime now = d->clock.now().toUTC();
    db::Transaction t(d->db.connection());
    if (!t.isActive()) {
        return t.error();
    }
    if (Outcome f =
            d->repo.insertFeedback(d->ids.next(), conversationId, answerSeq, articleId, helpful, now, d->service.id);
        !f) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::chat", "This answer has already been rated."),
                         QStringLiteral("answerSeq"));
    }
    auto e = d->repo.append(after,
                            d->event(EventKind::Feedback, Author::Taxpayer, {},
                                     {{QStringLiteral("answerSeq"), answerSeq}, {QStringLiteral("helpful"), helpful}}),
                            d->service.id);
    if (!e) {
        return e.error();
    }
    after.updatedAt = now;
    after.version = c->version + 1;
    if (Outcome u = d->repo.update(c.value(), after, d->service.id); !u) {
        return u.error();
    }
    if (Outcome done = t.commit(); !done) {
        return done.error();
    }
    emit eventAppended(e.value());
    return e;
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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
    Conversation after = c.value();
    db::Transaction t(d->db.connection());
    if (!t.isActive()) {
        return t.error();
    }
    if (Outcome r = d->repo.insertRating(d->ids.next(), conversationId, c->agentId, level, comment, now, d->service.id);
        !r) {
        return r.error();
    }
    auto e = d->repo.append(after,
                            d->event(EventKind::Rating, Author::Taxpayer, comment,
                                     {{QStringLiteral("level"), level}, {QStringLiteral("comment"), comment}}),
                            d->service.id);
    if (!e) {
        return e.error();
    }
    after.updatedAt = now;
    after.version = c->version + 1;
    if (Outcome u = d->repo.update(c.value(), after, d->service.id); !u) {
        return u.error();
    }
    if (Outcome done = t.commit(); !done) {
        return done.error();
    }
    emit eventAppended(e.value());
    return e;
}

Result<QList<ChatEvent>> ChatService::closeByTaxpayer(const QString& conversationId)
{
    auto wasQueued = d->load(conversationId);
    auto stored = d->close(conversationId, ClosedBy::Taxpayer, d->service.id);
    if (!stored) {
        return stored.error();
    }
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
    if (wasQueued && wasQueued->state == State::Queued) {
        emit queueChanged();
    }
    return stored;
}

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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
    for (const ChatEvent& e : stored.value()) {
        emit eventAppended(e);
    }
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
        for (const ChatEvent& e : stored.value()) {
            emit eventAppended(e);
        }
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
        for (const ChatEvent& e : stored.value()) {
            emit eventAppended(e);
        }
    }
    if (queueMoved) {
        emit queueChanged();
    }
    return closedCount;
}

} // namespace hotline::chat
