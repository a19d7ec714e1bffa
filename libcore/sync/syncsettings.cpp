#include "sync/syncsettings.h"

#include "db/database.h"
#include "sync/syncrepository.h"

#include <QCoreApplication>

namespace hotline::sync {

Result<QString> centralUrl(db::Database& local)
{
    return SyncRepository(local.connection()).setting(QStringLiteral("central_url"));
}

Outcome setCentralUrl(db::Database& local, const QString& url)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("sqlite:")) &&
        !trimmed.startsWith(QLatin1String("odbc:"))) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::sync",
                                                     "The central store setting must start with sqlite: or odbc: "
                                                     "(got \"%1\").")
                             .arg(trimmed),
                         QStringLiteral("central_url"));
    }
    return SyncRepository(local.connection()).setSetting(QStringLiteral("central_url"), trimmed);
}

} // namespace hotline::sync
