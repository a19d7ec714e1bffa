#include "recordings/recordingservice.h"

#include "core/clock.h"
#include "core/filehash.h"
#include "db/database.h"
#include "db/transaction.h"
#include "recordings/recordingimport.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace hotline::recordings {
namespace {

QJsonValue nullable(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Whether the stored role of `by` may see every recording.
bool seesAll(const QSqlDatabase& db, const security::Operator& by)
{
    return security::authorize(db, by, security::Permission::ListenRecordings).ok() ||
           security::authorize(db, by, security::Permission::ImportRecordings).ok();
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::recordings", "The recording no longer exists."));
}

Result<Recording> load(db::Database& db, const QString& id)
{
    auto found = RecordingRepository(db.connection()).find(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound();
    }
    return *found.value();
}

Outcome writeLink(db::Database& db, const QString& id, const QString& workOrderId, const security::Operator& by,
                  const Clock& clock)
{
    if (Outcome s = security::authorize(db.connection(), by, security::Permission::ImportRecordings); !s) {
        return s;
    }
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    RecordingRepository repo(db.connection());
    auto rec = load(db, id);
    if (!rec) {
        return rec.error();
    }
    if (!workOrderId.isEmpty()) {
        auto exists = repo.workOrderExists(workOrderId);
        if (!exists) {
            return exists.error();
        }
        if (!exists.value()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("hotline::recordings", "The work order no longer exists."));
        }
    }
    const LinkMethod method = workOrderId.isEmpty() ? LinkMethod::None : LinkMethod::Manual;
    if (Outcome s = repo.setLink(id, workOrderId, method); !s) {
        return s;
    }
    const QJsonObject fields{{QStringLiteral("work_order_id"), nullable(workOrderId)},
                             {QStringLiteral("link_method"), nullable(key(method))}};
    if (Outcome s = sync::appendChange(
            db.connection(), {QStringLiteral("recording"), id, sync::Operation::Update, fields, by.id, clock.now()});
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace

QJsonObject recordingFields(const Recording& r)
{
    return QJsonObject{
        {QStringLiteral("call_id"), r.callId},
        {QStringLiteral("agent_code"), r.agentCode},
        {QStringLiteral("agent_id"), nullable(r.agentId)},
        {QStringLiteral("caller_number"), r.callerNumber},
        {QStringLiteral("started_at"), r.startedAt.toMSecsSinceEpoch()},
        {QStringLiteral("duration_ms"), r.durationMs},
        {QStringLiteral("direction"), key(r.direction)},
        {QStringLiteral("format"), key(r.format)},
        {QStringLiteral("sample_rate"), r.sampleRate},
        {QStringLiteral("channels"), r.channels},
        {QStringLiteral("file_name"), r.fileName},
        {QStringLiteral("path"), r.path},
        {QStringLiteral("storage"), key(r.storage)},
        {QStringLiteral("size_bytes"), r.sizeBytes},
        {QStringLiteral("sha256"), r.sha256},
        {QStringLiteral("file_state"), key(r.fileState)},
        {QStringLiteral("checked_at"),
         r.checkedAt.isValid() ? QJsonValue(r.checkedAt.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("work_order_id"), nullable(r.workOrderId)},
        {QStringLiteral("link_method"), nullable(key(r.linkMethod))},
        {QStringLiteral("imported_by"), r.importedBy},
        {QStringLiteral("imported_at"), r.importedAt.toMSecsSinceEpoch()},
    };
}

Result<QString> recordingFilePath(const QSqlDatabase& db, const Recording& r)
{
    if (r.storage == Storage::InPlace) {
        return r.path;
    }
    auto root = RecordingRepository(db).managedFolder();
    if (!root) {
        return root.error();
    }
    return QDir(root.value()).filePath(r.path);
}

Outcome authorizeRecording(const QSqlDatabase& db, const security::Operator& by, const Recording& r)
{
    if (Outcome s = security::authorizeActive(db, by); !s) {
        return s;
    }
    if (seesAll(db, by) || (!r.agentId.isEmpty() && r.agentId == by.id)) {
        return Ok{};
    }
    return makeError(
        ErrorCode::Forbidden,
        QCoreApplication::translate("hotline::recordings", "You may listen only to the recordings of your own calls."));
}

Result<QList<Recording>> listRecordings(db::Database& db, RecordingFilter filter, const security::Operator& by)
{
    if (Outcome s = security::authorizeActive(db.connection(), by); !s) {
        return s.error();
    }
    if (!seesAll(db.connection(), by)) {
        filter.agentId = by.id;
    }
    return RecordingRepository(db.connection()).list(filter);
}

Result<int> countRecordings(db::Database& db, RecordingFilter filter, const security::Operator& by)
{
    if (Outcome s = security::authorizeActive(db.connection(), by); !s) {
        return s.error();
    }
    if (!seesAll(db.connection(), by)) {
        filter.agentId = by.id;
    }
    return RecordingRepository(db.connection()).count(filter);
}

Result<Recording> findRecording(db::Database& db, const QString& id, const security::Operator& by)
{
    auto rec = load(db, id);
    if (!rec) {
        return rec.error();
    }
    if (Outcome s = authorizeRecording(db.connection(), by, rec.value()); !s) {
        return s.error();
    }
    return rec;
}

Result<Recording> verifyRecordingFile(db::Database& db, const QString& id, const security::Operator& by,
                                      const Clock& clock)
{
    auto rec = findRecording(db, id, by);
    if (!rec) {
        return rec.error();
    }
    Recording r = rec.value();
    auto path = recordingFilePath(db.connection(), r);
    if (!path) {
        return path.error();
    }
    const QFileInfo fi(path.value());
    FileState state = FileState::Ok;
    if (!fi.isFile()) {
        state = FileState::Missing;
    } else if (fi.size() != r.sizeBytes || sha256OfFile(path.value()) != r.sha256) {
        state = FileState::Changed;
    }
    const QDateTime now = clock.now();
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    if (Outcome s = RecordingRepository(db.connection()).setFileState(id, state, now); !s) {
        return s.error();
    }
    if (state != r.fileState) {
        const QJsonObject fields{{QStringLiteral("file_state"), key(state)},
                                 {QStringLiteral("checked_at"), now.toMSecsSinceEpoch()}};
        if (Outcome s = sync::appendChange(
                db.connection(), {QStringLiteral("recording"), id, sync::Operation::Update, fields, by.id, now});
            !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    r.fileState = state;
    r.checkedAt = now;
    return r;
}

Outcome linkRecording(db::Database& db, const QString& id, const QString& workOrderId, const security::Operator& by,
                      const Clock& clock)
{
    if (workOrderId.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::recordings", "Choose the work order to link."),
                         QStringLiteral("work_order"));
    }
    return writeLink(db, id, workOrderId, by, clock);
}

Outcome unlinkRecording(db::Database& db, const QString& id, const security::Operator& by, const Clock& clock)
{
    return writeLink(db, id, QString(), by, clock);
}

} // namespace hotline::recordings
