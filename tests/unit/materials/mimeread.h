#pragma once
// Reads back what the SMTP test server received: headers (RFC 2047 words decoded), the text body and the attachment,
// written independently of libcore's builder so the test checks the message and not the builder against itself.

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace hotline::test {

struct ReadMail {
    QHash<QByteArray, QString> headers; // lower-case name → decoded value
    QString body;
    QByteArray attachment;
    QString attachmentName;
    QString attachmentContentType;
};

inline QString decodeWords(const QByteArray& raw)
{
    // Folded lines are joined; whitespace between two encoded words is dropped (RFC 2047 6.2).
    QByteArray v = raw;
    v.replace("\r\n ", " ").replace("\r\n\t", " ");
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    QString text = QString::fromLatin1(v);
    text.replace(QRegularExpression(QStringLiteral("\\?=\\s+=\\?")), QStringLiteral("?==?"));
    QString out;
    qsizetype at = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        out += QString::fromUtf8(QByteArray::fromBase64(m.captured(3).toLatin1()));
        at = m.capturedEnd();
    }
    out += text.mid(at);
    return out;
}

inline QPair<QHash<QByteArray, QByteArray>, QByteArray> splitPart(const QByteArray& part)
{
    const qsizetype end = part.indexOf("\r\n\r\n");
    const QByteArray head = part.left(end);
    QHash<QByteArray, QByteArray> headers;
    QByteArray name;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if ((l.startsWith(' ') || l.startsWith('\t')) && !name.isEmpty()) {
            headers[name] += "\r\n" + l;
        } else if (const qsizetype colon = l.indexOf(':'); colon > 0) {
            name = l.left(colon).trimmed().toLower();
            headers[name] = l.mid(colon + 1).trimmed();
        }
    }
    return {headers, part.mid(end + 4)};
}

inline QByteArray unbase64(const QByteArray& body)
{
    QByteArray b = body;
    b.replace("\r\n", "");
    return QByteArray::fromBase64(b);
}

inline ReadMail readMail(const QByteArray& data)
{
    ReadMail mail;
    const auto [headers, body] = splitPart(data);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        mail.headers.insert(it.key(), decodeWords(it.value()));
    }
    const QByteArray type = headers.value("content-type");
    if (!type.startsWith("multipart/")) {
        mail.body = QString::fromUtf8(unbase64(body));
        return mail;
    }
    const qsizetype b = type.indexOf("boundary=\"") + 10;
    const QByteArray boundary = "--" + type.mid(b, type.indexOf('"', b) - b);
    qsizetype pos = body.indexOf(boundary);
    while (pos >= 0) {
        const qsizetype start = body.indexOf("\r\n", pos) + 2;
        const qsizetype next = body.indexOf(boundary, start);
        if (next < 0 || body.mid(pos, boundary.size() + 2) == boundary + "--") {
            break;
        }
        const QByteArray part = body.mid(start, next - start);
        const auto [ph, pb] = splitPart(part);
        const QByteArray ptype = ph.value("content-type");
        if (ptype.startsWith("text/plain")) {
            mail.body = QString::fromUtf8(unbase64(pb));
        } else {
            mail.attachment = unbase64(pb);
            mail.attachmentContentType = QString::fromLatin1(ptype);
            const QString disposition = decodeWords(ph.value("content-disposition"));
            static const QRegularExpression name(QStringLiteral("filename=\"([^\"]*)\""));
            mail.attachmentName = name.match(disposition).captured(1);
        }
        pos = next;
    }
    return mail;
}

} // namespace hotline::test
