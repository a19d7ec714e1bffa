// hotlinedesk-cli calendar, run as the built binary: what an administrator or a script sees.

#include "calendartest.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Sandbox {
    QTemporaryDir dir;
    QString dataHome() const { return dir.filePath(QStringLiteral("data")); }
    QString store() const { return dir.filePath(QStringLiteral("store.db")); }
    hotline::test::CliRun operator()(QStringList args) const { return hotline::test::runCli(args, dataHome()); }
};

QStringList deadline(const char* received, const char* difficulty)
{
    return {QStringLiteral("calendar"),  QStringLiteral("deadline"),     QStringLiteral("--received"),
            QString::fromUtf8(received), QStringLiteral("--difficulty"), QString::fromUtf8(difficulty)};
}

} // namespace

TEST_CASE("cli: calendar deadline prints Beijing time without touching any store")
{
    const Sandbox run;
    const hotline::test::CliRun normal = run(deadline("2025-09-30 16:00", "normal"));
    CHECK(normal.exitCode == 0);
    CHECK(normal.out == QStringLiteral("2025-09-30 17:30\n"));
    CHECK(normal.err.isEmpty());
    CHECK(run(deadline("2025-09-30 16:00", "hard")).out == QStringLiteral("2025-10-10 17:30\n"));
    // 17:00 UTC on 09-30 is already the 10-01 holiday in Beijing.
    CHECK(run(deadline("2025-09-30T17:00:00Z", "normal")).out == QStringLiteral("2025-10-09 17:30\n"));
    CHECK_FALSE(QDir(run.dataHome()).exists());
}

TEST_CASE("cli: calendar deadline refuses bad times and difficulties with exit code 2")
{
    const Sandbox run;
    const hotline::test::CliRun badDate = run(deadline("2025-09-31 10:00", "normal"));
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.out.isEmpty());
    CHECK(badDate.err.contains(QStringLiteral("\"2025-09-31 10:00\" is not a time")));
    const hotline::test::CliRun badLevel = run(deadline("2025-09-30 10:00", "urgent"));
    CHECK(badLevel.exitCode == 2);
    CHECK(badLevel.err.contains(QStringLiteral("normal or hard")));
    CHECK(run({QStringLiteral("calendar"), QStringLiteral("deadline")}).exitCode == 2);
}

TEST_CASE("cli: importing a bad holiday file fails, names the file and creates no store")
{
    const Sandbox run;
    const QString bad = hotline::test::calendarData(QStringLiteral("bad/offday-as-text.json"));
    const hotline::test::CliRun r =
        run({QStringLiteral("calendar"), QStringLiteral("import"), bad, QStringLiteral("--db"), run.store()});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("offday-as-text.json")));
    CHECK(r.err.contains(QStringLiteral("\"isOffDay\" must be true or false")));
    CHECK_FALSE(QFile::exists(run.store()));
}

TEST_CASE("cli: an imported year changes the deadlines computed with that store")
{
    const Sandbox run;
    const hotline::test::CliRun imported =
        run({QStringLiteral("calendar"), QStringLiteral("import"),
             hotline::test::calendarData(QStringLiteral("2027.json")), QStringLiteral("--db"), run.store()});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == QStringLiteral("imported 2027: 35 days (29 off, 6 make-up working days)\n"));

    const hotline::test::CliRun builtin = run(deadline("2027-02-04 16:00", "hard"));
    CHECK(builtin.out == QStringLiteral("2027-02-08 17:30\n"));
    CHECK(builtin.err.contains(QStringLiteral("no official holidays for 2027")));
    const hotline::test::CliRun stored =
        run(deadline("2027-02-04 16:00", "hard") << QStringLiteral("--db") << run.store());
    CHECK(stored.out == QStringLiteral("2027-02-16 17:30\n"));
    CHECK(stored.err.isEmpty());
}

TEST_CASE("cli: office hours are shown, set, used for deadlines and checked")
{
    const Sandbox run;
    const QStringList hours{QStringLiteral("calendar"), QStringLiteral("hours"), QStringLiteral("--db"), run.store()};
    CHECK(run(hours).out == QStringLiteral("09:00-12:00,13:30-17:30\n"));
    const hotline::test::CliRun set =
        run(QStringList(hours) << QStringLiteral("--set") << QStringLiteral("08:30-12:00,14:00-18:00"));
    CHECK(set.exitCode == 0);
    CHECK(set.out == QStringLiteral("08:30-12:00,14:00-18:00\n"));
    CHECK(run(deadline("2025-09-30 17:45", "normal") << QStringLiteral("--db") << run.store()).out ==
          QStringLiteral("2025-09-30 18:00\n"));

    const hotline::test::CliRun bad =
        run(QStringList(hours) << QStringLiteral("--set") << QStringLiteral("12:00-09:00"));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("does not end after it starts")));
    CHECK(run(hours).out == QStringLiteral("08:30-12:00,14:00-18:00\n"));
}
