#include "recordings/timestretch.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace hotline::recordings {

TimeStretcher::TimeStretcher(const PcmAudio& audio)
    : m_audio(audio), m_channels(std::max(1, audio.channels)), m_frames(audio.frames())
{
    const int rate = std::max(8000, audio.sampleRate);
    m_hop = std::max(8, rate * 15 / 1000);
    m_window = 2 * m_hop;
    m_tolerance = rate * 10 / 1000;
    m_stride = std::max(1, rate / 8000);
    m_hann.resize(m_window);
    for (int i = 0; i < m_window; ++i) {
        m_hann[i] = static_cast<float>(0.5 - 0.5 * std::cos(2 * M_PI * i / m_window)); // periodic: halves sum to 1
    }
    m_overlap.fill(0.0F, qsizetype(m_hop) * m_channels);
    m_pending.resize(qsizetype(m_hop) * m_channels);
}

void TimeStretcher::setSpeed(double speed)
{
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
}

void TimeStretcher::seek(qint64 frame)
{
    m_nominal = static_cast<double>(std::clamp<qint64>(frame, 0, m_frames));
    m_stepNominal = m_nominal;
    m_previous = -1;
    m_copying = false;
    m_flushed = false;
    m_pendingFrames = 0;
    m_pendingRead = 0;
    std::fill(m_overlap.begin(), m_overlap.end(), 0.0F);
}

qint64 TimeStretcher::position() const
{
    if (m_pendingRead < m_pendingFrames) {
        return std::min<qint64>(m_frames, std::llround(m_stepNominal + m_pendingRead * m_speed));
    }
    return std::min<qint64>(m_frames, std::llround(m_nominal));
}

bool TimeStretcher::atEnd() const
{
    return m_pendingRead >= m_pendingFrames && std::llround(m_nominal) >= m_frames &&
           (m_flushed || m_previous < 0 || m_copying);
}

int TimeStretcher::mixed(qint64 frame) const
{
    const qint16* s = m_audio.samples.constData() + frame * m_channels;
    int sum = 0;
    for (int c = 0; c < m_channels; ++c) {
        sum += s[c];
    }
    return sum;
}

void TimeStretcher::primeFrom(qint64 frame)
{
    // As if the window before had been taken at frame - hop: its falling half covers what comes next.
    std::fill(m_overlap.begin(), m_overlap.end(), 0.0F);
    m_previous = frame - m_hop;
    if (m_previous < 0) {
        m_previous = -1;
        return;
    }
    for (int i = 0; i < m_hop; ++i) {
        const qint64 f = frame + i;
        if (f >= m_frames) {
            break;
        }
        for (int c = 0; c < m_channels; ++c) {
            m_overlap[qsizetype(i) * m_channels + c] = m_audio.samples[f * m_channels + c] * m_hann[m_hop + i];
        }
    }
}

qint64 TimeStretcher::bestWindowNear(qint64 nominal) const
{
    // The window whose start best continues the previous window's natural successor (normalised
    // cross-correlation over the overlap), searched coarsely on every stride-th frame, then refined.
    const qint64 target = m_previous + m_hop;
    const qint64 length = std::min<qint64>(m_hop, m_frames - target);
    const qint64 lastStart = m_frames - m_window;
    if (length < 8 || lastStart < 0) {
        return nominal;
    }
    auto score = [&](qint64 start) {
        double corr = 0;
        double energy = 1;
        for (qint64 i = 0; i < length; i += m_stride) {
            const double a = mixed(start + i);
            corr += a * mixed(target + i);
            energy += a * a;
        }
        return corr / std::sqrt(energy);
    };
    const qint64 from = std::max<qint64>(0, nominal - m_tolerance);
    const qint64 to = std::min(lastStart, nominal + m_tolerance);
    if (from > to) {
        return std::clamp<qint64>(nominal, 0, std::max<qint64>(0, lastStart));
    }
    qint64 best = std::clamp(nominal, from, to);
    double bestScore = score(best);
    for (qint64 c = from; c <= to; c += m_stride) {
        if (const double s = score(c); s > bestScore) {
            bestScore = s;
            best = c;
        }
    }
    if (m_stride > 1) {
        const qint64 centre = best;
        for (qint64 c = std::max(from, centre - m_stride + 1); c <= std::min(to, centre + m_stride - 1); ++c) {
            if (const double s = score(c); s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
    }
    return best;
}

void TimeStretcher::step()
{
    m_pendingFrames = 0;
    m_pendingRead = 0;
    const qint64 nominal = std::llround(m_nominal);
    if (nominal >= m_frames) {
        if (!m_flushed && m_previous >= 0) {
            // The last window's falling half.
            for (qsizetype i = 0; i < m_overlap.size(); ++i) {
                m_pending[i] = static_cast<qint16>(std::clamp(std::lround(m_overlap[i]), -32768L, 32767L));
            }
            m_pendingFrames = m_hop;
            m_stepNominal = static_cast<double>(m_frames);
        }
        m_flushed = true;
        return;
    }
    const qint64 start = m_previous < 0 ? nominal : bestWindowNear(nominal);
    const qint16* in = m_audio.samples.constData();
    for (int i = 0; i < m_window; ++i) {
        const qint64 f = start + i;
        const float w = m_hann[i];
        for (int c = 0; c < m_channels; ++c) {
            const float v = f < m_frames ? in[f * m_channels + c] * w : 0.0F;
            const qsizetype k = qsizetype(i % m_hop) * m_channels + c;
            if (i < m_hop) {
                m_pending[k] = static_cast<qint16>(std::clamp(std::lround(m_overlap[k] + v), -32768L, 32767L));
            } else {
                m_overlap[k] = v;
            }
        }
    }
    m_pendingFrames = m_hop;
    m_previous = start;
    m_stepNominal = m_nominal;
    m_nominal += m_hop * m_speed;
}

qint64 TimeStretcher::read(qint16* out, qint64 maxFrames)
{
    qint64 written = 0;
    while (written < maxFrames) {
        if (m_pendingRead < m_pendingFrames) {
            const qint64 n = std::min(maxFrames - written, m_pendingFrames - m_pendingRead);
            std::memcpy(out + written * m_channels, m_pending.constData() + m_pendingRead * m_channels,
                        sizeof(qint16) * size_t(n * m_channels));
            m_pendingRead += n;
            written += n;
            continue;
        }
        if (m_speed == 1.0) {
            if (!m_copying && m_previous >= 0 && !m_flushed) {
                // Leaving the stretch: the last window's falling half plus the same input rising is the input
                // itself, so copying on from where that half starts continues without a seam.
                m_nominal = static_cast<double>(m_previous + m_hop);
                m_previous = -1;
                std::fill(m_overlap.begin(), m_overlap.end(), 0.0F);
            }
            // Unchanged samples; a later speed change continues from here without a seam.
            const qint64 from = std::llround(m_nominal);
            const qint64 n = std::clamp<qint64>(m_frames - from, 0, maxFrames - written);
            if (n == 0) {
                break;
            }
            std::memcpy(out + written * m_channels, m_audio.samples.constData() + from * m_channels,
                        sizeof(qint16) * size_t(n * m_channels));
            m_nominal = static_cast<double>(from + n);
            m_copying = true;
            written += n;
            continue;
        }
        if (m_copying) {
            m_copying = false;
            m_nominal = static_cast<double>(std::llround(m_nominal));
            primeFrom(std::llround(m_nominal));
        }
        if (m_flushed) {
            break;
        }
        step();
        if (m_pendingFrames == 0) {
            break;
        }
    }
    return written;
}

PcmAudio timeStretch(const PcmAudio& audio, double speed)
{
    PcmAudio out;
    out.sampleRate = audio.sampleRate;
    out.channels = audio.channels;
    TimeStretcher stretcher(audio);
    stretcher.setSpeed(speed);
    const int channels = std::max(1, audio.channels);
    out.samples.reserve(qsizetype(double(audio.frames()) / stretcher.speed() + 4096) * channels);
    QList<qint16> buffer(4096 * channels);
    while (const qint64 n = stretcher.read(buffer.data(), 4096)) {
        const qsizetype at = out.samples.size();
        out.samples.resize(at + n * channels);
        std::copy_n(buffer.constData(), n * channels, out.samples.data() + at);
    }
    return out;
}

} // namespace hotline::recordings
