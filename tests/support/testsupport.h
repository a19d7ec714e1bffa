#pragma once
// Shared helpers for tests: temporary stores on disk, paths to shared data, Catch2 printers for Qt types.

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>
#include <ostream>
#include <unistd.h>

QT_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace hotline::test {

// ../shared/<relative> as laid beside the project.
QString sharedPath(const QString& relative);

// A store on disk in its own temporary folder, migrated to the latest schema.
struct TempStore {
    TempStore();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<db::Database> db;
};

// hotlinedesk-cli run to its end with its own data folder (XDG_DATA_HOME), so no test reads or creates the user's
// default store. Fails the test when it does not finish in time or crashes.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& args, const QString& dataHome, int timeoutMs = 60000);

// Beijing local time, as agents see it: "2025-09-30 16:00".
QDateTime beijing(const QString& text);

// A folder no one but its owner may write (r-x for all), inside `parent` made traversable; with AsOrdinaryUser the
// tests meet it as an ordinary user does (root may write anything).
inline QString readOnlyFolder(const QTemporaryDir& parent, const QString& name)
{
    const QFileDevice::Permissions rx = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                        QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(parent.path(), rx | QFileDevice::WriteOwner);
    const QString path = parent.filePath(name);
    QDir().mkdir(path);
    QFile::setPermissions(path, rx);
    return path;
}

// While it lives, a process running as root acts as the unprivileged user nobody (effective uid 65534).
class AsOrdinaryUser final {
public:
    AsOrdinaryUser() : m_root(::geteuid() == 0)
    {
        if (m_root) {
            REQUIRE(::seteuid(65534) == 0);
        }
    }
    ~AsOrdinaryUser()
    {
        if (m_root) {
            (void)::seteuid(0);
        }
    }
    AsOrdinaryUser(const AsOrdinaryUser&) = delete;
    AsOrdinaryUser& operator=(const AsOrdinaryUser&) = delete;

private:
    bool m_root;
};

} // namespace hotline::test
