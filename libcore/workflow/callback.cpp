#include "workflow/callback.h"

#include <QCoreApplication>

namespace hotline::workflow {

QString key(CallbackStatus s)
{
    switch (s) {
    case CallbackStatus::Pending:
        return QStringLiteral("pending");
    case CallbackStatus::Reached:
        return QStringLiteral("reached");
    case CallbackStatus::Failed:
        return QStringLiteral("failed");
    case CallbackStatus::Escalated:
        return QStringLiteral("escalated");
    case CallbackStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString key(AttemptOutcome o)
{
    switch (o) {
    case AttemptOutcome::Connected:
        return QStringLiteral("connected");
    case AttemptOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case AttemptOutcome::Busy:
        return QStringLiteral("busy");
    case AttemptOutcome::WrongNumber:
        return QStringLiteral("wrong_number");
    }
    return {};
}

std::optional<CallbackStatus> callbackStatusFromKey(const QString& k)
{
    for (CallbackStatus s : {CallbackStatus::Pending, CallbackStatus::Reached, CallbackStatus::Failed,
                             CallbackStatus::Escalated, CallbackStatus::Cancelled}) {
        if (key(s) == k) {
            return s;
        }
    }
    return std::nullopt;
}

std::optional<AttemptOutcome> attemptOutcomeFromKey(const QString& k)
{
    for (AttemptOutcome o : kAllAttemptOutcomes) {
        if (key(o) == k) {
            return o;
        }
    }
    return std::nullopt;
}

QString displayName(CallbackStatus s)
{
    switch (s) {
    case CallbackStatus::Pending:
        return QCoreApplication::translate("hotline::workflow", "Pending");
    case CallbackStatus::Reached:
        return QCoreApplication::translate("hotline::workflow", "Reached");
    case CallbackStatus::Failed:
        return QCoreApplication::translate("hotline::workflow", "Failed");
    case CallbackStatus::Escalated:
        return QCoreApplication::translate("hotline::workflow", "Escalated");
    case CallbackStatus::Cancelled:
        return QCoreApplication::translate("hotline::workflow", "Cancelled");
    }
    return {};
}

QString displayName(AttemptOutcome o)
{
    switch (o) {
    case AttemptOutcome::Connected:
        return QCoreApplication::translate("hotline::workflow", "Connected");
    case AttemptOutcome::NoAnswer:
        return QCoreApplication::translate("hotline::workflow", "No answer");
    case AttemptOutcome::Busy:
        return QCoreApplication::translate("hotline::workflow", "Busy");
    case AttemptOutcome::WrongNumber:
        return QCoreApplication::translate("hotline::workflow", "Wrong number");
    }
    return {};
}

bool isOpen(CallbackStatus s)
{
    return s == CallbackStatus::Pending || s == CallbackStatus::Escalated;
}

} // namespace hotline::workflow
