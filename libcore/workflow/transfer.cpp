#include "workflow/transfer.h"

#include <QCoreApplication>

namespace hotline::workflow {

QString key(TransferTarget t)
{
    return t == TransferTarget::ExpertTeam ? QStringLiteral("expert_team") : QStringLiteral("department");
}

QString key(TransferStatus s)
{
    switch (s) {
    case TransferStatus::Open:
        return QStringLiteral("open");
    case TransferStatus::Answered:
        return QStringLiteral("answered");
    case TransferStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<TransferTarget> transferTargetFromKey(const QString& k)
{
    for (TransferTarget t : {TransferTarget::ExpertTeam, TransferTarget::Department}) {
        if (key(t) == k) {
            return t;
        }
    }
    return std::nullopt;
}

std::optional<TransferStatus> transferStatusFromKey(const QString& k)
{
    for (TransferStatus s : {TransferStatus::Open, TransferStatus::Answered, TransferStatus::Withdrawn}) {
        if (key(s) == k) {
            return s;
        }
    }
    return std::nullopt;
}

QString displayName(TransferStatus s)
{
    switch (s) {
    case TransferStatus::Open:
        return QCoreApplication::translate("hotline::workflow", "Open");
    case TransferStatus::Answered:
        return QCoreApplication::translate("hotline::workflow", "Answered");
    case TransferStatus::Withdrawn:
        return QCoreApplication::translate("hotline::workflow", "Withdrawn");
    }
    return {};
}

QString Transfer::targetName() const
{
    return target == TransferTarget::ExpertTeam ? QCoreApplication::translate("hotline::workflow", "Remote expert team")
                                                : department;
}

int workingMinutesBetween(const calendar::WorkCalendar& calendar, const calendar::OfficeHours& hours,
                          const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid() || to <= from) {
        return 0;
    }
    const QTimeZone tz = calendar::beijingTime();
    const QDateTime a = from.toTimeZone(tz);
    const QDateTime b = to.toTimeZone(tz);
    qint64 secs = 0;
    for (QDate day = a.date(); day <= b.date(); day = day.addDays(1)) {
        if (!calendar.isWorkingDay(day)) {
            continue;
        }
        for (const calendar::OfficePeriod& p : hours.periods) {
            const QDateTime start = std::max(QDateTime(day, p.start, tz), a);
            const QDateTime end = std::min(QDateTime(day, p.end, tz), b);
            if (end > start) {
                secs += start.secsTo(end);
            }
        }
    }
    return static_cast<int>(secs / 60);
}

QString formatWorkingTime(int minutes, const calendar::OfficeHours& hours)
{
    int dayMinutes = 0;
    for (const calendar::OfficePeriod& p : hours.periods) {
        dayMinutes += p.start.secsTo(p.end) / 60;
    }
    if (dayMinutes <= 0) {
        dayMinutes = 7 * 60;
    }
    const int days = minutes / dayMinutes;
    const int rest = minutes % dayMinutes;
    if (days > 0) {
        return QCoreApplication::translate("hotline::workflow", "%n working day(s) %1 h", nullptr, days).arg(rest / 60);
    }
    return QCoreApplication::translate("hotline::workflow", "%1 h %2 min").arg(rest / 60).arg(rest % 60);
}

} // namespace hotline::workflow
