#pragma once
// Small helpers so repositories read as SQL plus bindings, and every failure becomes an Error value.

#include "core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace hotline::db {

// Prepares and executes sql with positional bindings; on failure returns an error naming the statement's failure.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings = {});
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings);

Error writeError(const QSqlQuery& query);

// A stored time (UTC milliseconds since the epoch) as a UTC QDateTime; NULL gives an invalid one.
QDateTime utcTime(const QVariant& ms);
// A time to store (UTC milliseconds since the epoch); an invalid one binds as NULL.
QVariant utcMs(const QDateTime& t);
// Text to store in a column that may be NULL (references, optional ids): empty binds as NULL.
QVariant nullIfEmpty(const QString& s);

// Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
QString escapeLike(QString s);

} // namespace hotline::db
