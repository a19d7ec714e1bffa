#include "core/filehash.h"
#include "recordings/recordingimport.h"
#include "recordings/recordingservice.h"
#include "security/permissions.h"
#include "ticketfixture.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

using namespace hotline;
using namespace hotline::recordings;
using hotline::test::beijing;

namespace {

// A short speech-like recording: bursts of a tone with pauses; `seed` makes each file's content different.
PcmAudio speech(int seconds, int seed)
{
    PcmAudio a;
    for (int i = 0; i < seconds * 8000; ++i) {
        const bool voiced = (i / 1600) % 2 == 0;
        const double f = 200.0 + 37.0 * seed;
        a.samples.append(voiced ? static_cast<qint16>(9000 * std::sin(2 * M_PI * f * i / 8000)) : qint16(seed % 7));
    }
    return a;
}

void writeRecording(const QString& path, int seed, AudioEncoding encoding = AudioEncoding::ALaw, int seconds = 2)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    REQUIRE(writeWav(path, speech(seconds, seed), encoding).ok());
}

// The i-th call of the morning (i < 10): 10:i0:00, agent 1001, caller 139123456i, call id Ci.
QString callFile(int i)
{
    const QString n = QString::number(i);
    return QStringLiteral("20250930_10") + n + QStringLiteral("000_1001_139123456") + n + QStringLiteral("_C") + n +
           QStringLiteral(".wav");
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

struct CatalogueFixture : test::TicketFixture {
    CatalogueFixture()
    {
        security::OperatorRepository ops(store.db->connection());
        qa = ops.create(QStringLiteral("赵质检"), security::Role::QaInspector, ids, clock).value();
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE operators SET agent_code = '1001' WHERE name = '李娜'")));
    }

    Result<ImportReport> import(const ImportOptions& options = {})
    {
        return importRecordings(*store.db, folder.path(), options, qa, ids, clock);
    }

    QString file(const QString& name) const { return folder.filePath(name); }

    QTemporaryDir folder;
    security::Operator qa;
};

} // namespace

TEST_CASE("importing a folder catalogues every recording with its metadata, format and hash")
{
    CatalogueFixture f;
    writeRecording(f.file(QStringLiteral("20250930_100512_1001_13912345678_C1.wav")), 1, AudioEncoding::ALaw, 3);
    writeRecording(f.file(QStringLiteral("sub/20250930_110000_1002_07715551234_C2.WAV")), 2, AudioEncoding::MuLaw);
    writeRecording(f.file(QStringLiteral("sub/deeper/20250930_120000_1001_13800000000_C3.wav")), 3,
                   AudioEncoding::Pcm16);
    writeBytes(f.file(QStringLiteral("notes.txt")), "not a recording");
    const int outboxBefore = f.count(QStringLiteral("SELECT COUNT(*) FROM change_log"));

    auto report = f.import();
    REQUIRE(report.ok());
    CHECK(report->found == 3);
    CHECK(report->imported == 3);
    CHECK(report->skipped == 0);
    CHECK(report->failed() == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM recordings")) == 3);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'recording'")) == 3);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM change_log")) == outboxBefore + 3);

    auto list = listRecordings(*f.store.db, {}, f.qa);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    // Newest first.
    CHECK(list->at(0).callId == QStringLiteral("C3"));
    CHECK(list->at(0).format == AudioEncoding::Pcm16);
    CHECK(list->at(1).format == AudioEncoding::MuLaw);
    const Recording& first = list->at(2);
    CHECK(first.callId == QStringLiteral("C1"));
    CHECK(first.startedAt == beijing(QStringLiteral("2025-09-30 10:05")).addSecs(12));
    CHECK(first.durationMs == 3000);
    CHECK(first.format == AudioEncoding::ALaw);
    CHECK(first.sampleRate == 8000);
    CHECK(first.channels == 1);
    CHECK(first.agentCode == QStringLiteral("1001"));
    CHECK(first.agentId == f.agent.id); // by agent code
    CHECK(first.agentName == QStringLiteral("李娜"));
    CHECK(first.storage == Storage::InPlace);
    CHECK(first.path ==
          QFileInfo(f.file(QStringLiteral("20250930_100512_1001_13912345678_C1.wav"))).absoluteFilePath());
    CHECK(first.sha256 == sha256OfFile(first.path));
    CHECK(first.sha256.size() == 64);
    CHECK(first.fileState == FileState::Ok);
    CHECK(first.importedBy == f.qa.id);
    CHECK(list->at(1).agentId.isEmpty()); // 1002 matches nobody
}

TEST_CASE("importing the same folder again adds nothing twice")
{
    CatalogueFixture f;
    for (int i = 0; i < 4; ++i) {
        writeRecording(f.file(callFile(i)), i);
    }
    auto first = f.import();
    REQUIRE(first.ok());
    for (const ImportFailure& failure : first->failures) {
        WARN(failure.fileName.toStdString() + ": " + failure.reason.toStdString());
    }
    REQUIRE(first->imported == 4);
    auto again = f.import();
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->skipped == 4);
    CHECK(again->failed() == 0);
    // A copy of a catalogued file under another name is the same content: skipped too.
    QFile::copy(f.file(callFile(0)), f.file(QStringLiteral("20250930_150000_1001_1391234560_C9.wav")));
    auto third = f.import();
    CHECK(third->skipped == 5);
    CHECK(third->imported == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM recordings")) == 4);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'recording'")) == 4);
}

TEST_CASE("truncated, corrupt, unsupported and misnamed files are reported by name while the rest import")
{
    CatalogueFixture f;
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")), 1);
    writeRecording(f.file(QStringLiteral("20250930_100100_1001_13912345678_C2.wav")), 2);
    // Truncated: the header promises more data than the file has.
    QByteArray whole;
    {
        writeRecording(f.file(QStringLiteral("tmp.bin.wav")), 3);
        QFile src(f.file(QStringLiteral("tmp.bin.wav")));
        REQUIRE(src.open(QIODevice::ReadOnly));
        whole = src.readAll();
        src.close();
        QFile::remove(f.file(QStringLiteral("tmp.bin.wav")));
    }
    writeBytes(f.file(QStringLiteral("20250930_100200_1001_13912345678_C3.wav")), whole.left(30));
    writeBytes(f.file(QStringLiteral("20250930_100300_1001_13912345678_C4.wav")), "RIFF garbage that is no WAVE");
    writeBytes(f.file(QStringLiteral("20250930_100400_1001_13912345678_C5.mp3")), QByteArray(500, 'x'));
    writeBytes(f.file(QStringLiteral("20250930_100500_1001_13912345678_C6.wav")), QByteArray());
    writeRecording(f.file(QStringLiteral("holiday-greeting.wav")), 7);

    ImportOptions options;
    options.pattern = QStringLiteral("{date}_{time}_{agent}_{caller}_{callid}.*");
    auto report = f.import(options);
    REQUIRE(report.ok());
    CHECK(report->found == 7);
    CHECK(report->imported == 2);
    REQUIRE(report->failed() == 5);
    QStringList names;
    for (const ImportFailure& failure : report->failures) {
        names << failure.fileName;
        CHECK_FALSE(failure.reason.isEmpty());
    }
    CHECK(names == QStringList{QStringLiteral("20250930_100200_1001_13912345678_C3.wav"),
                               QStringLiteral("20250930_100300_1001_13912345678_C4.wav"),
                               QStringLiteral("20250930_100400_1001_13912345678_C5.mp3"),
                               QStringLiteral("20250930_100500_1001_13912345678_C6.wav"),
                               QStringLiteral("holiday-greeting.wav")});
    CHECK(report->failures.last().reason.contains(QStringLiteral("pattern")));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM recordings")) == 2);
}

TEST_CASE("recordings are linked by call id, else by caller within the window, else left unlinked")
{
    CatalogueFixture f;
    // Work orders: one taken on call C-LINK, one from 13911112222 received at 10:00, one from the same caller
    // at 10:30.
    auto byCallId = f.service->create(f.draft(), f.agent).value();
    QSqlQuery q(f.store.db->connection());
    q.prepare(QStringLiteral("UPDATE work_orders SET call_id = 'C-LINK' WHERE id = ?"));
    q.addBindValue(byCallId.id);
    REQUIRE(q.exec());
    auto d = f.draft();
    d.callerNumber = QStringLiteral("13911112222");
    d.receivedAt = beijing(QStringLiteral("2025-09-30 10:00"));
    auto at10 = f.service->create(d, f.agent).value();
    d.receivedAt = beijing(QStringLiteral("2025-09-30 10:30"));
    auto at1030 = f.service->create(d, f.agent).value();

    writeRecording(f.file(QStringLiteral("20250930_090000_1001_13800000000_C-LINK.wav")), 1);
    writeRecording(f.file(QStringLiteral("20250930_100700_1001_13911112222_X1.wav")), 2); // nearest: 10:00
    writeRecording(f.file(QStringLiteral("20250930_102100_1001_13911112222_X2.wav")), 3); // nearest: 10:30
    writeRecording(f.file(QStringLiteral("20250930_111100_1001_13911112222_X3.wav")), 4); // 41 min late: none
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13333333333_X4.wav")), 5); // unknown caller

    auto report = f.import();
    REQUIRE(report.ok());
    CHECK(report->imported == 5);
    CHECK(report->linked == 3);
    RecordingRepository repo(f.store.db->connection());
    auto linkOf = [&](const QString& callId) {
        RecordingFilter filter;
        filter.text = callId;
        auto rows = repo.list(filter).value();
        REQUIRE(rows.size() == 1);
        return rows.first();
    };
    CHECK(linkOf(QStringLiteral("C-LINK")).workOrderId == byCallId.id);
    CHECK(linkOf(QStringLiteral("C-LINK")).linkMethod == LinkMethod::CallId);
    CHECK(linkOf(QStringLiteral("C-LINK")).ticketNo == byCallId.ticketNo);
    CHECK(linkOf(QStringLiteral("X1")).workOrderId == at10.id);
    CHECK(linkOf(QStringLiteral("X1")).linkMethod == LinkMethod::CallerWindow);
    CHECK(linkOf(QStringLiteral("X2")).workOrderId == at1030.id);
    CHECK_FALSE(linkOf(QStringLiteral("X3")).linked());
    CHECK(linkOf(QStringLiteral("X3")).linkMethod == LinkMethod::None);
    CHECK_FALSE(linkOf(QStringLiteral("X4")).linked());

    RecordingFilter unlinked;
    unlinked.link = LinkFilter::Unlinked;
    CHECK(repo.count(unlinked).value() == 2);

    // A wider window links the late one too (to the 10:30 work order).
    CatalogueFixture g;
    auto d2 = g.draft();
    d2.callerNumber = QStringLiteral("13911112222");
    d2.receivedAt = beijing(QStringLiteral("2025-09-30 10:30"));
    auto late = g.service->create(d2, g.agent).value();
    writeRecording(g.file(QStringLiteral("20250930_111100_1001_13911112222_X3.wav")), 4);
    ImportOptions wide;
    wide.linkWindowMs = 60 * 60 * 1000;
    REQUIRE(g.import(wide)->linked == 1);
    CHECK(RecordingRepository(g.store.db->connection()).forWorkOrder(late.id)->size() == 1);
}

TEST_CASE("a sidecar CSV describes the files, its bad rows and undescribed files are failures")
{
    CatalogueFixture f;
    writeRecording(f.file(QStringLiteral("CID1.wav")), 1);
    writeRecording(f.file(QStringLiteral("CID2.wav")), 2);
    writeRecording(f.file(QStringLiteral("CID3.wav")), 3);
    const QString csv = f.folder.filePath(QStringLiteral("calls.csv"));
    writeBytes(csv, QStringLiteral("通话流水号,坐席工号,主叫号码,开始时间,时长,方向\n"
                                   "CID1,1001,13912345678,2025-09-30 10:00:00,2,呼入\n"
                                   "CID2,李娜,13912345678,2025/09/30 10:05:00,2,呼出\n"
                                   "CID3,1001,13912345678,not a time,2,呼入\n")
                        .toUtf8());
    ImportOptions options;
    options.csvPath = csv;
    auto report = f.import(options);
    REQUIRE(report.ok());
    CHECK(report->imported == 2);
    REQUIRE(report->failed() == 2);
    CHECK(report->failures.at(0).fileName == QStringLiteral("calls.csv, line 4"));
    CHECK(report->failures.at(1).fileName == QStringLiteral("CID3.wav"));
    auto list = listRecordings(*f.store.db, {}, f.qa).value();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).direction == Direction::Outbound);
    CHECK(list.at(0).agentId == f.agent.id); // by name
    CHECK(list.at(1).direction == Direction::Inbound);
}

TEST_CASE("recordings copied into the managed folder are stored relative to it")
{
    CatalogueFixture f;
    QTemporaryDir managed;
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")), 1);
    ImportOptions options;
    options.managedFolder = managed.path();
    auto report = f.import(options);
    REQUIRE(report.ok());
    REQUIRE(report->imported == 1);
    const Recording r = listRecordings(*f.store.db, {}, f.qa)->first();
    CHECK(r.storage == Storage::Managed);
    CHECK(r.path == QStringLiteral("2025/09/30/20250930_100000_1001_13912345678_C1.wav"));
    CHECK(QFileInfo::exists(managed.filePath(r.path)));
    CHECK(recordingFilePath(f.store.db->connection(), r).value() == QDir(managed.path()).filePath(r.path));
    // The original may go: the managed copy is what is played and verified.
    QFile::remove(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")));
    CHECK(verifyRecordingFile(*f.store.db, r.id, f.qa, f.clock)->fileState == FileState::Ok);
}

TEST_CASE("verifying flags a missing or changed file and records the change of state")
{
    CatalogueFixture f;
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")), 1);
    writeRecording(f.file(QStringLiteral("20250930_100100_1001_13912345678_C2.wav")), 2);
    REQUIRE(f.import()->imported == 2);
    RecordingRepository repo(f.store.db->connection());
    const QString first = repo.list({})->at(1).id;
    const QString second = repo.list({})->at(0).id;

    f.clock.advanceSecs(60);
    auto ok = verifyRecordingFile(*f.store.db, first, f.qa, f.clock);
    REQUIRE(ok.ok());
    CHECK(ok->fileState == FileState::Ok);
    CHECK(ok->checkedAt == f.clock.now());
    const int outbox = f.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'recording'"));
    CHECK(outbox == 2); // a re-check that changes nothing is not news

    QFile::remove(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")));
    auto missing = verifyRecordingFile(*f.store.db, first, f.qa, f.clock);
    REQUIRE(missing.ok());
    CHECK(missing->fileState == FileState::Missing);
    CHECK(repo.find(first).value()->fileState == FileState::Missing);

    // Same size, one byte different: changed.
    {
        QFile file(f.file(QStringLiteral("20250930_100100_1001_13912345678_C2.wav")));
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 1);
        const char last = file.read(1).at(0);
        file.seek(file.size() - 1);
        file.write(QByteArray(1, static_cast<char>(last ^ 0x5A)));
    }
    CHECK(verifyRecordingFile(*f.store.db, second, f.qa, f.clock)->fileState == FileState::Changed);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'recording'")) == 4);
    RecordingFilter flagged;
    flagged.fileState = FileState::Changed;
    CHECK(repo.count(flagged).value() == 1);

    // The file put back: ok again.
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")), 1);
    CHECK(verifyRecordingFile(*f.store.db, first, f.qa, f.clock)->fileState == FileState::Ok);
    CHECK_FALSE(verifyRecordingFile(*f.store.db, QStringLiteral("no-such-id"), f.qa, f.clock).ok());
}

TEST_CASE("linking by hand and unlinking, recorded for the sync")
{
    CatalogueFixture f;
    auto wo = f.service->create(f.draft(), f.agent).value();
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13333333333_C1.wav")), 1);
    REQUIRE(f.import()->imported == 1);
    RecordingRepository repo(f.store.db->connection());
    const QString id = repo.list({})->first().id;
    REQUIRE(linkRecording(*f.store.db, id, wo.id, f.qa, f.clock).ok());
    auto linked = repo.find(id).value();
    CHECK(linked->workOrderId == wo.id);
    CHECK(linked->linkMethod == LinkMethod::Manual);
    CHECK(linked->ticketNo == wo.ticketNo);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'recording'")) == 2);

    CHECK(linkRecording(*f.store.db, id, QStringLiteral("no-such-work-order"), f.qa, f.clock).error().code ==
          ErrorCode::NotFound);
    CHECK(linkRecording(*f.store.db, id, QString(), f.qa, f.clock).error().code == ErrorCode::InvalidInput);
    CHECK(linkRecording(*f.store.db, QStringLiteral("nope"), wo.id, f.qa, f.clock).error().code == ErrorCode::NotFound);

    REQUIRE(unlinkRecording(*f.store.db, id, f.qa, f.clock).ok());
    CHECK_FALSE(repo.find(id).value()->linked());
    CHECK(repo.find(id).value()->linkMethod == LinkMethod::None);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'recording'")) == 3);
}

TEST_CASE("an agent can neither import nor link, and sees only the recordings of their own calls")
{
    CatalogueFixture f;
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")), 1);
    writeRecording(f.file(QStringLiteral("20250930_100100_2002_13912345678_C2.wav")), 2);
    auto refused = importRecordings(*f.store.db, f.folder.path(), {}, f.agent, f.ids, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM recordings")) == 0);

    // The team lead may import.
    REQUIRE(importRecordings(*f.store.db, f.folder.path(), {}, f.lead, f.ids, f.clock)->imported == 2);
    auto all = listRecordings(*f.store.db, {}, f.qa).value();
    REQUIRE(all.size() == 2);
    auto own = listRecordings(*f.store.db, {}, f.agent).value();
    REQUIRE(own.size() == 1);
    CHECK(own.first().agentId == f.agent.id);
    CHECK(countRecordings(*f.store.db, {}, f.agent).value() == 1);
    const QString others = all.first().agentId.isEmpty() ? all.first().id : all.last().id;
    CHECK(findRecording(*f.store.db, others, f.agent).error().code == ErrorCode::Forbidden);
    CHECK(verifyRecordingFile(*f.store.db, others, f.agent, f.clock).error().code == ErrorCode::Forbidden);
    CHECK(verifyRecordingFile(*f.store.db, own.first().id, f.agent, f.clock).ok());
    auto wo = f.service->create(f.draft(), f.agent).value();
    CHECK(linkRecording(*f.store.db, own.first().id, wo.id, f.agent, f.clock).error().code == ErrorCode::Forbidden);
    CHECK(unlinkRecording(*f.store.db, own.first().id, f.agent, f.clock).error().code == ErrorCode::Forbidden);
}

TEST_CASE("an import refuses a missing folder or a bad pattern before touching anything")
{
    CatalogueFixture f;
    writeRecording(f.file(QStringLiteral("20250930_100000_1001_13912345678_C1.wav")), 1);
    auto missing = importRecordings(*f.store.db, QStringLiteral("/nonexistent/folder"), {}, f.qa, f.ids, f.clock);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    ImportOptions bad;
    bad.pattern = QStringLiteral("{agent}.wav");
    auto refused = f.import(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("pattern"));
    ImportOptions noCsv;
    noCsv.csvPath = f.folder.filePath(QStringLiteral("missing.csv"));
    CHECK_FALSE(f.import(noCsv).ok());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM recordings")) == 0);
}

TEST_CASE("an import reports progress and stops when cancelled, keeping what it imported")
{
    CatalogueFixture f;
    for (int i = 0; i < 6; ++i) {
        writeRecording(f.file(callFile(i)), i);
    }
    std::atomic_bool cancel = false;
    QList<int> seen;
    ImportOptions options;
    options.batchSize = 2;
    auto report = importRecordings(
        *f.store.db, f.folder.path(), options, f.qa, f.ids, f.clock,
        [&](int done, int total, const QString&) {
            seen << done;
            CHECK(total == 6);
            if (done == 3) {
                cancel = true;
            }
        },
        &cancel);
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK(report->imported == 3);
    CHECK(seen == QList<int>{1, 2, 3});
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM recordings")) == 3);
    // Importing again finishes the job.
    auto rest = f.import();
    CHECK(rest->imported == 3);
    CHECK(rest->skipped == 3);
}

TEST_CASE("the recording list filters by date, agent, link, file state and text and pages newest first")
{
    CatalogueFixture f;
    for (int i = 0; i < 9; ++i) {
        writeRecording(f.file(QStringLiteral("202509%1_100000_%2_1391234567%3_C%3.wav")
                                  .arg(10 + i)
                                  .arg(i % 3 == 0 ? QStringLiteral("1001") : QStringLiteral("1002"))
                                  .arg(i)),
                       i);
    }
    REQUIRE(f.import()->imported == 9);
    RecordingRepository repo(f.store.db->connection());
    RecordingFilter page;
    page.limit = 4;
    auto p1 = repo.list(page).value();
    page.offset = 4;
    auto p2 = repo.list(page).value();
    REQUIRE(p1.size() == 4);
    REQUIRE(p2.size() == 4);
    CHECK(p1.first().callId == QStringLiteral("C8"));
    CHECK(p2.first().callId == QStringLiteral("C4"));
    RecordingFilter dates;
    dates.from = beijing(QStringLiteral("2025-09-12 00:00"));
    dates.before = beijing(QStringLiteral("2025-09-15 00:00"));
    CHECK(repo.count(dates).value() == 3);
    RecordingFilter agent;
    agent.agentId = f.agent.id;
    CHECK(repo.count(agent).value() == 3);
    RecordingFilter text;
    text.text = QStringLiteral("13912345675");
    CHECK(repo.list(text)->first().callId == QStringLiteral("C5"));
    text.text = QStringLiteral("%");
    CHECK(repo.count(text).value() == 0);
    RecordingFilter linked;
    linked.link = LinkFilter::Linked;
    CHECK(repo.count(linked).value() == 0);
}
