#include "playerfixture.h"
#include "recordings/timestretch.h"

using namespace hotline;
using namespace hotline::recordings;

namespace {

double rms(const PcmAudio& a, qint64 fromFrame, qint64 toFrame)
{
    double sum = 0;
    for (qint64 i = fromFrame * a.channels; i < toFrame * a.channels; ++i) {
        sum += double(a.samples[i]) * a.samples[i];
    }
    return std::sqrt(sum / double(std::max<qint64>(1, (toFrame - fromFrame) * a.channels)));
}

// A speech-like test signal: a 150 Hz voice with harmonics, its loudness rising and falling four times a second.
PcmAudio speechLike(double seconds, int rate = 8000)
{
    PcmAudio a;
    a.sampleRate = rate;
    const auto frames = static_cast<qint64>(seconds * rate);
    a.samples.resize(frames);
    for (qint64 i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const double voice =
            std::sin(2 * M_PI * 150 * t) + 0.5 * std::sin(2 * M_PI * 300 * t) + 0.25 * std::sin(2 * M_PI * 450 * t);
        const double envelope = 0.55 + 0.45 * std::sin(2 * M_PI * 4 * t);
        a.samples[i] = static_cast<qint16>(7000 * envelope * voice);
    }
    return a;
}

} // namespace

TEST_CASE("time-stretching changes the length by the speed and keeps the pitch")
{
    const PcmAudio in = test::toneAudio(4);
    const double inputCrossings = test::crossingsPerSecond(in);
    REQUIRE(inputCrossings == Approx(880).epsilon(0.01));
    for (double speed : {0.5, 0.75, 1.25, 1.5, 2.0}) {
        INFO("speed " << speed);
        const PcmAudio out = timeStretch(in, speed);
        CHECK(out.sampleRate == 8000);
        CHECK(out.channels == 1);
        CHECK(double(out.frames()) == Approx(double(in.frames()) / speed).epsilon(0.02));
        // The tone is still 440 Hz (a resampling speed change would give 440 × speed).
        CHECK(test::crossingsPerSecond(out, 200) == Approx(inputCrossings).epsilon(0.03));
        // And as loud: the overlapping windows add up to one.
        CHECK(rms(out, 400, out.frames() - 400) == Approx(rms(in, 0, in.frames())).epsilon(0.05));
    }
}

TEST_CASE("time-stretching speech-like sound keeps its voice and loudness")
{
    const PcmAudio in = speechLike(3);
    for (double speed : {0.5, 1.5, 2.0}) {
        INFO("speed " << speed);
        const PcmAudio out = timeStretch(in, speed);
        CHECK(double(out.frames()) == Approx(double(in.frames()) / speed).epsilon(0.02));
        CHECK(test::crossingsPerSecond(out, 200) == Approx(test::crossingsPerSecond(in)).epsilon(0.05));
        CHECK(rms(out, 400, out.frames() - 400) == Approx(rms(in, 0, in.frames())).epsilon(0.08));
    }
}

TEST_CASE("time-stretching at speed 1, out of range, stereo and empty")
{
    const PcmAudio in = test::toneAudio(1);
    CHECK(timeStretch(in, 1.0).samples == in.samples);
    // Speeds are clamped to 0.5–2.0.
    CHECK(timeStretch(in, 3.0).frames() == timeStretch(in, 2.0).frames());
    CHECK(timeStretch(in, 0.1).frames() == timeStretch(in, 0.5).frames());
    CHECK(timeStretch(in, -1).frames() == timeStretch(in, 0.5).frames());

    const PcmAudio stereo = test::toneAudio(2, 440, 16000, 2);
    const PcmAudio out = timeStretch(stereo, 1.5);
    CHECK(out.channels == 2);
    CHECK(out.sampleRate == 16000);
    CHECK(double(out.frames()) == Approx(double(stereo.frames()) / 1.5).epsilon(0.02));
    CHECK(test::crossingsPerSecond(out, 400) == Approx(880).epsilon(0.03));
    bool channelsEqual = true;
    for (qint64 i = 0; i < out.frames(); ++i) {
        channelsEqual = channelsEqual && out.samples[2 * i] == out.samples[2 * i + 1];
    }
    CHECK(channelsEqual); // the same alignment for both channels

    PcmAudio empty;
    CHECK(timeStretch(empty, 1.5).samples.isEmpty());
    CHECK(timeStretch(empty, 1.0).samples.isEmpty());
    PcmAudio tiny;
    tiny.samples = {100, -100, 50};
    CHECK(timeStretch(tiny, 2.0).frames() <= 240); // at most the flushed window, no crash
}

TEST_CASE("a stretcher reads on from a seek and follows speed changes without a jump")
{
    PcmAudio in = test::toneAudio(4);
    // The first half silent, the second the tone: where the output comes from is audible.
    std::fill(in.samples.begin(), in.samples.begin() + 16000, qint16(0));
    TimeStretcher s(in);
    CHECK(s.position() == 0);
    CHECK(s.speed() == 1.0);
    QList<qint16> buf(800);

    s.setSpeed(2.0);
    CHECK(s.speed() == 2.0);
    REQUIRE(s.read(buf.data(), 800) == 800);
    CHECK(s.position() == Approx(1600).margin(240)); // 800 frames at double speed
    CHECK(*std::max_element(buf.begin(), buf.end()) == 0);

    s.seek(16000);
    CHECK(s.position() == 16000);
    REQUIRE(s.read(buf.data(), 800) == 800);
    CHECK(*std::max_element(buf.begin() + 200, buf.end()) > 11000); // the tone, after a 15 ms fade-in
    CHECK(*std::max_element(buf.begin(), buf.begin() + 20) < 3000); // faded in, not a click

    // Speed changes mid-stream: the waveform stays continuous (a 440 Hz tone at 12000 moves at most ~4150 a sample).
    QList<qint16> all;
    for (double speed : {1.0, 0.5, 1.75, 1.0, 1.25}) {
        s.setSpeed(speed);
        REQUIRE(s.read(buf.data(), 800) == 800);
        all.append(buf);
    }
    int maxStep = 0;
    for (qsizetype i = 1; i < all.size(); ++i) {
        maxStep = std::max(maxStep, std::abs(all[i] - all[i - 1]));
    }
    CHECK(maxStep < 6000);

    // To the end: reads stop, the position is the end, a seek starts again.
    s.setSpeed(1.5);
    qint64 total = 0;
    while (const qint64 n = s.read(buf.data(), 800)) {
        total += n;
        REQUIRE(total < 40000);
    }
    CHECK(s.atEnd());
    CHECK(s.position() == in.frames());
    CHECK(s.read(buf.data(), 800) == 0);
    s.seek(-50);
    CHECK(s.position() == 0);
    CHECK_FALSE(s.atEnd());
    s.seek(in.frames() + 1000);
    CHECK(s.position() == in.frames());
    CHECK(s.read(buf.data(), 800) == 0);
    CHECK(s.atEnd());
}
