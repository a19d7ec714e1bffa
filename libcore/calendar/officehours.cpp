#include "calendar/workcalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hotline::calendar {
namespace {

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString describe(const OfficePeriod& p)
{
    return hhmm(p.start) + QLatin1Char('-') + hhmm(p.end);
}

} // namespace

Result<OfficeHours> OfficeHours::parse(const QString& text)
{
    // An en dash is accepted too: people copy hours from documents that typeset "09:00–12:00".
    static const QRegularExpression period(
        QStringLiteral("^\\s*([0-9]{1,2}):([0-9]{2})\\s*[-\\x{2013}]\\s*([0-9]{1,2}):([0-9]{2})\\s*$"));

    if (text.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "hotline::calendar", "No office hours given; write them like 09:00-12:00,13:30-17:30."));
    }
    OfficeHours hours;
    hours.periods.clear();
    for (const QString& piece : text.split(QLatin1Char(','))) {
        const QRegularExpressionMatch m = period.match(piece);
        const QTime start = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
        const QTime end = m.hasMatch() ? QTime(m.captured(3).toInt(), m.captured(4).toInt()) : QTime();
        if (!start.isValid() || !end.isValid()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::calendar",
                                                         "\"%1\" is not a period of office hours like 09:00-12:00.")
                                 .arg(piece.trimmed()));
        }
        const OfficePeriod p{start, end};
        if (end <= start) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::calendar", "The period %1 does not end after it starts.")
                    .arg(describe(p)));
        }
        if (!hours.periods.isEmpty()) {
            const OfficePeriod& previous = hours.periods.last();
            if (start < previous.start) {
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("hotline::calendar",
                                                             "The periods must be in order of the day: %1 is "
                                                             "written after %2.")
                                     .arg(describe(p), describe(previous)));
            }
            if (start < previous.end) {
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("hotline::calendar", "The periods %1 and %2 overlap.")
                                     .arg(describe(previous), describe(p)));
            }
        }
        hours.periods.append(p);
    }
    return hours;
}

QString OfficeHours::toString() const
{
    QStringList parts;
    for (const OfficePeriod& p : periods) {
        parts.append(describe(p));
    }
    return parts.join(QLatin1Char(','));
}

} // namespace hotline::calendar
