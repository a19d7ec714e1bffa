#include "materials/mimemessage.h"

#include <QLocale>

namespace hotline::materials {
namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool plainAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

// Base64 in lines of 76 characters.
QByteArray wrappedBase64(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76) + kCrlf;
    }
    return out;
}

QByteArray rfc2822Date(const QDateTime& t)
{
    const QDateTime utc = t.toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

// RFC 2231 extended parameter value: UTF-8, percent-encoded.
QByteArray rfc2231(const QString& s)
{
    return "UTF-8''" + s.toUtf8().toPercentEncoding();
}

} // namespace

QByteArray encodeHeaderWord(const QString& text)
{
    if (plainAscii(text)) {
        return text.toLatin1();
    }
    // Split between characters so that no word exceeds 75 characters: 45 bytes of UTF-8 give 60 of base64.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty()) {
            if (!out.isEmpty()) {
                out += kCrlf + ' ';
            }
            out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            one += text.at(++i);
        }
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            flush();
        }
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray buildMessage(const MailMessage& m)
{
    QByteArray from = m.fromAddress.toLatin1();
    if (!m.fromName.isEmpty()) {
        from = encodeHeaderWord(m.fromName) + " <" + from + '>';
    }
    QByteArray out;
    out += "From: " + from + kCrlf;
    out += "To: " + m.to.toLatin1() + kCrlf;
    out += "Subject: " + encodeHeaderWord(m.subject) + kCrlf;
    out += "Date: " + rfc2822Date(m.date) + kCrlf;
    out += "Message-ID: <" + m.messageId.toLatin1() + '>' + kCrlf;
    out += "MIME-Version: 1.0" + kCrlf;
    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8" + kCrlf +
                                "Content-Transfer-Encoding: base64" + kCrlf + kCrlf + wrappedBase64(m.body.toUtf8());
    if (m.attachmentName.isEmpty()) {
        out += textPart;
        return out;
    }
    const QByteArray boundary = "=_hotlinedesk_" + m.messageId.toLatin1().toHex().left(32);
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + '"' + kCrlf + kCrlf;
    out += "This is a multi-part message in MIME format." + kCrlf;
    out += "--" + boundary + kCrlf + textPart;
    out += "--" + boundary + kCrlf;
    const QByteArray quotedName = encodeHeaderWord(m.attachmentName).replace("\r\n ", "");
    out += "Content-Type: application/octet-stream; name=\"" + quotedName + '"' + kCrlf;
    out += "Content-Transfer-Encoding: base64" + kCrlf;
    out += "Content-Disposition: attachment; filename=\"" + quotedName + "\";" + kCrlf +
           " filename*=" + rfc2231(m.attachmentName) + kCrlf + kCrlf;
    out += wrappedBase64(m.attachment);
    out += "--" + boundary + "--" + kCrlf;
    return out;
}

} // namespace hotline::materials
