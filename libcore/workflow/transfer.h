#pragma once
// 转办: a question handed from a work order to the remote expert team (远程专业团队) or a named business department,
// with a due time. While it is open the work order is 已转办; the answer goes into the work order's timeline and the
// work order returns to its owner.

#include "calendar/workcalendar.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace hotline::workflow {

enum class TransferTarget { ExpertTeam, Department };
enum class TransferStatus { Open, Answered, Withdrawn };

// Stable keys stored in the database (transfers.target_kind, transfers.status).
QString key(TransferTarget t);
QString key(TransferStatus s);
std::optional<TransferTarget> transferTargetFromKey(const QString& k);
std::optional<TransferStatus> transferStatusFromKey(const QString& k);
QString displayName(TransferStatus s);

struct Transfer {
    QString id;
    QString workOrderId;
    TransferTarget target = TransferTarget::ExpertTeam;
    QString department; // the department's name when target is Department, else empty
    QString question;
    QDateTime dueAt;
    QString requestedBy;
    QDateTime requestedAt;
    QString holderId; // the expert who took it; empty while it waits in the team's queue
    TransferStatus status = TransferStatus::Open;
    QString answer;
    QString answeredBy;
    QDateTime answeredAt;
    QDateTime updatedAt;
    int version = 1;

    // 远程专业团队, or the department's name.
    QString targetName() const;
};

// One line of the open-transfers list: the transfer with what the list shows of its work order and people.
struct TransferRow {
    Transfer transfer;
    QString ticketNo;
    QString ownerId;
    QString ownerName;
    QString holderName;
    int waitingMinutes = 0; // working minutes (office hours on working days) since it was requested
    bool overdue = false;
};

// Minutes of office hours on working days between from and to (0 when to is not after from). The 调休 make-up
// working days count, holidays and weekends do not.
int workingMinutesBetween(const calendar::WorkCalendar& calendar, const calendar::OfficeHours& hours,
                          const QDateTime& from, const QDateTime& to);

// "3 h 20 min" or "2 working days 1 h" (a working day being the office hours of one day), translated.
QString formatWorkingTime(int minutes, const calendar::OfficeHours& hours);

} // namespace hotline::workflow
