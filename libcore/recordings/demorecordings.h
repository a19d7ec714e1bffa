#pragma once
// Demo recordings: speech-like telephone calls synthesised (syllable-like voiced bursts with pauses, two speakers
// taking turns, a little line noise — no recorded audio) and written as the PBX would leave them for the newest
// phone work orders of a demo store, then imported so the catalogue and the player have something real to show.

#include "core/result.h"
#include "recordings/audioformat.h"

#include <QString>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::recordings {

// A call of `seconds` at 8 kHz, mono; the same seed gives the same samples.
PcmAudio synthesizeCall(int seconds, quint32 seed);

struct DemoRecordingsSummary {
    int files = 0;
    int imported = 0;
    int linked = 0;
    QString folder;
};

// Writes `count` recordings (A-law, µ-law and 16-bit PCM in turn, 1–4 minutes) into folder, named by the default
// pattern, for the newest phone work orders: most carry the work order's call id, some only the caller (linked by
// time), one an unknown caller (left to link by hand). Gives the demo agents agent numbers (1001, 1002 …) and
// imports as the demo team lead.
Result<DemoRecordingsSummary> fillDemoRecordings(db::Database& db, const QString& folder, IdGenerator& ids,
                                                 const Clock& clock, int count = 12);

} // namespace hotline::recordings
