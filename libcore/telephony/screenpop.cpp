#include "telephony/screenpop.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace hotline::telephony {
namespace {

constexpr qint64 kMaxMessage = 4096;

} // namespace

QString screenPopServerName()
{
    const QString overridden = qEnvironmentVariable("HOTLINEDESK_SOCKET");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("user")));
    return QStringLiteral("hotlinedesk-") + user;
}

Outcome sendScreenPop(const QString& callerNumber, int timeoutMs)
{
    return sendScreenPop(callerNumber, QString(), timeoutMs);
}

Outcome sendScreenPop(const QString& callerNumber, const QString& callId, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(screenPopServerName());
    if (!socket.waitForConnected(timeoutMs)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::telephony",
                                                     "No HotlineDesk workstation is running for this user (%1).")
                             .arg(socket.errorString()));
    }
    QJsonObject message{{QStringLiteral("caller"), callerNumber}};
    if (!callId.trimmed().isEmpty()) {
        message.insert(QStringLiteral("call_id"), callId.trimmed());
    }
    const QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::telephony", "The workstation did not take the call: %1")
                             .arg(socket.errorString()));
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return makeError(
                ErrorCode::StoreWriteFailed,
                QCoreApplication::translate("hotline::telephony", "The workstation did not answer in time."));
        }
    }
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        return makeError(ErrorCode::InvalidInput, reply.value(QStringLiteral("error")).toString());
    }
    return Ok{};
}

ScreenPopServer::ScreenPopServer(QObject* parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxMessage) {
                        socket->abort();
                    }
                    return;
                }
                const QJsonObject msg = QJsonDocument::fromJson(socket->readLine(kMaxMessage)).object();
                const QString caller = msg.value(QStringLiteral("caller")).toString().trimmed();
                QJsonObject reply{{QStringLiteral("ok"), !caller.isEmpty()}};
                if (caller.isEmpty()) {
                    reply.insert(QStringLiteral("error"),
                                 QCoreApplication::translate("hotline::telephony",
                                                             "The screen-pop message has no caller number."));
                }
                socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
                socket->flush();
                if (!caller.isEmpty()) {
                    emit popRequested(caller, msg.value(QStringLiteral("call_id")).toString().trimmed().left(64));
                }
            });
        }
    });
}

Outcome ScreenPopServer::listen(const QString& name)
{
    if (m_server->listen(name)) {
        return Ok{};
    }
    // A socket file left by a crashed workstation: take it over if nobody answers on it.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (!probe.waitForConnected(300)) {
        QLocalServer::removeServer(name);
        if (m_server->listen(name)) {
            return Ok{};
        }
    }
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("hotline::telephony",
                                                 "Another HotlineDesk workstation already listens for calls (%1).")
                         .arg(m_server->errorString()));
}

} // namespace hotline::telephony
