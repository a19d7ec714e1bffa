#pragma once
// What the player's tests share: a store with operators of each QA-relevant role and catalogued recordings (rows
// written as the catalogue would, so these tests do not depend on the importer), and generated sound.

#include "db/query.h"
#include "recordings/audioformat.h"
#include "security/operator.h"
#include "testsupport.h"

#include <cmath>

namespace hotline::test {

// A tone at `hz` (amplitude 12000), as a telephone records it.
inline recordings::PcmAudio toneAudio(double seconds, double hz = 440, int rate = 8000, int channels = 1)
{
    recordings::PcmAudio a;
    a.sampleRate = rate;
    a.channels = channels;
    const auto frames = static_cast<qint64>(seconds * rate);
    a.samples.resize(frames * channels);
    for (qint64 i = 0; i < frames; ++i) {
        const auto s = static_cast<qint16>(12000 * std::sin(2 * M_PI * hz * double(i) / rate));
        for (int c = 0; c < channels; ++c) {
            a.samples[i * channels + c] = s;
        }
    }
    return a;
}

// Zero crossings per second of the first channel: twice the frequency of a pure tone.
inline double crossingsPerSecond(const recordings::PcmAudio& a, qint64 skipFrames = 0)
{
    qint64 n = 0;
    const qint64 frames = a.frames();
    for (qint64 i = skipFrames + 1; i < frames - skipFrames; ++i) {
        const qint16 prev = a.samples[(i - 1) * a.channels];
        const qint16 cur = a.samples[i * a.channels];
        n += (prev < 0) != (cur < 0) ? 1 : 0;
    }
    return double(n) * a.sampleRate / double(std::max<qint64>(1, frames - 2 * skipFrames - 1));
}

struct PlayerStore {
    PlayerStore()
    {
        security::OperatorRepository ops(store.db->connection());
        inspector = ops.create(QStringLiteral("质检员周敏"), security::Role::QaInspector, ids, clock).value();
        secondInspector = ops.create(QStringLiteral("质检员吴昊"), security::Role::QaInspector, ids, clock).value();
        lead = ops.create(QStringLiteral("组长陈静"), security::Role::TeamLead, ids, clock).value();
        agent = ops.create(QStringLiteral("坐席张三"), security::Role::Agent, ids, clock).value();
        otherAgent = ops.create(QStringLiteral("坐席李四"), security::Role::Agent, ids, clock).value();
        admin = ops.create(QStringLiteral("管理员王刚"), security::Role::Admin, ids, clock).value();
    }

    // A catalogued recording of the agent, durationMs long.
    QString addRecording(qint64 durationMs, const QString& sha256 = {}, const QString& path = QStringLiteral("/x.wav"))
    {
        const QString id = ids.next();
        const QString sha =
            sha256.isEmpty() ? QStringLiteral("%1").arg(id).leftJustified(64, QLatin1Char('0')) : sha256;
        auto q = db::exec(store.db->connection(),
                          QStringLiteral("INSERT INTO recordings (id, agent_id, started_at, duration_ms, format, "
                                         "sample_rate, channels, file_name, path, storage, size_bytes, sha256, "
                                         "imported_by, imported_at) VALUES (?, ?, 0, ?, 'alaw', 8000, 1, 'x.wav', ?, "
                                         "'in_place', 100, ?, ?, 0)"),
                          {id, agent.id, durationMs, path, sha, inspector.id});
        REQUIRE(q.ok());
        return id;
    }

    // A submitted evaluation of the recording whose agent is agentId.
    void addEvaluation(const QString& recordingId, const QString& agentId)
    {
        const QString templateId = ids.next();
        const QString versionId = ids.next();
        const auto c = store.db->connection();
        REQUIRE(db::exec(c, QStringLiteral("INSERT INTO qa_templates (id, name, updated_at) VALUES (?, 'T', 0)"),
                         {templateId})
                    .ok());
        REQUIRE(db::exec(c,
                         QStringLiteral("INSERT INTO qa_template_versions (id, template_id, version, pass_mark, "
                                        "max_total, definition, created_by, created_at) VALUES (?, ?, 1, 60, 100, "
                                        "'{}', ?, 0)"),
                         {versionId, templateId, lead.id})
                    .ok());
        REQUIRE(db::exec(c,
                         QStringLiteral("INSERT INTO qa_evaluations (id, recording_id, template_version_id, agent_id, "
                                        "inspector_id, scored_at, total, passed, updated_at) VALUES (?, ?, ?, ?, ?, 0, "
                                        "90, 1, 0)"),
                         {ids.next(), recordingId, versionId, agentId, inspector.id})
                    .ok());
    }

    TempStore store;
    ManualClock clock{beijing(QStringLiteral("2025-10-13 09:30"))};
    SequentialIdGenerator ids;
    security::Operator inspector, secondInspector, lead, agent, otherAgent, admin;
};

} // namespace hotline::test
