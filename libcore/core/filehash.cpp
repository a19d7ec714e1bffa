#include "core/filehash.h"

#include <QCryptographicHash>
#include <QFile>

namespace hotline {

QString sha256OfFile(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace hotline
