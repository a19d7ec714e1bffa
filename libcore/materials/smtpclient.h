#pragma once
// Sends a finished message through the configured SMTP server with libcurl (TLS as configured: smtps:// or STARTTLS
// required). Touches no database and no Qt object, so it runs on a worker thread.

#include "core/result.h"
#include "materials/mailsettings.h"

#include <QByteArray>
#include <QString>

namespace hotline::materials {

// One message to one recipient. The error says what went wrong in words an agent can act on (server unreachable,
// login refused, recipient refused by the server ...) followed by the server's own reply.
Outcome sendSmtp(const SmtpSettings& settings, const QString& recipient, const QByteArray& message);

// Connects, negotiates TLS, logs in when a user is set, and says NOOP: the settings dialog's 测试连接.
Outcome testSmtpConnection(const SmtpSettings& settings);

} // namespace hotline::materials
