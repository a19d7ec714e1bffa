#include "materials/material.h"

#include <QCoreApplication>

namespace hotline::materials {

QString key(Kind k)
{
    switch (k) {
    case Kind::Install:
        return QStringLiteral("install");
    case Kind::Upgrade:
        return QStringLiteral("upgrade");
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::ScreenRecording:
        return QStringLiteral("screen_recording");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Kind> kindFromKey(const QString& k)
{
    for (Kind kind : kAllKinds) {
        if (key(kind) == k) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(Kind k)
{
    switch (k) {
    case Kind::Install:
        return QCoreApplication::translate("hotline::materials", "Install package");
    case Kind::Upgrade:
        return QCoreApplication::translate("hotline::materials", "Upgrade package");
    case Kind::Manual:
        return QCoreApplication::translate("hotline::materials", "Operation manual");
    case Kind::ScreenRecording:
        return QCoreApplication::translate("hotline::materials", "Screen recording");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("hotline::materials", "Other");
}

} // namespace hotline::materials
