#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hotline::db {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error =
            makeError(ErrorCode::StoreLocked,
                      QCoreApplication::translate("hotline::db", "The store is busy or locked by another program: %1")
                          .arg(q.lastError().text()));
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_error;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = makeError(
            ErrorCode::StoreWriteFailed,
            QCoreApplication::translate("hotline::db", "Saving to the store failed: %1").arg(q.lastError().text()));
        return m_error;
    }
    m_active = false;
    return Ok{};
}

} // namespace hotline::db
