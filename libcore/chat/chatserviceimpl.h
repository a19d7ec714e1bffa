#pragma once
// ChatService's insides, shared by its two source files (chatservice.cpp: the taxpayer's side; chatagents.cpp: the
// online agents' side and the housekeeping). Private to libcore/chat.

#include "chat/chatrepository.h"
#include "chat/chatservice.h"
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
#include <functional>

namespace hotline::chat {
namespace detail {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kMaxClientIdChars = 64;
constexpr int kMaxNameChars = 50;

inline QString hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

inline QString newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

inline bool isToken(const QString& token)
{
    if (token.size() != 32) {
        return false;
    }
    return std::all_of(token.begin(), token.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Characters as people count them (a CJK character or an emoji is one).
inline qsizetype lengthOf(const QString& s)
{
    return s.toUcs4().size();
}

inline Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::chat", "This conversation does not exist."));
}

inline Error closed()
{
    return makeError(
        ErrorCode::IllegalTransition,
        QCoreApplication::translate("hotline::chat", "This conversation has ended; start a new one to ask again."));
}

inline Error rateLimited(const QString& what, const QDateTime& retryAt, const QDateTime& now)
{
    const qint64 secs = retryAt.isValid() ? std::max<qint64>(1, (now.msecsTo(retryAt) + 999) / 1000) : 60;
    return makeError(
        ErrorCode::RateLimited,
        what + QLatin1Char(' ') +
            QCoreApplication::translate("hotline::chat", "Please try again in %n second(s).", nullptr, int(secs)),
        QString::number(secs));
}

inline QString local(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct Presence {
    QString name;
    QDateTime lastSeen;
};

} // namespace detail

using namespace detail;

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
    // `first`, when given, runs first inside the transaction (the rows that go with the events: the conversation
    // itself, a rating, a feedback); its error undoes everything.
    Result<QList<ChatEvent>> write(const Conversation& before, Conversation after, QList<ChatEvent> events,
                                   const QString& operatorId, const std::function<Outcome()>& first = {})
    {
        db::Transaction t(db.connection());
        if (!t.isActive()) {
            return t.error();
        }
        if (first) {
            if (Outcome f = first(); !f) {
                return f.error();
            }
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


} // namespace hotline::chat
