#include "recordings/audioformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace hotline::recordings {
namespace {

constexpr quint16 kWavePcm = 1;
constexpr quint16 kWaveALaw = 6;
constexpr quint16 kWaveMuLaw = 7;
constexpr quint16 kWaveExtensible = 0xFFFE;
constexpr int kMinRate = 8000;
constexpr int kMaxRate = 48000;

Error bad(const QString& reason)
{
    return makeError(ErrorCode::InvalidInput, reason);
}

Error truncated()
{
    return bad(QCoreApplication::translate("hotline::recordings",
                                           "The file is truncated: its sound data ends before its header says."));
}

constexpr std::array<qint16, 256> makeALaw()
{
    std::array<qint16, 256> t{};
    for (int i = 0; i < 256; ++i) {
        const int a = i ^ 0x55;
        int v = (a & 0x0F) << 4;
        const int seg = (a & 0x70) >> 4;
        if (seg == 0) {
            v += 8;
        } else {
            v = (v + 0x108) << (seg - 1);
        }
        t[static_cast<std::size_t>(i)] = static_cast<qint16>((a & 0x80) ? v : -v);
    }
    return t;
}

constexpr std::array<qint16, 256> makeMuLaw()
{
    std::array<qint16, 256> t{};
    for (int i = 0; i < 256; ++i) {
        const int u = ~i & 0xFF;
        int v = ((u & 0x0F) << 3) + 0x84;
        v <<= (u & 0x70) >> 4;
        t[static_cast<std::size_t>(i)] = static_cast<qint16>((u & 0x80) ? (0x84 - v) : (v - 0x84));
    }
    return t;
}

constexpr std::array<qint16, 256> kALaw = makeALaw();
constexpr std::array<qint16, 256> kMuLaw = makeMuLaw();

// The segment of a magnitude: the first end it does not exceed (8 when above all).
int segmentOf(int value, const std::array<int, 8>& ends)
{
    for (int i = 0; i < 8; ++i) {
        if (value <= ends[static_cast<std::size_t>(i)]) {
            return i;
        }
    }
    return 8;
}

// ---- WAV ----

struct WavFormat {
    quint16 tag = 0;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    int blockAlign = 0;
};

Result<AudioInfo> probeWav(QIODevice& in, qint64 fileSize)
{
    std::optional<WavFormat> fmt;
    qint64 pos = 12;
    while (pos + 8 <= fileSize) {
        in.seek(pos);
        const QByteArray header = in.read(8);
        if (header.size() != 8) {
            return truncated();
        }
        const QByteArray id = header.left(4);
        const quint32 size = qFromLittleEndian<quint32>(header.constData() + 4);
        const qint64 body = pos + 8;
        if (id == "fmt ") {
            if (size < 16 || body + size > fileSize) {
                return size < 16 ? bad(QCoreApplication::translate(
                                       "hotline::recordings", "The WAV header is damaged (format chunk too short)."))
                                 : truncated();
            }
            const QByteArray f = in.read(qMin<qint64>(size, 40));
            WavFormat w;
            w.tag = qFromLittleEndian<quint16>(f.constData());
            w.channels = qFromLittleEndian<quint16>(f.constData() + 2);
            w.sampleRate = static_cast<int>(qFromLittleEndian<quint32>(f.constData() + 4));
            w.blockAlign = qFromLittleEndian<quint16>(f.constData() + 12);
            w.bitsPerSample = qFromLittleEndian<quint16>(f.constData() + 14);
            if (w.tag == kWaveExtensible && f.size() >= 26) {
                w.tag = qFromLittleEndian<quint16>(f.constData() + 24); // the sub-format GUID starts with the tag
            }
            fmt = w;
        } else if (id == "data") {
            if (!fmt) {
                return bad(QCoreApplication::translate("hotline::recordings",
                                                       "The WAV header is damaged (no format before the sound)."));
            }
            const bool pcm = fmt->tag == kWavePcm && fmt->bitsPerSample == 16;
            const bool g711 = (fmt->tag == kWaveALaw || fmt->tag == kWaveMuLaw) && fmt->bitsPerSample == 8;
            if (!pcm && !g711) {
                return bad(QCoreApplication::translate("hotline::recordings",
                                                       "Unsupported WAV encoding (format %1, %2-bit): only 16-bit PCM, "
                                                       "G.711 A-law and G.711 µ-law are read.")
                               .arg(fmt->tag)
                               .arg(fmt->bitsPerSample));
            }
            if (fmt->channels < 1 || fmt->channels > 2 || fmt->sampleRate < kMinRate || fmt->sampleRate > kMaxRate) {
                return bad(QCoreApplication::translate("hotline::recordings",
                                                       "Unsupported WAV layout (%1 channel(s), %2 Hz): one or two "
                                                       "channels at 8,000 to 48,000 Hz are read.")
                               .arg(fmt->channels)
                               .arg(fmt->sampleRate));
            }
            const int frameBytes = fmt->channels * fmt->bitsPerSample / 8;
            qint64 bytes = size;
            // A recorder that was stopped hard leaves the size 0 or 0xFFFFFFFF: the sound runs to the end of the file.
            if (size == 0 || size == 0xFFFFFFFFu) {
                bytes = fileSize - body;
            } else if (body + bytes > fileSize) {
                return truncated();
            }
            bytes -= bytes % frameBytes;
            if (bytes <= 0) {
                return bad(QCoreApplication::translate("hotline::recordings", "The recording holds no sound."));
            }
            AudioInfo info;
            info.encoding = fmt->tag == kWavePcm    ? AudioEncoding::Pcm16
                            : fmt->tag == kWaveALaw ? AudioEncoding::ALaw
                                                    : AudioEncoding::MuLaw;
            info.sampleRate = fmt->sampleRate;
            info.channels = fmt->channels;
            info.dataOffset = body;
            info.dataBytes = bytes;
            info.durationMs = bytes / frameBytes * 1000 / fmt->sampleRate;
            return info;
        }
        pos = body + size + (size & 1); // chunks are padded to an even length
    }
    return fmt ? truncated()
               : bad(QCoreApplication::translate("hotline::recordings",
                                                 "The WAV header is damaged (no format or sound chunk)."));
}

// ---- MP3 (MPEG-1/2/2.5 Layer III frame headers) ----

struct Mp3Frame {
    int bytes = 0;
    int sampleRate = 0;
    int samples = 0;
    int channels = 0;
};

std::optional<Mp3Frame> parseMp3Header(const uchar* h)
{
    if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) {
        return std::nullopt;
    }
    const int version = (h[1] >> 3) & 0x03; // 0: MPEG 2.5, 2: MPEG 2, 3: MPEG 1
    const int layer = (h[1] >> 1) & 0x03;   // 1: Layer III
    const int bitrateIndex = (h[2] >> 4) & 0x0F;
    const int rateIndex = (h[2] >> 2) & 0x03;
    if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
        return std::nullopt;
    }
    static constexpr int kBitratesV1[] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    static constexpr int kBitratesV2[] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    static constexpr int kRatesV1[] = {44100, 48000, 32000};
    const bool v1 = version == 3;
    const int kbps = v1 ? kBitratesV1[bitrateIndex] : kBitratesV2[bitrateIndex];
    int rate = kRatesV1[rateIndex];
    if (version == 2) {
        rate /= 2;
    } else if (version == 0) {
        rate /= 4;
    }
    const int padding = (h[2] >> 1) & 0x01;
    Mp3Frame f;
    f.sampleRate = rate;
    f.samples = v1 ? 1152 : 576;
    f.bytes = (v1 ? 144 : 72) * kbps * 1000 / rate + padding;
    f.channels = ((h[3] >> 6) & 0x03) == 3 ? 1 : 2;
    return f;
}

Result<AudioInfo> probeMp3(QIODevice& in, qint64 fileSize)
{
    qint64 pos = 0;
    in.seek(0);
    const QByteArray id3 = in.read(10);
    if (id3.size() == 10 && id3.startsWith("ID3")) {
        const auto* s = reinterpret_cast<const uchar*>(id3.constData()) + 6; // four 7-bit bytes (syncsafe)
        pos = 10 + ((qint64(s[0]) << 21) | (qint64(s[1]) << 14) | (qint64(s[2]) << 7) | qint64(s[3]));
        if (id3.at(5) & 0x10) {
            pos += 10; // footer
        }
    }
    // The sound ends before an ID3v1 tag.
    qint64 end = fileSize;
    if (fileSize >= 128) {
        in.seek(fileSize - 128);
        if (in.read(3) == "TAG") {
            end -= 128;
        }
    }
    // Find the first frame whose successor is a frame too (a false sync word is common in tag padding).
    in.seek(pos);
    const QByteArray head = in.read(qMin<qint64>(end - pos, 64 * 1024));
    qint64 first = -1;
    for (qint64 i = 0; i + 4 <= head.size(); ++i) {
        const auto f = parseMp3Header(reinterpret_cast<const uchar*>(head.constData()) + i);
        if (!f) {
            continue;
        }
        if (i + f->bytes + 4 <= head.size()) {
            if (parseMp3Header(reinterpret_cast<const uchar*>(head.constData()) + i + f->bytes)) {
                first = pos + i;
                break;
            }
        } else if (pos + i + f->bytes <= end) { // a one-frame file
            first = pos + i;
            break;
        }
    }
    if (first < 0) {
        return bad(QCoreApplication::translate("hotline::recordings",
                                               "Neither a WAV nor an MP3 file (no RIFF header, no MP3 frames)."));
    }
    AudioInfo info;
    info.encoding = AudioEncoding::Mp3;
    info.dataOffset = first;
    qint64 samples = 0;
    qint64 p = first;
    uchar h[4];
    while (p + 4 <= end) {
        in.seek(p);
        if (in.read(reinterpret_cast<char*>(h), 4) != 4) {
            break;
        }
        const auto f = parseMp3Header(h);
        if (!f) {
            break; // trailing garbage or another tag: the frames end here
        }
        if (p + f->bytes > end) {
            return truncated();
        }
        if (info.sampleRate == 0) {
            info.sampleRate = f->sampleRate;
            info.channels = f->channels;
        }
        samples += f->samples;
        p += f->bytes;
    }
    info.dataBytes = p - first;
    info.durationMs = info.sampleRate > 0 ? samples * 1000 / info.sampleRate : 0;
    if (info.durationMs <= 0) {
        return bad(QCoreApplication::translate("hotline::recordings", "The recording holds no sound."));
    }
    return info;
}

} // namespace

QString key(AudioEncoding e)
{
    switch (e) {
    case AudioEncoding::Pcm16:
        return QStringLiteral("pcm16");
    case AudioEncoding::ALaw:
        return QStringLiteral("alaw");
    case AudioEncoding::MuLaw:
        return QStringLiteral("mulaw");
    case AudioEncoding::Mp3:
        return QStringLiteral("mp3");
    }
    return {};
}

std::optional<AudioEncoding> encodingFromKey(const QString& k)
{
    for (AudioEncoding e : {AudioEncoding::Pcm16, AudioEncoding::ALaw, AudioEncoding::MuLaw, AudioEncoding::Mp3}) {
        if (key(e) == k) {
            return e;
        }
    }
    return std::nullopt;
}

QString displayName(AudioEncoding e)
{
    switch (e) {
    case AudioEncoding::Pcm16:
        return QCoreApplication::translate("hotline::recordings", "PCM 16-bit");
    case AudioEncoding::ALaw:
        return QCoreApplication::translate("hotline::recordings", "G.711 A-law");
    case AudioEncoding::MuLaw:
        return QCoreApplication::translate("hotline::recordings", "G.711 µ-law");
    case AudioEncoding::Mp3:
        return QStringLiteral("MP3");
    }
    return {};
}

Result<AudioInfo> probeAudio(QIODevice& in)
{
    const qint64 size = in.size();
    if (size <= 0) {
        return bad(QCoreApplication::translate("hotline::recordings", "The file is empty."));
    }
    in.seek(0);
    const QByteArray riff = in.read(12);
    if (riff.startsWith("RIFF")) {
        if (riff.size() < 12 || riff.mid(8, 4) != "WAVE") {
            return riff.size() < 12
                       ? truncated()
                       : bad(QCoreApplication::translate("hotline::recordings", "A RIFF file that is not WAV sound."));
        }
        return probeWav(in, size);
    }
    return probeMp3(in, size);
}

Result<AudioInfo> probeAudio(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::FileUnreadable,
            QCoreApplication::translate("hotline::recordings", "Cannot open the file: %1").arg(f.errorString()));
    }
    return probeAudio(f);
}

Result<PcmAudio> decodeWav(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::FileUnreadable,
            QCoreApplication::translate("hotline::recordings", "Cannot open the file: %1").arg(f.errorString()));
    }
    auto info = probeAudio(f);
    if (!info) {
        return info.error();
    }
    if (info->encoding == AudioEncoding::Mp3) {
        return bad(QCoreApplication::translate("hotline::recordings", "Not a WAV file: MP3 is decoded by the player."));
    }
    f.seek(info->dataOffset);
    const QByteArray data = f.read(info->dataBytes);
    if (data.size() != info->dataBytes) {
        return truncated();
    }
    PcmAudio out;
    out.sampleRate = info->sampleRate;
    out.channels = info->channels;
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    // Raw pointers, not QList's operator[] (a detach check per sample): an hour of 8 kHz sound decodes in tens of ms.
    if (info->encoding == AudioEncoding::Pcm16) {
        out.samples.resize(data.size() / 2);
        qFromLittleEndian<qint16>(bytes, out.samples.size(), out.samples.data());
    } else {
        const qint16* table = info->encoding == AudioEncoding::ALaw ? kALaw.data() : kMuLaw.data();
        out.samples.resize(data.size());
        qint16* dst = out.samples.data();
        const qsizetype n = data.size();
        for (qsizetype i = 0; i < n; ++i) {
            dst[i] = table[bytes[i]];
        }
    }
    return out;
}

const std::array<qint16, 256>& aLawTable()
{
    return kALaw;
}

const std::array<qint16, 256>& muLawTable()
{
    return kMuLaw;
}

quint8 linearToALaw(qint16 sample)
{
    static constexpr std::array<int, 8> kEnds = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};
    int v = sample >> 3; // 13 bits
    int mask = 0xD5;
    if (v < 0) {
        mask = 0x55;
        v = -v - 1;
    }
    const int seg = segmentOf(v, kEnds);
    if (seg >= 8) {
        return static_cast<quint8>(0x7F ^ mask);
    }
    int a = seg << 4;
    a |= seg < 2 ? (v >> 1) & 0x0F : (v >> seg) & 0x0F;
    return static_cast<quint8>(a ^ mask);
}

quint8 linearToMuLaw(qint16 sample)
{
    static constexpr std::array<int, 8> kEnds = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    constexpr int kClip = 8159;
    int v = sample >> 2; // 14 bits
    int mask = 0xFF;
    if (v < 0) {
        v = -v;
        mask = 0x7F;
    }
    v = qMin(v, kClip) + (0x84 >> 2);
    const int seg = segmentOf(v, kEnds);
    if (seg >= 8) {
        return static_cast<quint8>(0x7F ^ mask);
    }
    const int u = (seg << 4) | ((v >> (seg + 1)) & 0x0F);
    return static_cast<quint8>(u ^ mask);
}

Outcome writeWav(const QString& path, const PcmAudio& audio, AudioEncoding encoding)
{
    if (encoding == AudioEncoding::Mp3 || audio.channels < 1 || audio.sampleRate <= 0) {
        return bad(
            QCoreApplication::translate("hotline::recordings", "Only PCM, A-law and µ-law WAV files are written."));
    }
    const bool pcm = encoding == AudioEncoding::Pcm16;
    const int bytesPerSample = pcm ? 2 : 1;
    QByteArray data(audio.samples.size() * bytesPerSample, Qt::Uninitialized);
    auto* out = reinterpret_cast<uchar*>(data.data());
    for (qsizetype i = 0; i < audio.samples.size(); ++i) {
        const qint16 s = audio.samples[i];
        if (pcm) {
            qToLittleEndian<qint16>(s, out + 2 * i);
        } else {
            out[i] = encoding == AudioEncoding::ALaw ? linearToALaw(s) : linearToMuLaw(s);
        }
    }
    const quint16 tag = pcm ? kWavePcm : encoding == AudioEncoding::ALaw ? kWaveALaw : kWaveMuLaw;
    QByteArray header(44, '\0');
    auto* h = reinterpret_cast<uchar*>(header.data());
    std::memcpy(h, "RIFF", 4);
    qToLittleEndian<quint32>(static_cast<quint32>(36 + data.size()), h + 4);
    std::memcpy(h + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h + 16);
    qToLittleEndian<quint16>(tag, h + 20);
    qToLittleEndian<quint16>(static_cast<quint16>(audio.channels), h + 22);
    qToLittleEndian<quint32>(static_cast<quint32>(audio.sampleRate), h + 24);
    qToLittleEndian<quint32>(static_cast<quint32>(audio.sampleRate * audio.channels * bytesPerSample), h + 28);
    qToLittleEndian<quint16>(static_cast<quint16>(audio.channels * bytesPerSample), h + 32);
    qToLittleEndian<quint16>(static_cast<quint16>(8 * bytesPerSample), h + 34);
    std::memcpy(h + 36, "data", 4);
    qToLittleEndian<quint32>(static_cast<quint32>(data.size()), h + 40);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(header) != header.size() || file.write(data) != data.size() ||
        !file.commit()) {
        return makeError(
            ErrorCode::StoreWriteFailed,
            QCoreApplication::translate("hotline::recordings", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return Ok{};
}

} // namespace hotline::recordings
