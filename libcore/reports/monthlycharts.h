#pragma once
// The monthly report's charts drawn with QPainter (libcore uses no widgets and no Qt Charts): images for the PDF.
// Sizes are in pixels of the target device; fonts are scaled to the image.

#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace hotline::reports {

struct ChartPoint {
    QString label;
    double value = 0;
};

// Vertical bars with their values written above them. percent: values are ratios shown as "93.8%"; line: a dashed
// reference line (e.g. the 90 % target) at that value, labelled lineLabel.
QImage barChartImage(const QString& title, const QList<ChartPoint>& points, QSize size, bool percent = false,
                     std::optional<double> line = std::nullopt, const QString& lineLabel = {});

// A pie with a legend of label, count and share.
QImage pieChartImage(const QString& title, const QList<ChartPoint>& points, QSize size);

// The font family list of reports: Noto Sans CJK SC (fonts-noto-cjk, a dependency of the package), then fallbacks.
QStringList reportFontFamilies();

} // namespace hotline::reports
