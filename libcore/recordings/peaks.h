#pragma once
// The waveform overview of a recording: its sound cut into buckets, each kept as the lowest and highest sample (the
// channels mixed). Computed once per recording and cached in recording_peaks (peaksrepository.h).

#include "recordings/audioformat.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace hotline::recordings {

struct PeakPair {
    qint16 min = 0;
    qint16 max = 0;
    friend bool operator==(const PeakPair&, const PeakPair&) = default;
};

// The overview's usual resolution: about one bucket per second of a one-hour call, finer than any screen shows.
inline constexpr int kDefaultPeakBuckets = 4000;

// buckets (min, max) pairs over the whole recording, bucket i covering frames [i·n/buckets, (i+1)·n/buckets); fewer
// buckets (one a frame) when the recording has fewer frames than that, none when it is empty or buckets < 1.
QList<PeakPair> computePeaks(const PcmAudio& audio, int buckets = kDefaultPeakBuckets);
QList<PeakPair> computePeaks(const qint16* samples, qint64 frames, int channels, int buckets = kDefaultPeakBuckets);

// Peaks of sound that arrives in pieces (a compressed file decoded block by block), over a length known ahead (from
// the file's headers): frame f falls into bucket f·buckets/expectedFrames; frames past the expected end fall into the
// last bucket. Buckets nothing fell into are (0, 0).
class PeakAccumulator final {
public:
    PeakAccumulator(qint64 expectedFrames, int buckets = kDefaultPeakBuckets);
    void add(const qint16* samples, qint64 frames, int channels);
    qint64 frames() const { return m_frames; }
    QList<PeakPair> result() const;

private:
    qint64 m_expected;
    qint64 m_frames = 0;
    QList<PeakPair> m_peaks;
    QList<bool> m_touched;
};

// The recording_peaks.peaks blob: the pairs as signed 16-bit little-endian (min, max, min, max, ...).
QByteArray encodePeaks(const QList<PeakPair>& peaks);
// Nothing when the blob does not hold exactly `buckets` pairs or a pair has min > max.
std::optional<QList<PeakPair>> decodePeaks(const QByteArray& blob, int buckets);

// The pairs merged down to at most `count` (for a widget `count` pixels wide): each output pair spans the input
// pairs that fall into it.
QList<PeakPair> resamplePeaks(const QList<PeakPair>& peaks, int count);

} // namespace hotline::recordings
