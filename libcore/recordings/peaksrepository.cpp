#include "recordings/peaksrepository.h"

#include "db/query.h"

#include <QCoreApplication>

#include <algorithm>

namespace hotline::recordings {

Result<std::optional<QList<PeakPair>>> PeaksRepository::find(const QString& recordingId, const QString& sha256) const
{
    auto q = db::exec(
        m_db, QStringLiteral("SELECT buckets, peaks FROM recording_peaks WHERE recording_id = ? AND sha256 = ?"),
        {recordingId, sha256});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<QList<PeakPair>>{};
    }
    return decodePeaks(q.value().value(1).toByteArray(), q.value().value(0).toInt());
}

Outcome PeaksRepository::store(const QString& recordingId, const QString& sha256, const QList<PeakPair>& peaks)
{
    auto known = db::exec(m_db, QStringLiteral("SELECT 1 FROM recordings WHERE id = ?"), {recordingId});
    if (!known) {
        return known.error();
    }
    if (!known.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::recordings", "The recording is not in the catalogue."));
    }
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO recording_peaks (recording_id, sha256, buckets, peaks) VALUES (?, ?, "
                                     "?, ?) ON CONFLICT (recording_id) DO UPDATE SET sha256 = excluded.sha256, "
                                     "buckets = excluded.buckets, peaks = excluded.peaks"),
                      {recordingId, sha256, int(peaks.size()), encodePeaks(peaks)});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

QList<PeakPair> cachedPeaks(const QSqlDatabase& db, const QString& recordingId, const QString& sha256,
                            const PcmAudio& audio, int buckets)
{
    PeaksRepository repo(db);
    const qint64 expected = std::min<qint64>(buckets, audio.frames());
    if (auto cached = repo.find(recordingId, sha256); cached && cached.value() && cached.value()->size() == expected) {
        return *cached.value();
    }
    QList<PeakPair> peaks = computePeaks(audio, buckets);
    (void)repo.store(recordingId, sha256, peaks); // a read-only store only loses the cache
    return peaks;
}

} // namespace hotline::recordings
