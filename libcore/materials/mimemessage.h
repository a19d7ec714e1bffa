#pragma once
// An e-mail as RFC 5322 / MIME bytes: UTF-8 headers encoded per RFC 2047, a UTF-8 text body in base64, and at most one
// attachment in base64 (multipart/mixed). Lines end in CRLF and stay under 78 characters.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hotline::materials {

struct MailMessage {
    QString fromAddress;
    QString fromName;
    QString to;
    QString subject;
    QString body;
    QString messageId; // without the angle brackets: id@host
    QDateTime date;
    QString attachmentName; // empty: no attachment
    QByteArray attachment;
};

// "=?UTF-8?B?...?=" words (each at most 75 characters) when text is not plain ASCII; text itself otherwise.
QByteArray encodeHeaderWord(const QString& text);
QByteArray buildMessage(const MailMessage& m);

} // namespace hotline::materials
