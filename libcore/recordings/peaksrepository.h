#pragma once
// The waveform peaks cache (recording_peaks, this workstation only, never synced): one row per recording, valid
// only for the file content it was computed from (its SHA-256), so a changed file is never drawn with old peaks.

#include "core/result.h"
#include "recordings/peaks.h"

#include <QSqlDatabase>

#include <optional>

namespace hotline::recordings {

class PeaksRepository final {
public:
    explicit PeaksRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The cached peaks of the recording when they were computed from the file with this SHA-256; nothing when none
    // are cached, they belong to other content, or the blob is damaged.
    Result<std::optional<QList<PeakPair>>> find(const QString& recordingId, const QString& sha256) const;
    // Stores (or replaces) the recording's peaks. NotFound when the recording is not in the catalogue.
    Outcome store(const QString& recordingId, const QString& sha256, const QList<PeakPair>& peaks);

private:
    QSqlDatabase m_db;
};

// The recording's peaks from the cache, or computed from its decoded sound and cached. A cache that cannot be
// written does not stop the overview: the computed peaks are returned all the same.
QList<PeakPair> cachedPeaks(const QSqlDatabase& db, const QString& recordingId, const QString& sha256,
                            const PcmAudio& audio, int buckets = kDefaultPeakBuckets);

} // namespace hotline::recordings
