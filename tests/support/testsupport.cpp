#include "testsupport.h"

#include "calendar/workcalendar.h"

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

} // namespace hotline::test
