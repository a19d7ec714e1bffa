#include "security/masking.h"

namespace hotline::security {
namespace {

QString keep(const QString& s, qsizetype head, qsizetype tail)
{
    if (s.size() <= head + tail) {
        return QString(s.size(), kMaskChar);
    }
    return s.left(head) + QString(s.size() - head - tail, kMaskChar) + s.right(tail);
}

bool allDigits(const QString& s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return !s.isEmpty();
}

} // namespace

QString maskTaxpayerId(const QString& id)
{
    if (id.isEmpty()) {
        return {};
    }
    return id.size() >= 12 ? keep(id, 4, 4) : keep(id, 0, 2);
}

QString maskPhone(const QString& number)
{
    if (number.isEmpty()) {
        return {};
    }
    // A landline's extension (07715551234-801) says which desk, not who: keep it.
    const qsizetype dash = number.indexOf(QLatin1Char('-'));
    const QString main = dash > 0 ? number.left(dash) : number;
    const QString extension = dash > 0 ? number.mid(dash) : QString();
    if (!allDigits(main)) {
        return keep(number, 0, 2);
    }
    if (main.size() == 11 && main.startsWith(QLatin1Char('1'))) {
        return keep(main, 3, 4) + extension;
    }
    if (main.startsWith(QLatin1Char('0'))) {
        const qsizetype area = main.startsWith(QLatin1String("010")) || main.startsWith(QLatin1String("02")) ? 3 : 4;
        // Area code, at least three masked digits, last 4: otherwise too little is hidden.
        if (main.size() >= area + 3 + 4) {
            return keep(main, area, 4) + extension;
        }
    }
    return keep(main, 0, 2) + extension;
}

bool isMasked(const QString& value)
{
    return value.contains(kMaskChar);
}

} // namespace hotline::security
