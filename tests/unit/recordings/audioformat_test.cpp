#include "recordings/audioformat.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>

using namespace hotline;
using namespace hotline::recordings;

namespace {

// One second of a 440 Hz tone at 8 kHz, as a telephone records it.
PcmAudio tone(int seconds = 1, int rate = 8000, int channels = 1)
{
    PcmAudio a;
    a.sampleRate = rate;
    a.channels = channels;
    for (int i = 0; i < seconds * rate; ++i) {
        const auto s = static_cast<qint16>(12000 * std::sin(2 * M_PI * 440 * i / rate));
        for (int c = 0; c < channels; ++c) {
            a.samples.append(s);
        }
    }
    return a;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("the G.711 tables match the standard's values")
{
    // ITU-T G.711: 0xD5 is A-law's smallest positive step, 0x2A its largest negative magnitude; µ-law 0xFF is 0.
    CHECK(aLawTable()[0xD5] == 8);
    CHECK(aLawTable()[0x55] == -8);
    CHECK(aLawTable()[0x2A] == -32256);
    CHECK(aLawTable()[0xAA] == 32256);
    CHECK(muLawTable()[0xFF] == 0);
    CHECK(muLawTable()[0x7F] == 0);
    CHECK(muLawTable()[0x00] == -32124);
    CHECK(muLawTable()[0x80] == 32124);
    // Encoding then decoding a table value gives it back: the encoders are the tables' inverses.
    for (int i = 0; i < 256; ++i) {
        INFO(i);
        CHECK(aLawTable()[linearToALaw(aLawTable()[static_cast<std::size_t>(i)])] ==
              aLawTable()[static_cast<std::size_t>(i)]);
        CHECK(muLawTable()[linearToMuLaw(muLawTable()[static_cast<std::size_t>(i)])] ==
              muLawTable()[static_cast<std::size_t>(i)]);
    }
}

TEST_CASE("PCM, A-law and µ-law WAV files are probed and decoded")
{
    QTemporaryDir dir;
    const PcmAudio source = tone(2);
    for (AudioEncoding e : {AudioEncoding::Pcm16, AudioEncoding::ALaw, AudioEncoding::MuLaw}) {
        INFO(key(e).toStdString());
        const QString path = dir.filePath(key(e) + QStringLiteral(".wav"));
        REQUIRE(writeWav(path, source, e));
        auto info = probeAudio(path);
        REQUIRE(info);
        CHECK(info->encoding == e);
        CHECK(info->sampleRate == 8000);
        CHECK(info->channels == 1);
        CHECK(info->durationMs == 2000);
        CHECK(info->dataOffset == 44);
        auto decoded = decodeWav(path);
        REQUIRE(decoded);
        REQUIRE(decoded->samples.size() == source.samples.size());
        // G.711 keeps about 13 bits: the tone survives within a few percent.
        int worst = 0;
        for (qsizetype i = 0; i < source.samples.size(); ++i) {
            worst = qMax(worst, std::abs(decoded->samples[i] - source.samples[i]));
        }
        CHECK(worst <= (e == AudioEncoding::Pcm16 ? 0 : 400));
        CHECK(encodingFromKey(key(e)) == e);
    }
    SECTION("stereo at 16 kHz")
    {
        const QString path = dir.filePath(QStringLiteral("stereo.wav"));
        REQUIRE(writeWav(path, tone(1, 16000, 2), AudioEncoding::Pcm16));
        auto info = probeAudio(path);
        REQUIRE(info);
        CHECK(info->channels == 2);
        CHECK(info->sampleRate == 16000);
        CHECK(info->durationMs == 1000);
    }
}

TEST_CASE("a recorder stopped hard leaves size 0 and the sound runs to the end of the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.wav"));
    REQUIRE(writeWav(path, tone(1), AudioEncoding::ALaw));
    QByteArray bytes = readAll(path);
    qToLittleEndian<quint32>(0, reinterpret_cast<uchar*>(bytes.data()) + 40);
    writeBytes(path, bytes);
    auto info = probeAudio(path);
    REQUIRE(info);
    CHECK(info->durationMs == 1000);
}

TEST_CASE("bad recordings are refused with their reason")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.wav"));
    REQUIRE(writeWav(good, tone(1), AudioEncoding::Pcm16));
    const QByteArray bytes = readAll(good);
    const auto probe = [&](const QByteArray& content) {
        const QString path = dir.filePath(QStringLiteral("bad.wav"));
        writeBytes(path, content);
        return probeAudio(path);
    };
    const auto refusedWith = [](const Result<AudioInfo>& r, const char* words) {
        REQUIRE_FALSE(r);
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(QLatin1String(words)));
    };
    refusedWith(probe(bytes.left(bytes.size() - 100)), "truncated");
    refusedWith(probe(bytes.left(30)), "truncated");
    refusedWith(probe(QByteArray()), "empty");
    refusedWith(probe(QByteArray("hello, this is a text file, not a recording at all.")), "Neither a WAV nor an MP3");
    QByteArray adpcm = bytes;
    qToLittleEndian<quint16>(0x11, reinterpret_cast<uchar*>(adpcm.data()) + 20); // IMA ADPCM
    refusedWith(probe(adpcm), "Unsupported WAV encoding");
    QByteArray fast = bytes;
    qToLittleEndian<quint32>(96000, reinterpret_cast<uchar*>(fast.data()) + 24);
    refusedWith(probe(fast), "Unsupported WAV layout");
    QByteArray silent = bytes.left(44);
    qToLittleEndian<quint32>(0, reinterpret_cast<uchar*>(silent.data()) + 40);
    refusedWith(probe(silent), "no sound");
    auto missing = probeAudio(dir.filePath(QStringLiteral("nope.wav")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::FileUnreadable);
    auto notWav = decodeWav(dir.filePath(QStringLiteral("nope.wav")));
    CHECK_FALSE(notWav);
}

TEST_CASE("MP3 frames are counted for the duration, and a cut-off last frame is reported")
{
    // 100 frames of MPEG-1 Layer III, 32 kbit/s, 32 kHz, mono: 144 * 32000 / 32000 = 144 bytes each, 1,152 samples.
    QByteArray frame(144, '\0');
    frame[0] = char(0xFF);
    frame[1] = char(0xFB);                // MPEG-1, Layer III, no CRC
    frame[2] = char(0x1 << 4 | 0x2 << 2); // 32 kbit/s, 32 kHz
    frame[3] = char(0xC0);                // mono
    QByteArray mp3 = QByteArray("ID3\x03\x00\x00\x00\x00\x00\x05", 10) + QByteArray(5, '\0');
    for (int i = 0; i < 100; ++i) {
        mp3 += frame;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.mp3"));
    writeBytes(path, mp3);
    auto info = probeAudio(path);
    REQUIRE(info);
    CHECK(info->encoding == AudioEncoding::Mp3);
    CHECK(info->sampleRate == 32000);
    CHECK(info->channels == 1);
    CHECK(info->dataOffset == 15);
    CHECK(info->durationMs == 100 * 1152 * 1000 / 32000);
    writeBytes(path, mp3.left(mp3.size() - 50));
    auto cut = probeAudio(path);
    REQUIRE_FALSE(cut);
    CHECK(cut.error().message.contains(QLatin1String("truncated")));
    CHECK_FALSE(decodeWav(dir.filePath(QStringLiteral("call.mp3"))));
}
