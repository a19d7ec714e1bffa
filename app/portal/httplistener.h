#pragma once
// A JSON HTTP listener on QtHttpServer 6.4's QAbstractHttpServer: requests are routed by the subclass (serve()),
// replies are written straight to the socket so a handler may keep it for a long poll, a body over kMaxBodyBytes is
// answered 413, anything no route takes gets a JSON 404, and a WebSocket upgrade on the subclass's path is handed to
// QtHttpServer's WebSocket server (6.4 takes the upgrade only when handleRequest() says it was handled and wrote
// nothing; see newWebSocketConnection / nextPendingWebSocketConnection).

#include "httputil.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>

namespace hotline::portal {

class HttpListener : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit HttpListener(QString name, QObject* parent = nullptr);

    // One line per request on stderr (method, path without query, status, ms); off in tests.
    void setLogging(bool on) { m_logging = on; }
    // The port of the first listening socket (0 when not listening).
    quint16 port() const;

protected:
    // Answers the request (now with respond(), or later for a long poll). Return false for "no such route".
    virtual bool serve(const QHttpServerRequest& request, QTcpSocket* socket) = 0;
    // Whether a WebSocket upgrade on this path is taken (the socket then arrives through newWebSocketConnection).
    virtual bool takesWebSocket(const QString& path) const = 0;
    // Headers every reply of this listener carries (security headers).
    virtual void decorate(HttpReply& reply) const;

    // Writes the reply (decorated) and logs it.
    void respond(QTcpSocket* socket, HttpReply reply, const QString& method, const QString& path);
    void respond(QTcpSocket* socket, HttpReply reply, const QHttpServerRequest& request);

private:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) final;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) final;

    QString m_name;
    bool m_logging = false;
};

} // namespace hotline::portal
