#pragma once
// RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes; a broken file is refused with its line.

#include "core/result.h"

#include <QList>
#include <QStringList>

namespace hotline::text {

// Rows of fields, the header row included. An unterminated quote or a stray quote inside an unquoted field is an
// error naming the line it starts on.
Result<QList<QStringList>> parseCsv(const QString& text);

} // namespace hotline::text
