#include "httplistener.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTextStream>

#include <cstdio>

namespace hotline::portal {

HttpListener::HttpListener(QString name, QObject* parent) : QAbstractHttpServer(parent), m_name(std::move(name)) {}

quint16 HttpListener::port() const
{
    const QList<QTcpServer*> all = servers();
    return all.isEmpty() ? 0 : all.first()->serverPort();
}

void HttpListener::decorate(HttpReply& /*reply*/) const {}

void HttpListener::respond(QTcpSocket* socket, HttpReply reply, const QString& method, const QString& path)
{
    decorate(reply);
    writeReply(socket, reply);
    if (m_logging) {
        // The path only: queries (a search) and bodies may hold what a taxpayer typed.
        const QByteArray line = m_name.toUtf8() + ' ' + method.toLatin1() + ' ' + path.left(80).toUtf8() + ' ' +
                                QByteArray::number(reply.status) + '\n';
        std::fputs(line.constData(), stderr);
    }
}

void HttpListener::respond(QTcpSocket* socket, HttpReply reply, const QHttpServerRequest& request)
{
    respond(socket, std::move(reply), methodName(request), request.url().path());
}

bool HttpListener::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        // Handled means: hand the socket to the WebSocket server, so nothing may be written here.
        return takesWebSocket(request.url().path());
    }
    if (bodyTooLarge(request)) {
        respond(socket,
                errorReply(413, QStringLiteral("too_large"),
                           QCoreApplication::translate("hotline::portal", "The request is too large.")),
                request);
        return true;
    }
    return serve(request, socket);
}

void HttpListener::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    respond(socket, notFoundReply(), request);
}

} // namespace hotline::portal
