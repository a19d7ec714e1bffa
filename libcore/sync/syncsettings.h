#pragma once
// Where this workstation's central store is: one setting in the local store.

#include "core/result.h"

namespace hotline::db {
class Database;
}

namespace hotline::sync {

Result<QString> centralUrl(db::Database& local);
// Checks the form (sqlite: or odbc:) before storing; an empty URL means "work alone".
Outcome setCentralUrl(db::Database& local, const QString& url);

} // namespace hotline::sync
