#pragma once
// RAII write transaction: BEGIN IMMEDIATE on construction, rolled back unless commit() succeeded.

#include "core/result.h"

#include <QSqlDatabase>

namespace hotline::db {

class Transaction final {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // False when the store could not be locked for writing (see error()).
    bool isActive() const { return m_active; }
    Status commit();
    const Error& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error{ErrorCode::StoreWriteFailed, {}};
};

} // namespace hotline::db
