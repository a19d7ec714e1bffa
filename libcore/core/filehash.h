#pragma once
// The SHA-256 of a file's content, read in blocks: recordings are catalogued and checked by it, exports audited by it.

#include <QString>

namespace hotline {

// Lowercase hex; empty when the file cannot be read.
QString sha256OfFile(const QString& path);

} // namespace hotline
