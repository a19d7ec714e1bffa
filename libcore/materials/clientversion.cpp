#include "materials/clientversion.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hotline::materials {
namespace {

// Never NULL in the store: an empty QString binds as NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

VerificationResult resultFromKey(const QString& k)
{
    return k == QLatin1String("passed")   ? VerificationResult::Passed
           : k == QLatin1String("failed") ? VerificationResult::Failed
                                          : VerificationResult::Pending;
}

Result<QList<ClientVersion>> read(const QSqlDatabase& db, const QString& where, const QVariantList& bindings)
{
    auto q =
        db::exec(db,
                 QStringLiteral("SELECT v.id, v.client_version, v.released_on, v.deadline_on, v.notes, v.checklist, "
                                "v.result, coalesce(v.verified_by, ''), coalesce(o.name, ''), v.verified_at, "
                                "v.manual_revised, v.manual_note, coalesce(v.material_id, ''), v.version "
                                "FROM client_versions v LEFT JOIN operators o ON o.id = v.verified_by ") +
                     where + QStringLiteral(" ORDER BY v.released_on DESC, v.client_version DESC"),
                 bindings);
    if (!q) {
        return q.error();
    }
    QList<ClientVersion> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ClientVersion v;
        v.id = r.value(0).toString();
        v.clientVersion = r.value(1).toString();
        v.releasedOn = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        v.deadlineOn = r.value(3).isNull() ? QDate() : QDate::fromString(r.value(3).toString(), Qt::ISODate);
        v.notes = r.value(4).toString();
        v.checklist = checklistFromJson(r.value(5).toByteArray()).value_or({});
        v.result = resultFromKey(r.value(6).toString());
        v.verifiedBy = r.value(7).toString();
        v.verifiedByName = r.value(8).toString();
        v.verifiedAt = r.value(9).isNull() ? QDateTime() : db::utcTime(r.value(9));
        v.manualRevised = r.value(10).toBool();
        v.manualNote = r.value(11).toString();
        v.materialId = r.value(12).toString();
        v.version = r.value(13).toInt();
        out.append(v);
    }
    return out;
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QJsonValue jsonNullable(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

Error conflict()
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("hotline::materials",
                                                 "This version record was changed by someone else; reload it and make "
                                                 "your change again."));
}

} // namespace

QString key(VerificationResult r)
{
    switch (r) {
    case VerificationResult::Passed:
        return QStringLiteral("passed");
    case VerificationResult::Failed:
        return QStringLiteral("failed");
    case VerificationResult::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QString displayName(VerificationResult r)
{
    switch (r) {
    case VerificationResult::Passed:
        return QCoreApplication::translate("hotline::materials", "Passed");
    case VerificationResult::Failed:
        return QCoreApplication::translate("hotline::materials", "Failed");
    case VerificationResult::Pending:
        break;
    }
    return QCoreApplication::translate("hotline::materials", "Not verified");
}

QList<ChecklistItem> defaultChecklist()
{
    static const char* const items[] = {
        QT_TRANSLATE_NOOP("hotline::materials", "Install and upgrade"),
        QT_TRANSLATE_NOOP("hotline::materials", "Log in"),
        QT_TRANSLATE_NOOP("hotline::materials", "Personnel information collection"),
        QT_TRANSLATE_NOOP("hotline::materials", "Comprehensive income declaration"),
        QT_TRANSLATE_NOOP("hotline::materials", "Classified income declaration"),
        QT_TRANSLATE_NOOP("hotline::materials", "Non-resident income declaration"),
        QT_TRANSLATE_NOOP("hotline::materials", "Tax payment"),
        QT_TRANSLATE_NOOP("hotline::materials", "Correction declaration"),
        QT_TRANSLATE_NOOP("hotline::materials", "Query and statistics"),
        QT_TRANSLATE_NOOP("hotline::materials", "Backup and restore"),
    };
    QList<ChecklistItem> out;
    for (const char* item : items) {
        out.append({QCoreApplication::translate("hotline::materials", item), std::nullopt, {}});
    }
    return out;
}

QByteArray checklistJson(const QList<ChecklistItem>& items)
{
    QJsonArray a;
    for (const ChecklistItem& i : items) {
        a.append(QJsonObject{{QStringLiteral("item"), i.item},
                             {QStringLiteral("passed"), i.passed ? QJsonValue(*i.passed) : QJsonValue()},
                             {QStringLiteral("note"), i.note}});
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

Result<QList<ChecklistItem>> checklistFromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return makeError(ErrorCode::StoreCorrupt,
                         QCoreApplication::translate("hotline::materials", "The stored checklist is not readable."));
    }
    QList<ChecklistItem> out;
    for (const QJsonValue v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QJsonValue passed = o.value(QStringLiteral("passed"));
        out.append({o.value(QStringLiteral("item")).toString(),
                    passed.isBool() ? std::optional<bool>(passed.toBool()) : std::nullopt,
                    o.value(QStringLiteral("note")).toString()});
    }
    return out;
}

Result<ClientVersion> validateClientVersion(const ClientVersion& input)
{
    ClientVersion v = input;
    v.clientVersion = v.clientVersion.simplified();
    v.notes = v.notes.trimmed();
    v.manualNote = v.manualNote.trimmed();
    if (v.clientVersion.isEmpty() || v.clientVersion.size() > 50) {
        return invalid(QCoreApplication::translate("hotline::materials",
                                                   "Version: required, at most 50 characters (e.g. V3.1.221)."),
                       QStringLiteral("client_version"));
    }
    if (!v.releasedOn.isValid()) {
        return invalid(QCoreApplication::translate("hotline::materials", "Release date: a valid date is required."),
                       QStringLiteral("released_on"));
    }
    if (v.deadlineOn.isValid() && v.deadlineOn < v.releasedOn) {
        return invalid(
            QCoreApplication::translate("hotline::materials", "Deadline: cannot be before the release date."),
            QStringLiteral("deadline_on"));
    }
    if (v.manualRevised && v.manualNote.isEmpty()) {
        return invalid(
            QCoreApplication::translate("hotline::materials", "Manual revised: name the manuals that were revised."),
            QStringLiteral("manual_note"));
    }
    if (v.notes.size() > 4000 || v.manualNote.size() > 1000) {
        return invalid(QCoreApplication::translate("hotline::materials", "Notes: too long (4,000 / 1,000 characters)."),
                       QStringLiteral("notes"));
    }
    QSet<QString> seen;
    for (ChecklistItem& i : v.checklist) {
        i.item = i.item.simplified();
        i.note = i.note.trimmed();
        if (i.item.isEmpty() || i.item.size() > 100 || seen.contains(i.item)) {
            return invalid(QCoreApplication::translate("hotline::materials",
                                                       "Checklist: every item needs a name (at most 100 characters), "
                                                       "each only once."),
                           QStringLiteral("checklist"));
        }
        seen.insert(i.item);
    }
    if (v.checklist.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::materials", "Checklist: at least one item."),
                       QStringLiteral("checklist"));
    }
    return v;
}

Result<ClientVersion> saveClientVersion(db::Database& database, const ClientVersion& input,
                                        const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    const QSqlDatabase& db = database.connection();
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageClientVersions); !allowed) {
        return allowed.error();
    }
    auto valid = validateClientVersion(input);
    if (!valid) {
        return valid.error();
    }
    ClientVersion v = valid.value();
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto same = db::exec(db, QStringLiteral("SELECT id FROM client_versions WHERE client_version = ? AND id <> ?"),
                         {v.clientVersion, nn(v.id)});
    if (!same) {
        return same.error();
    }
    if (same.value().next()) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("hotline::materials", "Version %1 is already recorded.").arg(v.clientVersion),
            QStringLiteral("client_version"));
    }
    if (!v.materialId.isEmpty()) {
        auto m = db::exec(db, QStringLiteral("SELECT 1 FROM materials WHERE id = ?"), {v.materialId});
        if (!m) {
            return m.error();
        }
        if (!m.value().next()) {
            return invalid(
                QCoreApplication::translate("hotline::materials", "Upgrade package: the material no longer exists."),
                QStringLiteral("material"));
        }
    }
    const QDateTime now = clock.now();
    const qint64 ms = now.toMSecsSinceEpoch();
    const QString checklist = QString::fromUtf8(checklistJson(v.checklist));
    const bool insert = v.id.isEmpty();
    QJsonObject fields{{QStringLiteral("client_version"), v.clientVersion},
                       {QStringLiteral("released_on"), v.releasedOn.toString(Qt::ISODate)},
                       {QStringLiteral("deadline_on"),
                        v.deadlineOn.isValid() ? QJsonValue(v.deadlineOn.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("notes"), v.notes},
                       {QStringLiteral("checklist"), checklist},
                       {QStringLiteral("manual_revised"), v.manualRevised ? 1 : 0},
                       {QStringLiteral("manual_note"), v.manualNote},
                       {QStringLiteral("material_id"), jsonNullable(v.materialId)},
                       {QStringLiteral("updated_at"), ms}};
    const QVariant deadline = v.deadlineOn.isValid() ? QVariant(v.deadlineOn.toString(Qt::ISODate))
                                                     : QVariant(QMetaType::fromType<QString>());
    if (insert) {
        v.id = ids.next();
        auto q =
            db::exec(db,
                     QStringLiteral("INSERT INTO client_versions (id, client_version, released_on, deadline_on, "
                                    "notes, checklist, manual_revised, manual_note, material_id, created_by, "
                                    "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                     {v.id, v.clientVersion, v.releasedOn.toString(Qt::ISODate), deadline, nn(v.notes), checklist,
                      v.manualRevised ? 1 : 0, nn(v.manualNote), nullable(v.materialId), by.id, ms, ms});
        if (!q) {
            return q.error();
        }
        fields.insert(QStringLiteral("result"), QStringLiteral("pending"));
        fields.insert(QStringLiteral("created_by"), by.id);
        fields.insert(QStringLiteral("created_at"), ms);
        fields.insert(QStringLiteral("version"), 1);
    } else {
        auto before = loadClientVersion(db, v.id);
        if (!before) {
            return before.error();
        }
        // A changed checklist is a new verification: the earlier result no longer speaks for it.
        const bool reset = checklistJson(before.value().checklist) != checklist.toUtf8() &&
                           before.value().result != VerificationResult::Pending;
        auto q = db::exec(
            db,
            QStringLiteral("UPDATE client_versions SET client_version = ?, released_on = ?, "
                           "deadline_on = ?, notes = ?, checklist = ?, manual_revised = ?, "
                           "manual_note = ?, material_id = ?, updated_at = ?, version = version + 1") +
                (reset ? QStringLiteral(", result = 'pending', verified_by = NULL, verified_at = NULL") : QString()) +
                QStringLiteral(" WHERE id = ? AND version = ?"),
            {v.clientVersion, v.releasedOn.toString(Qt::ISODate), deadline, nn(v.notes), checklist,
             v.manualRevised ? 1 : 0, nn(v.manualNote), nullable(v.materialId), ms, v.id, v.version});
        if (!q) {
            return q.error();
        }
        if (q.value().numRowsAffected() != 1) {
            return conflict();
        }
        if (reset) {
            fields.insert(QStringLiteral("result"), QStringLiteral("pending"));
            fields.insert(QStringLiteral("verified_by"), QJsonValue());
            fields.insert(QStringLiteral("verified_at"), QJsonValue());
        }
        fields.insert(QStringLiteral("version"), v.version + 1);
    }
    if (Outcome s =
            sync::appendChange(db, {QStringLiteral("client_version"), v.id,
                                    insert ? sync::Operation::Insert : sync::Operation::Update, fields, by.id, now});
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return loadClientVersion(db, v.id);
}

Result<ClientVersion> verifyClientVersion(db::Database& database, const QString& id, int expectedVersion,
                                          const security::Operator& by, const Clock& clock)
{
    const QSqlDatabase& db = database.connection();
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageClientVersions); !allowed) {
        return allowed.error();
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto v = loadClientVersion(db, id);
    if (!v) {
        return v.error();
    }
    if (v.value().version != expectedVersion) {
        return conflict();
    }
    QStringList open;
    bool anyFailed = false;
    for (const ChecklistItem& i : v.value().checklist) {
        if (!i.passed) {
            open << i.item;
        } else if (!*i.passed) {
            anyFailed = true;
        }
    }
    if (!open.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::materials",
                                                   "Verification: decide every checklist item first (still open: %1).")
                           .arg(open.join(QCoreApplication::translate("hotline::materials", ", "))),
                       QStringLiteral("checklist"));
    }
    const VerificationResult result = anyFailed ? VerificationResult::Failed : VerificationResult::Passed;
    const QDateTime now = clock.now();
    const qint64 ms = now.toMSecsSinceEpoch();
    auto q = db::exec(db,
                      QStringLiteral("UPDATE client_versions SET result = ?, verified_by = ?, verified_at = ?, "
                                     "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                      {key(result), by.id, ms, ms, id, expectedVersion});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return conflict();
    }
    if (Outcome s = sync::appendChange(db, {QStringLiteral("client_version"),
                                            id,
                                            sync::Operation::Update,
                                            {{QStringLiteral("result"), key(result)},
                                             {QStringLiteral("verified_by"), by.id},
                                             {QStringLiteral("verified_at"), ms},
                                             {QStringLiteral("updated_at"), ms},
                                             {QStringLiteral("version"), expectedVersion + 1}},
                                            by.id,
                                            now});
        !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return loadClientVersion(db, id);
}

Result<QList<ClientVersion>> listClientVersions(const QSqlDatabase& db)
{
    return read(db, {}, {});
}

Result<ClientVersion> loadClientVersion(const QSqlDatabase& db, const QString& id)
{
    auto list = read(db, QStringLiteral("WHERE v.id = ?"), {id});
    if (!list) {
        return list.error();
    }
    if (list.value().isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::materials", "The version record no longer exists."));
    }
    return list.value().first();
}

} // namespace hotline::materials
