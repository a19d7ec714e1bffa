#include "tickets/workorder.h"

#include <QCoreApplication>

namespace hotline::tickets {
namespace {

template <typename E, size_t N>
std::optional<E> fromKey(const E (&all)[N], const QString& k)
{
    for (E e : all) {
        if (key(e) == k) {
            return e;
        }
    }
    return std::nullopt;
}

QString tr(const char* s)
{
    return QCoreApplication::translate("hotline::tickets", s);
}

} // namespace

QString key(Channel c)
{
    switch (c) {
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::Online: return QStringLiteral("online");
    case Channel::Email: return QStringLiteral("email");
    case Channel::Fax: return QStringLiteral("fax");
    case Channel::OnSite: return QStringLiteral("onsite");
    }
    return {};
}

QString key(Difficulty d)
{
    return d == Difficulty::Hard ? QStringLiteral("hard") : QStringLiteral("normal");
}

QString key(Status s)
{
    switch (s) {
    case Status::New: return QStringLiteral("new");
    case Status::InProgress: return QStringLiteral("in_progress");
    case Status::AwaitingReply: return QStringLiteral("awaiting_reply");
    case Status::Transferred: return QStringLiteral("transferred");
    case Status::AwaitingVisit: return QStringLiteral("awaiting_visit");
    case Status::Resolved: return QStringLiteral("resolved");
    case Status::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<Channel> channelFromKey(const QString& k)
{
    return fromKey(kAllChannels, k);
}

std::optional<Difficulty> difficultyFromKey(const QString& k)
{
    static constexpr Difficulty all[] = {Difficulty::Normal, Difficulty::Hard};
    return fromKey(all, k);
}

std::optional<Status> statusFromKey(const QString& k)
{
    return fromKey(kAllStatuses, k);
}

QString displayName(Channel c)
{
    switch (c) {
    case Channel::Phone: return tr("Phone");
    case Channel::Online: return tr("Online");
    case Channel::Email: return tr("E-mail");
    case Channel::Fax: return tr("Fax");
    case Channel::OnSite: return tr("On site");
    }
    return {};
}

QString displayName(Difficulty d)
{
    return d == Difficulty::Hard ? tr("Difficult") : tr("Ordinary");
}

QString displayName(Status s)
{
    switch (s) {
    case Status::New: return tr("New");
    case Status::InProgress: return tr("In progress");
    case Status::AwaitingReply: return tr("Awaiting reply");
    case Status::Transferred: return tr("Transferred");
    case Status::AwaitingVisit: return tr("Awaiting return visit");
    case Status::Resolved: return tr("Resolved");
    case Status::Closed: return tr("Closed");
    }
    return {};
}

bool isOpen(Status s)
{
    return s != Status::Resolved && s != Status::Closed;
}

} // namespace hotline::tickets
