#pragma once
// Everything that differs between the SQL dialects of the central store, in one place: SQLite (a file for a small
// team and the demo), PostgreSQL (through psqlODBC) and SQL Server (through Microsoft's ODBC driver).

#include <QString>

namespace hotline::sync {

enum class Dialect { SQLite, PostgreSQL, SqlServer };

// Replaces the ${key}, ${text}, ${int64} and ${serial} markers of a central migration.
QString translateSchema(const QString& sql, Dialect dialect);

// How many bound parameters one statement may carry (SQL Server: 2,100; we stay well below every limit).
int maxParameters(Dialect dialect);

// A statement that takes the push lock: a row lock held until commit, so that journal numbers are handed out in
// commit order and a puller never sees number n+1 before n (no gaps that a cursor could skip).
QString pushLockStatement(Dialect dialect);

QString dialectName(Dialect dialect);

} // namespace hotline::sync
