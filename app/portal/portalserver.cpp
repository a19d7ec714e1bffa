#include "portalserver.h"

#include "agentjson.h"
#include "chat/chatservice.h"
#include "core/clock.h"
#include "db/database.h"
#include "kbfeeds.h"
#include "longpoll.h"
#include "tickets/deadlines.h"
#include "wshub.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace hotline::portal {

namespace {

const QString kConversationPrefix = QStringLiteral("/api/conversation");

QByteArray contentTypeOf(const QString& name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("json"), "application/json; charset=utf-8"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
    };
    return types.value(suffix, "application/octet-stream");
}

HttpReply unauthorized()
{
    return errorReply(401, QStringLiteral("unauthorized"),
                      QCoreApplication::translate("hotline::portal",
                                                  "This conversation's key is missing or not valid; start a new "
                                                  "conversation."));
}

} // namespace

PortalServer::PortalServer(db::Database& db, const Clock& clock, chat::ChatService& chat, PortalOptions options,
                           QObject* parent)
    : HttpListener(QStringLiteral("portal"), parent), m_db(db), m_clock(clock), m_chat(chat),
      m_options(std::move(options)), m_origins(m_options.origins), m_polls(new LongPoll(chat, this)),
      m_hub(new WsHub(chat, this))
{
    // As browsers send them: scheme://host[:port], no path, no trailing slash.
    for (QString& o : m_origins) {
        o = o.trimmed();
        while (o.endsWith(QLatin1Char('/'))) {
            o.chop(1);
        }
    }
    m_hub->setAllowedOrigins(m_origins);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            m_hub->adopt(nextPendingWebSocketConnection());
        }
    });
    (void)reload();
}

PortalServer::~PortalServer() = default;

bool PortalServer::start(const QHostAddress& address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        return false;
    }
    if (m_origins.isEmpty()) {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                 : address.toString();
        m_origins = {QStringLiteral("http://%1:%2").arg(host).arg(bound)};
        m_hub->setAllowedOrigins(m_origins);
    }
    return true;
}

Outcome PortalServer::reload()
{
    auto policy = tickets::DeadlinePolicy::load(m_db);
    if (!policy) {
        return policy.error();
    }
    m_calendar = policy->calendar;
    m_hours = policy->hours;
    return Ok{};
}

void PortalServer::decorate(HttpReply& reply) const
{
    reply.header("Content-Security-Policy",
                 "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                 "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
}

bool PortalServer::takesWebSocket(const QString& path) const
{
    return path == QStringLiteral("/api/ws");
}

bool PortalServer::originAllowed(const QHttpServerRequest& request) const
{
    const QByteArray origin = request.value("Origin");
    if (origin.isEmpty()) {
        // Browsers send Origin with every POST; plain navigation (GET) may come without.
        return request.method() != QHttpServerRequest::Method::Post;
    }
    return m_origins.contains(QString::fromLatin1(origin));
}

bool PortalServer::serve(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (!originAllowed(request)) {
        respond(socket,
                errorReply(403, QStringLiteral("forbidden"),
                           QCoreApplication::translate("hotline::portal", "Requests from this site are not accepted.")),
                request);
        return true;
    }
    auto onlyGet = [&] {
        if (!get) {
            respond(socket, methodNotAllowedReply("GET"), request);
        }
        return get;
    };
    if (path == QStringLiteral("/") || path == QStringLiteral("/index.html")) {
        if (onlyGet()) {
            serveFile(QStringLiteral("index.html"), request, socket);
        }
    } else if (path.startsWith(QStringLiteral("/static/"))) {
        if (onlyGet()) {
            serveFile(path.mid(8), request, socket);
        }
    } else if (path == QStringLiteral("/api/status")) {
        if (onlyGet()) {
            serveStatus(request, socket);
        }
    } else if (path.startsWith(QStringLiteral("/api/kb/"))) {
        if (onlyGet()) {
            serveKb(path.mid(8), request, socket);
        }
    } else if (path == QStringLiteral("/api/ws")) {
        respond(socket,
                errorReply(426, QStringLiteral("upgrade_required"),
                           QCoreApplication::translate("hotline::portal", "This address takes WebSocket connections.")),
                request);
    } else if (path == QStringLiteral("/api/conversations")) {
        if (!post) {
            respond(socket, methodNotAllowedReply("POST"), request);
            return true;
        }
        QJsonObject body;
        HttpReply refusal;
        if (!jsonBody(request, body, refusal, true)) {
            respond(socket, refusal, request);
            return true;
        }
        auto started = m_chat.start(clientAddress(request));
        if (!started) {
            respond(socket, errorReply(started.error()), request);
            return true;
        }
        auto status = m_chat.status(started->conversation.id);
        respond(socket,
                jsonReply(201, {{QStringLiteral("conversationId"), started->conversation.id},
                                {QStringLiteral("token"), started->token},
                                {QStringLiteral("status"), status ? status->toJson() : QJsonObject()},
                                {QStringLiteral("events"), eventsJson(started->events)}}),
                request);
    } else if (path == kConversationPrefix || path.startsWith(kConversationPrefix + QLatin1Char('/'))) {
        serveConversation(path.mid(kConversationPrefix.size() + 1), request, socket);
    } else {
        respond(socket, notFoundReply(), request);
    }
    return true;
}

void PortalServer::serveStatus(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QDateTime now = m_clock.now().toUTC();
    const QDate today = now.toTimeZone(calendar::beijingTime()).date();
    const calendar::CalendarDay* special = m_calendar.specialDay(today);
    respond(socket,
            jsonReply(200, {{QStringLiteral("inOfficeHours"), m_chat.inOfficeHours(now)},
                            {QStringLiteral("officeHours"), m_hours.toString()},
                            {QStringLiteral("today"), today.toString(Qt::ISODate)},
                            {QStringLiteral("workingDay"), m_calendar.isWorkingDay(today)},
                            {QStringLiteral("holiday"), special && special->isOffDay ? special->name : QString()},
                            {QStringLiteral("agentsOnline"), int(m_chat.agentsOnline().size())}}),
            request);
}

void PortalServer::serveKb(const QString& route, const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QDate today = m_clock.now().toTimeZone(calendar::beijingTime()).date();
    Result<QJsonObject> feed = makeError(ErrorCode::NotFound, QString());
    if (route == QStringLiteral("hot")) {
        feed = hotFeed(m_db.connection(), today);
    } else if (route == QStringLiteral("courses") || route == QStringLiteral("news")) {
        feed = linksFeed(m_db.connection(), route == QStringLiteral("courses"));
    } else if (route == QStringLiteral("search")) {
        feed = searchFeed(m_db.connection(),
                          QUrlQuery(request.url()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), today);
    } else if (route.startsWith(QStringLiteral("articles/"))) {
        feed = articleFeed(m_db.connection(), route.mid(9));
    } else {
        respond(socket, notFoundReply(), request);
        return;
    }
    if (!feed) {
        respond(socket, errorReply(feed.error()), request);
        return;
    }
    HttpReply reply = jsonReply(200, feed.value());
    const QByteArray etag = etagOf(reply.body);
    reply.headers.removeIf([](const Header& h) { return h.first == "Cache-Control"; });
    reply.header("Cache-Control", "no-cache");
    reply.header("ETag", etag);
    if (matchesEtag(request, etag)) {
        reply.status = 304;
        reply.body.clear();
    }
    respond(socket, reply, request);
}

void PortalServer::serveFile(const QString& name, const QHttpServerRequest& request, QTcpSocket* socket)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$"));
    if (!safe.match(name).hasMatch() || name.contains(QStringLiteral(".."))) {
        respond(socket, notFoundReply(), request);
        return;
    }
    QFile file(m_options.staticDir.isEmpty() ? QStringLiteral(":/portal/") + name
                                             : QDir(m_options.staticDir).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        respond(socket, notFoundReply(), request);
        return;
    }
    HttpReply reply;
    reply.body = file.readAll();
    const QByteArray etag = etagOf(reply.body);
    reply.header("Content-Type", contentTypeOf(name));
    reply.header("ETag", etag);
    // The page itself is checked each time; its files may be kept a day (and are revalidated by ETag after).
    reply.header("Cache-Control", name == QStringLiteral("index.html") ? "no-cache" : "public, max-age=86400");
    if (matchesEtag(request, etag)) {
        reply.status = 304;
        reply.body.clear();
    }
    respond(socket, reply, request);
}

HttpReply PortalServer::chatError(const Error& error, const QString& conversationId) const
{
    bool closed = false;
    if (error.code == ErrorCode::IllegalTransition) {
        auto status = m_chat.status(conversationId);
        closed = status && status->conversation.state == chat::State::Closed;
    }
    return errorReply(error, closed);
}

void PortalServer::serveConversation(const QString& route, const QHttpServerRequest& request, QTcpSocket* socket)
{
    static const QStringList posts{QStringLiteral("messages"), QStringLiteral("feedback"),
                                   QStringLiteral("handoff"),  QStringLiteral("leave-message"),
                                   QStringLiteral("rating"),   QStringLiteral("close")};
    const bool isGetRoute = route.isEmpty() || route == QStringLiteral("events");
    if (!isGetRoute && !posts.contains(route)) {
        respond(socket, notFoundReply(), request);
        return;
    }
    const auto method = request.method();
    if (isGetRoute && method != QHttpServerRequest::Method::Get) {
        respond(socket, methodNotAllowedReply("GET"), request);
        return;
    }
    if (!isGetRoute && method != QHttpServerRequest::Method::Post) {
        respond(socket, methodNotAllowedReply("POST"), request);
        return;
    }
    const QString token = QString::fromLatin1(request.value("X-Chat-Token").trimmed());
    if (token.isEmpty()) {
        respond(socket, unauthorized(), request);
        return;
    }
    auto found = m_chat.conversationForToken(token);
    if (!found) {
        respond(socket,
                found.error().code == ErrorCode::AuthenticationFailed ? unauthorized() : errorReply(found.error()),
                request);
        return;
    }
    const QString id = found.value();
    if (route.isEmpty()) {
        auto status = m_chat.status(id);
        respond(socket, status ? jsonReply(200, status->toJson()) : errorReply(status.error()), request);
        return;
    }
    if (route == QStringLiteral("events")) {
        serveEvents(id, request, socket);
        return;
    }
    QJsonObject body;
    HttpReply refusal;
    const bool emptyOk = route == QStringLiteral("handoff") || route == QStringLiteral("close");
    if (!jsonBody(request, body, refusal, emptyOk)) {
        respond(socket, refusal, request);
        return;
    }
    auto withStatus = [&](int code, const QList<chat::ChatEvent>& events) {
        auto status = m_chat.status(id);
        return jsonReply(code, {{QStringLiteral("events"), eventsJson(events)},
                                {QStringLiteral("status"), status ? status->toJson() : QJsonObject()}});
    };
    if (route == QStringLiteral("messages")) {
        QString clientId;
        QString text;
        if (!stringField(body, QStringLiteral("clientId"), clientId, refusal) ||
            !stringField(body, QStringLiteral("text"), text, refusal)) {
            respond(socket, refusal, request);
            return;
        }
        if (clientId.trimmed().isEmpty()) {
            respond(socket,
                    errorReply(400, QStringLiteral("invalid"),
                               QCoreApplication::translate("hotline::portal", "The message needs an id."),
                               QStringLiteral("clientId")),
                    request);
            return;
        }
        auto before = m_chat.status(id);
        const qint64 lastSeq = before ? before->conversation.lastSeq : 0;
        auto posted = m_chat.postTaxpayerMessage(id, clientId, text, clientAddress(request));
        if (!posted) {
            respond(socket, chatError(posted.error(), id), request);
            return;
        }
        const bool retry = !posted->isEmpty() && posted->first().seq <= lastSeq;
        respond(socket, jsonReply(retry ? 200 : 201, {{QStringLiteral("events"), eventsJson(posted.value())}}),
                request);
    } else if (route == QStringLiteral("feedback")) {
        qint64 answerSeq = 0;
        bool helpful = false;
        if (!intField(body, QStringLiteral("answerSeq"), answerSeq, refusal) ||
            !boolField(body, QStringLiteral("helpful"), helpful, refusal)) {
            respond(socket, refusal, request);
            return;
        }
        auto e = m_chat.feedback(id, answerSeq, helpful);
        respond(socket, e ? jsonReply(201, {{QStringLiteral("event"), e->toJson()}}) : chatError(e.error(), id),
                request);
    } else if (route == QStringLiteral("handoff")) {
        auto events = m_chat.requestAgent(id);
        respond(socket, events ? withStatus(200, events.value()) : chatError(events.error(), id), request);
    } else if (route == QStringLiteral("leave-message")) {
        chat::LeaveMessageRequest r;
        if (!stringField(body, QStringLiteral("clientId"), r.clientId, refusal, false) ||
            !stringField(body, QStringLiteral("name"), r.name, refusal) ||
            !stringField(body, QStringLiteral("phone"), r.phone, refusal) ||
            !stringField(body, QStringLiteral("question"), r.question, refusal)) {
            respond(socket, refusal, request);
            return;
        }
        auto left = m_chat.leaveMessage(id, r);
        respond(socket,
                left ? jsonReply(201, {{QStringLiteral("ticketNo"), left->ticketNo},
                                       {QStringLiteral("callbackDeadline"),
                                        left->callbackDeadline.toUTC().toString(Qt::ISODateWithMs)}})
                     : chatError(left.error(), id),
                request);
    } else if (route == QStringLiteral("rating")) {
        qint64 level = 0;
        QString comment;
        if (!intField(body, QStringLiteral("level"), level, refusal) ||
            !stringField(body, QStringLiteral("comment"), comment, refusal, false)) {
            respond(socket, refusal, request);
            return;
        }
        auto e = m_chat.rate(id, int(std::clamp<qint64>(level, -1, 99)), comment);
        respond(socket, e ? jsonReply(201, {{QStringLiteral("event"), e->toJson()}}) : chatError(e.error(), id),
                request);
    } else { // close
        auto events = m_chat.closeByTaxpayer(id);
        respond(socket, events ? withStatus(200, events.value()) : chatError(events.error(), id), request);
    }
}

void PortalServer::serveEvents(const QString& id, const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QUrlQuery query(request.url());
    qint64 after = 0;
    qint64 wait = 0;
    if (!queryInt(query.queryItemValue(QStringLiteral("after")), 0, 1'000'000'000'000, 0, after)) {
        respond(socket,
                errorReply(400, QStringLiteral("invalid"),
                           QCoreApplication::translate("hotline::portal", "after must be a number of 0 or more."),
                           QStringLiteral("after")),
                request);
        return;
    }
    if (!queryInt(query.queryItemValue(QStringLiteral("wait")), 0, 25, 0, wait)) {
        respond(socket,
                errorReply(400, QStringLiteral("invalid"),
                           QCoreApplication::translate("hotline::portal", "wait must be 0 to 25 seconds."),
                           QStringLiteral("wait")),
                request);
        return;
    }
    const QString path = request.url().path();
    auto answer = [this, id, after, path](QTcpSocket* s) {
        auto events = m_chat.events(id, after);
        auto status = m_chat.status(id);
        if (!events || !status) {
            respond(s, errorReply(!events ? events.error() : status.error()), QStringLiteral("GET"), path);
            return;
        }
        respond(s,
                jsonReply(200, {{QStringLiteral("events"), eventsJson(events.value())},
                                {QStringLiteral("status"), status->toJson()}}),
                QStringLiteral("GET"), path);
    };
    auto now = m_chat.events(id, after, 1);
    if (!now) {
        respond(socket, errorReply(now.error()), request);
        return;
    }
    if (!now->isEmpty() || wait == 0) {
        answer(socket);
        return;
    }
    m_polls->park(id, after, int(wait), socket, answer);
}

} // namespace hotline::portal
