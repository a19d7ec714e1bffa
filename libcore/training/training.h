#pragma once
// 培训: training sessions for the hotline staff (topic, time, trainer, materials), who was invited and who attended,
// and the yearly count of sessions held against the requirement of at least two a year. Everyone reads; writing needs
// Permission::ManageTraining. Every write travels through the outbox (entities training, training_attendee).

#include "core/result.h"
#include "security/operator.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::training {

struct Attendee {
    QString operatorId;
    QString name; // filled on reads
    bool attended = false;
};

struct Training {
    QString id; // empty: not stored yet
    QString topic;
    QDateTime startsAt; // UTC
    int durationMinutes = 60;
    QString trainer;
    QString location;
    QString materials; // what was handed out: titles, links
    QList<Attendee> attendees;
    int version = 0;
};

// The yearly requirement (C12): at least two sessions held in each calendar year.
inline constexpr int kRequiredPerYear = 2;

struct TrainingYear {
    int year = 0;
    int held = 0;    // started in that Beijing year, at or before now
    int planned = 0; // in that year, not yet started
    int required = kRequiredPerYear;
    bool met() const { return held >= required; }
};

// Trims and checks: topic (1–200), a valid start, duration 1–1440 minutes, trainer, no operator twice. The error
// names the field ("topic", "starts_at", "duration", "trainer", "attendees").
Result<Training> validateTraining(const Training& t);

// Inserts (empty id) or updates the session and replaces its attendee list (rows added, changed, removed); refused when
// someone else saved in between (t.version differs from the stored one) or an attendee is not an active operator.
Result<Training> saveTraining(db::Database& db, const Training& t, const security::Operator& by, IdGenerator& ids,
                              const Clock& clock);
Outcome removeTraining(db::Database& db, const QString& id, const security::Operator& by, const Clock& clock);

// The sessions starting in a Beijing year, soonest first, with their attendees.
Result<QList<Training>> listTrainings(const QSqlDatabase& db, int year);
Result<Training> loadTraining(const QSqlDatabase& db, const QString& id);
Result<TrainingYear> trainingYear(const QSqlDatabase& db, int year, const Clock& clock);

// The operators that can be invited: active accounts, by name.
Result<QList<Attendee>> activeOperators(const QSqlDatabase& db);

} // namespace hotline::training
