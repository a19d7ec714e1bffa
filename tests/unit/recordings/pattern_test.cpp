#include "calendar/workcalendar.h"
#include "recordings/filenamepattern.h"
#include "recordings/sidecarcsv.h"
#include "testsupport.h"

using namespace hotline;
using namespace hotline::recordings;
using hotline::test::beijing;

TEST_CASE("the default file-name pattern reads date, time, agent, caller and call id in Beijing time")
{
    auto p = FileNamePattern::parse(FileNamePattern::defaultPattern());
    REQUIRE(p.ok());
    auto m = p->match(QStringLiteral("20251103_093012_1001_13912345678_C20251103-0042.wav"));
    REQUIRE(m.ok());
    CHECK(m->startedAt == beijing(QStringLiteral("2025-11-03 09:30")).addSecs(12));
    CHECK(m->startedAt.toMSecsSinceEpoch() ==
          QDateTime(QDate(2025, 11, 3), QTime(1, 30, 12), Qt::UTC).toMSecsSinceEpoch());
    CHECK(m->agentCode == QStringLiteral("1001"));
    CHECK(m->callerNumber == QStringLiteral("13912345678"));
    CHECK(m->callId == QStringLiteral("C20251103-0042"));
    CHECK(m->direction == Direction::Unknown);
    // The extension in any case.
    CHECK(p->match(QStringLiteral("20251103_093012_1001_13912345678_C1.WAV")).ok());
}

TEST_CASE("a pattern with dashes in the date, a direction and a wildcard")
{
    auto p = FileNamePattern::parse(QStringLiteral("rec-{date} {time}-{direction}-{caller}-*.mp3"));
    REQUIRE(p.ok());
    auto m = p->match(QStringLiteral("rec-2025-11-03 235959-OUT-0771-5551234-anything here.mp3"));
    REQUIRE(m.ok());
    CHECK(m->direction == Direction::Outbound);
    CHECK(m->callerNumber == QStringLiteral("07715551234"));
    CHECK(m->startedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) ==
          QStringLiteral("2025-11-03 23:59:59"));
    CHECK(m->callId.isEmpty());

    auto dt = FileNamePattern::parse(QStringLiteral("{datetime}_{agent}.wav"));
    REQUIRE(dt.ok());
    auto m2 = dt->match(QStringLiteral("20250101080000_张三.wav"));
    REQUIRE(m2.ok());
    CHECK(m2->agentCode == QStringLiteral("张三"));
    CHECK(m2->startedAt == beijing(QStringLiteral("2025-01-01 08:00")));
}

TEST_CASE("bad file-name patterns are refused with a reason")
{
    const QStringList bad{QString(),
                          QStringLiteral("   "),
                          QStringLiteral("{date}_{time}_{agnet}.wav"),
                          QStringLiteral("{date}_{time}_{agent}_{agent}.wav"),
                          QStringLiteral("{date}_{time.wav"),
                          QStringLiteral("{date}_time}.wav"),
                          QStringLiteral("{agent}_{caller}.wav"),
                          QStringLiteral("{date}_{agent}.wav"),
                          QStringLiteral("{datetime}_{time}.wav")};
    for (const QString& pattern : bad) {
        INFO(pattern.toStdString());
        auto p = FileNamePattern::parse(pattern);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().code == ErrorCode::InvalidInput);
        CHECK(p.error().field == QStringLiteral("pattern"));
        CHECK_FALSE(p.error().message.isEmpty());
    }
    auto unknown = FileNamePattern::parse(QStringLiteral("{date}_{time}_{agnet}.wav"));
    CHECK(unknown.error().message.contains(QStringLiteral("{agnet}")));
}

TEST_CASE("file names that do not fit the pattern or hold impossible dates are refused")
{
    auto p = FileNamePattern::parse(FileNamePattern::defaultPattern());
    REQUIRE(p.ok());
    for (const QString& name :
         {QStringLiteral("20251103_093012_1001_13912345678_C1.mp3"), QStringLiteral("hello.wav"),
          QStringLiteral("2025110_093012_1001_13912345678_C1.wav"), QStringLiteral("20251103_0930_1001_139_C1.wav"),
          QStringLiteral("20251345_093012_1001_13912345678_C1.wav"),
          QStringLiteral("20251103_256012_1001_139_C1.wav")}) {
        INFO(name.toStdString());
        auto m = p->match(name);
        REQUIRE_FALSE(m.ok());
        CHECK(m.error().code == ErrorCode::InvalidInput);
    }
    CHECK(p->match(QStringLiteral("20251345_093012_1001_13912345678_C1.wav"))
              .error()
              .message.contains(QStringLiteral("20251345")));
}

TEST_CASE("a sidecar CSV with English headers and a file column")
{
    const QByteArray csv = "file,call id,agent,caller number,start,duration,direction\n"
                           "a.wav,C1,1001,139 1234 5678,2025-11-03 09:30:12,95,in\n"
                           "b.wav,C2,1002,+86-10-1234,2025/11/03 10:00:00,1:02:03,out\n";
    auto s = SidecarCsv::parse(csv);
    REQUIRE(s.ok());
    CHECK(s->errors().isEmpty());
    REQUIRE(s->rows().size() == 2);
    const CallMetadata* a = s->rowFor(QStringLiteral("A.WAV"));
    REQUIRE(a);
    CHECK(a->callId == QStringLiteral("C1"));
    CHECK(a->callerNumber == QStringLiteral("13912345678"));
    CHECK(a->durationMs == 95000);
    CHECK(a->direction == Direction::Inbound);
    CHECK(a->startedAt == beijing(QStringLiteral("2025-11-03 09:30")).addSecs(12));
    const CallMetadata* b = s->rowFor(QStringLiteral("b.wav"));
    REQUIRE(b);
    CHECK(b->durationMs == (3600 + 2 * 60 + 3) * 1000);
    CHECK(b->direction == Direction::Outbound);
    CHECK(s->rowFor(QStringLiteral("c.wav")) == nullptr);
}

TEST_CASE("a sidecar CSV with Chinese headers and a BOM matches files by the call id in their name")
{
    const QByteArray csv =
        QByteArray("\xEF\xBB\xBF") + QStringLiteral("通话流水号,坐席工号,主叫号码,开始时间,时长,方向\n"
                                                    "CID777,1001,13912345678,2025-11-03 09:30:12,30,呼入\n")
                                         .toUtf8();
    auto s = SidecarCsv::parse(csv);
    REQUIRE(s.ok());
    CHECK(s->errors().isEmpty());
    const CallMetadata* row = s->rowFor(QStringLiteral("rec_CID777_x.wav"));
    REQUIRE(row);
    CHECK(row->agentCode == QStringLiteral("1001"));
    CHECK(row->direction == Direction::Inbound);
    CHECK(s->rowFor(QStringLiteral("CID777.wav")) == row);
    CHECK(s->rowFor(QStringLiteral("CID7770.wav")) == nullptr);
}

TEST_CASE("a sidecar CSV saved in GBK is read")
{
    // 通话流水号,开始时间 / C9,2025-11-03 09:30:00 in GBK.
    QByteArray bytes = QByteArray::fromHex("cda8bbb0c1f7cbaebac52cbfaacabccab1bce40a") + "C9,2025-11-03 09:30:00\n";
    CHECK(decodeTextFile(bytes).startsWith(QStringLiteral("通话流水号,开始时间")));
    auto s = SidecarCsv::parse(bytes);
    REQUIRE(s.ok());
    REQUIRE(s->rows().size() == 1);
    CHECK(s->rows().first().callId == QStringLiteral("C9"));
}

TEST_CASE("bad sidecar rows are reported with their line numbers and the good ones kept")
{
    const QByteArray csv = "call id,start,duration,direction\n"
                           "C1,2025-11-03 09:30:12,10,in\n"
                           "C2,yesterday,10,in\n"
                           "C3,2025-11-03 09:31:00,ten,in\n"
                           "C4,2025-11-03 09:32:00,10,sideways\n"
                           ",2025-11-03 09:33:00,10,in\n"
                           "\n"
                           "C6,2025-11-03 09:34:00,,\n";
    auto s = SidecarCsv::parse(csv);
    REQUIRE(s.ok());
    REQUIRE(s->rows().size() == 2);
    CHECK(s->rows().at(1).durationMs == -1);
    REQUIRE(s->errors().size() == 4);
    CHECK(s->errors().at(0).line == 3);
    CHECK(s->errors().at(0).reason.contains(QStringLiteral("yesterday")));
    CHECK(s->errors().at(1).line == 4);
    CHECK(s->errors().at(1).reason.contains(QStringLiteral("ten")));
    CHECK(s->errors().at(2).line == 5);
    CHECK(s->errors().at(2).reason.contains(QStringLiteral("sideways")));
    CHECK(s->errors().at(3).line == 6);
}

TEST_CASE("a sidecar CSV without the needed columns or not CSV at all is refused")
{
    CHECK_FALSE(SidecarCsv::parse("").ok());
    CHECK_FALSE(SidecarCsv::parse("agent,caller\n1001,139\n").ok());
    CHECK_FALSE(SidecarCsv::parse("call id,agent\nC1,1001\n").ok()); // no start
    auto broken = SidecarCsv::parse("call id,start\n\"C1,2025-11-03 09:30:00\n");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::InvalidInput);
    auto missing = SidecarCsv::read(QStringLiteral("/nonexistent/calls.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("calls.csv")));
}
