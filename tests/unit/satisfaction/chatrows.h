#pragma once
// Online-channel rows written with plain SQL at chosen Beijing times (conversations, chat ratings, the robot's
// 有用 / 没用, the 登记回访 notice), so the figures a test expects are exactly what the store holds.

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hotline::test::chatrows {

inline QVariant at(const QString& bj)
{
    return QVariant(qlonglong(beijing(bj).toMSecsSinceEpoch()));
}

inline void run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        FAIL(q.lastError().text().toStdString());
    }
}

inline QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// A closed conversation started at `started` (Beijing), routed robot or agents, served by `agentId` if not empty.
inline void conversation(const QSqlDatabase& db, const QString& id, const QString& routed, const QString& started,
                         const QString& agentId = {})
{
    const qlonglong t = beijing(started).toMSecsSinceEpoch();
    run(db,
        QStringLiteral("INSERT INTO conversations (id, routed, state, started_at, agent_id, served, closed_at, "
                       "closed_by, last_seq, last_activity_at, updated_at) VALUES (?, ?, 'closed', ?, ?, ?, ?, "
                       "'taxpayer', 0, ?, ?)"),
        {id, routed, t, orNull(agentId), agentId.isEmpty() ? 0 : 1, t + 600000, t + 600000, t + 600000});
}

inline void rating(const QSqlDatabase& db, const QString& conversationId, const QString& agentId, int level,
                   const QString& rated)
{
    run(db,
        QStringLiteral("INSERT INTO chat_ratings (id, conversation_id, agent_id, level, comment, rated_at) "
                       "VALUES (?, ?, ?, ?, '', ?)"),
        {QString(QStringLiteral("rating-") + conversationId), conversationId, orNull(agentId), level, at(rated)});
}

inline void feedback(const QSqlDatabase& db, const QString& conversationId, int answerSeq, bool helpful,
                     const QString& when)
{
    run(db,
        QStringLiteral("INSERT INTO robot_feedback (id, conversation_id, answer_seq, article_id, helpful, at) "
                       "VALUES (?, ?, ?, 'kb-1', ?, ?)"),
        {QStringLiteral("fb-%1-%2").arg(conversationId).arg(answerSeq), conversationId, answerSeq, helpful ? 1 : 0,
         at(when)});
}

// A system notice (data.what = what) naming a work order, as 登记回访 (callback_registered) or linking writes it.
inline void notice(const QSqlDatabase& db, const QString& conversationId, int seq, const QString& what,
                   const QString& workOrderId, const QString& when)
{
    const QJsonObject data{{QStringLiteral("what"), what}, {QStringLiteral("workOrderId"), workOrderId}};
    run(db,
        QStringLiteral("INSERT INTO conversation_events (id, conversation_id, seq, kind, author, text, data, at) "
                       "VALUES (?, ?, ?, 'notice', 'system', '', ?, ?)"),
        {QStringLiteral("ev-%1-%2").arg(conversationId).arg(seq), conversationId, seq,
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), at(when)});
}

} // namespace hotline::test::chatrows
