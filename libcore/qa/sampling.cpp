#include "qa/sampling.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "qa/samplepick.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>

namespace hotline::qa {
namespace {

const QString kPerAgentKey = QStringLiteral("qa.sample_per_agent");

QString reasonKey(SampleReason r)
{
    return r == SampleReason::Complaint ? QStringLiteral("complaint") : QStringLiteral("random");
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Outcome checkMonday(QDate monday)
{
    if (!monday.isValid() || monday.dayOfWeek() != Qt::Monday) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::qa", "A sampling week starts on a Monday."),
                         QStringLiteral("week"));
    }
    return Ok{};
}

struct Candidate {
    QString recordingId;
    QString agentId;
    bool complaint = false;
};

// The week's recordings with an agent, in the documented order: agent id, then start, then recording id. A
// recording is a complaint call when its work order is in a complaint category or a complaint in the register names
// it or its work order. A complaint call from an earlier week joins the week in which its complaint was received.
Result<QList<Candidate>> candidates(const QSqlDatabase& db, QDate monday)
{
    const auto [from, to] = weekBoundsMs(monday);
    const QString complaintCall =
        QStringLiteral("EXISTS (SELECT 1 FROM complaints c WHERE c.recording_id = r.id "
                       "        OR (r.work_order_id IS NOT NULL AND c.work_order_id = r.work_order_id))");
    auto q =
        db::exec(db,
                 QStringLiteral("SELECT r.id, r.agent_id, COALESCE(w.category_id IN (?, ?), 0) OR ") + complaintCall +
                     QStringLiteral(" FROM recordings r LEFT JOIN work_orders w ON w.id = r.work_order_id "
                                    "WHERE r.agent_id IS NOT NULL AND ((r.started_at >= ? AND r.started_at < ?) "
                                    "OR (r.started_at < ? AND EXISTS (SELECT 1 FROM complaints c "
                                    "    WHERE c.received_at >= ? AND c.received_at < ? AND (c.recording_id = r.id "
                                    "    OR (r.work_order_id IS NOT NULL AND c.work_order_id = r.work_order_id))))) "
                                    "ORDER BY r.agent_id, r.started_at, r.id"),
                 {QString::fromLatin1(kComplaintCategoryIds[0]), QString::fromLatin1(kComplaintCategoryIds[1]), from,
                  to, from, from, to});
    if (!q) {
        return q.error();
    }
    QList<Candidate> out;
    while (q.value().next()) {
        out.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toBool()});
    }
    return out;
}

// Who the items are dealt to: active QA inspectors by name, else team leads, else no one.
Result<QStringList> inspectors(const QSqlDatabase& db)
{
    for (const char* role : {"qa", "lead"}) {
        auto q =
            db::exec(db, QStringLiteral("SELECT id FROM operators WHERE active = 1 AND role = ? ORDER BY name, id"),
                     {QString::fromLatin1(role)});
        if (!q) {
            return q.error();
        }
        QStringList ids;
        while (q.value().next()) {
            ids.append(q.value().value(0).toString());
        }
        if (!ids.isEmpty()) {
            return ids;
        }
    }
    return QStringList{};
}

Result<std::optional<SampleDraw>> loadDraw(const QSqlDatabase& db, QDate monday)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, seed, per_agent, drawn_by, drawn_at FROM qa_sample_draws "
                                     "WHERE week_start = ? ORDER BY drawn_at DESC, id DESC LIMIT 1"),
                      {isoDate(monday)});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<SampleDraw>{};
    }
    SampleDraw d;
    d.id = q.value().value(0).toString();
    d.weekStart = monday;
    d.seed = q.value().value(1).toLongLong();
    d.perAgent = q.value().value(2).toInt();
    d.drawnBy = q.value().value(3).toString();
    d.drawnAt = QDateTime::fromMSecsSinceEpoch(q.value().value(4).toLongLong(), Qt::UTC);
    auto items = db::exec(
        db,
        QStringLiteral("SELECT s.id, s.recording_id, s.agent_id, COALESCE(a.name, ''), s.reason, "
                       "COALESCE(s.inspector_id, ''), COALESCE(i.name, ''), r.started_at, r.caller_number, "
                       "EXISTS (SELECT 1 FROM qa_evaluations e WHERE e.recording_id = s.recording_id) "
                       "FROM qa_sample_items s JOIN recordings r ON r.id = s.recording_id "
                       "LEFT JOIN operators a ON a.id = s.agent_id LEFT JOIN operators i ON i.id = s.inspector_id "
                       "WHERE s.draw_id = ? ORDER BY a.name, s.agent_id, r.started_at, s.recording_id"),
        {d.id});
    if (!items) {
        return items.error();
    }
    QSqlQuery& r = items.value();
    while (r.next()) {
        SampleItem it;
        it.id = r.value(0).toString();
        it.recordingId = r.value(1).toString();
        it.agentId = r.value(2).toString();
        it.agentName = r.value(3).toString();
        it.reason =
            r.value(4).toString() == QLatin1String("complaint") ? SampleReason::Complaint : SampleReason::Random;
        it.inspectorId = r.value(5).toString();
        it.inspectorName = r.value(6).toString();
        it.startedAt = QDateTime::fromMSecsSinceEpoch(r.value(7).toLongLong(), Qt::UTC);
        it.callerNumber = r.value(8).toString();
        it.evaluated = r.value(9).toBool();
        d.items.append(it);
    }
    return std::optional<SampleDraw>(std::move(d));
}

} // namespace

QDate weekMondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

std::pair<qint64, qint64> weekBoundsMs(QDate monday)
{
    const QDateTime from(monday, QTime(0, 0), calendar::beijingTime());
    return {from.toMSecsSinceEpoch(), from.addDays(7).toMSecsSinceEpoch()};
}

Result<int> samplePerAgent(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kPerAgentKey});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return kDefaultPerAgent;
    }
    bool ok = false;
    const int n = q.value().value(0).toString().toInt(&ok);
    return ok && n >= 1 && n <= kMaxPerAgent ? n : kDefaultPerAgent;
}

Outcome setSamplePerAgent(const QSqlDatabase& db, int perAgent, const security::Operator& by)
{
    if (Outcome a = security::authorize(db, by, security::Permission::ManageQa); !a) {
        return a;
    }
    if (perAgent < 1 || perAgent > kMaxPerAgent) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::qa", "Recordings per agent and week: 1 to %1.").arg(kMaxPerAgent),
            QStringLiteral("per_agent"));
    }
    auto q = db::exec(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                      {kPerAgentKey, QString::number(perAgent)});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<SampleDraw> drawWeek(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by, IdGenerator& ids,
                            const Clock& clock, DrawOptions options)
{
    if (Outcome a = security::authorize(db, by, security::Permission::ScoreCalls); !a) {
        return a.error();
    }
    if (Outcome m = checkMonday(weekMonday); !m) {
        return m.error();
    }
    const QDateTime now = clock.now();
    if (weekMonday > weekMondayOf(now.toTimeZone(calendar::beijingTime()).date())) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::qa", "The week of %1 has not begun: there are no calls to draw from.")
                .arg(isoDate(weekMonday)),
            QStringLiteral("week"));
    }
    if (options.seed && (*options.seed < 0 || *options.seed > kMaxSeed)) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::qa", "A seed is a whole number from 0 to %1.").arg(kMaxSeed),
            QStringLiteral("seed"));
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto existing = loadDraw(db, weekMonday);
    if (!existing) {
        return existing.error();
    }
    if (existing.value() && !options.redraw) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::qa",
                                                     "The week of %1 has already been drawn (seed %2); redraw it to "
                                                     "replace that sample.")
                             .arg(isoDate(weekMonday))
                             .arg(existing.value()->seed));
    }
    auto perAgent = samplePerAgent(db);
    auto pool = candidates(db, weekMonday);
    auto dealTo = inspectors(db);
    if (!perAgent || !pool || !dealTo) {
        return !perAgent ? perAgent.error() : !pool ? pool.error() : dealTo.error();
    }
    if (pool->isEmpty()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("hotline::qa", "No recorded calls with a known agent in the week of %1.")
                .arg(isoDate(weekMonday)));
    }
    const qint64 seed =
        options.seed ? *options.seed : qint64(QRandomGenerator::global()->generate64() & quint64(kMaxSeed));
    std::mt19937_64 gen(static_cast<std::uint64_t>(seed));

    // Per agent, in the documented order: the random picks as drawn, then the complaints.
    QList<std::pair<Candidate, SampleReason>> picks;
    for (qsizetype i = 0; i < pool->size();) {
        const QString agent = pool->at(i).agentId;
        QStringList ordinary;
        QList<Candidate> complaints;
        for (; i < pool->size() && pool->at(i).agentId == agent; ++i) {
            if (pool->at(i).complaint) {
                complaints.append(pool->at(i));
            } else {
                ordinary.append(pool->at(i).recordingId);
            }
        }
        for (const QString& id : pickRandom(ordinary, perAgent.value(), gen)) {
            picks.append({Candidate{id, agent, false}, SampleReason::Random});
        }
        for (const Candidate& c : complaints) {
            picks.append({c, SampleReason::Complaint});
        }
    }

    SampleDraw draw;
    draw.id = ids.next();
    draw.weekStart = weekMonday;
    draw.seed = seed;
    draw.perAgent = perAgent.value();
    draw.drawnBy = by.id;
    draw.drawnAt = now;
    const qint64 at = now.toMSecsSinceEpoch();
    if (auto q = db::exec(db,
                          QStringLiteral("INSERT INTO qa_sample_draws (id, week_start, seed, per_agent, drawn_by, "
                                         "drawn_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {draw.id, isoDate(weekMonday), seed, draw.perAgent, by.id, at});
        !q) {
        return q.error();
    }
    const QJsonObject drawFields{
        {QStringLiteral("id"), draw.id},     {QStringLiteral("week_start"), isoDate(weekMonday)},
        {QStringLiteral("seed"), seed},      {QStringLiteral("per_agent"), draw.perAgent},
        {QStringLiteral("drawn_by"), by.id}, {QStringLiteral("drawn_at"), at}};
    if (Outcome s = sync::appendChange(
            db, {QStringLiteral("qa_sample_draw"), draw.id, sync::Operation::Insert, drawFields, by.id, now});
        !s) {
        return s.error();
    }
    qsizetype turn = 0;
    for (const auto& [c, reason] : picks) {
        SampleItem item;
        item.id = ids.next();
        item.recordingId = c.recordingId;
        item.agentId = c.agentId;
        item.reason = reason;
        item.inspectorId = dealTo->isEmpty() ? QString() : dealTo->at(turn++ % dealTo->size());
        if (auto q = db::exec(
                db,
                QStringLiteral("INSERT INTO qa_sample_items (id, draw_id, recording_id, agent_id, reason, "
                               "inspector_id) VALUES (?, ?, ?, ?, ?, ?)"),
                {item.id, draw.id, item.recordingId, item.agentId, reasonKey(reason), nullable(item.inspectorId)});
            !q) {
            return q.error();
        }
        const QJsonObject fields{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("draw_id"), draw.id},
            {QStringLiteral("recording_id"), item.recordingId},
            {QStringLiteral("agent_id"), item.agentId},
            {QStringLiteral("reason"), reasonKey(reason)},
            {QStringLiteral("inspector_id"), item.inspectorId.isEmpty() ? QJsonValue() : QJsonValue(item.inspectorId)}};
        if (Outcome s = sync::appendChange(
                db, {QStringLiteral("qa_sample_item"), item.id, sync::Operation::Insert, fields, by.id, now});
            !s) {
            return s.error();
        }
    }
    // Read back through the same query the screens use (names, call times, evaluated).
    auto stored = loadDraw(db, weekMonday);
    if (!stored) {
        return stored.error();
    }
    if (Outcome c = tx.commit(); !c) {
        return c.error();
    }
    return std::move(*stored.value());
}

Result<std::optional<SampleDraw>> weekDraw(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by)
{
    if (Outcome a = security::authorize(db, by, security::Permission::ScoreCalls); !a) {
        return a.error();
    }
    if (Outcome m = checkMonday(weekMonday); !m) {
        return m.error();
    }
    return loadDraw(db, weekMonday);
}

Result<QList<SampleItem>> inspectorQueue(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by)
{
    auto draw = weekDraw(db, weekMonday, by);
    if (!draw) {
        return draw.error();
    }
    QList<SampleItem> out;
    if (!draw.value()) {
        return out;
    }
    const bool everyone = security::roleHas(by.role, security::Permission::ManageQa) &&
                          security::authorize(db, by, security::Permission::ManageQa).ok();
    for (const SampleItem& it : draw.value()->items) {
        if (!it.evaluated && (everyone || it.inspectorId.isEmpty() || it.inspectorId == by.id)) {
            out.append(it);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SampleItem& a, const SampleItem& b) { return a.startedAt < b.startedAt; });
    return out;
}

Result<QList<AgentCoverage>> weekCoverage(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by)
{
    auto draw = weekDraw(db, weekMonday, by);
    if (!draw) {
        return draw.error();
    }
    QList<AgentCoverage> out;
    if (!draw.value()) {
        return out;
    }
    for (const SampleItem& it : draw.value()->items) { // grouped by agent already
        if (out.isEmpty() || out.last().agentId != it.agentId) {
            out.append({it.agentId, it.agentName, 0, 0});
        }
        ++out.last().planned;
        out.last().evaluated += it.evaluated ? 1 : 0;
    }
    return out;
}

} // namespace hotline::qa
