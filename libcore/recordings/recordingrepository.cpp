#include "recordings/recordingrepository.h"

#include "db/query.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace hotline::recordings {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.call_id, r.agent_code, r.agent_id, r.caller_number, r.started_at, r.duration_ms, r.direction, "
    "r.format, r.sample_rate, r.channels, r.file_name, r.path, r.storage, r.size_bytes, r.sha256, r.file_state, "
    "r.checked_at, r.work_order_id, r.link_method, r.imported_by, r.imported_at, o.name, w.ticket_no "
    "FROM recordings r LEFT JOIN operators o ON o.id = r.agent_id LEFT JOIN work_orders w ON w.id = r.work_order_id ");

Recording fromRow(const QSqlQuery& q)
{
    Recording r;
    r.id = q.value(0).toString();
    r.callId = q.value(1).toString();
    r.agentCode = q.value(2).toString();
    r.agentId = q.value(3).toString();
    r.callerNumber = q.value(4).toString();
    r.startedAt = db::utcTime(q.value(5));
    r.durationMs = q.value(6).toLongLong();
    r.direction = directionFromKey(q.value(7).toString()).value_or(Direction::Unknown);
    r.format = encodingFromKey(q.value(8).toString()).value_or(AudioEncoding::Pcm16);
    r.sampleRate = q.value(9).toInt();
    r.channels = q.value(10).toInt();
    r.fileName = q.value(11).toString();
    r.path = q.value(12).toString();
    r.storage = q.value(13).toString() == QLatin1String("managed") ? Storage::Managed : Storage::InPlace;
    r.sizeBytes = q.value(14).toLongLong();
    r.sha256 = q.value(15).toString();
    r.fileState = fileStateFromKey(q.value(16).toString()).value_or(FileState::Ok);
    r.checkedAt = db::utcTime(q.value(17));
    r.workOrderId = q.value(18).toString();
    r.linkMethod = linkMethodFromKey(q.value(19).toString()).value_or(LinkMethod::None);
    r.importedBy = q.value(20).toString();
    r.importedAt = db::utcTime(q.value(21));
    r.agentName = q.value(22).toString();
    r.ticketNo = q.value(23).toString();
    return r;
}

Result<QList<Recording>> readAll(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    QList<Recording> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

Result<std::optional<Recording>> readOne(Result<QSqlQuery> q)
{
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Recording>{};
    }
    return std::optional<Recording>{fromRow(q.value())};
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The WHERE clause of a filter and its bindings.
QString whereOf(const RecordingFilter& f, QVariantList& bindings)
{
    QStringList parts;
    if (f.from.isValid()) {
        parts << QStringLiteral("r.started_at >= ?");
        bindings << f.from.toMSecsSinceEpoch();
    }
    if (f.before.isValid()) {
        parts << QStringLiteral("r.started_at < ?");
        bindings << f.before.toMSecsSinceEpoch();
    }
    if (!f.agentId.isEmpty()) {
        parts << QStringLiteral("r.agent_id = ?");
        bindings << f.agentId;
    }
    if (f.link == LinkFilter::Linked) {
        parts << QStringLiteral("r.work_order_id IS NOT NULL");
    } else if (f.link == LinkFilter::Unlinked) {
        parts << QStringLiteral("r.work_order_id IS NULL");
    }
    if (f.fileState) {
        parts << QStringLiteral("r.file_state = ?");
        bindings << key(*f.fileState);
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString like = QLatin1Char('%') + db::escapeLike(text) + QLatin1Char('%');
        parts << QStringLiteral("(r.caller_number LIKE ? ESCAPE '\\' OR r.call_id LIKE ? ESCAPE '\\' OR "
                                "r.agent_code LIKE ? ESCAPE '\\' OR r.file_name LIKE ? ESCAPE '\\')");
        bindings << like << like << like << like;
    }
    return parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<std::optional<Recording>> RecordingRepository::find(const QString& id) const
{
    return readOne(db::exec(m_db, kSelect + QStringLiteral("WHERE r.id = ?"), {id}));
}

Result<std::optional<Recording>> RecordingRepository::findBySha256(const QString& sha256) const
{
    return readOne(db::exec(m_db, kSelect + QStringLiteral("WHERE r.sha256 = ?"), {sha256}));
}

Result<QList<Recording>> RecordingRepository::list(const RecordingFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereOf(filter, bindings);
    bindings << qMax(0, filter.limit) << qMax(0, filter.offset);
    return readAll(db::exec(
        m_db, kSelect + where + QStringLiteral(" ORDER BY r.started_at DESC, r.id LIMIT ? OFFSET ?"), bindings));
}

Result<int> RecordingRepository::count(const RecordingFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereOf(filter, bindings);
    auto q = db::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM recordings r ") + where, bindings);
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<QList<Recording>> RecordingRepository::forWorkOrder(const QString& workOrderId) const
{
    return readAll(db::exec(m_db, kSelect + QStringLiteral("WHERE r.work_order_id = ? ORDER BY r.started_at, r.id"),
                            {workOrderId}));
}

Result<QString> RecordingRepository::workOrderByCallId(const QString& callId) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id FROM work_orders WHERE call_id = ? ORDER BY received_at LIMIT 1"),
                      {callId});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QString> RecordingRepository::workOrderNear(const QString& callerNumber, const QDateTime& at,
                                                   qint64 windowMs) const
{
    const qint64 ms = at.toMSecsSinceEpoch();
    auto q =
        db::exec(m_db,
                 QStringLiteral("SELECT id FROM work_orders WHERE caller_number = ? AND received_at BETWEEN ? AND ? "
                                "ORDER BY abs(received_at - ?), id LIMIT 1"),
                 {callerNumber, ms - windowMs, ms + windowMs, ms});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QString> RecordingRepository::operatorByAgentCode(const QString& code) const
{
    if (code.trimmed().isEmpty()) {
        return QString();
    }
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT id FROM operators WHERE agent_code = ? OR name = ? "
                                     "ORDER BY agent_code = ? DESC, id LIMIT 1"),
                      {code, code, code});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<bool> RecordingRepository::workOrderExists(const QString& workOrderId) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT 1 FROM work_orders WHERE id = ?"), {workOrderId});
    if (!q) {
        return q.error();
    }
    return q.value().next();
}

Result<bool> RecordingRepository::hasSha256(const QString& sha256) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT 1 FROM recordings WHERE sha256 = ?"), {sha256});
    if (!q) {
        return q.error();
    }
    return q.value().next();
}

Result<QList<RecentCall>> RecordingRepository::recentCalls(int limit) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT w.id, w.call_id, w.caller_number, w.received_at, o.agent_code, o.name "
                                     "FROM work_orders w JOIN operators o ON o.id = w.created_by "
                                     "WHERE w.caller_number <> '' AND o.role = 'agent' "
                                     "ORDER BY w.received_at DESC LIMIT ?"),
                      {limit});
    if (!q) {
        return q.error();
    }
    QList<RecentCall> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                    db::utcTime(q.value().value(3)), q.value().value(4).toString(), q.value().value(5).toString()});
    }
    return out;
}

Result<QString> RecordingRepository::workOrderByTicketNo(const QString& ticketNo) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT id FROM work_orders WHERE ticket_no = ?"), {ticketNo.trimmed()});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QString> RecordingRepository::setting(const QString& key) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Outcome RecordingRepository::setSetting(const QString& key, const QString& value)
{
    auto q = db::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"), {key, value});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<QString> RecordingRepository::managedFolder() const
{
    return setting(QStringLiteral("recordings.managed_folder"));
}

Outcome RecordingRepository::setManagedFolder(const QString& folder)
{
    return setSetting(QStringLiteral("recordings.managed_folder"), folder);
}

Result<QString> RecordingRepository::lastImportSettings() const
{
    return setting(QStringLiteral("recordings.import_settings"));
}

Outcome RecordingRepository::setLastImportSettings(const QString& json)
{
    return setSetting(QStringLiteral("recordings.import_settings"), json);
}

Outcome RecordingRepository::insert(const Recording& r)
{
    auto q = db::exec(
        m_db,
        QStringLiteral("INSERT INTO recordings (id, call_id, agent_code, agent_id, caller_number, started_at, "
                       "duration_ms, direction, format, sample_rate, channels, file_name, path, storage, size_bytes, "
                       "sha256, file_state, checked_at, work_order_id, link_method, imported_by, imported_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id,
         r.callId,
         r.agentCode,
         nullable(r.agentId),
         r.callerNumber,
         r.startedAt.toMSecsSinceEpoch(),
         r.durationMs,
         key(r.direction),
         key(r.format),
         r.sampleRate,
         r.channels,
         r.fileName,
         r.path,
         key(r.storage),
         r.sizeBytes,
         r.sha256,
         key(r.fileState),
         r.checkedAt.isValid() ? QVariant(r.checkedAt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)),
         nullable(r.workOrderId),
         nullable(key(r.linkMethod)),
         r.importedBy,
         r.importedAt.toMSecsSinceEpoch()});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome RecordingRepository::setFileState(const QString& id, FileState state, const QDateTime& checkedAt)
{
    auto q = db::exec(m_db, QStringLiteral("UPDATE recordings SET file_state = ?, checked_at = ? WHERE id = ?"),
                      {key(state), checkedAt.toMSecsSinceEpoch(), id});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome RecordingRepository::setLink(const QString& id, const QString& workOrderId, LinkMethod method)
{
    auto q = db::exec(m_db, QStringLiteral("UPDATE recordings SET work_order_id = ?, link_method = ? WHERE id = ?"),
                      {nullable(workOrderId), nullable(workOrderId.isEmpty() ? QString() : key(method)), id});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

} // namespace hotline::recordings
