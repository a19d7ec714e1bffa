#include "tickets/workorder.h"

#include <QCoreApplication>

namespace hotline::tickets {
namespace {

template <typename E, size_t N> std::optional<E> fromKey(const E (&all)[N], const QString& k)
{
    for (E e : all) {
        if (key(e) == k) {
            return e;
        }
    }
    return std::nullopt;
}

} // namespace

QString key(Channel c)
{
    switch (c) {
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Online:
        return QStringLiteral("online");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Fax:
        return QStringLiteral("fax");
    case Channel::OnSite:
        return QStringLiteral("onsite");
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
    case Status::New:
        return QStringLiteral("new");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::AwaitingReply:
        return QStringLiteral("awaiting_reply");
    case Status::Transferred:
        return QStringLiteral("transferred");
    case Status::AwaitingVisit:
        return QStringLiteral("awaiting_visit");
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::Closed:
        return QStringLiteral("closed");
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
    case Channel::Phone:
        return QCoreApplication::translate("hotline::tickets", "Phone");
    case Channel::Online:
        return QCoreApplication::translate("hotline::tickets", "Online");
    case Channel::Email:
        return QCoreApplication::translate("hotline::tickets", "E-mail");
    case Channel::Fax:
        return QCoreApplication::translate("hotline::tickets", "Fax");
    case Channel::OnSite:
        return QCoreApplication::translate("hotline::tickets", "On site");
    }
    return {};
}

QString displayName(Difficulty d)
{
    return d == Difficulty::Hard ? QCoreApplication::translate("hotline::tickets", "Difficult")
                                 : QCoreApplication::translate("hotline::tickets", "Ordinary");
}

QString displayName(Status s)
{
    switch (s) {
    case Status::New:
        return QCoreApplication::translate("hotline::tickets", "New");
    case Status::InProgress:
        return QCoreApplication::translate("hotline::tickets", "In progress");
    case Status::AwaitingReply:
        return QCoreApplication::translate("hotline::tickets", "Awaiting reply");
    case Status::Transferred:
        return QCoreApplication::translate("hotline::tickets", "Transferred");
    case Status::AwaitingVisit:
        return QCoreApplication::translate("hotline::tickets", "Awaiting return visit");
    case Status::Resolved:
        return QCoreApplication::translate("hotline::tickets", "Resolved");
    case Status::Closed:
        return QCoreApplication::translate("hotline::tickets", "Closed");
    }
    return {};
}

void applyDraft(WorkOrder& w, const WorkOrderDraft& d)
{
    w.callerNumber = d.callerNumber;
    w.unitName = d.unitName;
    w.taxpayerId = d.taxpayerId;
    w.contactName = d.contactName;
    w.contactNumber = d.contactNumber;
    w.channel = d.channel;
    w.categoryId = d.categoryId;
    w.difficulty = d.difficulty;
    w.question = d.question;
    w.answer = d.answer;
}

WorkOrderDraft draftOf(const WorkOrder& w)
{
    WorkOrderDraft d;
    d.callerNumber = w.callerNumber;
    d.unitName = w.unitName;
    d.taxpayerId = w.taxpayerId;
    d.contactName = w.contactName;
    d.contactNumber = w.contactNumber;
    d.channel = w.channel;
    d.categoryId = w.categoryId;
    d.difficulty = w.difficulty;
    d.question = w.question;
    d.answer = w.answer;
    d.callId = w.callId;
    d.receivedAt = w.receivedAt;
    return d;
}

bool isOpen(Status s)
{
    return s != Status::Resolved && s != Status::Closed;
}

} // namespace hotline::tickets
