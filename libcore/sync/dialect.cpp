#include "sync/dialect.h"

namespace hotline::sync {

QString translateSchema(const QString& input, Dialect dialect)
{
    struct Types {
        const char* key;
        const char* text;
        const char* int64;
        const char* serial;
    };
    static constexpr Types sqlite{"TEXT", "TEXT", "INTEGER", "INTEGER PRIMARY KEY AUTOINCREMENT"};
    // NVARCHAR keeps Chinese intact on SQL Server; keys stay short enough to index and compare with =.
    static constexpr Types sqlServer{"NVARCHAR(64)", "NVARCHAR(MAX)", "BIGINT", "BIGINT IDENTITY(1,1) PRIMARY KEY"};
    static constexpr Types postgres{"VARCHAR(64)", "TEXT", "BIGINT", "BIGSERIAL PRIMARY KEY"};
    QString sql = input;
    const Types& t = dialect == Dialect::SQLite ? sqlite : dialect == Dialect::SqlServer ? sqlServer : postgres;
    sql.replace(QStringLiteral("${key}"), QLatin1String(t.key));
    sql.replace(QStringLiteral("${text}"), QLatin1String(t.text));
    sql.replace(QStringLiteral("${int64}"), QLatin1String(t.int64));
    sql.replace(QStringLiteral("${serial}"), QLatin1String(t.serial));
    return sql;
}

int maxParameters(Dialect dialect)
{
    return dialect == Dialect::SQLite ? 30000 : 2000;
}

QString pushLockStatement(Dialect dialect)
{
    Q_UNUSED(dialect) // an UPDATE of one row locks it until commit everywhere (SQLite locks the whole file)
    return QStringLiteral("UPDATE hd_meta SET v = v WHERE k = 'push_lock'");
}

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return QStringLiteral("SQLite");
    case Dialect::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Dialect::SqlServer:
        return QStringLiteral("SQL Server");
    }
    return {};
}

} // namespace hotline::sync
