#pragma once
// The public listener of hotlinedesk-portal (default 127.0.0.1:8780, behind nginx): the page, the knowledge lists and
// the taxpayer's conversation API of DESIGN8 ("Public listener"), with its WebSocket (wshub.h) and long polls
// (longpoll.h). No rules here: requests are parsed, checked (Origin, token, size), handed to chat::ChatService, and
// its errors mapped (httputil.h). Security headers (CSP, nosniff, no-referrer) on every reply; no cookies.

#include "calendar/workcalendar.h"
#include "httplistener.h"

#include <QStringList>

namespace hotline {
class Clock;
namespace db {
class Database;
}
namespace chat {
class ChatService;
}
} // namespace hotline

namespace hotline::portal {

class LongPoll;
class WsHub;

struct PortalOptions {
    // Allowed Origin values ("https://host"); empty: the listener's own http://127.0.0.1:PORT once listening.
    QStringList origins;
    // Serve the page from this folder instead of the built-in :/portal/ (development, tests).
    QString staticDir;
};

class PortalServer final : public HttpListener {
    Q_OBJECT

public:
    PortalServer(db::Database& db, const Clock& clock, chat::ChatService& chat, PortalOptions options,
                 QObject* parent = nullptr);
    ~PortalServer() override;

    // Listens and, without configured origins, allows the listener's own origin.
    bool start(const QHostAddress& address, quint16 port);
    // The calendar and office hours shown by /api/status (call after a sync, like ChatService::reload()).
    Outcome reload();
    QStringList allowedOrigins() const { return m_origins; }
    WsHub& hub() { return *m_hub; }
    LongPoll& polls() { return *m_polls; }

protected:
    bool serve(const QHttpServerRequest& request, QTcpSocket* socket) override;
    bool takesWebSocket(const QString& path) const override;
    void decorate(HttpReply& reply) const override;

private:
    void serveConversation(const QString& route, const QHttpServerRequest& request, QTcpSocket* socket);
    void serveEvents(const QString& conversationId, const QHttpServerRequest& request, QTcpSocket* socket);
    void serveKb(const QString& route, const QHttpServerRequest& request, QTcpSocket* socket);
    void serveFile(const QString& name, const QHttpServerRequest& request, QTcpSocket* socket);
    void serveStatus(const QHttpServerRequest& request, QTcpSocket* socket);
    HttpReply chatError(const Error& error, const QString& conversationId) const;
    bool originAllowed(const QHttpServerRequest& request) const;

    db::Database& m_db;
    const Clock& m_clock;
    chat::ChatService& m_chat;
    PortalOptions m_options;
    QStringList m_origins;
    calendar::WorkCalendar m_calendar = calendar::WorkCalendar::builtin();
    calendar::OfficeHours m_hours;
    LongPoll* m_polls;
    WsHub* m_hub;
};

} // namespace hotline::portal
