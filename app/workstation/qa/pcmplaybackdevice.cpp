#include "qa/pcmplaybackdevice.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace hotline::ui {
namespace {

constexpr std::size_t kBlocksKept = 2048; // far more than a sink buffers

} // namespace

PcmPlaybackDevice::PcmPlaybackDevice(std::shared_ptr<const recordings::PcmAudio> audio, QObject* parent)
    : QIODevice(parent), m_audio(std::move(audio)), m_stretcher(*m_audio),
      m_bytesPerFrame(int(sizeof(qint16)) * std::max(1, m_audio->channels))
{
}

void PcmPlaybackDevice::setSpeed(double speed)
{
    m_stretcher.setSpeed(speed);
}

void PcmPlaybackDevice::seekFrame(qint64 frame)
{
    m_stretcher.seek(frame);
    m_seekFrame = m_stretcher.position();
    m_outFrames = 0;
    m_blocks.clear();
}

qint64 PcmPlaybackDevice::inputFrameAt(qint64 playedFrames) const
{
    if (m_blocks.empty() || playedFrames <= 0) {
        return m_blocks.empty() ? m_seekFrame : m_blocks.front().inFrame;
    }
    const qint64 played = std::min(playedFrames, m_outFrames);
    // The last block that started at or before that output frame.
    auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), played,
                               [](qint64 v, const Block& b) { return v < b.outFrame; });
    if (it == m_blocks.begin()) {
        return it->inFrame;
    }
    --it;
    const auto in = it->inFrame + std::llround(double(played - it->outFrame) * it->speed);
    return std::clamp<qint64>(in, 0, m_audio->frames());
}

qint64 PcmPlaybackDevice::bytesAvailable() const
{
    // Unknown ahead of time when stretching; a sink only needs to know that there is more.
    return (m_stretcher.atEnd() ? 0 : 1024 * m_bytesPerFrame) + QIODevice::bytesAvailable();
}

qint64 PcmPlaybackDevice::readData(char* data, qint64 maxSize)
{
    const qint64 frames = maxSize / m_bytesPerFrame;
    if (frames <= 0) {
        return 0;
    }
    const Block block{m_outFrames, m_stretcher.position(), m_stretcher.speed()};
    qint64 n = 0;
    if (reinterpret_cast<quintptr>(data) % alignof(qint16) == 0) {
        n = m_stretcher.read(reinterpret_cast<qint16*>(data), frames);
    } else {
        // A caller's odd address: through an aligned buffer.
        m_scratch.resize(frames * m_bytesPerFrame / qsizetype(sizeof(qint16)));
        n = m_stretcher.read(m_scratch.data(), frames);
        std::memcpy(data, m_scratch.constData(), size_t(n * m_bytesPerFrame));
    }
    if (n > 0) {
        m_blocks.push_back(block);
        if (m_blocks.size() > kBlocksKept) {
            m_blocks.pop_front();
        }
        m_outFrames += n;
    }
    return n * m_bytesPerFrame;
}

qint64 PcmPlaybackDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace hotline::ui
