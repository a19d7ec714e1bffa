#include "recordings/markers.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::recordings {
namespace {

const QString kEntity = QStringLiteral("recording_marker");

Error markerGone()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::recordings", "The marker no longer exists."));
}

Result<QString> checkComment(const QString& input)
{
    const QString comment = input.trimmed();
    if (comment.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::recordings", "Marker comment: required."),
                         QStringLiteral("comment"));
    }
    if (comment.size() > kMaxMarkerComment) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::recordings", "Marker comment: at most %1 characters.")
                             .arg(kMaxMarkerComment),
                         QStringLiteral("comment"));
    }
    return comment;
}

Marker markerFrom(const QSqlQuery& r)
{
    return {r.value(0).toString(),   r.value(1).toString(),
            r.value(2).toLongLong(), r.value(3).toString(),
            r.value(4).toString(),   QDateTime::fromMSecsSinceEpoch(r.value(5).toLongLong(), Qt::UTC)};
}

const QString kSelect =
    QStringLiteral("SELECT id, recording_id, position_ms, comment, author_id, created_at FROM recording_markers ");

Result<Marker> findMarker(const QSqlDatabase& db, const QString& id)
{
    auto q = db::exec(db, kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return markerGone();
    }
    return markerFrom(q.value());
}

// ScoreCalls, and for another inspector's marker ManageQa as well.
Result<Marker> authorizeChange(const QSqlDatabase& db, const QString& markerId, const security::Operator& by)
{
    if (Outcome allowed = security::authorize(db, by, security::Permission::ScoreCalls); !allowed) {
        return allowed.error();
    }
    auto marker = findMarker(db, markerId);
    if (!marker) {
        return marker;
    }
    if (marker->authorId != by.id && !security::authorize(db, by, security::Permission::ManageQa)) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("hotline::recordings",
                                                     "Only the QA inspector who placed a marker, or the QA lead, "
                                                     "may change or remove it."));
    }
    return marker;
}

} // namespace

Outcome authorizeRecordingRead(const QSqlDatabase& db, const QString& recordingId, const security::Operator& by)
{
    if (Outcome active = security::authorizeActive(db, by); !active) {
        return active;
    }
    auto known = db::exec(db, QStringLiteral("SELECT 1 FROM recordings WHERE id = ?"), {recordingId});
    if (!known) {
        return known.error();
    }
    if (!known.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::recordings", "The recording is not in the catalogue."));
    }
    if (security::authorize(db, by, security::Permission::ListenRecordings)) {
        return Ok{};
    }
    auto own =
        db::exec(db, QStringLiteral("SELECT 1 FROM qa_evaluations WHERE recording_id = ? AND agent_id = ? LIMIT 1"),
                 {recordingId, by.id});
    if (!own) {
        return own.error();
    }
    if (own.value().next()) {
        return Ok{};
    }
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("hotline::recordings",
                                                 "You may listen to a recording only when you are a QA inspector or "
                                                 "lead, or when it is one of your own evaluated calls."));
}

Result<Marker> addMarker(db::Database& db, const QString& recordingId, qint64 positionMs, const QString& comment,
                         const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    const QSqlDatabase c = db.connection();
    if (Outcome allowed = security::authorize(c, by, security::Permission::ScoreCalls); !allowed) {
        return allowed.error();
    }
    auto text = checkComment(comment);
    if (!text) {
        return text.error();
    }
    auto rec = db::exec(c, QStringLiteral("SELECT duration_ms FROM recordings WHERE id = ?"), {recordingId});
    if (!rec) {
        return rec.error();
    }
    if (!rec.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::recordings", "The recording is not in the catalogue."));
    }
    const qint64 duration = rec.value().value(0).toLongLong();
    if (positionMs < 0 || positionMs > duration) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::recordings",
                                        "Marker position: %1 lies outside the recording (00:00–%2).")
                .arg(positionMs < 0 ? QStringLiteral("-") + formatPosition(-positionMs) : formatPosition(positionMs),
                     formatPosition(duration)),
            QStringLiteral("position_ms"));
    }
    const QDateTime now = clock.now();
    Marker m{ids.next(), recordingId, positionMs, text.value(), by.id, now};
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q =
        db::exec(c,
                 QStringLiteral("INSERT INTO recording_markers (id, recording_id, position_ms, comment, author_id, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {m.id, m.recordingId, m.positionMs, m.comment, m.authorId, now.toMSecsSinceEpoch()});
    if (!q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("recording_id"), m.recordingId},
                             {QStringLiteral("position_ms"), m.positionMs},
                             {QStringLiteral("comment"), m.comment},
                             {QStringLiteral("author_id"), m.authorId},
                             {QStringLiteral("created_at"), now.toMSecsSinceEpoch()}};
    if (Outcome s = sync::appendChange(c, {kEntity, m.id, sync::Operation::Insert, fields, by.id, now}); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return m;
}

Result<Marker> editMarkerComment(db::Database& db, const QString& markerId, const QString& comment,
                                 const security::Operator& by, const Clock& clock)
{
    const QSqlDatabase c = db.connection();
    auto marker = authorizeChange(c, markerId, by);
    if (!marker) {
        return marker;
    }
    auto text = checkComment(comment);
    if (!text) {
        return text.error();
    }
    Marker m = marker.value();
    if (m.comment == text.value()) {
        return m; // nothing changed, nothing to sync
    }
    m.comment = text.value();
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto q = db::exec(c, QStringLiteral("UPDATE recording_markers SET comment = ? WHERE id = ?"), {m.comment, m.id});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return markerGone();
    }
    if (Outcome s = sync::appendChange(c, {kEntity, m.id, sync::Operation::Update,
                                           QJsonObject{{QStringLiteral("comment"), m.comment}}, by.id, clock.now()});
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return m;
}

Outcome removeMarker(db::Database& db, const QString& markerId, const security::Operator& by, const Clock& clock)
{
    const QSqlDatabase c = db.connection();
    auto marker = authorizeChange(c, markerId, by);
    if (!marker) {
        return marker.error();
    }
    db::Transaction tx(c);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto cited =
        db::exec(c, QStringLiteral("SELECT 1 FROM qa_evaluation_items WHERE marker_id = ? LIMIT 1"), {markerId});
    if (!cited) {
        return cited.error();
    }
    if (cited.value().next()) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::recordings",
                                                     "The marker at %1 is cited by a submitted evaluation and stays.")
                             .arg(formatPosition(marker->positionMs)));
    }
    auto q = db::exec(c, QStringLiteral("DELETE FROM recording_markers WHERE id = ?"), {markerId});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return markerGone();
    }
    if (Outcome s = sync::appendChange(c, {kEntity, markerId, sync::Operation::Delete, {}, by.id, clock.now()}); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Marker>> listMarkers(const QSqlDatabase& db, const QString& recordingId, const security::Operator& by)
{
    if (Outcome allowed = authorizeRecordingRead(db, recordingId, by); !allowed) {
        return allowed.error();
    }
    auto q = db::exec(db, kSelect + QStringLiteral("WHERE recording_id = ? ORDER BY position_ms, created_at, id"),
                      {recordingId});
    if (!q) {
        return q.error();
    }
    QList<Marker> out;
    while (q.value().next()) {
        out.append(markerFrom(q.value()));
    }
    return out;
}

Result<QString> recordingIdByContent(const QSqlDatabase& db, const QString& sha256)
{
    auto q = db::exec(db, QStringLiteral("SELECT id FROM recordings WHERE sha256 = ?"), {sha256.toLower()});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

QString formatPosition(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace hotline::recordings
