#pragma once
// 发送给纳税人: one material by e-mail to a taxpayer, against a work order. In three steps so the network part runs
// off the GUI thread: prepare() checks everything and builds the message (on the thread that owns the store),
// deliver() talks to the mail server (any thread), record() writes the outcome — sent, or failed with the error — to
// material_sends and to the work order's timeline, with their outbox entries, in one transaction.
// Everyone may send (an active account); a refused input is not recorded, a failed delivery is.

#include "core/result.h"
#include "materials/mailsettings.h"
#include "materials/material.h"
#include "security/operator.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::materials {

class MaterialLibrary;

struct SendRequest {
    QString materialId;
    QString workOrderId; // may be empty (no work order), else it must exist
    QString recipient;
    bool attach = true; // the file itself; false (or a link material): the link / a note that it is available
    QString note;       // a line for the taxpayer, added to the body
};

struct PreparedMail {
    SendRequest request;
    Material material;
    QString subject;
    QString messageId;
    QString sha256; // of the attached file; empty when not attached
    bool attached = false;
    QByteArray message;
};

struct MaterialSend {
    QString id;
    QString materialId;
    QString materialTitle;
    QString workOrderId;
    QString recipient;
    QString subject;
    bool attached = false;
    QString sha256;
    bool sent = false;
    QString error;
    QString messageId;
    QString sentBy;
    QDateTime sentAt;
};

Result<PreparedMail> prepareSend(const MaterialLibrary& library, const QSqlDatabase& db, const SendRequest& request,
                                 const SmtpSettings& settings, const security::Operator& by, IdGenerator& ids,
                                 const Clock& clock);
Outcome deliver(const SmtpSettings& settings, const PreparedMail& mail);
Result<MaterialSend> recordSend(db::Database& db, const PreparedMail& mail, const Outcome& delivered,
                                const security::Operator& by, IdGenerator& ids, const Clock& clock);

// All three in a row on this thread (CLI, tests). A failed delivery is recorded and returned as a MaterialSend with
// sent == false; only refused input and store errors are errors.
Result<MaterialSend> sendMaterial(db::Database& db, const MaterialLibrary& library, const SendRequest& request,
                                  const SmtpSettings& settings, const security::Operator& by, IdGenerator& ids,
                                  const Clock& clock);

// The sends of a work order, or of a material, newest first.
Result<QList<MaterialSend>> sendsOfWorkOrder(const QSqlDatabase& db, const QString& workOrderId);
Result<QList<MaterialSend>> sendsOfMaterial(const QSqlDatabase& db, const QString& materialId);

// The work order with this ticket number (工单号), for sending from the library; NotFound names the number.
Result<QString> workOrderIdByTicket(const QSqlDatabase& db, const QString& ticketNo);

// The first e-mail address in a work order's texts (contact, question, answer), for the recipient field.
QString emailIn(const QStringList& texts);

} // namespace hotline::materials
