#include "training/training.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace hotline::training {
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

QPair<qint64, qint64> yearRange(int year)
{
    const QTimeZone bj = calendar::beijingTime();
    return {QDateTime(QDate(year, 1, 1), QTime(0, 0), bj).toMSecsSinceEpoch(),
            QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), bj).toMSecsSinceEpoch()};
}

QJsonObject fieldsOf(const Training& t, qint64 now)
{
    return {{QStringLiteral("topic"), t.topic},
            {QStringLiteral("starts_at"), t.startsAt.toMSecsSinceEpoch()},
            {QStringLiteral("duration_minutes"), t.durationMinutes},
            {QStringLiteral("trainer"), t.trainer},
            {QStringLiteral("location"), t.location},
            {QStringLiteral("materials"), t.materials},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("version"), t.version}};
}

Result<QList<Attendee>> attendeesOf(const QSqlDatabase& db, const QString& trainingId)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT a.operator_id, coalesce(o.name, ''), a.attended FROM training_attendees a "
                                     "LEFT JOIN operators o ON o.id = a.operator_id WHERE a.training_id = ? "
                                     "ORDER BY o.name"),
                      {trainingId});
    if (!q) {
        return q.error();
    }
    QList<Attendee> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toBool()});
    }
    return out;
}

Result<QList<Training>> readTrainings(const QSqlDatabase& db, const QString& where, const QVariantList& bindings)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, topic, starts_at, duration_minutes, trainer, location, materials, "
                                     "version FROM trainings WHERE ") +
                          where + QStringLiteral(" ORDER BY starts_at, topic"),
                      bindings);
    if (!q) {
        return q.error();
    }
    QList<Training> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Training t;
        t.id = r.value(0).toString();
        t.topic = r.value(1).toString();
        t.startsAt = db::utcTime(r.value(2));
        t.durationMinutes = r.value(3).toInt();
        t.trainer = r.value(4).toString();
        t.location = r.value(5).toString();
        t.materials = r.value(6).toString();
        t.version = r.value(7).toInt();
        out.append(t);
    }
    for (Training& t : out) {
        auto a = attendeesOf(db, t.id);
        if (!a) {
            return a.error();
        }
        t.attendees = a.value();
    }
    return out;
}

// Replaces the stored attendee rows of t with t.attendees, each change in the outbox.
Outcome writeAttendees(const QSqlDatabase& db, const Training& t, const QString& by, IdGenerator* ids,
                       const QDateTime& now)
{
    auto q = db::exec(
        db, QStringLiteral("SELECT id, operator_id, attended FROM training_attendees WHERE training_id = ?"), {t.id});
    if (!q) {
        return q.error();
    }
    struct Row {
        QString id;
        bool attended;
    };
    QHash<QString, Row> stored;
    while (q.value().next()) {
        stored.insert(q.value().value(1).toString(), {q.value().value(0).toString(), q.value().value(2).toBool()});
    }
    const QString entity = QStringLiteral("training_attendee");
    const qint64 ms = now.toMSecsSinceEpoch();
    for (const Attendee& a : t.attendees) {
        const auto it = stored.constFind(a.operatorId);
        if (it == stored.cend()) {
            const QString id = ids->next(); // never null when t has attendees
            if (auto w =
                    db::exec(db,
                             QStringLiteral("INSERT INTO training_attendees (id, training_id, operator_id, attended, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?)"),
                             {id, t.id, a.operatorId, a.attended ? 1 : 0, ms});
                !w) {
                return w.error();
            }
            if (Outcome s = sync::appendChange(db, {entity,
                                                    id,
                                                    sync::Operation::Insert,
                                                    {{QStringLiteral("training_id"), t.id},
                                                     {QStringLiteral("operator_id"), a.operatorId},
                                                     {QStringLiteral("attended"), a.attended ? 1 : 0},
                                                     {QStringLiteral("updated_at"), ms}},
                                                    by,
                                                    now});
                !s) {
                return s;
            }
        } else if (it->attended != a.attended) {
            if (auto w = db::exec(
                    db, QStringLiteral("UPDATE training_attendees SET attended = ?, updated_at = ? WHERE id = ?"),
                    {a.attended ? 1 : 0, ms, it->id});
                !w) {
                return w.error();
            }
            if (Outcome s = sync::appendChange(
                    db, {entity,
                         it->id,
                         sync::Operation::Update,
                         {{QStringLiteral("attended"), a.attended ? 1 : 0}, {QStringLiteral("updated_at"), ms}},
                         by,
                         now});
                !s) {
                return s;
            }
        }
        stored.remove(a.operatorId);
    }
    for (const Row& gone : std::as_const(stored)) {
        if (auto w = db::exec(db, QStringLiteral("DELETE FROM training_attendees WHERE id = ?"), {gone.id}); !w) {
            return w.error();
        }
        if (Outcome s = sync::appendChange(db, {entity, gone.id, sync::Operation::Delete, {}, by, now}); !s) {
            return s;
        }
    }
    return Ok{};
}

// New attendees must be active operators; those already on the session stay even if deactivated since.
Outcome checkAttendees(const QSqlDatabase& db, const QString& trainingId, const QList<Attendee>& attendees)
{
    auto active = activeOperators(db);
    if (!active) {
        return active.error();
    }
    QSet<QString> ids;
    for (const Attendee& a : active.value()) {
        ids.insert(a.operatorId);
    }
    if (!trainingId.isEmpty()) {
        auto stored = attendeesOf(db, trainingId);
        if (!stored) {
            return stored.error();
        }
        for (const Attendee& a : stored.value()) {
            ids.insert(a.operatorId);
        }
    }
    for (const Attendee& a : attendees) {
        if (!ids.contains(a.operatorId)) {
            return invalid(QCoreApplication::translate("hotline::training", "Attendees: %1 is not an active operator.")
                               .arg(a.name.isEmpty() ? a.operatorId : a.name),
                           QStringLiteral("attendees"));
        }
    }
    return Ok{};
}

} // namespace

Result<Training> validateTraining(const Training& input)
{
    Training t = input;
    t.topic = t.topic.simplified();
    t.trainer = t.trainer.simplified();
    t.location = t.location.simplified();
    t.materials = t.materials.trimmed();
    if (t.topic.isEmpty() || t.topic.size() > 200) {
        return invalid(QCoreApplication::translate("hotline::training", "Topic: required, at most 200 characters."),
                       QStringLiteral("topic"));
    }
    if (!t.startsAt.isValid()) {
        return invalid(QCoreApplication::translate("hotline::training", "Start: a valid date and time is required."),
                       QStringLiteral("starts_at"));
    }
    if (t.durationMinutes < 1 || t.durationMinutes > 24 * 60) {
        return invalid(QCoreApplication::translate("hotline::training",
                                                   "Duration: between 1 minute and 24 hours (1,440 minutes)."),
                       QStringLiteral("duration"));
    }
    if (t.trainer.isEmpty() || t.trainer.size() > 100) {
        return invalid(QCoreApplication::translate("hotline::training", "Trainer: required, at most 100 characters."),
                       QStringLiteral("trainer"));
    }
    if (t.location.size() > 200 || t.materials.size() > 4000) {
        return invalid(QCoreApplication::translate("hotline::training",
                                                   "Location or materials: too long (200 / 4,000 characters)."),
                       t.location.size() > 200 ? QStringLiteral("location") : QStringLiteral("materials"));
    }
    QSet<QString> seen;
    for (const Attendee& a : std::as_const(t.attendees)) {
        if (a.operatorId.isEmpty() || seen.contains(a.operatorId)) {
            return invalid(QCoreApplication::translate("hotline::training", "Attendees: each operator at most once."),
                           QStringLiteral("attendees"));
        }
        seen.insert(a.operatorId);
    }
    return t;
}

Result<Training> saveTraining(db::Database& database, const Training& input, const security::Operator& by,
                              IdGenerator& ids, const Clock& clock)
{
    const QSqlDatabase& db = database.connection();
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageTraining); !allowed) {
        return allowed.error();
    }
    auto valid = validateTraining(input);
    if (!valid) {
        return valid.error();
    }
    Training t = valid.value();
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    if (Outcome ok = checkAttendees(db, t.id, t.attendees); !ok) {
        return ok.error();
    }
    const QDateTime now = clock.now();
    const qint64 ms = now.toMSecsSinceEpoch();
    const bool insert = t.id.isEmpty();
    if (insert) {
        t.id = ids.next();
        t.version = 1;
        auto q = db::exec(db,
                          QStringLiteral("INSERT INTO trainings (id, topic, starts_at, duration_minutes, trainer, "
                                         "location, materials, created_by, created_at, updated_at, version) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                          {t.id, t.topic, t.startsAt.toMSecsSinceEpoch(), t.durationMinutes, t.trainer, nn(t.location),
                           nn(t.materials), by.id, ms, ms});
        if (!q) {
            return q.error();
        }
    } else {
        auto q = db::exec(db,
                          QStringLiteral("UPDATE trainings SET topic = ?, starts_at = ?, duration_minutes = ?, "
                                         "trainer = ?, location = ?, materials = ?, updated_at = ?, "
                                         "version = version + 1 WHERE id = ? AND version = ?"),
                          {t.topic, t.startsAt.toMSecsSinceEpoch(), t.durationMinutes, t.trainer, nn(t.location),
                           nn(t.materials), ms, t.id, t.version});
        if (!q) {
            return q.error();
        }
        if (q.value().numRowsAffected() != 1) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("hotline::training",
                                                         "This session was changed or removed by someone else; "
                                                         "reload it and make your change again."));
        }
        ++t.version;
    }
    QJsonObject fields = fieldsOf(t, ms);
    if (insert) {
        fields.insert(QStringLiteral("created_by"), by.id);
        fields.insert(QStringLiteral("created_at"), ms);
    }
    if (Outcome s =
            sync::appendChange(db, {QStringLiteral("training"), t.id,
                                    insert ? sync::Operation::Insert : sync::Operation::Update, fields, by.id, now});
        !s) {
        return s.error();
    }
    if (Outcome s = writeAttendees(db, t, by.id, &ids, now); !s) {
        return s.error();
    }
    if (Outcome s = tx.commit(); !s) {
        return s.error();
    }
    return loadTraining(db, t.id);
}

Outcome removeTraining(db::Database& database, const QString& id, const security::Operator& by, const Clock& clock)
{
    const QSqlDatabase& db = database.connection();
    if (Outcome allowed = security::authorize(db, by, security::Permission::ManageTraining); !allowed) {
        return allowed;
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    const QDateTime now = clock.now();
    Training empty;
    empty.id = id;
    if (Outcome s = writeAttendees(db, empty, by.id, nullptr, now); !s) {
        return s;
    }
    auto q = db::exec(db, QStringLiteral("DELETE FROM trainings WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::training", "The session no longer exists."));
    }
    if (Outcome s = sync::appendChange(db, {QStringLiteral("training"), id, sync::Operation::Delete, {}, by.id, now});
        !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<Training>> listTrainings(const QSqlDatabase& db, int year)
{
    const auto [from, to] = yearRange(year);
    return readTrainings(db, QStringLiteral("starts_at >= ? AND starts_at < ?"), {from, to});
}

Result<Training> loadTraining(const QSqlDatabase& db, const QString& id)
{
    auto list = readTrainings(db, QStringLiteral("id = ?"), {id});
    if (!list) {
        return list.error();
    }
    if (list.value().isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::training", "The session no longer exists."));
    }
    return list.value().first();
}

Result<TrainingYear> trainingYear(const QSqlDatabase& db, int year, const Clock& clock)
{
    const auto [from, to] = yearRange(year);
    auto q = db::exec(db,
                      QStringLiteral("SELECT coalesce(sum(starts_at <= ?), 0), coalesce(sum(starts_at > ?), 0) "
                                     "FROM trainings WHERE starts_at >= ? AND starts_at < ?"),
                      {clock.now().toMSecsSinceEpoch(), clock.now().toMSecsSinceEpoch(), from, to});
    if (!q) {
        return q.error();
    }
    TrainingYear y;
    y.year = year;
    if (q.value().next()) {
        y.held = q.value().value(0).toInt();
        y.planned = q.value().value(1).toInt();
    }
    return y;
}

Result<QList<Attendee>> activeOperators(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT id, name FROM operators WHERE active = 1 ORDER BY name"));
    if (!q) {
        return q.error();
    }
    QList<Attendee> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), false});
    }
    return out;
}

} // namespace hotline::training
