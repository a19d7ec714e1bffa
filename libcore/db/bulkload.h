#pragma once
// While generating demo data or benchmark stores, skip the fsync of each commit. The data can be made again, so
// durability is traded for speed only inside this scope; the store is back to synchronous=FULL afterwards.

#include <QSqlDatabase>
#include <QSqlQuery>

namespace hotline::db {

class BulkLoadScope final {
public:
    explicit BulkLoadScope(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    }
    ~BulkLoadScope() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=FULL")); }
    Q_DISABLE_COPY_MOVE(BulkLoadScope)

private:
    QSqlDatabase m_db;
};

} // namespace hotline::db
