#include "chat/chatrepository.h"

#include "db/query.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hotline::chat {
namespace {

const QString kConversationColumns =
    QStringLiteral("id, routed, state, started_at, queued_at, agent_id, served, accepted_at, closed_at, closed_by, "
                   "robot_misses, last_seq, last_activity_at, work_order_id, ticket_no, updated_at, version");
const QString kEventColumns = QStringLiteral(
    "e.id, e.conversation_id, e.seq, e.kind, e.author, e.agent_id, COALESCE(o.name, ''), e.text, e.data, "
    "e.client_id, e.at");
const QString kEventFrom = QStringLiteral(" FROM conversation_events e LEFT JOIN operators o ON o.id = e.agent_id ");

Conversation conversationFrom(const QSqlQuery& q)
{
    Conversation c;
    c.id = q.value(0).toString();
    c.routed = routedFromKey(q.value(1).toString()).value_or(Routed::Robot);
    c.state = stateFromKey(q.value(2).toString()).value_or(State::Closed);
    c.startedAt = db::utcTime(q.value(3));
    c.queuedAt = db::utcTime(q.value(4));
    c.agentId = q.value(5).toString();
    c.served = q.value(6).toBool();
    c.acceptedAt = db::utcTime(q.value(7));
    c.closedAt = db::utcTime(q.value(8));
    c.closedBy = q.value(9).isNull() ? std::nullopt : closedByFromKey(q.value(9).toString());
    c.robotMisses = q.value(10).toInt();
    c.lastSeq = q.value(11).toLongLong();
    c.lastActivityAt = db::utcTime(q.value(12));
    c.workOrderId = q.value(13).toString();
    c.ticketNo = q.value(14).toString();
    c.updatedAt = db::utcTime(q.value(15));
    c.version = q.value(16).toInt();
    return c;
}

ChatEvent eventFrom(const QSqlQuery& q)
{
    ChatEvent e;
    e.id = q.value(0).toString();
    e.conversationId = q.value(1).toString();
    e.seq = q.value(2).toLongLong();
    e.kind = eventKindFromKey(q.value(3).toString()).value_or(EventKind::Notice);
    e.author = authorFromKey(q.value(4).toString()).value_or(Author::System);
    e.agentId = q.value(5).toString();
    e.agentName = q.value(6).toString();
    e.text = q.value(7).toString();
    e.data = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.clientId = q.value(9).toString();
    e.at = db::utcTime(q.value(10));
    return e;
}

QJsonValue ms(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue();
}

QJsonValue optional(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// The synced columns (updated_at and version are kept by the sync itself, as for work orders).
QJsonObject fieldsOf(const Conversation& c)
{
    return {{QStringLiteral("routed"), key(c.routed)},
            {QStringLiteral("state"), key(c.state)},
            {QStringLiteral("started_at"), ms(c.startedAt)},
            {QStringLiteral("queued_at"), ms(c.queuedAt)},
            {QStringLiteral("agent_id"), optional(c.agentId)},
            {QStringLiteral("served"), c.served ? 1 : 0},
            {QStringLiteral("accepted_at"), ms(c.acceptedAt)},
            {QStringLiteral("closed_at"), ms(c.closedAt)},
            {QStringLiteral("closed_by"), c.closedBy ? QJsonValue(key(*c.closedBy)) : QJsonValue()},
            {QStringLiteral("robot_misses"), c.robotMisses},
            {QStringLiteral("last_seq"), c.lastSeq},
            {QStringLiteral("last_activity_at"), ms(c.lastActivityAt)},
            {QStringLiteral("work_order_id"), optional(c.workOrderId)},
            {QStringLiteral("ticket_no"), c.ticketNo}};
}

QVariant text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

template <typename T, typename F> Result<QList<T>> all(Result<QSqlQuery> q, F from)
{
    if (!q) {
        return q.error();
    }
    QList<T> out;
    while (q.value().next()) {
        out.append(from(q.value()));
    }
    return out;
}

} // namespace

Result<std::optional<Conversation>> ChatRepository::find(const QString& id) const
{
    auto q = db::exec(
        m_db, QStringLiteral("SELECT ") + kConversationColumns + QStringLiteral(" FROM conversations WHERE id = ?"),
        {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Conversation>{};
    }
    return std::optional<Conversation>{conversationFrom(q.value())};
}

Result<QString> ChatRepository::conversationForTokenHash(const QString& tokenHash) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT conversation_id FROM conversation_tokens WHERE token_hash = ?"),
                      {tokenHash});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QList<Conversation>> ChatRepository::inState(State state, const QString& agentId) const
{
    const QString sql = QStringLiteral("SELECT ") + kConversationColumns +
                        QStringLiteral(" FROM conversations WHERE state = ? AND (? = '' OR agent_id = ?) "
                                       "ORDER BY COALESCE(queued_at, started_at), id");
    const QString agent = agentId.isNull() ? QStringLiteral("") : agentId;
    return all<Conversation>(db::exec(m_db, sql, {key(state), agent, agent}), conversationFrom);
}

Result<QList<Conversation>> ChatRepository::idleSince(const QDateTime& before) const
{
    const QString sql = QStringLiteral("SELECT ") + kConversationColumns +
                        QStringLiteral(" FROM conversations WHERE state <> 'closed' AND last_activity_at <= ? "
                                       "ORDER BY last_activity_at");
    return all<Conversation>(db::exec(m_db, sql, {db::utcMs(before)}), conversationFrom);
}

Result<int> ChatRepository::servingCount(const QString& agentId) const
{
    auto q = db::exec(
        m_db, QStringLiteral("SELECT count(*) FROM conversations WHERE state = 'serving' AND agent_id = ?"), {agentId});
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

Result<QList<ChatEvent>> ChatRepository::events(const QString& conversationId, qint64 afterSeq, int limit) const
{
    const QString sql = QStringLiteral("SELECT ") + kEventColumns + kEventFrom +
                        QStringLiteral("WHERE e.conversation_id = ? AND e.seq > ? ORDER BY e.seq LIMIT ?");
    return all<ChatEvent>(db::exec(m_db, sql, {conversationId, afterSeq, limit}), eventFrom);
}

Result<std::optional<ChatEvent>> ChatRepository::eventAt(const QString& conversationId, qint64 seq) const
{
    auto list = events(conversationId, seq - 1, 1);
    if (!list) {
        return list.error();
    }
    if (list.value().isEmpty() || list.value().first().seq != seq) {
        return std::optional<ChatEvent>{};
    }
    return std::optional<ChatEvent>{list.value().first()};
}

Result<std::optional<ChatEvent>> ChatRepository::eventByClientId(const QString& conversationId, Author author,
                                                                 const QString& clientId) const
{
    const QString sql = QStringLiteral("SELECT ") + kEventColumns + kEventFrom +
                        QStringLiteral("WHERE e.conversation_id = ? AND e.author = ? AND e.client_id = ?");
    auto list = all<ChatEvent>(db::exec(m_db, sql, {conversationId, key(author), clientId}), eventFrom);
    if (!list) {
        return list.error();
    }
    if (list.value().isEmpty()) {
        return std::optional<ChatEvent>{};
    }
    return std::optional<ChatEvent>{list.value().first()};
}

Result<QList<ChatEvent>> ChatRepository::repliesTo(const QString& conversationId, qint64 seq) const
{
    const QString sql = QStringLiteral("SELECT ") + kEventColumns + kEventFrom +
                        QStringLiteral("WHERE e.conversation_id = ? AND e.seq > ? "
                                       "AND json_extract(e.data, '$.inReplyTo') = ? ORDER BY e.seq");
    return all<ChatEvent>(db::exec(m_db, sql, {conversationId, seq, seq}), eventFrom);
}

Result<QString> ChatRepository::firstQuestion(const QString& conversationId) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT text FROM conversation_events WHERE conversation_id = ? AND "
                                     "kind = 'message' AND author = 'taxpayer' ORDER BY seq LIMIT 1"),
                      {conversationId});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<bool> ChatRepository::isRated(const QString& conversationId) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT 1 FROM chat_ratings WHERE conversation_id = ?"), {conversationId});
    if (!q) {
        return q.error();
    }
    return q.value().next();
}

Outcome ChatRepository::insert(const Conversation& c, const QString& tokenHash, const QString& operatorId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO conversations (") + kConversationColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {c.id, key(c.routed), key(c.state), db::utcMs(c.startedAt), db::utcMs(c.queuedAt),
                       db::nullIfEmpty(c.agentId), c.served ? 1 : 0, db::utcMs(c.acceptedAt), db::utcMs(c.closedAt),
                       c.closedBy ? QVariant(key(*c.closedBy)) : QVariant(), c.robotMisses, c.lastSeq,
                       db::utcMs(c.lastActivityAt), db::nullIfEmpty(c.workOrderId), text(c.ticketNo),
                       db::utcMs(c.updatedAt), c.version});
    if (!q) {
        return q.error();
    }
    auto t =
        db::exec(m_db, QStringLiteral("INSERT INTO conversation_tokens (token_hash, conversation_id) VALUES (?, ?)"),
                 {tokenHash, c.id});
    if (!t) {
        return t.error();
    }
    return sync::appendChange(
        m_db, {QStringLiteral("conversation"), c.id, sync::Operation::Insert, fieldsOf(c), operatorId, c.updatedAt});
}

Outcome ChatRepository::update(const Conversation& before, const Conversation& after, const QString& operatorId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("UPDATE conversations SET state = ?, queued_at = ?, agent_id = ?, served = ?, "
                                     "accepted_at = ?, closed_at = ?, closed_by = ?, robot_misses = ?, last_seq = ?, "
                                     "last_activity_at = ?, work_order_id = ?, ticket_no = ?, updated_at = ?, "
                                     "version = ? WHERE id = ? AND version = ?"),
                      {key(after.state), db::utcMs(after.queuedAt), db::nullIfEmpty(after.agentId),
                       after.served ? 1 : 0, db::utcMs(after.acceptedAt), db::utcMs(after.closedAt),
                       after.closedBy ? QVariant(key(*after.closedBy)) : QVariant(), after.robotMisses, after.lastSeq,
                       db::utcMs(after.lastActivityAt), db::nullIfEmpty(after.workOrderId), text(after.ticketNo),
                       db::utcMs(after.updatedAt), after.version, after.id, before.version});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::chat", "The conversation was changed meanwhile. Try again."));
    }
    return sync::appendChange(m_db,
                              {QStringLiteral("conversation"), after.id, sync::Operation::Update,
                               sync::changedFields(fieldsOf(before), fieldsOf(after)), operatorId, after.updatedAt});
}

Result<ChatEvent> ChatRepository::append(Conversation& c, ChatEvent e, const QString& operatorId)
{
    e.conversationId = c.id;
    e.seq = c.lastSeq + 1;
    const QString data = QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
    auto q =
        db::exec(m_db,
                 QStringLiteral("INSERT INTO conversation_events (id, conversation_id, seq, kind, author, agent_id, "
                                "text, data, client_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {e.id, c.id, e.seq, key(e.kind), key(e.author), db::nullIfEmpty(e.agentId), text(e.text), data,
                  text(e.clientId), db::utcMs(e.at)});
    if (!q) {
        return q.error();
    }
    c.lastSeq = e.seq;
    const QJsonObject fields{{QStringLiteral("conversation_id"), c.id},
                             {QStringLiteral("seq"), e.seq},
                             {QStringLiteral("kind"), key(e.kind)},
                             {QStringLiteral("author"), key(e.author)},
                             {QStringLiteral("agent_id"), optional(e.agentId)},
                             {QStringLiteral("text"), e.text},
                             {QStringLiteral("data"), data},
                             {QStringLiteral("client_id"), e.clientId},
                             {QStringLiteral("at"), ms(e.at)}};
    if (Outcome logged = sync::appendChange(
            m_db, {QStringLiteral("conversation_event"), e.id, sync::Operation::Insert, fields, operatorId, e.at});
        !logged) {
        return logged.error();
    }
    return e;
}

Outcome ChatRepository::insertRating(const QString& id, const QString& conversationId, const QString& agentId,
                                     int level, const QString& comment, const QDateTime& at, const QString& operatorId)
{
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO chat_ratings (id, conversation_id, agent_id, level, comment, "
                                     "rated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {id, conversationId, db::nullIfEmpty(agentId), level, text(comment), db::utcMs(at)});
    if (!q) {
        return q.error();
    }
    return sync::appendChange(m_db, {QStringLiteral("chat_rating"),
                                     id,
                                     sync::Operation::Insert,
                                     {{QStringLiteral("conversation_id"), conversationId},
                                      {QStringLiteral("agent_id"), optional(agentId)},
                                      {QStringLiteral("level"), level},
                                      {QStringLiteral("comment"), comment},
                                      {QStringLiteral("rated_at"), ms(at)}},
                                     operatorId,
                                     at});
}

Outcome ChatRepository::insertFeedback(const QString& id, const QString& conversationId, qint64 answerSeq,
                                       const QString& articleId, bool helpful, const QDateTime& at,
                                       const QString& operatorId)
{
    auto q =
        db::exec(m_db,
                 QStringLiteral("INSERT INTO robot_feedback (id, conversation_id, answer_seq, article_id, helpful, "
                                "at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, conversationId, answerSeq, text(articleId), helpful ? 1 : 0, db::utcMs(at)});
    if (!q) {
        return q.error();
    }
    return sync::appendChange(m_db, {QStringLiteral("robot_feedback"),
                                     id,
                                     sync::Operation::Insert,
                                     {{QStringLiteral("conversation_id"), conversationId},
                                      {QStringLiteral("answer_seq"), answerSeq},
                                      {QStringLiteral("article_id"), articleId},
                                      {QStringLiteral("helpful"), helpful ? 1 : 0},
                                      {QStringLiteral("at"), ms(at)}},
                                     operatorId,
                                     at});
}

} // namespace hotline::chat
