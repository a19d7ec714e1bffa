#pragma once
// 回呼 / 电话外呼: a call the hotline owes a taxpayer, and the attempts made to reach them.

#include <QDateTime>
#include <QString>

#include <optional>

namespace hotline::workflow {

// pending: waiting for a successful call; reached (接通) and failed (错号, or no contact after the last allowed
// attempt) are closed; escalated: its deadline passed without contact, in the lead's queue (still callable);
// cancelled: no longer needed.
enum class CallbackStatus { Pending, Reached, Failed, Escalated, Cancelled };
enum class AttemptOutcome { Connected, NoAnswer, Busy, WrongNumber }; // 接通 / 未接 / 忙 / 错号

inline constexpr AttemptOutcome kAllAttemptOutcomes[] = {AttemptOutcome::Connected, AttemptOutcome::NoAnswer,
                                                         AttemptOutcome::Busy, AttemptOutcome::WrongNumber};

QString key(CallbackStatus s);
QString key(AttemptOutcome o);
std::optional<CallbackStatus> callbackStatusFromKey(const QString& k);
std::optional<AttemptOutcome> attemptOutcomeFromKey(const QString& k);
QString displayName(CallbackStatus s);
QString displayName(AttemptOutcome o);
// Still to be called (pending or escalated).
bool isOpen(CallbackStatus s);

struct Callback {
    QString id;
    QString workOrderId; // empty for a callback not tied to a work order
    QString number;      // canonical digits (tickets/validation.h)
    QString reason;
    QDateTime earliestAt;
    QDateTime deadlineAt;
    QString assigneeId;
    CallbackStatus status = CallbackStatus::Pending;
    QString createdBy;
    QDateTime createdAt;
    QDateTime escalatedAt;
    QDateTime closedAt;
    QDateTime updatedAt;
    int version = 1;
};

struct CallbackAttempt {
    QString id;
    QString callbackId;
    QDateTime attemptedAt;
    QString operatorId;
    AttemptOutcome outcome = AttemptOutcome::NoAnswer;
    QString note;
};

} // namespace hotline::workflow
