#include "chat/agentsettings.h"

#include "db/database.h"
#include "knowledge/kblinks.h"
#include "sync/syncrepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace hotline::chat {
namespace {

const QString kKey = QStringLiteral("chat.agent_url");

} // namespace

QString defaultAgentUrl()
{
    return QStringLiteral("http://127.0.0.1:8781");
}

Result<QString> agentUrl(db::Database& local)
{
    auto stored = sync::SyncRepository(local.connection()).setting(kKey);
    if (!stored) {
        return stored.error();
    }
    return stored->isEmpty() ? defaultAgentUrl() : stored.value();
}

Outcome setAgentUrl(db::Database& local, const QString& url)
{
    QString trimmed = url.trimmed();
    while (trimmed.endsWith(QLatin1Char('/'))) {
        trimmed.chop(1);
    }
    if (!trimmed.isEmpty()) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!knowledge::isWebUrl(trimmed) || !parsed.path().isEmpty() || parsed.hasQuery() || parsed.hasFragment()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::chat",
                                                         "The online consultation service's address must be like "
                                                         "http://127.0.0.1:8781 (http or https, a host, a port; no "
                                                         "path)."),
                             QStringLiteral("agent_url"));
        }
    }
    // Never NULL in the store: an empty value means the default.
    return sync::SyncRepository(local.connection()).setSetting(kKey, trimmed.isEmpty() ? QStringLiteral("") : trimmed);
}

} // namespace hotline::chat
