#pragma once
// Strict calendar dates "2024-02-10": Qt's ISO parser alone also takes forms like "2024-2-10 " that no notice uses.

#include <QDate>
#include <QString>

namespace hotline::calendar {

// An invalid QDate unless text is exactly yyyy-MM-dd and names a real day.
QDate parseIsoDate(const QString& text);

} // namespace hotline::calendar
