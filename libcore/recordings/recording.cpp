#include "recordings/recording.h"

#include <QCoreApplication>

namespace hotline::recordings {

QString key(Direction d)
{
    switch (d) {
    case Direction::Inbound:
        return QStringLiteral("inbound");
    case Direction::Outbound:
        return QStringLiteral("outbound");
    case Direction::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString key(FileState s)
{
    switch (s) {
    case FileState::Ok:
        break;
    case FileState::Missing:
        return QStringLiteral("missing");
    case FileState::Changed:
        return QStringLiteral("changed");
    }
    return QStringLiteral("ok");
}

QString key(Storage s)
{
    return s == Storage::Managed ? QStringLiteral("managed") : QStringLiteral("in_place");
}

QString key(LinkMethod m)
{
    switch (m) {
    case LinkMethod::None:
        break;
    case LinkMethod::CallId:
        return QStringLiteral("call_id");
    case LinkMethod::CallerWindow:
        return QStringLiteral("caller_window");
    case LinkMethod::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<Direction> directionFromKey(const QString& k)
{
    for (Direction d : {Direction::Inbound, Direction::Outbound, Direction::Unknown}) {
        if (key(d) == k) {
            return d;
        }
    }
    return std::nullopt;
}

std::optional<FileState> fileStateFromKey(const QString& k)
{
    for (FileState s : {FileState::Ok, FileState::Missing, FileState::Changed}) {
        if (key(s) == k) {
            return s;
        }
    }
    return std::nullopt;
}

std::optional<LinkMethod> linkMethodFromKey(const QString& k)
{
    for (LinkMethod m : {LinkMethod::None, LinkMethod::CallId, LinkMethod::CallerWindow, LinkMethod::Manual}) {
        if (key(m) == k) {
            return m;
        }
    }
    return std::nullopt;
}

QString displayName(Direction d)
{
    switch (d) {
    case Direction::Inbound:
        return QCoreApplication::translate("hotline::recordings", "Inbound");
    case Direction::Outbound:
        return QCoreApplication::translate("hotline::recordings", "Outbound");
    case Direction::Unknown:
        break;
    }
    return QCoreApplication::translate("hotline::recordings", "Unknown");
}

QString displayName(FileState s)
{
    switch (s) {
    case FileState::Ok:
        break;
    case FileState::Missing:
        return QCoreApplication::translate("hotline::recordings", "File missing");
    case FileState::Changed:
        return QCoreApplication::translate("hotline::recordings", "File changed");
    }
    return QCoreApplication::translate("hotline::recordings", "OK");
}

QString displayName(LinkMethod m)
{
    switch (m) {
    case LinkMethod::None:
        break;
    case LinkMethod::CallId:
        return QCoreApplication::translate("hotline::recordings", "By call id");
    case LinkMethod::CallerWindow:
        return QCoreApplication::translate("hotline::recordings", "By caller and time");
    case LinkMethod::Manual:
        return QCoreApplication::translate("hotline::recordings", "By hand");
    }
    return QCoreApplication::translate("hotline::recordings", "Not linked");
}

std::optional<Direction> parseDirection(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("in") || t == QLatin1String("inbound") || t == QStringLiteral("呼入")) {
        return Direction::Inbound;
    }
    if (t == QLatin1String("out") || t == QLatin1String("outbound") || t == QStringLiteral("呼出")) {
        return Direction::Outbound;
    }
    return std::nullopt;
}

} // namespace hotline::recordings
