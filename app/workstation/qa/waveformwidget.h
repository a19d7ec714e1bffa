#pragma once
// The waveform overview of a recording: the whole call at a glance (peaks from the cache), the part already heard
// coloured, the playhead, a time ruler and the markers as ticks (hover for the comment). A click or a drag seeks.

#include "recordings/peaks.h"

#include <QList>
#include <QWidget>

namespace hotline::ui {

struct WaveformMarker {
    qint64 positionMs = 0;
    QString comment;
};

class WaveformWidget final : public QWidget {
    Q_OBJECT
public:
    explicit WaveformWidget(QWidget* parent = nullptr);

    void setPeaks(const QList<recordings::PeakPair>& peaks, qint64 durationMs);
    // The length the overview spans (a compressed file's duration, known once its decoder has read it).
    void setDurationMs(qint64 ms);
    void clear();
    // A message drawn over the empty overview (no recording, an error, peaks still being computed).
    void setPlaceholder(const QString& text);
    void setPositionMs(qint64 ms);
    void setMarkers(const QList<WaveformMarker>& markers);

    qint64 durationMs() const { return m_durationMs; }
    qint64 positionMs() const { return m_positionMs; }
    const QList<WaveformMarker>& markers() const { return m_markers; }
    bool hasPeaks() const { return !m_peaks.isEmpty(); }
    // Where a time falls, and the time at a point (the drawing area excludes the ruler).
    int xForMs(qint64 ms) const;
    qint64 msAtX(int x) const;
    // The marker whose tick is within a few pixels of x, or -1.
    int markerNear(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect waveRect() const;
    void drawRuler(class QPainter& p, const QRect& area) const;

    QList<recordings::PeakPair> m_peaks;
    QList<recordings::PeakPair> m_columns; // m_peaks merged to the widget's width
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    QList<WaveformMarker> m_markers;
    QString m_placeholder;
    int m_hoverX = -1;
    bool m_dragging = false;
};

} // namespace hotline::ui
