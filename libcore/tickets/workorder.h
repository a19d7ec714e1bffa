#pragma once
// A consultation work order (咨询工单, C1) and the values its fields take.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hotline::tickets {

enum class Channel { Phone, Online, Email, Fax, OnSite };
enum class Difficulty { Normal, Hard }; // 一般 / 疑难
enum class Status { New, InProgress, AwaitingReply, Transferred, AwaitingVisit, Resolved, Closed };

inline constexpr Channel kAllChannels[] = {Channel::Phone, Channel::Online, Channel::Email, Channel::Fax,
                                           Channel::OnSite};
inline constexpr Status kAllStatuses[] = {Status::New,         Status::InProgress,    Status::AwaitingReply,
                                          Status::Transferred, Status::AwaitingVisit, Status::Resolved,
                                          Status::Closed};

// Stable keys stored in the database and used on the command line.
QString key(Channel c);
QString key(Difficulty d);
QString key(Status s);
std::optional<Channel> channelFromKey(const QString& k);
std::optional<Difficulty> difficultyFromKey(const QString& k);
std::optional<Status> statusFromKey(const QString& k);

// Names for people (translated).
QString displayName(Channel c);
QString displayName(Difficulty d);
QString displayName(Status s);

// Still waiting for the hotline to act (counts towards overdue).
bool isOpen(Status s);

struct WorkOrder {
    QString id;
    QString ticketNo;
    QString callerNumber;
    QString unitName;
    QString taxpayerId;
    QString contactName;
    QString contactNumber;
    Channel channel = Channel::Phone;
    QString categoryId;
    Difficulty difficulty = Difficulty::Normal;
    QString question;
    QString answer;
    Status status = Status::New;
    QString ownerId;
    QString createdBy;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;
    int version = 1;
    // The PBX's id of the call it was taken on (通话流水号; from the screen-pop), empty when unknown. Recordings are
    // linked by it.
    QString callId;
};

// What an agent fills in for a new work order; the rest is derived (owner, deadline, number).
struct WorkOrderDraft {
    QString callerNumber;
    QString unitName;
    QString taxpayerId;
    QString contactName;
    QString contactNumber;
    Channel channel = Channel::Phone;
    QString categoryId;
    Difficulty difficulty = Difficulty::Normal;
    QString question;
    QString answer;
    // Answered during the call (当场解决): saved directly as resolved.
    bool resolvedOnFirstContact = false;
    // When the call came in; the clock's now when unset.
    QDateTime receivedAt;
    // Knowledge-base articles whose answers were put into it: linked to the work order in the same transaction as
    // its save (热点问题 count them).
    QStringList articleIds;
    // The PBX's call id the screen-pop passed (通话流水号), empty when unknown.
    QString callId;
};

// The fields an agent types, copied between a work order and a draft (edit forms, prefills). The call id is not
// among them: it is set when the work order is created.
void applyDraft(WorkOrder& w, const WorkOrderDraft& d);
WorkOrderDraft draftOf(const WorkOrder& w);

// One entry of a work order's timeline. What happened is stored as data, not as text, so each reader sees it
// in their own language (describe() in timeline.h):
//   created  detail "resolved" when answered during the call, else empty
//   edited   detail = the changed columns, comma-separated ("difficulty,due_at")
//   status   detail = "from>to" status keys ("in_progress>resolved")
//   transfer detail = "fromOperatorId>toOperatorId"
//   note     detail empty; the note is in note
//   transfer_request / transfer_answer / transfer_withdrawn (转办, workflow/transferservice.h): detail "expert_team" or
//            "department:<name>", note the question / answer / reason
//   callback_scheduled (note the reason), callback_closed (detail "reached" / "failed", note the last attempt's note)
struct TimelineEvent {
    QString id;
    QString workOrderId;
    QDateTime at;
    QString operatorId;
    QString operatorName;
    QString kind;
    QString detail;
    QString note;
};

} // namespace hotline::tickets
