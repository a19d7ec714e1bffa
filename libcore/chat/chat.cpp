#include "chat/chat.h"

#include <QCoreApplication>

namespace hotline::chat {
namespace {

template <typename E, std::size_t N> std::optional<E> fromKey(const QString& k, const std::array<E, N>& values)
{
    for (E v : values) {
        if (key(v) == k) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace

QString key(Routed r)
{
    return r == Routed::Robot ? QStringLiteral("robot") : QStringLiteral("agents");
}

QString key(State s)
{
    switch (s) {
    case State::Robot:
        return QStringLiteral("robot");
    case State::Queued:
        return QStringLiteral("queued");
    case State::Serving:
        return QStringLiteral("serving");
    case State::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString key(ClosedBy c)
{
    switch (c) {
    case ClosedBy::Taxpayer:
        return QStringLiteral("taxpayer");
    case ClosedBy::Agent:
        return QStringLiteral("agent");
    case ClosedBy::Idle:
        return QStringLiteral("idle");
    }
    return {};
}

QString key(EventKind k)
{
    switch (k) {
    case EventKind::Message:
        return QStringLiteral("message");
    case EventKind::Answer:
        return QStringLiteral("answer");
    case EventKind::Notice:
        return QStringLiteral("notice");
    case EventKind::Feedback:
        return QStringLiteral("feedback");
    case EventKind::Rating:
        return QStringLiteral("rating");
    }
    return {};
}

QString key(Author a)
{
    switch (a) {
    case Author::Taxpayer:
        return QStringLiteral("taxpayer");
    case Author::Agent:
        return QStringLiteral("agent");
    case Author::Robot:
        return QStringLiteral("robot");
    case Author::System:
        return QStringLiteral("system");
    }
    return {};
}

std::optional<Routed> routedFromKey(const QString& k)
{
    return fromKey(k, std::array{Routed::Robot, Routed::Agents});
}

std::optional<State> stateFromKey(const QString& k)
{
    return fromKey(k, std::array{State::Robot, State::Queued, State::Serving, State::Closed});
}

std::optional<ClosedBy> closedByFromKey(const QString& k)
{
    return fromKey(k, std::array{ClosedBy::Taxpayer, ClosedBy::Agent, ClosedBy::Idle});
}

std::optional<EventKind> eventKindFromKey(const QString& k)
{
    return fromKey(k, std::array{EventKind::Message, EventKind::Answer, EventKind::Notice, EventKind::Feedback,
                                 EventKind::Rating});
}

std::optional<Author> authorFromKey(const QString& k)
{
    return fromKey(k, std::array{Author::Taxpayer, Author::Agent, Author::Robot, Author::System});
}

QString displayName(State s)
{
    switch (s) {
    case State::Robot:
        return QCoreApplication::translate("hotline::chat", "Robot answering");
    case State::Queued:
        return QCoreApplication::translate("hotline::chat", "Waiting for an agent");
    case State::Serving:
        return QCoreApplication::translate("hotline::chat", "Served by an agent");
    case State::Closed:
        return QCoreApplication::translate("hotline::chat", "Ended");
    }
    return {};
}

QJsonObject ChatEvent::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("kind"), key(kind)},
            {QStringLiteral("author"), key(author)},
            {QStringLiteral("agentName"), agentName},
            {QStringLiteral("text"), text},
            {QStringLiteral("data"), data},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
}

} // namespace hotline::chat
