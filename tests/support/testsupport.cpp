#include "testsupport.h"

#include "calendar/workcalendar.h"

#include <QProcess>

namespace hotline::test {

QString sharedPath(const QString& relative)
{
    return QStringLiteral(HOTLINE_SHARED_DIR "/") + relative;
}

TempStore::TempStore() : path(dir.filePath(QStringLiteral("store.db")))
{
    auto opened = db::Database::open(path);
    REQUIRE(opened.ok());
    db = std::move(opened).value();
}

QDateTime beijing(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeZone(calendar::beijingTime());
    return t;
}

CliRun runCli(const QStringList& args, const QString& dataHome, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli"), args);
    REQUIRE(p.waitForFinished(timeoutMs));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace hotline::test
