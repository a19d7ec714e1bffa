#pragma once
// Where a workstation finds the portal's agents' listener (网上咨询服务): one setting in the local store
// (chat.agent_url), http://127.0.0.1:8781 until set.

#include "core/result.h"

namespace hotline::db {
class Database;
}

namespace hotline::chat {

QString defaultAgentUrl();
// The stored address, or the default.
Result<QString> agentUrl(db::Database& local);
// Checks the form (an absolute http or https URL with a host, no path beyond "/") before storing; empty restores
// the default.
Outcome setAgentUrl(db::Database& local, const QString& url);

} // namespace hotline::chat
