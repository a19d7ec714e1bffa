#pragma once
// Playback speed without the chipmunk voice: WSOLA (waveform-similarity overlap-add) time-stretching of 16-bit
// samples. Windows of 30 ms are taken from the input every 15 ms × speed, each shifted by up to ±10 ms to where it
// best continues the previous window (cross-correlation), and overlap-added with a Hann window: the tempo changes,
// the pitch stays. Pure computation on samples held by the caller.

#include "recordings/audioformat.h"

#include <QList>

namespace hotline::recordings {

inline constexpr double kMinSpeed = 0.5;
inline constexpr double kMaxSpeed = 2.0;

// Reads a PcmAudio held by the caller (it must outlive the stretcher) at a speed, frame by frame, as a player does:
// seekable, with the speed changeable between reads. At speed 1 the samples are copied unchanged.
class TimeStretcher final {
public:
    explicit TimeStretcher(const PcmAudio& audio);

    // Clamped to kMinSpeed–kMaxSpeed.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    // Continues from this input frame (clamped to the recording), as after a seek: the next window fades in.
    void seek(qint64 frame);
    // The input frame the next output frame comes from.
    qint64 position() const;
    bool atEnd() const;

    // Writes up to maxFrames interleaved frames to out; returns how many (0 at the end).
    qint64 read(qint16* out, qint64 maxFrames);

private:
    void step();                   // one synthesis hop of output into m_pending
    void primeFrom(qint64 frame);  // continue seamlessly after frames copied unchanged
    int mixed(qint64 frame) const; // the channels' sum at a frame
    qint64 bestWindowNear(qint64 nominal) const;

    const PcmAudio& m_audio;
    int m_channels;
    qint64 m_frames;
    int m_window; // frames
    int m_hop;    // output frames per step (half a window)
    int m_tolerance;
    int m_stride; // correlation on every m_stride-th frame (higher sample rates)
    double m_speed = 1.0;
    double m_nominal = 0;     // input frame of the next window, before the similarity shift
    double m_stepNominal = 0; // m_nominal of the step whose output is pending
    qint64 m_previous = -1;   // input frame of the last window taken, -1 after a seek
    bool m_copying = false;   // the last read copied samples unchanged (speed 1)
    bool m_flushed = false;
    QList<float> m_hann;     // window coefficients
    QList<float> m_overlap;  // the second half of the last window, interleaved
    QList<qint16> m_pending; // output ready to be read, interleaved
    qint64 m_pendingFrames = 0;
    qint64 m_pendingRead = 0; // frames of m_pending already read
};

// The whole recording at a speed (clamped to kMinSpeed–kMaxSpeed): about frames / speed frames at the same rate.
PcmAudio timeStretch(const PcmAudio& audio, double speed);

} // namespace hotline::recordings
