#pragma once
// The portal's HTTP plumbing shared by both listeners: replies written straight to the socket (QtHttpServer 6.4's
// responder takes headers only as an initializer list), JSON bodies, the error mapping of DESIGN8 (Error → status
// and code), request bodies parsed strictly, ETags, and the client's address behind nginx.

#include "core/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace hotline::portal {

using Header = std::pair<QByteArray, QByteArray>;

// The largest request body the portal reads (nginx caps at 8 KiB before it).
inline constexpr qint64 kMaxBodyBytes = 16 * 1024;

struct HttpReply {
    int status = 200;
    QList<Header> headers;
    QByteArray body;

    HttpReply& header(const QByteArray& name, const QByteArray& value);
};

// application/json; charset=utf-8 with Cache-Control: no-store.
HttpReply jsonReply(int status, const QJsonObject& body);
// {"error": code, "message": message, "field": field}.
HttpReply errorReply(int status, const QString& code, const QString& message, const QString& field = {});
// The design's mapping; closedConversation picks `closed` over `illegal` for IllegalTransition. RateLimited carries
// Retry-After (its seconds are in Error::field).
HttpReply errorReply(const Error& error, bool closedConversation = false);
HttpReply notFoundReply();
HttpReply methodNotAllowedReply(const QByteArray& allow);

QByteArray reasonPhrase(int status);
// The status line, headers (with Content-Length) and body; nothing when the socket is gone.
void writeReply(QTcpSocket* socket, const HttpReply& reply);

QString methodName(const QHttpServerRequest& request);
// The request's JSON object body. A missing or empty body counts as {} when emptyIsObject; anything else that is not
// a JSON object (or declares a content type other than JSON) fills `refusal` with 400 bad_json and returns false.
bool jsonBody(const QHttpServerRequest& request, QJsonObject& out, HttpReply& refusal, bool emptyIsObject = false);
// 413 when the declared or received body is over kMaxBodyBytes.
bool bodyTooLarge(const QHttpServerRequest& request);

// A strong ETag (quoted SHA-256 prefix) of a body, and whether If-None-Match names it.
QByteArray etagOf(const QByteArray& body);
bool matchesEtag(const QHttpServerRequest& request, const QByteArray& etag);

// X-Real-IP when the peer is loopback (nginx sets it), else the peer's address.
QString clientAddress(const QHttpServerRequest& request);

// A JSON field that must be a string / an integer / a bool when present; fills refusal (400 invalid, field named).
bool stringField(const QJsonObject& o, const QString& name, QString& out, HttpReply& refusal, bool required = true);
bool intField(const QJsonObject& o, const QString& name, qint64& out, HttpReply& refusal, bool required = true);
bool boolField(const QJsonObject& o, const QString& name, bool& out, HttpReply& refusal);

// A non-negative integer query parameter within [min, max] (fallback when absent); false when malformed.
bool queryInt(const QString& raw, qint64 min, qint64 max, qint64 fallback, qint64& out);

// 128 random bits as 32 lowercase hex digits.
QString randomToken();

} // namespace hotline::portal
