#pragma once
// The mail server the library sends through (邮件服务器): host, port, TLS mode, account, sender address and the
// largest attachment. Kept in this workstation's settings table (never synced, never exported). The password is
// stored there as entered: the store file is the operator profile's own, and the dialog never shows it again.

#include "core/result.h"
#include "security/operator.h"

#include <QSqlDatabase>
#include <QString>

namespace hotline::materials {

enum class SmtpSecurity {
    Smtps,    // TLS from the first byte (smtps://, usually port 465)
    StartTls, // plain connection upgraded with STARTTLS, TLS required (usually port 587)
    None,     // no TLS at all: only for a relay on this machine (and the tests)
};

QString key(SmtpSecurity s);

inline constexpr qint64 kDefaultMaxAttachmentBytes = 10 * 1024 * 1024;

struct SmtpSettings {
    QString host;
    int port = 465;
    SmtpSecurity security = SmtpSecurity::Smtps;
    QString user;
    QString password;
    QString fromAddress;
    QString fromName; // shown to the taxpayer, e.g. 12366纳税服务热线
    qint64 maxAttachmentBytes = kDefaultMaxAttachmentBytes;
    int timeoutSeconds = 60;

    bool configured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
};

// A plain e-mail address check (local@domain.tld, no spaces or display names).
bool isEmailAddress(const QString& trimmed);

Result<SmtpSettings> validateSmtpSettings(const SmtpSettings& s);
Result<SmtpSettings> loadSmtpSettings(const QSqlDatabase& db);
// Needs Permission::ManageMaterials. An empty password keeps the stored one unless clearPassword.
Outcome saveSmtpSettings(const QSqlDatabase& db, const SmtpSettings& s, const security::Operator& by,
                         bool clearPassword = false);

} // namespace hotline::materials
