#include "materials/mailsettings.h"

#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace hotline::materials {
namespace {

const QString kPrefix = QStringLiteral("smtp.");

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

} // namespace

QString key(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::Smtps:
        return QStringLiteral("smtps");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::None:
        break;
    }
    return QStringLiteral("none");
}

bool isEmailAddress(const QString& trimmed)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return trimmed.size() <= 254 && re.match(trimmed).hasMatch() && !trimmed.startsWith(QLatin1Char('.')) &&
           !trimmed.contains(QStringLiteral("..")) && !trimmed.contains(QStringLiteral(".@"));
}

Result<SmtpSettings> validateSmtpSettings(const SmtpSettings& input)
{
    SmtpSettings s = input;
    s.host = s.host.trimmed();
    s.user = s.user.trimmed();
    s.fromAddress = s.fromAddress.trimmed();
    s.fromName = s.fromName.simplified();
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
    if (s.host.isEmpty() || !hostRe.match(s.host).hasMatch()) {
        return invalid(QCoreApplication::translate("hotline::materials",
                                                   "Server: a host name or IP address, e.g. smtp.example.com."),
                       QStringLiteral("host"));
    }
    if (s.port < 1 || s.port > 65535) {
        return invalid(QCoreApplication::translate("hotline::materials", "Port: a number from 1 to 65535."),
                       QStringLiteral("port"));
    }
    if (!isEmailAddress(s.fromAddress)) {
        return invalid(
            QCoreApplication::translate("hotline::materials", "Sender address: a valid e-mail address is required."),
            QStringLiteral("from"));
    }
    if (s.maxAttachmentBytes < 1 || s.maxAttachmentBytes > qint64(100) * 1024 * 1024) {
        return invalid(QCoreApplication::translate("hotline::materials", "Largest attachment: from 1 byte to 100 MB."),
                       QStringLiteral("max_attachment"));
    }
    return s;
}

Result<SmtpSettings> loadSmtpSettings(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'smtp.%'"));
    if (!q) {
        return q.error();
    }
    QHash<QString, QString> v;
    while (q.value().next()) {
        v.insert(q.value().value(0).toString().mid(kPrefix.size()), q.value().value(1).toString());
    }
    SmtpSettings s;
    s.host = v.value(QStringLiteral("host"));
    s.port = v.value(QStringLiteral("port"), QStringLiteral("465")).toInt();
    const QString sec = v.value(QStringLiteral("security"), QStringLiteral("smtps"));
    s.security = sec == QLatin1String("starttls") ? SmtpSecurity::StartTls
                 : sec == QLatin1String("none")   ? SmtpSecurity::None
                                                  : SmtpSecurity::Smtps;
    s.user = v.value(QStringLiteral("user"));
    s.password = v.value(QStringLiteral("password"));
    s.fromAddress = v.value(QStringLiteral("from"));
    s.fromName = v.value(QStringLiteral("from_name"));
    bool ok = false;
    const qint64 max = v.value(QStringLiteral("max_attachment_bytes")).toLongLong(&ok);
    s.maxAttachmentBytes = ok && max > 0 ? max : kDefaultMaxAttachmentBytes;
    return s;
}

Outcome saveSmtpSettings(const QSqlDatabase& db, const SmtpSettings& input, const security::Operator& by,
                         bool clearPassword)
{
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageMaterials); !allowed) {
        return allowed;
    }
    auto valid = validateSmtpSettings(input);
    if (!valid) {
        return valid.error();
    }
    const SmtpSettings& s = valid.value();
    QList<QPair<QString, QString>> values{
        {QStringLiteral("host"), s.host},
        {QStringLiteral("port"), QString::number(s.port)},
        {QStringLiteral("security"), key(s.security)},
        {QStringLiteral("user"), s.user},
        {QStringLiteral("from"), s.fromAddress},
        {QStringLiteral("from_name"), s.fromName},
        {QStringLiteral("max_attachment_bytes"), QString::number(s.maxAttachmentBytes)}};
    if (!s.password.isEmpty() || clearPassword) {
        values.append({QStringLiteral("password"), s.password});
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    for (const auto& [k, value] : values) {
        if (auto q = db::exec(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                              {QString(kPrefix + k), value.isNull() ? QStringLiteral("") : value});
            !q) {
            return q.error();
        }
    }
    return tx.commit();
}

} // namespace hotline::materials
