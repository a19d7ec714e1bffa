#include "httputil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace hotline::portal {

HttpReply& HttpReply::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

HttpReply jsonReply(int status, const QJsonObject& body)
{
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.header("Content-Type", "application/json; charset=utf-8");
    r.header("Cache-Control", "no-store");
    return r;
}

HttpReply errorReply(int status, const QString& code, const QString& message, const QString& field)
{
    return jsonReply(
        status,
        {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}, {QStringLiteral("field"), field}});
}

HttpReply errorReply(const Error& error, bool closedConversation)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return errorReply(400, QStringLiteral("invalid"), error.message, error.field);
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::AccountLocked:
        return errorReply(401, QStringLiteral("unauthorized"), error.message);
    case ErrorCode::Forbidden:
        return errorReply(403, QStringLiteral("forbidden"), error.message, error.field);
    case ErrorCode::NotFound:
        return errorReply(404, QStringLiteral("not_found"), error.message, error.field);
    case ErrorCode::IllegalTransition:
        return errorReply(409, closedConversation ? QStringLiteral("closed") : QStringLiteral("illegal"), error.message,
                          closedConversation ? QString() : error.field);
    case ErrorCode::Conflict:
        return errorReply(409, QStringLiteral("conflict"), error.message, error.field);
    case ErrorCode::RateLimited: {
        bool ok = false;
        const int secs = error.field.toInt(&ok);
        HttpReply r = errorReply(429, QStringLiteral("rate_limited"), error.message);
        r.header("Retry-After", QByteArray::number(ok && secs > 0 ? secs : 60));
        return r;
    }
    case ErrorCode::StoreLocked:
        return errorReply(503, QStringLiteral("busy"), error.message);
    default:
        return errorReply(500, QStringLiteral("internal"),
                          QCoreApplication::translate("hotline::portal",
                                                      "The service could not complete this request. Please try "
                                                      "again later."));
    }
}

HttpReply notFoundReply()
{
    return errorReply(404, QStringLiteral("not_found"),
                      QCoreApplication::translate("hotline::portal", "There is nothing at this address."));
}

HttpReply methodNotAllowedReply(const QByteArray& allow)
{
    HttpReply r = errorReply(405, QStringLiteral("method_not_allowed"),
                             QCoreApplication::translate("hotline::portal", "This address does not take %1 requests.")
                                 .arg(QString::fromLatin1(allow == "GET" ? "POST" : "GET")));
    r.header("Allow", allow);
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void writeReply(QTcpSocket* socket, const HttpReply& reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    QByteArray out;
    out.reserve(256 + reply.body.size());
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const Header& h : reply.headers) {
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    out += reply.body;
    socket->write(out);
}

QString methodName(const QHttpServerRequest& request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

bool jsonBody(const QHttpServerRequest& request, QJsonObject& out, HttpReply& refusal, bool emptyIsObject)
{
    const QByteArray body = request.body();
    const QByteArray type = request.value("Content-Type").trimmed().toLower();
    if (body.trimmed().isEmpty() && emptyIsObject) {
        out = {};
        return true;
    }
    const QByteArray mime = type.left(type.indexOf(';') < 0 ? type.size() : type.indexOf(';')).trimmed();
    if (mime != "application/json") {
        refusal = errorReply(400, QStringLiteral("bad_json"),
                             QCoreApplication::translate("hotline::portal",
                                                         "The request must be JSON (Content-Type: application/json)."));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        refusal = errorReply(400, QStringLiteral("bad_json"),
                             QCoreApplication::translate("hotline::portal", "The request is not a valid JSON object."));
        return false;
    }
    out = doc.object();
    return true;
}

bool bodyTooLarge(const QHttpServerRequest& request)
{
    bool ok = false;
    const qint64 declared = request.value("Content-Length").trimmed().toLongLong(&ok);
    return (ok && declared > kMaxBodyBytes) || request.body().size() > kMaxBodyBytes;
}

QByteArray etagOf(const QByteArray& body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

bool matchesEtag(const QHttpServerRequest& request, const QByteArray& etag)
{
    const QByteArray header = request.value("If-None-Match");
    if (header.isEmpty()) {
        return false;
    }
    for (const QByteArray& part : header.split(',')) {
        QByteArray tag = part.trimmed();
        if (tag.startsWith("W/")) {
            tag = tag.mid(2);
        }
        if (tag == etag || tag == "*") {
            return true;
        }
    }
    return false;
}

QString clientAddress(const QHttpServerRequest& request)
{
    const QHostAddress peer = request.remoteAddress();
    if (peer.isLoopback()) {
        const QByteArray real = request.value("X-Real-IP").trimmed();
        QHostAddress parsed;
        if (!real.isEmpty() && parsed.setAddress(QString::fromLatin1(real))) {
            return parsed.toString();
        }
    }
    bool v4 = false;
    const quint32 ip4 = peer.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : peer.toString();
}

namespace {

HttpReply invalidField(const QString& name, const QString& message)
{
    return errorReply(400, QStringLiteral("invalid"), message, name);
}

} // namespace

bool stringField(const QJsonObject& o, const QString& name, QString& out, HttpReply& refusal, bool required)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (!required) {
            out.clear();
            return true;
        }
        refusal =
            invalidField(name, QCoreApplication::translate("hotline::portal", "The field %1 is missing.").arg(name));
        return false;
    }
    if (!v.isString()) {
        refusal =
            invalidField(name, QCoreApplication::translate("hotline::portal", "The field %1 must be text.").arg(name));
        return false;
    }
    out = v.toString();
    return true;
}

bool intField(const QJsonObject& o, const QString& name, qint64& out, HttpReply& refusal, bool required)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (!required) {
            return true;
        }
        refusal =
            invalidField(name, QCoreApplication::translate("hotline::portal", "The field %1 is missing.").arg(name));
        return false;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < -1e15 || d > 1e15) {
        refusal = invalidField(
            name, QCoreApplication::translate("hotline::portal", "The field %1 must be a whole number.").arg(name));
        return false;
    }
    out = qint64(d);
    return true;
}

bool boolField(const QJsonObject& o, const QString& name, bool& out, HttpReply& refusal)
{
    const QJsonValue v = o.value(name);
    if (!v.isBool()) {
        refusal = invalidField(
            name, QCoreApplication::translate("hotline::portal", "The field %1 must be true or false.").arg(name));
        return false;
    }
    out = v.toBool();
    return true;
}

bool queryInt(const QString& raw, qint64 min, qint64 max, qint64 fallback, qint64& out)
{
    if (raw.isEmpty()) {
        out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 v = raw.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        return false;
    }
    out = v;
    return true;
}

QString randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

} // namespace hotline::portal
