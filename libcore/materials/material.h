#pragma once
// 资料库: a material is a stored file (copied into the managed folder, with its size and SHA-256) or a link, of a kind,
// with its own release version. Replacing one adds a new row and archives the old one, so sends keep pointing at what
// was really sent.

#include <QDateTime>
#include <QString>

#include <optional>

namespace hotline::materials {

enum class Kind { Install, Upgrade, Manual, ScreenRecording, Other };
inline constexpr Kind kAllKinds[] = {Kind::Install, Kind::Upgrade, Kind::Manual, Kind::ScreenRecording, Kind::Other};

QString key(Kind k);
std::optional<Kind> kindFromKey(const QString& k);
// 安装包 / 升级包 / 操作手册 / 录屏 / 其他
QString displayName(Kind k);

struct Material {
    QString id;
    Kind kind = Kind::Other;
    QString title;
    QString releaseVersion;
    QString fileName;   // as imported
    QString storedPath; // relative to the materials folder; empty for a link
    QString url;        // empty for a file
    qint64 sizeBytes = -1;
    QString sha256;
    QString note;
    bool archived = false;
    QString createdBy;
    QDateTime createdAt;
    int version = 0;

    bool isFile() const { return !storedPath.isEmpty(); }
};

// What the user enters for a new material; the file (sourcePath) or the url, not both.
struct MaterialDraft {
    Kind kind = Kind::Other;
    QString title;
    QString releaseVersion;
    QString note;
    QString sourcePath; // a file to copy into the library
    QString url;        // or a link
};

} // namespace hotline::materials
