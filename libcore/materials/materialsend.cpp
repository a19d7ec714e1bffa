#include "materials/materialsend.h"

#include "core/clock.h"
#include "core/filehash.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "materials/materiallibrary.h"
#include "materials/mimemessage.h"
#include "materials/smtpclient.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace hotline::materials {
namespace {

// Never NULL in the store: an empty QString binds as NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Result<QList<MaterialSend>> readSends(const QSqlDatabase& db, const QString& where, const QString& id)
{
    auto q =
        db::exec(db,
                 QStringLiteral("SELECT s.id, s.material_id, coalesce(m.title, ''), coalesce(s.work_order_id, ''), "
                                "s.recipient, s.subject, s.attached, s.sha256, s.status, s.error, s.message_id, "
                                "s.sent_by, s.sent_at FROM material_sends s LEFT JOIN materials m "
                                "ON m.id = s.material_id WHERE ") +
                     where + QStringLiteral(" = ? ORDER BY s.sent_at DESC, s.rowid DESC"),
                 {id});
    if (!q) {
        return q.error();
    }
    QList<MaterialSend> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                    r.value(4).toString(), r.value(5).toString(), r.value(6).toBool(), r.value(7).toString(),
                    r.value(8).toString() == QLatin1String("sent"), r.value(9).toString(), r.value(10).toString(),
                    r.value(11).toString(), db::utcTime(r.value(12))});
    }
    return out;
}

} // namespace

Result<QString> workOrderIdByTicket(const QSqlDatabase& db, const QString& ticketNo)
{
    auto q = db::exec(db, QStringLiteral("SELECT id FROM work_orders WHERE ticket_no = ?"), {ticketNo.trimmed()});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::materials", "No work order has the number %1.")
                             .arg(ticketNo.trimmed()),
                         QStringLiteral("work_order"));
    }
    return q.value().value(0).toString();
}

QString emailIn(const QStringList& texts)
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    for (const QString& t : texts) {
        const auto m = re.match(t);
        if (m.hasMatch() && isEmailAddress(m.captured(0))) {
            return m.captured(0);
        }
    }
    return {};
}

Result<PreparedMail> prepareSend(const MaterialLibrary& library, const QSqlDatabase& db, const SendRequest& input,
                                 const SmtpSettings& settings, const security::Operator& by, IdGenerator& ids,
                                 const Clock& clock)
{
    if (Outcome allowed = security::authorizeActive(db, by); !allowed) {
        return allowed.error();
    }
    PreparedMail mail;
    mail.request = input;
    SendRequest& r = mail.request;
    r.recipient = r.recipient.trimmed();
    r.note = r.note.trimmed();
    if (!settings.configured()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::materials",
                                                     "No mail server is set up yet: a team lead enters it under "
                                                     "Settings ▸ Mail server…."),
                         QStringLiteral("settings"));
    }
    if (!isEmailAddress(r.recipient)) {
        return invalid(
            QCoreApplication::translate("hotline::materials", "Recipient: \"%1\" is not a valid e-mail address.")
                .arg(r.recipient),
            QStringLiteral("recipient"));
    }
    if (r.note.size() > 2000) {
        return invalid(QCoreApplication::translate("hotline::materials", "Message: at most 2,000 characters."),
                       QStringLiteral("note"));
    }
    auto material = library.get(r.materialId);
    if (!material) {
        return material.error();
    }
    mail.material = material.value();
    const Material& m = mail.material;
    if (m.archived) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::materials", "\"%1\" is archived; send its current version instead.")
                .arg(m.title));
    }
    QString ticketNo;
    if (!r.workOrderId.isEmpty()) {
        auto q = db::exec(db, QStringLiteral("SELECT ticket_no FROM work_orders WHERE id = ?"), {r.workOrderId});
        if (!q) {
            return q.error();
        }
        if (!q.value().next()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("hotline::materials", "The work order no longer exists."),
                             QStringLiteral("work_order"));
        }
        ticketNo = q.value().value(0).toString();
    }
    mail.attached = r.attach && m.isFile();
    QByteArray bytes;
    if (mail.attached) {
        if (m.sizeBytes > settings.maxAttachmentBytes) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::materials",
                                                         "\"%1\" is %2, more than the %3 a mail may carry; send the "
                                                         "download link instead of the file.")
                                 .arg(m.title, sizeText(m.sizeBytes), sizeText(settings.maxAttachmentBytes)),
                             QStringLiteral("attach"));
        }
        const VerifyResult check = library.verify(m);
        if (check.integrity != Integrity::Ok) {
            return makeError(ErrorCode::FileUnreadable, check.message, QStringLiteral("attach"));
        }
        QFile f(library.absolutePath(m));
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(
                ErrorCode::FileUnreadable,
                QCoreApplication::translate("hotline::materials", "File: %1 cannot be read.").arg(f.fileName()));
        }
        bytes = f.readAll();
        mail.sha256 = m.sha256;
    }
    const QString what = m.releaseVersion.isEmpty() ? m.title : m.title + QLatin1Char(' ') + m.releaseVersion;
    mail.subject = ticketNo.isEmpty()
                       ? QCoreApplication::translate("hotline::materials", "12366 hotline: %1").arg(what)
                       : QCoreApplication::translate("hotline::materials", "12366 hotline: %1 (work order %2)")
                             .arg(what, ticketNo);
    QStringList body;
    body << QCoreApplication::translate("hotline::materials", "Dear taxpayer,") << QString();
    body << QCoreApplication::translate("hotline::materials",
                                        "As agreed on the 12366 tax service hotline, here is the material you asked "
                                        "for: %1 (%2).")
                .arg(what, displayName(m.kind));
    if (!r.note.isEmpty()) {
        body << QString() << r.note;
    }
    body << QString();
    if (mail.attached) {
        body << QCoreApplication::translate("hotline::materials", "The file %1 is attached (%2, SHA-256 %3).")
                    .arg(m.fileName, sizeText(m.sizeBytes), m.sha256);
    } else if (!m.url.isEmpty()) {
        body << QCoreApplication::translate("hotline::materials", "Download or open it here: %1").arg(m.url);
    } else {
        body << QCoreApplication::translate("hotline::materials",
                                            "The file is too large for e-mail; download it from the tax bureau's "
                                            "website or call 12366 for the address.");
    }
    body << QString()
         << QCoreApplication::translate("hotline::materials",
                                        "This message was sent by the 12366 tax service hotline; please do not reply "
                                        "to it. For questions call 12366.");
    const QString domain = settings.fromAddress.section(QLatin1Char('@'), 1);
    mail.messageId = ids.next() + QLatin1Char('@') + domain;
    MailMessage msg;
    msg.fromAddress = settings.fromAddress;
    msg.fromName = settings.fromName;
    msg.to = r.recipient;
    msg.subject = mail.subject;
    msg.body = body.join(QStringLiteral("\r\n"));
    msg.messageId = mail.messageId;
    msg.date = clock.now();
    if (mail.attached) {
        msg.attachmentName = m.fileName;
        msg.attachment = bytes;
    }
    mail.message = buildMessage(msg);
    return mail;
}

Outcome deliver(const SmtpSettings& settings, const PreparedMail& mail)
{
    return sendSmtp(settings, mail.request.recipient, mail.message);
}

Result<MaterialSend> recordSend(db::Database& database, const PreparedMail& mail, const Outcome& delivered,
                                const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    const QSqlDatabase& db = database.connection();
    MaterialSend s;
    s.id = ids.next();
    s.materialId = mail.material.id;
    s.materialTitle = mail.material.title;
    s.workOrderId = mail.request.workOrderId;
    s.recipient = mail.request.recipient;
    s.subject = mail.subject;
    s.attached = mail.attached;
    s.sha256 = mail.sha256;
    s.sent = delivered.ok();
    s.error = delivered ? QString() : delivered.error().message;
    s.messageId = delivered ? mail.messageId : QString();
    s.sentBy = by.id;
    s.sentAt = clock.now();
    const qint64 at = s.sentAt.toMSecsSinceEpoch();
    const QVariant workOrder =
        s.workOrderId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.workOrderId);
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = db::exec(db,
                      QStringLiteral("INSERT INTO material_sends (id, material_id, work_order_id, recipient, subject, "
                                     "attached, sha256, status, error, message_id, sent_by, sent_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {s.id, s.materialId, workOrder, s.recipient, s.subject, s.attached ? 1 : 0, nn(s.sha256),
                       s.sent ? QStringLiteral("sent") : QStringLiteral("failed"), nn(s.error), nn(s.messageId),
                       s.sentBy, at});
    if (!q) {
        return q.error();
    }
    const QJsonObject fields{
        {QStringLiteral("material_id"), s.materialId},
        {QStringLiteral("work_order_id"), s.workOrderId.isEmpty() ? QJsonValue() : QJsonValue(s.workOrderId)},
        {QStringLiteral("recipient"), s.recipient},
        {QStringLiteral("subject"), s.subject},
        {QStringLiteral("attached"), s.attached ? 1 : 0},
        {QStringLiteral("sha256"), s.sha256},
        {QStringLiteral("status"), s.sent ? QStringLiteral("sent") : QStringLiteral("failed")},
        {QStringLiteral("error"), s.error},
        {QStringLiteral("message_id"), s.messageId},
        {QStringLiteral("sent_by"), s.sentBy},
        {QStringLiteral("sent_at"), at}};
    if (Outcome o = sync::appendChange(
            db, {QStringLiteral("material_send"), s.id, sync::Operation::Insert, fields, by.id, s.sentAt});
        !o) {
        return o.error();
    }
    if (!s.workOrderId.isEmpty()) {
        // The timeline entry: kind material_sent / material_send_failed, detail the send's id, note what and to whom.
        const QString eventId = ids.next();
        const QString kind = s.sent ? QStringLiteral("material_sent") : QStringLiteral("material_send_failed");
        QString note = QStringLiteral("%1 → %2 (%3)")
                           .arg(mail.material.title, s.recipient,
                                s.attached ? QCoreApplication::translate("hotline::materials", "file attached")
                                           : QCoreApplication::translate("hotline::materials", "link"));
        if (!s.sent) {
            note += QLatin1Char('\n') + s.error;
        }
        if (auto e = db::exec(db,
                              QStringLiteral("INSERT INTO work_order_events (id, work_order_id, at, operator_id, kind, "
                                             "detail, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {eventId, s.workOrderId, at, by.id, kind, s.id, note});
            !e) {
            return e.error();
        }
        const QJsonObject eventFields{{QStringLiteral("work_order_id"), s.workOrderId},
                                      {QStringLiteral("at"), at},
                                      {QStringLiteral("operator_id"), by.id},
                                      {QStringLiteral("kind"), kind},
                                      {QStringLiteral("detail"), s.id},
                                      {QStringLiteral("note"), note}};
        if (Outcome o = sync::appendChange(db, {QStringLiteral("work_order_event"), eventId, sync::Operation::Insert,
                                                eventFields, by.id, s.sentAt});
            !o) {
            return o.error();
        }
    }
    if (Outcome o = tx.commit(); !o) {
        return o.error();
    }
    return s;
}

Result<MaterialSend> sendMaterial(db::Database& db, const MaterialLibrary& library, const SendRequest& request,
                                  const SmtpSettings& settings, const security::Operator& by, IdGenerator& ids,
                                  const Clock& clock)
{
    auto prepared = prepareSend(library, db.connection(), request, settings, by, ids, clock);
    if (!prepared) {
        return prepared.error();
    }
    const Outcome delivered = deliver(settings, prepared.value());
    return recordSend(db, prepared.value(), delivered, by, ids, clock);
}

Result<QList<MaterialSend>> sendsOfWorkOrder(const QSqlDatabase& db, const QString& workOrderId)
{
    return readSends(db, QStringLiteral("s.work_order_id"), workOrderId);
}

Result<QList<MaterialSend>> sendsOfMaterial(const QSqlDatabase& db, const QString& materialId)
{
    return readSends(db, QStringLiteral("s.material_id"), materialId);
}

} // namespace hotline::materials
