#pragma once
// The player's pull-mode source for QAudioSink: our decoded samples (WAV, G.711), time-stretched when the speed is
// not 1, handed out as the sink asks. It remembers which input frame each block came from, so the player can tell
// what is being heard now from how much the sink has played.

#include "recordings/audioformat.h"
#include "recordings/timestretch.h"

#include <QIODevice>

#include <deque>
#include <memory>

namespace hotline::ui {

class PcmPlaybackDevice final : public QIODevice {
    Q_OBJECT
public:
    explicit PcmPlaybackDevice(std::shared_ptr<const recordings::PcmAudio> audio, QObject* parent = nullptr);

    void setSpeed(double speed);
    double speed() const { return m_stretcher.speed(); }
    // Continues from this input frame; what was handed out before is forgotten (the caller restarts the sink).
    void seekFrame(qint64 frame);
    // Output frames handed out since the last seek.
    qint64 framesHandedOut() const { return m_outFrames; }
    // The input frame that the playedFrames-th output frame since the last seek came from.
    qint64 inputFrameAt(qint64 playedFrames) const;
    // Everything up to the end of the recording has been handed out.
    bool exhausted() const { return m_stretcher.atEnd(); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    struct Block {
        qint64 outFrame;
        qint64 inFrame;
        double speed;
    };

    std::shared_ptr<const recordings::PcmAudio> m_audio;
    recordings::TimeStretcher m_stretcher;
    int m_bytesPerFrame;
    qint64 m_outFrames = 0;
    qint64 m_seekFrame = 0;
    std::deque<Block> m_blocks;
    QList<qint16> m_scratch;
};

} // namespace hotline::ui
