#include "db/query.h"

#include <QCoreApplication>
#include <QSqlError>

namespace hotline::db {

Error writeError(const QSqlQuery& query)
{
    return makeError(ErrorCode::StoreWriteFailed,
                     QCoreApplication::translate("hotline::db", "The store refused the operation: %1")
                         .arg(query.lastError().text()));
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        return writeError(q);
    }
    for (const QVariant& v : bindings) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return writeError(q);
    }
    return q;
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings)
{
    return exec(db, sql, QVariantList(bindings));
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

QDateTime utcTime(const QVariant& ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QVariant utcMs(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace hotline::db
