#include "playerfixture.h"
#include "recordings/peaks.h"
#include "recordings/peaksrepository.h"

#include <QTemporaryDir>

using namespace hotline;
using namespace hotline::recordings;

namespace {

PcmAudio mono(const QList<qint16>& samples)
{
    PcmAudio a;
    a.samples = samples;
    return a;
}

} // namespace

TEST_CASE("peaks hold each bucket's lowest and highest sample")
{
    const PcmAudio a = mono({1, -5, 3, 7, 0, 0, -2, -9, 4, 100});
    const QList<PeakPair> p = computePeaks(a, 5);
    REQUIRE(p.size() == 5);
    CHECK(p[0] == PeakPair{-5, 1});
    CHECK(p[1] == PeakPair{3, 7});
    CHECK(p[2] == PeakPair{0, 0});
    CHECK(p[3] == PeakPair{-9, -2});
    CHECK(p[4] == PeakPair{4, 100});
    // Buckets of unequal length spread evenly: 10 frames into 3 buckets are 3, 3 and 4 frames.
    const QList<PeakPair> three = computePeaks(a, 3);
    REQUIRE(three.size() == 3);
    CHECK(three[0] == PeakPair{-5, 3});
    CHECK(three[1] == PeakPair{0, 7});
    CHECK(three[2] == PeakPair{-9, 100});
}

TEST_CASE("peaks mix the channels of a stereo recording")
{
    PcmAudio a;
    a.channels = 2;
    // Agent left, caller right: (1000, -1000) mixes to 0, (1000, 3000) to 2000, (-4000, -2000) to -3000.
    a.samples = {1000, -1000, 1000, 3000, -4000, -2000, 0, 0};
    const QList<PeakPair> p = computePeaks(a, 2);
    REQUIRE(p.size() == 2);
    CHECK(p[0] == PeakPair{0, 2000});
    CHECK(p[1] == PeakPair{-3000, 0});
    // The extremes of a full-scale stereo recording do not overflow.
    a.samples = {32767, 32767, -32768, -32768};
    CHECK(computePeaks(a, 1).value(0) == PeakPair{-32768, 32767});
}

TEST_CASE("peaks of a short, empty or odd request")
{
    CHECK(computePeaks(mono({5, -5, 2}), 4000).size() == 3); // one bucket a frame
    CHECK(computePeaks(mono({}), 10).isEmpty());
    CHECK(computePeaks(mono({1, 2}), 0).isEmpty());
    CHECK(computePeaks(mono({1, 2}), -3).isEmpty());
    CHECK(computePeaks(nullptr, 10, 1, 10).isEmpty());
    CHECK(computePeaks(mono({1, 2}).samples.constData(), 2, 0, 10).isEmpty());
}

TEST_CASE("the peaks blob is signed 16-bit little-endian pairs, and a damaged one is refused")
{
    const QList<PeakPair> p{{-32768, 32767}, {-1, 258}, {0, 0}};
    const QByteArray blob = encodePeaks(p);
    REQUIRE(blob.size() == 12);
    CHECK(blob.left(4) == QByteArray::fromHex("0080ff7f"));
    CHECK(blob.mid(4, 4) == QByteArray::fromHex("ffff0201"));
    CHECK(decodePeaks(blob, 3) == p);
    CHECK_FALSE(decodePeaks(blob, 4).has_value());
    CHECK_FALSE(decodePeaks(blob.left(11), 3).has_value());
    CHECK_FALSE(decodePeaks(blob, -1).has_value());
    CHECK_FALSE(decodePeaks(encodePeaks({{5, 4}}), 1).has_value()); // min above max
    CHECK(decodePeaks({}, 0) == QList<PeakPair>{});
}

TEST_CASE("peaks merge down to a widget's width")
{
    const QList<PeakPair> p{{-1, 1}, {-5, 2}, {0, 9}, {-3, 3}, {-8, 0}, {1, 2}};
    const QList<PeakPair> r = resamplePeaks(p, 3);
    REQUIRE(r.size() == 3);
    CHECK(r[0] == PeakPair{-5, 2});
    CHECK(r[1] == PeakPair{-3, 9});
    CHECK(r[2] == PeakPair{-8, 2});
    CHECK(resamplePeaks(p, 10) == p);
    CHECK(resamplePeaks(p, 0).isEmpty());
    CHECK(resamplePeaks({}, 5).isEmpty());
    // Every input pair lands in some output pair: the global extremes survive any width.
    for (int width : {1, 2, 4, 5}) {
        const QList<PeakPair> m = resamplePeaks(p, width);
        CHECK(std::min_element(m.begin(), m.end(), [](auto a, auto b) { return a.min < b.min; })->min == -8);
        CHECK(std::max_element(m.begin(), m.end(), [](auto a, auto b) { return a.max < b.max; })->max == 9);
    }
}

TEST_CASE("peaks of a decoded A-law recording follow its loudness")
{
    QTemporaryDir dir;
    PcmAudio a = test::toneAudio(2);
    // The second second is silent.
    std::fill(a.samples.begin() + 8000, a.samples.end(), qint16(0));
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    REQUIRE(writeWav(path, a, AudioEncoding::ALaw).ok());
    auto decoded = decodeWav(path);
    REQUIRE(decoded.ok());
    const QList<PeakPair> p = computePeaks(decoded.value(), 20);
    REQUIRE(p.size() == 20);
    for (int i = 0; i < 10; ++i) {
        INFO(i);
        CHECK(p[i].max > 11000);
        CHECK(p[i].min < -11000);
    }
    for (int i = 10; i < 20; ++i) {
        INFO(i);
        CHECK(std::abs(p[i].max) <= 8); // A-law's smallest step
        CHECK(std::abs(p[i].min) <= 8);
    }
}

TEST_CASE("peaks are cached per recording and file content")
{
    test::PlayerStore f;
    const auto c = f.store.db->connection();
    const QString sha = QStringLiteral("a").repeated(64);
    const QString rec = f.addRecording(2000, sha);
    PeaksRepository repo(c);
    CHECK_FALSE(repo.find(rec, sha).value().has_value());

    const PcmAudio tone = test::toneAudio(2);
    const QList<PeakPair> first = cachedPeaks(c, rec, sha, tone, 100);
    REQUIRE(first.size() == 100);
    REQUIRE(repo.find(rec, sha).value().has_value());
    CHECK(*repo.find(rec, sha).value() == first);

    // Computed once: a second request is answered from the cache, whatever sound is handed in.
    PcmAudio silence = tone;
    std::fill(silence.samples.begin(), silence.samples.end(), qint16(0));
    CHECK(cachedPeaks(c, rec, sha, silence, 100) == first);

    // Changed content (another SHA-256) is never drawn with the old peaks: recomputed and replacing them.
    const QString changed = QStringLiteral("b").repeated(64);
    CHECK_FALSE(repo.find(rec, changed).value().has_value());
    const QList<PeakPair> again = cachedPeaks(c, rec, changed, silence, 100);
    CHECK(again == computePeaks(silence, 100));
    CHECK_FALSE(repo.find(rec, sha).value().has_value());
    auto rows = db::exec(c, QStringLiteral("SELECT count(*) FROM recording_peaks"));
    REQUIRE(rows.ok());
    REQUIRE(rows.value().next());
    CHECK(rows.value().value(0).toInt() == 1);

    // Another resolution is recomputed too.
    CHECK(cachedPeaks(c, rec, changed, silence, 50).size() == 50);

    // Peaks are local: nothing reaches the outbox.
    auto q = db::exec(c, QStringLiteral("SELECT count(*) FROM change_log WHERE entity LIKE 'recording%'"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toInt() == 0);
}

TEST_CASE("a damaged or foreign peaks row is not used")
{
    test::PlayerStore f;
    const auto c = f.store.db->connection();
    const QString sha = QStringLiteral("c").repeated(64);
    const QString rec = f.addRecording(1000, sha);
    PeaksRepository repo(c);
    CHECK(repo.store(QStringLiteral("no-such-recording"), sha, {{0, 1}}).error().code == ErrorCode::NotFound);
    REQUIRE(repo.store(rec, sha, {{0, 1}, {-2, 3}}).ok());
    REQUIRE(db::exec(c, QStringLiteral("UPDATE recording_peaks SET buckets = 3 WHERE recording_id = ?"), {rec}).ok());
    CHECK_FALSE(repo.find(rec, sha).value().has_value());
    // ... and the next request recomputes and repairs it.
    const PcmAudio tone = test::toneAudio(1);
    CHECK(cachedPeaks(c, rec, sha, tone, 10) == computePeaks(tone, 10));
    CHECK(repo.find(rec, sha).value().value_or(QList<PeakPair>{}) == computePeaks(tone, 10));
}

TEST_CASE("peaks accumulated piece by piece equal peaks computed at once")
{
    const PcmAudio tone = test::toneAudio(3, 440, 8000, 2);
    PeakAccumulator acc(tone.frames(), 50);
    // Uneven pieces, as a decoder hands them out.
    qint64 at = 0;
    for (qint64 piece : {1, 999, 4000, 7, 12000, 100000}) {
        const qint64 n = std::min(piece, tone.frames() - at);
        acc.add(tone.samples.constData() + at * 2, n, 2);
        at += n;
    }
    CHECK(acc.frames() == tone.frames());
    CHECK(acc.result() == computePeaks(tone, 50));

    // More sound than the headers promised lands in the last bucket; less leaves the tail empty.
    PeakAccumulator longer(4, 2);
    const QList<qint16> six{1, 2, 3, 4, -50, 60};
    longer.add(six.constData(), 6, 1);
    CHECK(longer.result() == QList<PeakPair>{{1, 2}, {-50, 60}});
    PeakAccumulator shorter(8, 4);
    shorter.add(six.constData(), 2, 1);
    CHECK(shorter.result() == QList<PeakPair>{{1, 2}, {0, 0}, {0, 0}, {0, 0}});
    PeakAccumulator none(0, 10);
    none.add(six.constData(), 6, 1);
    CHECK(none.result().isEmpty());
    PeakAccumulator bad(10, 5);
    bad.add(nullptr, 5, 1);
    bad.add(six.constData(), 5, 0);
    CHECK(bad.frames() == 0);
}
