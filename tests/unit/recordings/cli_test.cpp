#include "recordings/audioformat.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace hotline;
using namespace hotline::recordings;

namespace {

void tone(const QString& path, int seed)
{
    PcmAudio a;
    for (int i = 0; i < 8000; ++i) {
        a.samples.append(static_cast<qint16>((i * (seed + 3)) % 4000 - 2000));
    }
    REQUIRE(writeWav(path, a, AudioEncoding::ALaw).ok());
}

} // namespace

TEST_CASE("hotlinedesk-cli recordings import: counts, failures with reasons, exit codes, acting operator")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString store = dir.filePath(QStringLiteral("store.db"));
    const QString pbx = dir.filePath(QStringLiteral("pbx"));
    QDir().mkpath(pbx);
    {
        auto db = db::Database::open(store).value();
        SequentialIdGenerator ids;
        ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
        security::OperatorRepository ops(db->connection());
        REQUIRE(ops.create(QStringLiteral("赵质检"), security::Role::QaInspector, ids, clock).ok());
        REQUIRE(ops.create(QStringLiteral("黄晓雯"), security::Role::Agent, ids, clock).ok());
    }
    tone(pbx + QStringLiteral("/20261127_090000_1001_13912345678_C1.wav"), 1);
    tone(pbx + QStringLiteral("/20261127_091000_1001_13912345678_C2.wav"), 2);
    const QStringList base{QStringLiteral("recordings"), QStringLiteral("import"), pbx, QStringLiteral("--db"), store};

    auto nobody = hotline::test::runCli(base, data);
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.contains(QStringLiteral("--as")));
    auto agent = hotline::test::runCli(base + QStringList{QStringLiteral("--as"), QStringLiteral("黄晓雯")}, data);
    CHECK(agent.exitCode == 3);
    CHECK_FALSE(agent.err.isEmpty());
    CHECK(hotline::test::runCli({QStringLiteral("recordings"), QStringLiteral("import"), QStringLiteral("--db"), store},
                                data)
              .exitCode == 2);
    CHECK(hotline::test::runCli(base + QStringList{QStringLiteral("--pattern"), QStringLiteral("x"),
                                                   QStringLiteral("--csv"), QStringLiteral("y.csv")},
                                data)
              .exitCode == 2);
    auto badPattern =
        hotline::test::runCli(base + QStringList{QStringLiteral("--as"), QStringLiteral("赵质检"),
                                                 QStringLiteral("--pattern"), QStringLiteral("{nope}.wav")},
                              data);
    CHECK(badPattern.exitCode == 1);
    CHECK(badPattern.err.contains(QStringLiteral("{nope}")));

    const QStringList asQa = base + QStringList{QStringLiteral("--as"), QStringLiteral("赵质检")};
    auto first = hotline::test::runCli(asQa, data);
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("imported 2, skipped 0 (already catalogued), failed 0")));

    QFile broken(pbx + QStringLiteral("/20261127_092000_1001_13912345678_C3.wav"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("RIFF\x10\x00\x00\x00WAVE");
    broken.close();
    auto second = hotline::test::runCli(asQa, data);
    CHECK(second.exitCode == 1);
    CHECK(second.out.contains(QStringLiteral("imported 0, skipped 2 (already catalogued), failed 1")));
    CHECK(second.out.contains(QStringLiteral("failed: 20261127_092000_1001_13912345678_C3.wav: ")));

    auto list =
        hotline::test::runCli({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--db"), store,
                               QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("赵质检")},
                              data);
    CHECK(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("call_id")).toString() == QStringLiteral("C2"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("format")).toString() == QStringLiteral("alaw"));
    auto text = hotline::test::runCli({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--db"),
                                       store, QStringLiteral("--as"), QStringLiteral("赵质检")},
                                      data);
    CHECK(text.out.contains(QStringLiteral("2026-11-27 09:10:00")));
    CHECK(hotline::test::runCli({QStringLiteral("recordings"), QStringLiteral("frobnicate")}, data).exitCode == 2);
}
