#include "reports/monthlycharts.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hotline::reports {
namespace {

const QList<QColor>& palette()
{
    static const QList<QColor> colors{QColor(0x2F, 0x6E, 0xBA), QColor(0xE0, 0x8A, 0x2C), QColor(0x3C, 0x9D, 0x5D),
                                      QColor(0xC0, 0x3D, 0x3D), QColor(0x7B, 0x5E, 0xA7), QColor(0x8C, 0x6D, 0x46),
                                      QColor(0xD4, 0x6F, 0xB0), QColor(0x6E, 0x6E, 0x6E), QColor(0xB5, 0xB5, 0x2C),
                                      QColor(0x2C, 0xB5, 0xB5)};
    return colors;
}

QFont fontOf(int pixelSize, bool bold = false)
{
    QFont f;
    f.setFamilies(reportFontFamilies());
    f.setPixelSize(std::max(6, pixelSize));
    f.setBold(bold);
    return f;
}

QString valueText(double v, bool percent)
{
    if (percent) {
        return QString::number(std::round(v * 1000.0) / 10.0, 'f', 1) + QLatin1Char('%');
    }
    return QString::number(qint64(std::llround(v)));
}

QImage canvas(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

} // namespace

QStringList reportFontFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Noto Sans SC"),
            QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Noto Sans CJK JP"),   QStringLiteral("sans-serif")};
}

QImage barChartImage(const QString& title, const QList<ChartPoint>& points, QSize size, bool percent,
                     std::optional<double> line, const QString& lineLabel)
{
    QImage image = canvas(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int unit = size.height() / 20;
    p.setFont(fontOf(unit, true));
    p.setPen(Qt::black);
    const QRect titleRect(0, 0, size.width(), unit * 2);
    p.drawText(titleRect, Qt::AlignCenter, title);
    const QRectF plot(unit * 3.0, unit * 3.0, size.width() - unit * 4.0, size.height() - unit * 6.5);
    double top = line.value_or(0);
    for (const ChartPoint& pt : points) {
        top = std::max(top, pt.value);
    }
    if (top <= 0) {
        top = percent ? 1.0 : 1.0;
    }
    top *= 1.15;
    p.setPen(QPen(Qt::gray, std::max(1, unit / 12)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setFont(fontOf(unit * 8 / 10));
    if (points.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawText(plot, Qt::AlignCenter, QStringLiteral("—"));
        return image;
    }
    const double slot = plot.width() / double(points.size());
    const double barWidth = slot * 0.6;
    for (int i = 0; i < points.size(); ++i) {
        const double h = plot.height() * points[i].value / top;
        const QRectF bar(plot.left() + slot * i + (slot - barWidth) / 2, plot.bottom() - h, barWidth, h);
        p.fillRect(bar, palette()[percent ? 0 : 0]);
        p.setPen(Qt::black);
        p.drawText(QRectF(bar.left() - slot * 0.2, bar.top() - unit * 1.3, barWidth + slot * 0.4, unit * 1.2),
                   Qt::AlignCenter, valueText(points[i].value, percent));
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + unit * 0.3, slot, unit * 2.6),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, points[i].label);
    }
    if (line) {
        const double y = plot.bottom() - plot.height() * *line / top;
        QPen dashed(QColor(0xC0, 0x3D, 0x3D), std::max(1, unit / 8), Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.right() - unit * 8, y - unit * 1.3, unit * 8, unit * 1.2), Qt::AlignRight,
                   lineLabel.isEmpty() ? valueText(*line, percent) : lineLabel);
    }
    return image;
}

QImage pieChartImage(const QString& title, const QList<ChartPoint>& points, QSize size)
{
    QImage image = canvas(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int unit = size.height() / 20;
    p.setFont(fontOf(unit, true));
    p.drawText(QRect(0, 0, size.width(), unit * 2), Qt::AlignCenter, title);
    double total = 0;
    for (const ChartPoint& pt : points) {
        total += pt.value;
    }
    const double d = size.height() - unit * 4.0;
    const QRectF pie(unit * 2.0, unit * 3.0, d, d);
    p.setFont(fontOf(unit * 8 / 10));
    if (total <= 0) {
        p.setPen(Qt::darkGray);
        p.drawText(pie, Qt::AlignCenter, QStringLiteral("—"));
        return image;
    }
    int start = 90 * 16;
    for (int i = 0; i < points.size(); ++i) {
        const int span = -int(std::lround(points[i].value / total * 360.0 * 16.0));
        p.setPen(QPen(Qt::white, std::max(1, unit / 10)));
        p.setBrush(palette()[i % palette().size()]);
        p.drawPie(pie, start, span);
        start += span;
        const QRectF key(pie.right() + unit * 2.0, pie.top() + unit * 1.6 * i, unit, unit);
        p.fillRect(key, palette()[i % palette().size()]);
        p.setPen(Qt::black);
        p.drawText(
            QRectF(key.right() + unit * 0.5, key.top() - unit * 0.2, size.width() - key.right(), unit * 1.4),
            Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("%1  %2 (%3)")
                .arg(points[i].label, valueText(points[i].value, false), valueText(points[i].value / total, true)));
    }
    return image;
}

} // namespace hotline::reports
