#include "materials/materiallibrary.h"

#include "core/clock.h"
#include "core/filehash.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "knowledge/kblinks.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace hotline::materials {
namespace {

// Never NULL in the store: an empty QString binds as NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kColumns = QStringLiteral("id, kind, title, release_version, file_name, stored_path, url, size_bytes, "
                                        "sha256, note, archived, created_by, created_at, version");

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

Material read(const QSqlQuery& r)
{
    Material m;
    m.id = r.value(0).toString();
    m.kind = kindFromKey(r.value(1).toString()).value_or(Kind::Other);
    m.title = r.value(2).toString();
    m.releaseVersion = r.value(3).toString();
    m.fileName = r.value(4).toString();
    m.storedPath = r.value(5).toString();
    m.url = r.value(6).toString();
    m.sizeBytes = r.value(7).isNull() ? -1 : r.value(7).toLongLong();
    m.sha256 = r.value(8).toString();
    m.note = r.value(9).toString();
    m.archived = r.value(10).toBool();
    m.createdBy = r.value(11).toString();
    m.createdAt = db::utcTime(r.value(12));
    m.version = r.value(13).toInt();
    return m;
}

Result<MaterialDraft> validate(const MaterialDraft& input)
{
    MaterialDraft d = input;
    d.title = d.title.simplified();
    d.releaseVersion = d.releaseVersion.simplified();
    d.note = d.note.trimmed();
    d.url = d.url.trimmed();
    if (d.title.isEmpty() || d.title.size() > 200) {
        return invalid(QCoreApplication::translate("hotline::materials", "Title: required, at most 200 characters."),
                       QStringLiteral("title"));
    }
    if (d.releaseVersion.size() > 50 || d.note.size() > 2000) {
        return invalid(
            QCoreApplication::translate("hotline::materials", "Version or note: too long (50 / 2,000 characters)."),
            d.releaseVersion.size() > 50 ? QStringLiteral("release_version") : QStringLiteral("note"));
    }
    if (d.sourcePath.isEmpty() == d.url.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::materials", "Choose either a file or a link."),
                       QStringLiteral("url"));
    }
    if (!d.url.isEmpty() && !knowledge::isWebUrl(d.url)) {
        return invalid(QCoreApplication::translate(
                           "hotline::materials",
                           "Link: an address starting with http:// or https:// with a host name, without spaces."),
                       QStringLiteral("url"));
    }
    if (!d.sourcePath.isEmpty()) {
        const QFileInfo info(d.sourcePath);
        if (!info.isFile() || !info.isReadable()) {
            return makeError(ErrorCode::FileUnreadable,
                             QCoreApplication::translate("hotline::materials", "File: %1 cannot be read.")
                                 .arg(QDir::toNativeSeparators(d.sourcePath)),
                             QStringLiteral("file"));
        }
    }
    return d;
}

QJsonObject fieldsOf(const Material& m, qint64 now)
{
    return {{QStringLiteral("kind"), key(m.kind)},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("release_version"), m.releaseVersion},
            {QStringLiteral("file_name"), m.fileName},
            {QStringLiteral("stored_path"), m.storedPath},
            {QStringLiteral("url"), m.url},
            {QStringLiteral("size_bytes"), m.sizeBytes < 0 ? QJsonValue() : QJsonValue(m.sizeBytes)},
            {QStringLiteral("sha256"), m.sha256},
            {QStringLiteral("note"), m.note},
            {QStringLiteral("archived"), m.archived ? 1 : 0},
            {QStringLiteral("created_by"), m.createdBy},
            {QStringLiteral("created_at"), m.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("version"), m.version}};
}

// Marks id archived and logs it; the caller owns the transaction.
Outcome archiveRow(const QSqlDatabase& db, const QString& id, const QString& by, const QDateTime& now)
{
    auto q = db::exec(db,
                      QStringLiteral("UPDATE materials SET archived = 1, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND archived = 0"),
                      {now.toMSecsSinceEpoch(), id});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("hotline::materials", "The material no longer exists or is archived."));
    }
    return sync::appendChange(
        db, {QStringLiteral("material"),
             id,
             sync::Operation::Update,
             {{QStringLiteral("archived"), 1}, {QStringLiteral("updated_at"), now.toMSecsSinceEpoch()}},
             by,
             now});
}

} // namespace

MaterialLibrary::MaterialLibrary(db::Database& db, QString folder, const Clock& clock, IdGenerator& ids)
    : m_db(db), m_folder(std::move(folder)), m_clock(clock), m_ids(ids)
{
}

QString MaterialLibrary::folderFor(const QString& storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("materials"));
}

Result<Material> MaterialLibrary::add(const MaterialDraft& draft, const security::Operator& by)
{
    return insert(draft, by, {});
}

Result<Material> MaterialLibrary::replace(const QString& oldId, const MaterialDraft& draft,
                                          const security::Operator& by)
{
    if (oldId.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::materials", "Choose the material to replace."));
    }
    return insert(draft, by, oldId);
}

Result<Material> MaterialLibrary::insert(const MaterialDraft& input, const security::Operator& by,
                                         const QString& replacing)
{
    const QSqlDatabase& db = m_db.connection();
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageMaterials); !allowed) {
        return allowed.error();
    }
    auto valid = validate(input);
    if (!valid) {
        return valid.error();
    }
    const MaterialDraft& d = valid.value();
    Material m;
    m.id = m_ids.next();
    m.kind = d.kind;
    m.title = d.title;
    m.releaseVersion = d.releaseVersion;
    m.note = d.note;
    m.url = d.url;
    m.createdBy = by.id;
    m.createdAt = m_clock.now();
    m.version = 1;
    QString copied; // removed again unless the row is committed
    if (!d.sourcePath.isEmpty()) {
        m.sha256 = sha256OfFile(d.sourcePath);
        if (m.sha256.isEmpty()) {
            return makeError(ErrorCode::FileUnreadable,
                             QCoreApplication::translate("hotline::materials", "File: %1 cannot be read.")
                                 .arg(QDir::toNativeSeparators(d.sourcePath)),
                             QStringLiteral("file"));
        }
        auto dup = db::exec(db,
                            QStringLiteral("SELECT title, release_version FROM materials WHERE sha256 = ? AND "
                                           "archived = 0 LIMIT 1"),
                            {m.sha256});
        if (!dup) {
            return dup.error();
        }
        if (dup.value().next()) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("hotline::materials",
                                                         "The library already holds this file (same content): "
                                                         "\"%1\" %2. Use that one, or archive it first.")
                                 .arg(dup.value().value(0).toString(), dup.value().value(1).toString())
                                 .trimmed(),
                             QStringLiteral("file"));
        }
        const QFileInfo source(d.sourcePath);
        m.fileName = source.fileName();
        m.sizeBytes = source.size();
        m.storedPath = m.id + QLatin1Char('/') + m.fileName;
        copied = QDir(m_folder).filePath(m.storedPath);
        if (!QDir().mkpath(QFileInfo(copied).absolutePath()) || !QFile::copy(d.sourcePath, copied) ||
            sha256OfFile(copied) != m.sha256) {
            QFile::remove(copied);
            return makeError(ErrorCode::StoreWriteFailed,
                             QCoreApplication::translate("hotline::materials",
                                                         "The file could not be copied into the library folder %1.")
                                 .arg(QDir::toNativeSeparators(m_folder)),
                             QStringLiteral("file"));
        }
    }
    const auto fail = [&copied](const Error& e) -> Result<Material> {
        if (!copied.isEmpty()) {
            QFile::remove(copied);
            QDir().rmdir(QFileInfo(copied).absolutePath());
        }
        return e;
    };
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return fail(tx.error());
    }
    const qint64 now = m.createdAt.toMSecsSinceEpoch();
    if (!replacing.isEmpty()) {
        if (Outcome s = archiveRow(db, replacing, by.id, m.createdAt); !s) {
            return fail(s.error());
        }
    }
    auto q = db::exec(db,
                      QStringLiteral("INSERT INTO materials (id, kind, title, release_version, file_name, stored_path, "
                                     "url, size_bytes, sha256, note, archived, created_by, created_at, updated_at, "
                                     "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)"),
                      {m.id, key(m.kind), m.title, nn(m.releaseVersion), nn(m.fileName), nn(m.storedPath), nn(m.url),
                       m.sizeBytes < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(m.sizeBytes), nn(m.sha256),
                       nn(m.note), m.createdBy, now, now});
    if (!q) {
        return fail(q.error());
    }
    if (Outcome s = sync::appendChange(
            db, {QStringLiteral("material"), m.id, sync::Operation::Insert, fieldsOf(m, now), by.id, m.createdAt});
        !s) {
        return fail(s.error());
    }
    if (Outcome s = tx.commit(); !s) {
        return fail(s.error());
    }
    return m;
}

Outcome MaterialLibrary::archive(const QString& id, const security::Operator& by)
{
    const QSqlDatabase& db = m_db.connection();
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageMaterials); !allowed) {
        return allowed;
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (Outcome s = archiveRow(db, id, by.id, m_clock.now()); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Material>> MaterialLibrary::list(const MaterialFilter& filter) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM materials WHERE 1 = 1");
    QVariantList bindings;
    if (!filter.includeArchived) {
        sql += QStringLiteral(" AND archived = 0");
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND kind = ?");
        bindings << key(*filter.kind);
    }
    const QString search = filter.search.simplified();
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND (title LIKE ? ESCAPE '\\' OR release_version LIKE ? ESCAPE '\\' OR "
                              "file_name LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\')");
        const QString pattern = QLatin1Char('%') + db::escapeLike(search) + QLatin1Char('%');
        bindings << pattern << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY archived, kind, title, created_at DESC");
    auto q = db::exec(m_db.connection(), sql, bindings);
    if (!q) {
        return q.error();
    }
    QList<Material> out;
    while (q.value().next()) {
        out.append(read(q.value()));
    }
    return out;
}

Result<Material> MaterialLibrary::get(const QString& id) const
{
    auto q = db::exec(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM materials WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::materials", "The material no longer exists."));
    }
    return read(q.value());
}

QString MaterialLibrary::absolutePath(const Material& m) const
{
    return m.isFile() ? QDir(m_folder).filePath(m.storedPath) : QString();
}

VerifyResult MaterialLibrary::verify(const Material& m) const
{
    if (!m.isFile()) {
        return {m.id, Integrity::Link, {}};
    }
    const QString path = absolutePath(m);
    if (!QFileInfo::exists(path)) {
        return {m.id, Integrity::Missing,
                QCoreApplication::translate("hotline::materials", "\"%1\": the file %2 is missing from the library.")
                    .arg(m.title, QDir::toNativeSeparators(path))};
    }
    if (sha256OfFile(path) != m.sha256) {
        return {m.id, Integrity::Changed,
                QCoreApplication::translate("hotline::materials",
                                            "\"%1\": the file has changed since it was added (checksum differs); "
                                            "replace it with the right file.")
                    .arg(m.title)};
    }
    return {m.id, Integrity::Ok, {}};
}

Result<QList<VerifyResult>> MaterialLibrary::verifyAll() const
{
    auto all = list();
    if (!all) {
        return all.error();
    }
    QList<VerifyResult> out;
    for (const Material& m : all.value()) {
        out.append(verify(m));
    }
    return out;
}

} // namespace hotline::materials
