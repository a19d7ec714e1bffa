// Waveform peaks of a 60-minute 8 kHz A-law recording (the target: under a second), and the cached read the
// player does every later time; also the time-stretch's speed. Prints figures; not a timed test.
// build/release/bench/bench_waveform_peaks [minutes]

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "recordings/audioformat.h"
#include "recordings/peaks.h"
#include "recordings/peaksrepository.h"
#include "recordings/timestretch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace hotline;
using namespace hotline::recordings;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

PcmAudio speechLike(qint64 seconds)
{
    PcmAudio a;
    a.sampleRate = 8000;
    a.samples.resize(seconds * 8000);
    for (qsizetype i = 0; i < a.samples.size(); ++i) {
        const double t = double(i) / 8000;
        const double voice = std::sin(2 * M_PI * 150 * t) + 0.5 * std::sin(2 * M_PI * 300 * t);
        a.samples[i] = static_cast<qint16>(8000 * std::max(0.0, std::sin(2 * M_PI * 4 * t)) * voice);
    }
    return a;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int minutes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    {
        const PcmAudio audio = speechLike(qint64(minutes) * 60);
        if (!writeWav(path, audio, AudioEncoding::ALaw)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("recording: %d min, 8 kHz G.711 A-law, %.1f MB\n", minutes, double(QFileInfo(path).size()) / 1e6);

    QElapsedTimer t;
    t.start();
    auto decoded = decodeWav(path);
    const double decodeMs = ms(t);
    if (!decoded) {
        std::fprintf(stderr, "%s\n", qPrintable(decoded.error().message));
        return 1;
    }
    t.restart();
    const QList<PeakPair> peaks = computePeaks(decoded.value(), kDefaultPeakBuckets);
    const double peaksMs = ms(t);
    std::printf("decode (decodeWav):              %8.1f ms\n", decodeMs);
    std::printf("peaks (%d buckets):            %8.1f ms\n", int(peaks.size()), peaksMs);
    std::printf("decode + peaks:                  %8.1f ms   (target < 1000 ms)\n", decodeMs + peaksMs);

    // The cache: the first time computed and stored, then read back.
    SystemClock clock;
    auto store = db::Database::open(dir.filePath(QStringLiteral("store.db")));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    const auto c = store.value()->connection();
    const QString sha = QStringLiteral("f").repeated(64);
    (void)db::exec(c,
                   QStringLiteral("INSERT INTO recordings (id, started_at, duration_ms, format, sample_rate, channels, "
                                  "file_name, path, storage, size_bytes, sha256, imported_by, imported_at) VALUES "
                                  "('r', 0, ?, 'alaw', 8000, 1, 'call.wav', ?, 'in_place', 0, ?, 'bench', 0)"),
                   {decoded->durationMs(), path, sha});
    t.restart();
    const QList<PeakPair> first = cachedPeaks(c, QStringLiteral("r"), sha, decoded.value());
    std::printf("peaks computed and cached:       %8.1f ms\n", ms(t));
    PeaksRepository repo(c);
    constexpr int kReads = 20;
    t.restart();
    bool same = true;
    for (int i = 0; i < kReads; ++i) {
        auto cached = repo.find(QStringLiteral("r"), sha);
        same = same && cached && cached.value() && *cached.value() == first;
    }
    std::printf("cached read (mean of %d):        %8.2f ms%s\n", kReads, ms(t) / kReads, same ? "" : "  MISMATCH");

    // Time-stretch of one minute at 1.5× and 0.75×: how much faster than real time.
    PcmAudio minute;
    minute.samples = decoded->samples.mid(0, 60 * 8000);
    for (double speed : {0.75, 1.5}) {
        t.restart();
        const PcmAudio out = timeStretch(minute, speed);
        const double took = ms(t);
        std::printf("time-stretch 60 s at %.2fx:      %8.1f ms   (%.0fx real time)\n", speed, took,
                    double(out.frames()) / 8.0 / took);
    }
    return same ? 0 : 1;
}
