#pragma once
// Helpers shared by the calendar tests.

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

namespace hotline::test {

// tests/data/calendar/<name>
inline QString calendarData(const QString& name)
{
    return QStringLiteral(HOTLINE_TEST_DATA_DIR "/calendar/") + name;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Deadlines as agents read them; the zone is checked separately.
inline QString minutes(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace hotline::test
