// The demo store's recordings: synthesised calls for the newest phone work orders, linked as a PBX's would be.
#include "demo/demodata.h"
#include "recordings/demorecordings.h"
#include "recordings/recordingrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>

using namespace hotline;
using namespace hotline::recordings;

TEST_CASE("synthesised calls sound like speech: bursts with pauses, and the same seed gives the same samples")
{
    const PcmAudio a = synthesizeCall(20, 7);
    REQUIRE(a.durationMs() == 20000);
    CHECK(a.samples == synthesizeCall(20, 7).samples);
    CHECK(a.samples != synthesizeCall(20, 8).samples);
    // Per 50 ms window: loud (speech) and quiet (pause) windows both occur, and neither dominates.
    int loud = 0;
    int quiet = 0;
    for (qsizetype w = 0; w + 400 <= a.samples.size(); w += 400) {
        int peak = 0;
        for (qsizetype i = w; i < w + 400; ++i) {
            peak = std::max(peak, std::abs(int(a.samples.at(i))));
        }
        if (peak > 2000) {
            ++loud;
        } else if (peak < 300) {
            ++quiet;
        }
    }
    CHECK(loud > 100);
    CHECK(quiet > 40);
}

TEST_CASE("the demo store gets recordings in three formats, linked by call id, by caller and time, and one not")
{
    test::TempStore store;
    UuidGenerator ids;
    demo::DemoOptions options;
    options.count = 60;
    options.now = test::beijing(QStringLiteral("2026-11-27 16:00"));
    REQUIRE(demo::fillDemo(*store.db, ids, options).ok());
    QTemporaryDir folder;
    ManualClock clock(options.now);
    auto made = fillDemoRecordings(*store.db, folder.path(), ids, clock);
    REQUIRE(made.ok());
    CHECK(made->files == 12);
    CHECK(made->imported == 12);
    CHECK(made->linked == 11);
    RecordingRepository repo(store.db->connection());
    auto all = repo.list({}).value();
    REQUIRE(all.size() == 12);
    QSet<QString> formats;
    int byCallId = 0;
    int byWindow = 0;
    for (const Recording& r : all) {
        formats << key(r.format);
        CHECK(r.durationMs >= 60000);
        CHECK(r.durationMs <= 240000);
        CHECK_FALSE(r.agentId.isEmpty()); // demo agents have agent numbers now
        byCallId += r.linkMethod == LinkMethod::CallId ? 1 : 0;
        byWindow += r.linkMethod == LinkMethod::CallerWindow ? 1 : 0;
    }
    CHECK(formats.size() == 3);
    CHECK(byCallId >= 6);
    CHECK(byWindow >= 2);
    // Making them again adds nothing.
    auto again = fillDemoRecordings(*store.db, folder.path(), ids, clock);
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
}
