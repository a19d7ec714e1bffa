#include "qa/waveformwidget.h"

#include "recordings/markers.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace hotline::ui {
namespace {

constexpr int kFlagHeight = 14;  // marker flags above the waveform
constexpr int kRulerHeight = 20; // time ruler below it
constexpr int kSide = 8;

const QColor kBackground(0xFB, 0xFC, 0xFE);
const QColor kFrame(0xC9, 0xD3, 0xE0);
const QColor kPlayed(0x25, 0x63, 0xEB);
const QColor kUnplayed(0x9F, 0xB4, 0xD3);
const QColor kPlayhead(0xDC, 0x26, 0x26);
const QColor kMarker(0xEA, 0x7A, 0x0C);
const QColor kRuler(0x64, 0x74, 0x8B);

} // namespace

WaveformWidget::WaveformWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("waveformWidget"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Click or drag to seek"));
}

QSize WaveformWidget::sizeHint() const
{
    return {900, 220};
}

QSize WaveformWidget::minimumSizeHint() const
{
    return {240, 120};
}

void WaveformWidget::setPeaks(const QList<recordings::PeakPair>& peaks, qint64 durationMs)
{
    m_peaks = peaks;
    m_durationMs = std::max<qint64>(0, durationMs);
    m_positionMs = std::clamp<qint64>(m_positionMs, 0, m_durationMs);
    m_columns.clear();
    update();
}

void WaveformWidget::setDurationMs(qint64 ms)
{
    m_durationMs = std::max<qint64>(0, ms);
    m_positionMs = std::clamp<qint64>(m_positionMs, 0, m_durationMs);
    update();
}

void WaveformWidget::clear()
{
    m_peaks.clear();
    m_columns.clear();
    m_markers.clear();
    m_durationMs = 0;
    m_positionMs = 0;
    update();
}

void WaveformWidget::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

void WaveformWidget::setPositionMs(qint64 ms)
{
    const qint64 clamped = std::clamp<qint64>(ms, 0, m_durationMs);
    if (clamped != m_positionMs) {
        const int before = xForMs(m_positionMs);
        m_positionMs = clamped;
        const int after = xForMs(m_positionMs);
        // Only the strip between the old and the new playhead changes colour.
        update(QRect(QPoint(std::min(before, after) - 8, 0), QPoint(std::max(before, after) + 8, height())));
    }
}

void WaveformWidget::setMarkers(const QList<WaveformMarker>& markers)
{
    m_markers = markers;
    std::sort(m_markers.begin(), m_markers.end(),
              [](const WaveformMarker& a, const WaveformMarker& b) { return a.positionMs < b.positionMs; });
    update();
}

QRect WaveformWidget::waveRect() const
{
    return rect().adjusted(kSide, kFlagHeight + 2, -kSide, -kRulerHeight);
}

int WaveformWidget::xForMs(qint64 ms) const
{
    const QRect r = waveRect();
    if (m_durationMs <= 0) {
        return r.left();
    }
    return r.left() + int(double(std::clamp<qint64>(ms, 0, m_durationMs)) * (r.width() - 1) / double(m_durationMs));
}

qint64 WaveformWidget::msAtX(int x) const
{
    const QRect r = waveRect();
    if (m_durationMs <= 0 || r.width() <= 1) {
        return 0;
    }
    const double f = std::clamp(double(x - r.left()) / double(r.width() - 1), 0.0, 1.0);
    return qint64(f * double(m_durationMs) + 0.5);
}

int WaveformWidget::markerNear(int x) const
{
    int best = -1;
    int bestDistance = 5;
    for (int i = 0; i < m_markers.size(); ++i) {
        const int d = std::abs(xForMs(m_markers[i].positionMs) - x);
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void WaveformWidget::resizeEvent(QResizeEvent* event)
{
    m_columns.clear();
    QWidget::resizeEvent(event);
}

void WaveformWidget::drawRuler(QPainter& p, const QRect& area) const
{
    if (m_durationMs <= 0) {
        return;
    }
    // The shortest step that keeps labels about 80 pixels apart.
    static constexpr qint64 kSteps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    qint64 stepS = kSteps[std::size(kSteps) - 1];
    for (qint64 s : kSteps) {
        if (double(s) * 1000 * area.width() / double(m_durationMs) >= 80) {
            stepS = s;
            break;
        }
    }
    p.setPen(kRuler);
    QFont f = font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    p.setFont(f);
    const int y = area.bottom() + 1;
    for (qint64 t = 0; t * 1000 <= m_durationMs; t += stepS) {
        const int x = xForMs(t * 1000);
        p.drawLine(x, y, x, y + 4);
        const QString label = recordings::formatPosition(t * 1000);
        const int w = p.fontMetrics().horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, 0, width() - w);
        p.drawText(QRect(left, y + 4, w, kRulerHeight - 4), Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

void WaveformWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().window());
    const QRect frame = rect().adjusted(0, kFlagHeight, -1, -kRulerHeight + 1);
    p.setPen(hasFocus() ? palette().highlight().color() : kFrame);
    p.setBrush(kBackground);
    p.drawRoundedRect(frame, 4, 4);
    const QRect area = waveRect();
    const int mid = area.center().y();

    if (m_peaks.isEmpty()) {
        p.setPen(kRuler);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder.isEmpty() ? tr("No recording loaded") : m_placeholder);
        drawRuler(p, area);
        return;
    }
    if (m_columns.size() != area.width()) {
        // Each pixel column spans the peaks that fall into it (at least one: short recordings are stretched).
        m_columns.resize(area.width());
        const qint64 n = m_peaks.size();
        for (int x = 0; x < area.width(); ++x) {
            const qint64 from = x * n / area.width();
            const qint64 to = std::max(from + 1, (x + 1) * n / area.width());
            recordings::PeakPair merged = m_peaks[from];
            for (qint64 i = from + 1; i < to; ++i) {
                merged.min = std::min(merged.min, m_peaks[i].min);
                merged.max = std::max(merged.max, m_peaks[i].max);
            }
            m_columns[x] = merged;
        }
    }
    // Scaled to the loudest moment, so a quiet line still shows its shape.
    int loudest = 1000;
    for (const recordings::PeakPair& c : m_peaks) {
        loudest = std::max({loudest, std::abs(int(c.min)), std::abs(int(c.max))});
    }
    const double scale = (area.height() / 2.0) * 0.92 / loudest;
    p.setPen(QColor(0xE2, 0xE8, 0xF0));
    p.drawLine(area.left(), mid, area.right(), mid);
    const int playX = xForMs(m_positionMs);
    for (int x = 0; x < m_columns.size(); ++x) {
        const int px = area.left() + x;
        const int top = mid - int(m_columns[x].max * scale);
        const int bottom = mid - int(m_columns[x].min * scale);
        p.setPen(px <= playX ? kPlayed : kUnplayed);
        p.drawLine(px, std::min(top, mid), px, std::max(bottom, mid));
    }

    // Markers: a line through the waveform and a flag above it.
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const WaveformMarker& m : m_markers) {
        const int x = xForMs(m.positionMs);
        p.setPen(QPen(kMarker, 1, Qt::DashLine));
        p.drawLine(x, area.top(), x, area.bottom());
        QPainterPath flag;
        flag.moveTo(x, kFlagHeight + 1);
        flag.lineTo(x - 5, 2);
        flag.lineTo(x + 5, 2);
        flag.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(kMarker);
        p.drawPath(flag);
    }

    // Where the mouse would seek to.
    if (m_hoverX >= area.left() && m_hoverX <= area.right()) {
        p.setPen(QPen(kRuler, 1, Qt::DotLine));
        p.drawLine(m_hoverX, area.top(), m_hoverX, area.bottom());
        const QString t = recordings::formatPosition(msAtX(m_hoverX));
        const int w = p.fontMetrics().horizontalAdvance(t) + 8;
        const QRect bubble(std::clamp(m_hoverX + 4, area.left(), area.right() - w), area.top() + 2, w,
                           p.fontMetrics().height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x33, 0x41, 0x55, 210));
        p.drawRoundedRect(bubble, 3, 3);
        p.setPen(Qt::white);
        p.drawText(bubble, Qt::AlignCenter, t);
    }

    // The playhead.
    p.setPen(QPen(kPlayhead, 2));
    p.drawLine(playX, area.top() - 2, playX, area.bottom() + 2);
    QPainterPath head;
    head.moveTo(playX - 5, area.top() - 6);
    head.lineTo(playX + 5, area.top() - 6);
    head.lineTo(playX, area.top());
    head.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(kPlayhead);
    p.drawPath(head);

    p.setRenderHint(QPainter::Antialiasing, false);
    drawRuler(p, area);
}

void WaveformWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_durationMs <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    emit seekRequested(msAtX(int(event->position().x())));
}

void WaveformWidget::mouseMoveEvent(QMouseEvent* event)
{
    const int x = int(event->position().x());
    const int oldX = m_hoverX;
    m_hoverX = m_durationMs > 0 ? x : -1;
    update(QRect(std::min(oldX, x) - 80, 0, std::abs(oldX - x) + 160, height()));
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        emit seekRequested(msAtX(x));
    }
}

void WaveformWidget::mouseReleaseEvent(QMouseEvent* event)
{
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void WaveformWidget::leaveEvent(QEvent* event)
{
    m_hoverX = -1;
    update();
    QWidget::leaveEvent(event);
}

bool WaveformWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = markerNear(help->pos().x());
        if (i >= 0) {
            QToolTip::showText(
                help->globalPos(),
                QStringLiteral("%1  %2").arg(recordings::formatPosition(m_markers[i].positionMs), m_markers[i].comment),
                this);
        } else if (m_durationMs > 0) {
            QToolTip::showText(help->globalPos(),
                               tr("%1 — click or drag to seek").arg(recordings::formatPosition(msAtX(help->pos().x()))),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace hotline::ui
