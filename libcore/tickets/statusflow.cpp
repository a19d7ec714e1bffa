#include "tickets/statusflow.h"

namespace hotline::tickets {

QList<Status> nextStatuses(Status from)
{
    switch (from) {
    case Status::New:
        // An agent who answers during the call resolves at once (当场解决).
        return {Status::InProgress, Status::Resolved};
    case Status::InProgress:
        return {Status::AwaitingReply, Status::Transferred, Status::AwaitingVisit, Status::Resolved};
    case Status::AwaitingReply:
    case Status::Transferred:
    case Status::AwaitingVisit:
        return {Status::InProgress, Status::Resolved};
    case Status::Resolved:
        return {Status::Closed, Status::InProgress}; // close, or reopen
    case Status::Closed:
        return {Status::InProgress}; // reopen
    }
    return {};
}

bool canTransition(Status from, Status to)
{
    return nextStatuses(from).contains(to);
}

} // namespace hotline::tickets
