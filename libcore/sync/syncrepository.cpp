#include "sync/syncrepository.h"

#include "db/query.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <limits>

namespace hotline::sync {
namespace {

// What may arrive from the centre: the synced entities, the table each lives in, and whether it only grows.
struct EntitySpec {
    const char* entity;
    const char* table;
    bool appendOnly;
};
constexpr EntitySpec kEntities[] = {
    {"operator", "operators", false},
    {"category", "categories", false},
    {"work_order", "work_orders", false},
    {"work_order_event", "work_order_events", true},
    {"conflict", "sync_conflicts", false}, // restored_at changes
    {"audit_entry", "audit_log", true},
    {"kb_article", "kb_articles", false},
    {"kb_article_version", "kb_article_versions", true},
    {"kb_policy", "kb_policies", false},
    {"kb_article_event", "kb_article_events", true},
    {"work_order_article", "work_order_articles", true},
    {"kb_link", "kb_links", false},
    {"kb_synonym", "kb_synonyms", false},
    {"kb_gap", "kb_gaps", false},
    {"kb_category", "kb_categories", false},
    {"recording", "recordings", false},
    {"recording_marker", "recording_markers", false},
    {"qa_template", "qa_templates", false},
    {"qa_template_version", "qa_template_versions", true},
    {"qa_evaluation", "qa_evaluations", false},
    {"qa_evaluation_item", "qa_evaluation_items", true},
    {"qa_evaluation_event", "qa_evaluation_events", true},
    {"qa_live_finding", "qa_live_findings", false},
    {"qa_sample_draw", "qa_sample_draws", true},
    {"qa_sample_item", "qa_sample_items", true},
    {"satisfaction_survey", "satisfaction_surveys", false},
    {"return_visit", "return_visits", true},
    {"improvement_plan", "improvement_plans", false},
    {"improvement_plan_version", "improvement_plan_versions", true},
    {"transfer", "transfers", false},
    {"callback", "callbacks", false},
    {"callback_attempt", "callback_attempts", true},
    {"complaint", "complaints", false},
    {"complaint_event", "complaint_events", true},
    {"return_visit_plan", "return_visit_plans", true},
    {"return_visit_plan_item", "return_visit_plan_items", true},
    {"training", "trainings", false},
    {"training_attendee", "training_attendees", false},
    {"material", "materials", false},
    {"material_send", "material_sends", true},
    {"client_version", "client_versions", false},
    {"conversation", "conversations", false},
    {"conversation_event", "conversation_events", true},
    {"chat_rating", "chat_ratings", true},
    {"robot_feedback", "robot_feedback", true},
    {"quick_phrase", "quick_phrases", false},
};

constexpr qsizetype kMaxFieldsBytes = 256 * 1024;

QVariant toSql(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType(QMetaType::QString));
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QVariant(static_cast<qint64>(d)) : QVariant(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

QJsonValue toJson(const QVariant& v)
{
    if (v.isNull()) {
        return QJsonValue::Null;
    }
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
        return v.toLongLong();
    }
    if (v.typeId() == QMetaType::Double) {
        return v.toDouble();
    }
    return v.toString();
}


} // namespace

QString SyncRepository::fieldKey(const QString& entity, const QString& id, const QString& field)
{
    return entity + QLatin1Char('|') + id + QLatin1Char('|') + field;
}

Result<QString> SyncRepository::setting(const QString& key) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Outcome SyncRepository::setSetting(const QString& key, const QString& value)
{
    auto q = db::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"), {key, value});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<QString> SyncRepository::clientId(const QString& fresh)
{
    auto id = setting(QStringLiteral("sync_client_id"));
    if (!id || !id.value().isEmpty()) {
        return id;
    }
    if (Outcome s = setSetting(QStringLiteral("sync_client_id"), fresh); !s) {
        return s.error();
    }
    return fresh;
}

Result<QList<OutgoingChange>> SyncRepository::outbox(qint64 afterSeq, int limit) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT seq, entity, entity_id, operation, fields, operator_id, changed_at "
                                     "FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"),
                      {afterSeq, limit});
    if (!q) {
        return q.error();
    }
    QList<OutgoingChange> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QString op = r.value(3).toString();
        out.append({r.value(0).toLongLong(),
                    Change{r.value(1).toString(), r.value(2).toString(),
                           op == QLatin1String("update")   ? Operation::Update
                           : op == QLatin1String("delete") ? Operation::Delete
                                                           : Operation::Insert,
                           QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object(), r.value(5).toString(),
                           QDateTime::fromMSecsSinceEpoch(r.value(6).toLongLong(), Qt::UTC)}});
    }
    return out;
}

Result<int> SyncRepository::outboxSize(qint64 afterSeq) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ?"), {afterSeq});
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

Result<QSet<QString>> SyncRepository::pendingFields(qint64 afterSeq) const
{
    auto q =
        db::exec(m_db, QStringLiteral("SELECT entity, entity_id, fields FROM change_log WHERE seq > ?"), {afterSeq});
    if (!q) {
        return q.error();
    }
    QSet<QString> keys;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QJsonObject fields = QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            keys.insert(fieldKey(r.value(0).toString(), r.value(1).toString(), it.key()));
        }
    }
    return keys;
}

Outcome SyncRepository::writeVersions(const QList<Version>& versions)
{
    // Many rows per statement: one statement per row would cost more than the rows themselves.
    constexpr qsizetype kRows = 200;
    for (qsizetype first = 0; first < versions.size(); first += kRows) {
        const qsizetype n = std::min(kRows, versions.size() - first);
        QVariantList b;
        b.reserve(n * 5);
        for (qsizetype i = first; i < first + n; ++i) {
            const Version& v = versions[i];
            b << v.entity << v.entityId << v.field << v.seq << (v.mine ? 1 : 0);
        }
        QStringList rows(n, QStringLiteral("(?, ?, ?, ?, ?)"));
        auto q = db::exec(m_db,
                          QStringLiteral("INSERT INTO sync_field_versions (entity, entity_id, field, seq, mine) VALUES "
                                         "%1 ON CONFLICT (entity, entity_id, field) DO UPDATE SET seq = excluded.seq, "
                                         "mine = excluded.mine WHERE excluded.seq > sync_field_versions.seq")
                              .arg(rows.join(QStringLiteral(", "))),
                          b);
        if (!q) {
            return q.error();
        }
    }
    return Ok{};
}

Outcome SyncRepository::recordPushed(const QList<OutgoingChange>& changes, const QList<qint64>& seqs)
{
    QList<Version> versions;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change& c = changes[i].change;
        const Table* table = tableFor(c.entity);
        if (table == nullptr || table->appendOnly) {
            continue; // append-only records have no fields to fight over
        }
        if (c.operation == Operation::Delete) {
            m_tombstones.insert(c.entity + QLatin1Char('|') + c.entityId);
            if (auto t = db::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO sync_tombstones VALUES (?, ?, ?)"),
                                  {c.entity, c.entityId, seqs[i]});
                !t) {
                return t.error();
            }
        } else if (c.operation == Operation::Insert) {
            versions.append({c.entity, c.entityId, QStringLiteral("*"), seqs[i], true}); // every field at once
        } else {
            for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
                versions.append({c.entity, c.entityId, it.key(), seqs[i], true});
            }
        }
    }
    return writeVersions(versions);
}

const SyncRepository::Table* SyncRepository::tableFor(const QString& entity)
{
    if (auto it = m_tables.constFind(entity); it != m_tables.constEnd()) {
        return it->columns.isEmpty() ? nullptr : &*it;
    }
    Table t;
    for (const EntitySpec& spec : kEntities) {
        if (entity == QLatin1String(spec.entity)) {
            t.name = QLatin1String(spec.table);
            t.appendOnly = spec.appendOnly;
            QSqlQuery q(m_db);
            if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name))) {
                while (q.next()) {
                    t.columns.insert(q.value(1).toString());
                }
            }
        }
    }
    t.columns.remove(QStringLiteral("id"));
    auto it = m_tables.insert(entity, t);
    return it->columns.isEmpty() ? nullptr : &*it;
}

Outcome SyncRepository::reject(const JournalEntry& e, const QString& reason, qint64 nowMs, MergeCounts& counts)
{
    ++counts.rejected;
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT OR REPLACE INTO sync_rejects (seq, client_id, entity, entity_id, reason, "
                                     "at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {e.seq, e.clientId, e.change.entity.left(64), e.change.entityId.left(64), reason, nowMs});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome SyncRepository::recordConflict(const JournalEntry& e, const QString& field, const QJsonValue& losing,
                                       const QVariant& winning, qint64 winningSeq, const QString& conflictId,
                                       qint64 nowMs)
{
    const auto text = [](const QJsonValue& v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    };
    const QJsonObject fields{{QStringLiteral("entity"), e.change.entity},
                             {QStringLiteral("entity_id"), e.change.entityId},
                             {QStringLiteral("field"), field},
                             {QStringLiteral("losing_value"), text(losing)},
                             {QStringLiteral("losing_client"), e.clientId},
                             {QStringLiteral("losing_seq"), e.seq},
                             {QStringLiteral("winning_value"), text(toJson(winning))},
                             {QStringLiteral("winning_seq"), winningSeq},
                             {QStringLiteral("detected_at"), nowMs}};
    QStringList columns;
    QVariantList values{conflictId};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        columns << it.key();
        values << toSql(it.value());
    }
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO sync_conflicts (id, %1) VALUES (?%2)")
                          .arg(columns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(columns.size())),
                      values);
    if (!q) {
        return q.error();
    }
    // The conflict itself travels to the other workstations, so a team lead anywhere sees it.
    return appendChange(m_db, {QStringLiteral("conflict"), conflictId, Operation::Insert, fields, QString(),
                               QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)});
}

QString SyncRepository::renamed(const QString& name, const QString& id)
{
    return name + QLatin1Char('-') + id.right(4);
}

Result<QString> SyncRepository::settleNameClash(const JournalEntry& e, const QSet<QString>& pending, qint64 nowMs)
{
    const Change& c = e.change;
    const bool named = c.entity == QLatin1String("operator") || c.entity == QLatin1String("category");
    if (!named || !c.fields.value(QStringLiteral("name")).isString()) {
        return QString();
    }
    const QString name = c.fields.value(QStringLiteral("name")).toString();
    const QString table =
        c.entity == QLatin1String("operator") ? QStringLiteral("operators") : QStringLiteral("categories");
    QString sql = QStringLiteral("SELECT id FROM %1 WHERE name = ? AND id <> ?").arg(table);
    QVariantList b{name, c.entityId};
    if (c.entity == QLatin1String("category")) {
        sql += QStringLiteral(" AND parent_id IS ?");
        b << toSql(c.fields.value(QStringLiteral("parent_id")));
    }
    auto other = db::exec(m_db, sql, b);
    if (!other) {
        return other.error();
    }
    if (!other.value().next()) {
        return QString();
    }
    const QString otherId = other.value().value(0).toString();
    // When did the centre take the other row's insert? Not yet (ours, unsent): after this one. Never (a seed): first.
    auto version =
        db::exec(m_db,
                 QStringLiteral("SELECT seq, mine FROM sync_field_versions WHERE entity = ? AND entity_id = ? "
                                "AND field = '*'"),
                 {c.entity, otherId});
    if (!version) {
        return version.error();
    }
    const bool known = version.value().next();
    const bool unsent = pending.contains(fieldKey(c.entity, otherId, QStringLiteral("name")));
    const qint64 otherSeq = unsent  ? std::numeric_limits<qint64>::max()
                            : known ? version.value().value(0).toLongLong()
                                    : 0;
    const bool otherIsMine = unsent || (known && version.value().value(1).toBool());
    if (otherSeq < e.seq) {
        return renamed(name, c.entityId); // the incoming row came second
    }
    // The incoming row came first: ours gives way, and says so to the others when it was ours.
    const QString newName = renamed(name, otherId);
    if (auto u = db::exec(m_db, QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table), {newName, otherId});
        !u) {
        return u.error();
    }
    if (otherIsMine) {
        if (Outcome s = appendChange(m_db, {c.entity, otherId, Operation::Update,
                                            QJsonObject{{QStringLiteral("name"), newName}}, QString(),
                                            QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)});
            !s) {
            return s.error();
        }
    }
    return QString();
}

Outcome SyncRepository::merge(const JournalEntry& e, const QSet<QString>& pending, const QString& conflictId,
                              qint64 nowMs, MergeCounts& counts)
{
    const Change& c = e.change;
    const Table* table = tableFor(c.entity);
    if (table == nullptr) {
        return reject(e, QCoreApplication::translate("hotline::sync", "unknown kind of record \"%1\"").arg(c.entity.left(64)), nowMs, counts);
    }
    if (c.entityId.isEmpty() || c.entityId.size() > 64) {
        return reject(e, QCoreApplication::translate("hotline::sync", "missing or overlong record id"), nowMs, counts);
    }
    if (c.fields.contains(QStringLiteral("__malformed"))) {
        return reject(e, QCoreApplication::translate("hotline::sync", "the fields are not a JSON object"), nowMs, counts);
    }
    if (QJsonDocument(c.fields).toJson(QJsonDocument::Compact).size() > kMaxFieldsBytes) {
        return reject(e, QCoreApplication::translate("hotline::sync", "the record is larger than %1 KB").arg(kMaxFieldsBytes / 1024), nowMs, counts);
    }
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        if (!table->columns.contains(it.key())) {
            return reject(e, QCoreApplication::translate("hotline::sync", "unknown field \"%1\" of %2").arg(it.key().left(64), c.entity), nowMs, counts);
        }
        if (it.value().isArray() || it.value().isObject()) {
            return reject(e, QCoreApplication::translate("hotline::sync", "field \"%1\" holds a list or an object").arg(it.key()), nowMs, counts);
        }
    }
    if (!m_tombstonesLoaded) {
        auto all = db::exec(m_db, QStringLiteral("SELECT entity, entity_id FROM sync_tombstones"));
        if (!all) {
            return all.error();
        }
        while (all.value().next()) {
            m_tombstones.insert(all.value().value(0).toString() + QLatin1Char('|') + all.value().value(1).toString());
        }
        m_tombstonesLoaded = true;
    }
    const QString rowKey = c.entity + QLatin1Char('|') + c.entityId;
    if (m_tombstones.contains(rowKey)) {
        return Ok{}; // deleted here or elsewhere: late updates do not bring it back
    }

    QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT merge_one"));
    auto fail = [&](const QString& reason) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO merge_one"));
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE merge_one"));
        return reject(e, reason, nowMs, counts);
    };
    auto done = [&] {
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE merge_one"));
        ++counts.applied;
        return Outcome(Ok{});
    };
    auto insertRow = [&](bool orIgnore, const QJsonObject& fields) -> Result<QSqlQuery> {
        QStringList columns{QStringLiteral("id")};
        QVariantList values{c.entityId};
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            columns << it.key();
            values << toSql(it.value());
        }
        if (table->columns.contains(QStringLiteral("updated_at")) && !fields.contains(QStringLiteral("updated_at"))) {
            columns << QStringLiteral("updated_at");
            values << c.at.toMSecsSinceEpoch();
        }
        return db::exec(m_db,
                        QStringLiteral("INSERT %1INTO %2 (%3) VALUES (?%4)")
                            .arg(orIgnore ? QStringLiteral("OR IGNORE ") : QString(), table->name,
                                 columns.join(QStringLiteral(", ")),
                                 QStringLiteral(", ?").repeated(columns.size() - 1)),
                        values);
    };

    if (table->appendOnly) {
        if (auto ins = insertRow(true, c.fields); !ins) {
            return fail(ins.error().message);
        }
        return done(); // a record we already had is ignored
    }
    if (c.operation == Operation::Delete) {
        if (auto d = db::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table->name), {c.entityId}); !d) {
            return fail(d.error().message);
        }
        if (auto t = db::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO sync_tombstones VALUES (?, ?, ?)"),
                              {c.entity, c.entityId, e.seq});
            !t) {
            return fail(t.error().message);
        }
        m_tombstones.insert(rowKey);
        return done();
    }
    auto stored = db::exec(m_db,
                           QStringLiteral("SELECT field, seq, mine FROM sync_field_versions WHERE entity = ? AND "
                                          "entity_id = ?"),
                           {c.entity, c.entityId});
    if (!stored) {
        return fail(stored.error().message);
    }
    QHash<QString, QPair<qint64, bool>> versions; // field → (seq, mine); "*" stands for every field of an insert
    while (stored.value().next()) {
        versions.insert(stored.value().value(0).toString(),
                        {stored.value().value(1).toLongLong(), stored.value().value(2).toBool()});
    }
    auto current = db::exec(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table->name), {c.entityId});
    if (!current) {
        return fail(current.error().message);
    }
    if (!current.value().next()) {
        if (c.operation != Operation::Insert) {
            return fail(QCoreApplication::translate("hotline::sync", "a change to a record this workstation does not have"));
        }
        // A row new to this workstation: take it whole, unless its name is taken (two desks created the same
        // name offline); then the row whose insert the centre took first keeps it, on every desk.
        QJsonObject fields = c.fields;
        auto named = settleNameClash(e, pending, nowMs);
        if (!named) {
            return fail(named.error().message);
        }
        if (!named.value().isEmpty()) {
            fields.insert(QStringLiteral("name"), named.value());
        }
        auto ins = insertRow(false, fields);
        if (!ins) {
            return fail(ins.error().message);
        }
        if (Outcome v = writeVersions({{c.entity, c.entityId, QStringLiteral("*"), e.seq, false}}); !v) {
            return fail(v.error().message);
        }
        return done();
    }
    // Last writer wins per field, in the centre's order.
    QStringList sets;
    QVariantList values;
    QList<Version> applied;
    const QPair<qint64, bool> none{0, false};
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        const QString field = it.key();
        const QPair<qint64, bool> v = versions.value(field, versions.value(QStringLiteral("*"), none));
        const bool ours = pending.contains(fieldKey(c.entity, c.entityId, field)) || (v.first > e.seq && v.second);
        if (ours) {
            const QVariant mine = current.value().value(field);
            if (toJson(mine) != it.value()) {
                ++counts.conflicts;
                if (Outcome r = recordConflict(e, field, it.value(), mine, v.first,
                                               conflictId + QLatin1Char('-') + field, nowMs);
                    !r) {
                    return fail(r.error().message);
                }
            }
            continue;
        }
        if (v.first > e.seq) {
            continue; // a newer value from elsewhere is already here
        }
        sets << field + QStringLiteral(" = ?");
        values << toSql(it.value());
        applied.append({c.entity, c.entityId, field, e.seq, false});
    }
    if (!sets.isEmpty()) {
        if (table->columns.contains(QStringLiteral("version"))) {
            sets << QStringLiteral("version = version + 1");
        }
        if (table->columns.contains(QStringLiteral("updated_at"))) {
            sets << QStringLiteral("updated_at = max(updated_at, ?)");
            values << c.at.toMSecsSinceEpoch();
        }
        values << c.entityId;
        auto upd = db::exec(
            m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table->name, sets.join(QStringLiteral(", "))),
            values);
        if (!upd) {
            return fail(upd.error().message);
        }
        if (Outcome v = writeVersions(applied); !v) {
            return fail(v.error().message);
        }
    }
    return done();
}

} // namespace hotline::sync
