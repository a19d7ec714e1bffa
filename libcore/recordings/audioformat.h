#pragma once
// The sound files a PBX leaves: WAV holding 16-bit PCM, G.711 A-law or µ-law (8 kHz telephone sound), and MP3.
// probeAudio() reads only the headers (and MP3's frame headers) to catalogue a file and to tell an unreadable,
// truncated or unsupported one by name and reason; decodeWav() turns a WAV's sound into 16-bit samples through our
// own G.711 tables, so playing the common PBX formats never depends on the platform's codecs (Windows' Media
// Foundation in Qt 6.4 does not play A-law WAV). MP3 is decoded by Qt Multimedia in the player.

#include "core/result.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

class QIODevice;

namespace hotline::recordings {

enum class AudioEncoding { Pcm16, ALaw, MuLaw, Mp3 };

// "pcm16", "alaw", "mulaw", "mp3" (the recordings.format column).
QString key(AudioEncoding e);
std::optional<AudioEncoding> encodingFromKey(const QString& k);
// For people: "PCM 16-bit", "G.711 A-law", "G.711 µ-law", "MP3".
QString displayName(AudioEncoding e);

struct AudioInfo {
    AudioEncoding encoding = AudioEncoding::Pcm16;
    int sampleRate = 0;
    int channels = 0;
    qint64 durationMs = 0;
    // WAV: where the sound data starts and how many bytes it has (whole sample frames). MP3: the first frame and
    // the bytes of whole frames.
    qint64 dataOffset = 0;
    qint64 dataBytes = 0;
};

// Reads the file's headers. Errors (ErrorCode::InvalidInput, a translated reason naming what is wrong): cannot be
// opened, empty, neither WAV nor MP3, a WAV encoding other than 16-bit PCM / A-law / µ-law, a sample rate outside
// 8,000–48,000 Hz or more than two channels, a header or data chunk cut short (truncated), no sound at all.
Result<AudioInfo> probeAudio(const QString& path);
Result<AudioInfo> probeAudio(QIODevice& device);

// 16-bit samples, interleaved when there are two channels.
struct PcmAudio {
    int sampleRate = 8000;
    int channels = 1;
    QList<qint16> samples;

    qint64 frames() const { return channels > 0 ? samples.size() / channels : 0; }
    qint64 durationMs() const { return sampleRate > 0 ? frames() * 1000 / sampleRate : 0; }
};

// Decodes a WAV file's sound (PCM copied, A-law and µ-law through the tables below). MP3 is refused: the player
// decodes it with Qt Multimedia.
Result<PcmAudio> decodeWav(const QString& path);

// G.711 (ITU-T): one 256-entry table each, index = the coded byte.
const std::array<qint16, 256>& aLawTable();
const std::array<qint16, 256>& muLawTable();
// The encoders, for writing test and demo files.
quint8 linearToALaw(qint16 sample);
quint8 linearToMuLaw(qint16 sample);

// Writes a WAV file of the samples in the given encoding (Pcm16, ALaw or MuLaw; Mp3 is refused).
Outcome writeWav(const QString& path, const PcmAudio& audio, AudioEncoding encoding);

} // namespace hotline::recordings
