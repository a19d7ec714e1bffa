#include "recordings/peaks.h"

#include <QtEndian>

#include <algorithm>
#include <limits>

namespace hotline::recordings {

QList<PeakPair> computePeaks(const PcmAudio& audio, int buckets)
{
    return computePeaks(audio.samples.constData(), audio.frames(), audio.channels, buckets);
}

QList<PeakPair> computePeaks(const qint16* samples, qint64 frames, int channels, int buckets)
{
    QList<PeakPair> out;
    if (samples == nullptr || frames <= 0 || channels < 1 || buckets < 1) {
        return out;
    }
    const qint64 n = std::min<qint64>(buckets, frames);
    out.resize(n);
    for (qint64 b = 0; b < n; ++b) {
        const qint64 from = b * frames / n;
        const qint64 to = (b + 1) * frames / n;
        int lo = std::numeric_limits<int>::max();
        int hi = std::numeric_limits<int>::min();
        if (channels == 1) {
            // The common case (a telephone recording), kept free of the mixing so it vectorises.
            for (const qint16* p = samples + from; p != samples + to; ++p) {
                lo = std::min<int>(lo, *p);
                hi = std::max<int>(hi, *p);
            }
        } else {
            for (qint64 f = from; f < to; ++f) {
                int sum = 0;
                for (int c = 0; c < channels; ++c) {
                    sum += samples[f * channels + c];
                }
                const int mixed = sum / channels;
                lo = std::min(lo, mixed);
                hi = std::max(hi, mixed);
            }
        }
        out[b] = {static_cast<qint16>(lo), static_cast<qint16>(hi)};
    }
    return out;
}

PeakAccumulator::PeakAccumulator(qint64 expectedFrames, int buckets)
    : m_expected(std::max<qint64>(1, expectedFrames)),
      m_peaks(std::clamp<qint64>(std::min<qint64>(buckets, expectedFrames), 0, buckets)),
      m_touched(m_peaks.size(), false)
{
}

void PeakAccumulator::add(const qint16* samples, qint64 frames, int channels)
{
    if (samples == nullptr || frames <= 0 || channels < 1 || m_peaks.isEmpty()) {
        return;
    }
    const qint64 n = m_peaks.size();
    for (qint64 f = 0; f < frames; ++f, ++m_frames) {
        int sum = 0;
        for (int c = 0; c < channels; ++c) {
            sum += samples[f * channels + c];
        }
        const auto v = static_cast<qint16>(sum / channels);
        const qint64 b = std::min(n - 1, m_frames * n / m_expected);
        PeakPair& p = m_peaks[b];
        if (!m_touched[b]) {
            p = {v, v};
            m_touched[b] = true;
        } else {
            p.min = std::min(p.min, v);
            p.max = std::max(p.max, v);
        }
    }
}

QList<PeakPair> PeakAccumulator::result() const
{
    return m_peaks;
}

QByteArray encodePeaks(const QList<PeakPair>& peaks)
{
    QByteArray blob(peaks.size() * 4, Qt::Uninitialized);
    auto* p = reinterpret_cast<uchar*>(blob.data());
    for (const PeakPair& pair : peaks) {
        qToLittleEndian<qint16>(pair.min, p);
        qToLittleEndian<qint16>(pair.max, p + 2);
        p += 4;
    }
    return blob;
}

std::optional<QList<PeakPair>> decodePeaks(const QByteArray& blob, int buckets)
{
    if (buckets < 0 || blob.size() != qsizetype(buckets) * 4) {
        return std::nullopt;
    }
    QList<PeakPair> out(buckets);
    const auto* p = reinterpret_cast<const uchar*>(blob.constData());
    for (PeakPair& pair : out) {
        pair.min = qFromLittleEndian<qint16>(p);
        pair.max = qFromLittleEndian<qint16>(p + 2);
        if (pair.min > pair.max) {
            return std::nullopt;
        }
        p += 4;
    }
    return out;
}

QList<PeakPair> resamplePeaks(const QList<PeakPair>& peaks, int count)
{
    if (count < 1 || peaks.isEmpty()) {
        return {};
    }
    if (peaks.size() <= count) {
        return peaks;
    }
    QList<PeakPair> out(count);
    const qint64 n = peaks.size();
    for (qint64 i = 0; i < count; ++i) {
        const qint64 from = i * n / count;
        const qint64 to = std::max(from + 1, (i + 1) * n / count);
        PeakPair merged = peaks[from];
        for (qint64 j = from + 1; j < to; ++j) {
            merged.min = std::min(merged.min, peaks[j].min);
            merged.max = std::max(merged.max, peaks[j].max);
        }
        out[i] = merged;
    }
    return out;
}

} // namespace hotline::recordings
