#include "qa/scorecardrepository.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hotline::qa {
namespace {

const QString kVersionColumns =
    QStringLiteral("SELECT v.id, v.template_id, t.name, v.version, v.pass_mark, v.max_total, v.definition, "
                   "v.created_by, v.created_at FROM qa_template_versions v JOIN qa_templates t ON t.id = "
                   "v.template_id ");

Result<ScorecardVersion> readVersion(const QSqlQuery& r)
{
    ScorecardVersion v;
    v.id = r.value(0).toString();
    v.templateId = r.value(1).toString();
    v.templateName = r.value(2).toString();
    v.version = r.value(3).toInt();
    v.passMark = r.value(4).toDouble();
    v.maxTotal = r.value(5).toDouble();
    auto def = parseDefinition(r.value(6).toString().toUtf8());
    if (!def) {
        return def.error();
    }
    v.definition = def.value();
    v.createdBy = r.value(7).toString();
    v.createdAt = QDateTime::fromMSecsSinceEpoch(r.value(8).toLongLong(), Qt::UTC);
    return v;
}

Error noScorecard()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::qa", "The scorecard (version) does not exist."));
}

Result<ScorecardVersion> one(const QSqlDatabase& db, const QString& where, const QVariant& binding)
{
    auto q = db::exec(db, kVersionColumns + where, {binding});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return noScorecard();
    }
    return readVersion(q.value());
}

} // namespace

Result<QList<ScorecardTemplate>> scorecardTemplates(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT t.id, t.name, t.active, (SELECT max(version) FROM "
                                         "qa_template_versions v WHERE v.template_id = t.id) FROM qa_templates t "
                                         "ORDER BY t.active DESC, t.updated_at DESC, t.name"));
    if (!q) {
        return q.error();
    }
    QList<ScorecardTemplate> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toBool(),
                    q.value().value(3).toInt()});
    }
    return out;
}

Result<ScorecardVersion> currentScorecard(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT id FROM qa_templates WHERE active = 1 AND EXISTS (SELECT 1 FROM "
                                         "qa_template_versions v WHERE v.template_id = qa_templates.id) "
                                         "ORDER BY updated_at DESC, name LIMIT 1"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return noScorecard();
    }
    return latestScorecardVersion(db, q.value().value(0).toString());
}

Result<ScorecardVersion> latestScorecardVersion(const QSqlDatabase& db, const QString& templateId)
{
    return one(db, QStringLiteral("WHERE v.template_id = ? ORDER BY v.version DESC LIMIT 1"), templateId);
}

Result<ScorecardVersion> scorecardVersion(const QSqlDatabase& db, const QString& versionId)
{
    return one(db, QStringLiteral("WHERE v.id = ?"), versionId);
}

Result<QList<ScorecardVersion>> scorecardVersions(const QSqlDatabase& db, const QString& templateId)
{
    auto q =
        db::exec(db, kVersionColumns + QStringLiteral("WHERE v.template_id = ? ORDER BY v.version DESC"), {templateId});
    if (!q) {
        return q.error();
    }
    QList<ScorecardVersion> out;
    while (q.value().next()) {
        auto v = readVersion(q.value());
        if (!v) {
            return v.error();
        }
        out.append(v.value());
    }
    return out;
}

Result<ScorecardVersion> saveScorecardVersion(const QSqlDatabase& db, const QString& templateId, const QString& name,
                                              double passMark, const ScorecardDefinition& definition,
                                              const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageQa); !allowed) {
        return allowed.error();
    }
    const QString cleanName = name.trimmed();
    if (cleanName.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::qa", "The scorecard needs a name."),
                         QStringLiteral("name"));
    }
    ScorecardDefinition clean = definition;
    for (ScorecardDimension& d : clean.dimensions) {
        d.name = d.name.trimmed();
        for (ScorecardItem& i : d.items) {
            i.name = i.name.trimmed();
            i.standard = i.standard.trimmed();
        }
    }
    if (Outcome valid = validate(clean, passMark); !valid) {
        return valid.error();
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto latest = latestScorecardVersion(db, templateId);
    if (!latest && latest.error().code != ErrorCode::NotFound) {
        return latest.error();
    }
    auto exists = db::exec(db, QStringLiteral("SELECT count(*) FROM qa_templates WHERE id = ?"), {templateId});
    if (!exists) {
        return exists.error();
    }
    if (!exists.value().next() || exists.value().value(0).toInt() == 0) {
        return noScorecard();
    }
    const QByteArray json = definitionJson(clean);
    if (latest && latest->templateName == cleanName && latest->passMark == passMark &&
        definitionJson(latest->definition) == json) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::qa", "Nothing has changed since version %1.").arg(latest->version));
    }
    ScorecardVersion v;
    v.id = ids.next();
    v.templateId = templateId;
    v.templateName = cleanName;
    v.version = latest ? latest->version + 1 : 1;
    v.passMark = passMark;
    v.maxTotal = clean.maxTotal();
    v.definition = clean;
    v.createdBy = by.id;
    v.createdAt = clock.now();
    const qint64 now = v.createdAt.toMSecsSinceEpoch();
    auto t = db::exec(db, QStringLiteral("UPDATE qa_templates SET name = ?, updated_at = ? WHERE id = ?"),
                      {cleanName, now, templateId});
    if (!t) {
        return t.error();
    }
    if (Outcome s = sync::appendChange(
            db, {QStringLiteral("qa_template"), templateId, sync::Operation::Update,
                 QJsonObject{{QStringLiteral("name"), cleanName}, {QStringLiteral("updated_at"), now}}, by.id,
                 v.createdAt});
        !s) {
        return s.error();
    }
    auto ins =
        db::exec(db,
                 QStringLiteral("INSERT INTO qa_template_versions (id, template_id, version, pass_mark, "
                                "max_total, definition, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {v.id, templateId, v.version, passMark, v.maxTotal, QString::fromUtf8(json), by.id, now});
    if (!ins) {
        return ins.error();
    }
    const QJsonObject fields{{QStringLiteral("template_id"), templateId},
                             {QStringLiteral("version"), v.version},
                             {QStringLiteral("pass_mark"), passMark},
                             {QStringLiteral("max_total"), v.maxTotal},
                             {QStringLiteral("definition"), QString::fromUtf8(json)},
                             {QStringLiteral("created_by"), by.id},
                             {QStringLiteral("created_at"), now}};
    if (Outcome s = sync::appendChange(
            db, {QStringLiteral("qa_template_version"), v.id, sync::Operation::Insert, fields, by.id, v.createdAt});
        !s) {
        return s.error();
    }
    if (Outcome c = tx.commit(); !c) {
        return c.error();
    }
    return v;
}

} // namespace hotline::qa
