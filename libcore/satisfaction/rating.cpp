#include "satisfaction/rating.h"

#include <QCoreApplication>

namespace hotline::satisfaction {

QString key(Rating r)
{
    switch (r) {
    case Rating::Satisfied:
        return QStringLiteral("satisfied");
    case Rating::BasicallySatisfied:
        return QStringLiteral("basically_satisfied");
    case Rating::Dissatisfied:
        return QStringLiteral("dissatisfied");
    }
    return {};
}

std::optional<Rating> ratingFromKey(const QString& k)
{
    for (Rating r : {Rating::Satisfied, Rating::BasicallySatisfied, Rating::Dissatisfied}) {
        if (key(r) == k) {
            return r;
        }
    }
    return std::nullopt;
}

QString displayName(Rating r)
{
    switch (r) {
    case Rating::Satisfied:
        return QCoreApplication::translate("hotline::satisfaction", "Satisfied");
    case Rating::BasicallySatisfied:
        return QCoreApplication::translate("hotline::satisfaction", "Basically satisfied");
    case Rating::Dissatisfied:
        return QCoreApplication::translate("hotline::satisfaction", "Dissatisfied");
    }
    return {};
}

std::optional<Rating> ratingFromLevel(int level)
{
    if (level < 1 || level > 5) {
        return std::nullopt;
    }
    return level >= 4 ? Rating::Satisfied : level == 3 ? Rating::BasicallySatisfied : Rating::Dissatisfied;
}

std::optional<Rating> parseRating(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() == 1 && t.at(0) >= QLatin1Char('1') && t.at(0) <= QLatin1Char('5')) {
        return ratingFromLevel(t.at(0).digitValue());
    }
    if (t == QStringLiteral("满意") || t == QStringLiteral("非常满意") ||
        t.compare(QLatin1String("satisfied"), Qt::CaseInsensitive) == 0) {
        return Rating::Satisfied;
    }
    if (t == QStringLiteral("基本满意") || t.compare(QLatin1String("basically satisfied"), Qt::CaseInsensitive) == 0) {
        return Rating::BasicallySatisfied;
    }
    if (t == QStringLiteral("不满意") || t == QStringLiteral("很不满意") || t == QStringLiteral("非常不满意") ||
        t.compare(QLatin1String("dissatisfied"), Qt::CaseInsensitive) == 0) {
        return Rating::Dissatisfied;
    }
    return std::nullopt;
}

void RateCounts::add(Rating r)
{
    switch (r) {
    case Rating::Satisfied:
        ++satisfied;
        break;
    case Rating::BasicallySatisfied:
        ++basicallySatisfied;
        break;
    case Rating::Dissatisfied:
        ++dissatisfied;
        break;
    }
}

std::optional<double> RateCounts::rate() const
{
    if (total() == 0) {
        return std::nullopt;
    }
    return static_cast<double>(content()) / total();
}

bool RateCounts::meetsTarget() const
{
    return total() > 0 && qint64(100) * content() >= qint64(kSatisfactionTargetPercent) * total();
}

QString RateCounts::percentText() const
{
    if (total() == 0) {
        return QStringLiteral("—");
    }
    // Hundredths of a percent, rounded half up in integers: 10000 · content / total.
    const qint64 hundredths = (qint64(20000) * content() + total()) / (qint64(2) * total());
    return QStringLiteral("%1.%2%").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

} // namespace hotline::satisfaction
