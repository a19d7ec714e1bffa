#include "calendar/isodate.h"

#include <QRegularExpression>

namespace hotline::calendar {

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch()) {
        return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace hotline::calendar
