#include "qa/evaluation.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "qa/scorecardrepository.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace hotline::qa {
namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QJsonValue jsonOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// A null QString binds as NULL: NOT NULL text columns get an empty string instead.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

const QString kEvaluationColumns = QStringLiteral(
    "SELECT e.id, e.recording_id, e.template_version_id, e.agent_id, coalesce(a.name, ''), "
    "coalesce(e.work_order_id, ''), e.inspector_id, coalesce(i.name, ''), e.scored_at, e.total, e.fatal, e.passed, "
    "e.comment, e.status FROM qa_evaluations e LEFT JOIN operators a ON a.id = e.agent_id "
    "LEFT JOIN operators i ON i.id = e.inspector_id ");

Evaluation readEvaluation(const QSqlQuery& r)
{
    Evaluation e;
    e.id = r.value(0).toString();
    e.recordingId = r.value(1).toString();
    e.templateVersionId = r.value(2).toString();
    e.agentId = r.value(3).toString();
    e.agentName = r.value(4).toString();
    e.workOrderId = r.value(5).toString();
    e.inspectorId = r.value(6).toString();
    e.inspectorName = r.value(7).toString();
    e.scoredAt = QDateTime::fromMSecsSinceEpoch(r.value(8).toLongLong(), Qt::UTC);
    e.total = r.value(9).toDouble();
    e.fatal = r.value(10).toBool();
    e.passed = r.value(11).toBool();
    e.comment = r.value(12).toString();
    e.status = r.value(13).toString();
    return e;
}

Outcome loadItems(const QSqlDatabase& db, Evaluation& e)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, item_key, deduction, fatal, reason, coalesce(marker_id, '') FROM "
                                     "qa_evaluation_items WHERE evaluation_id = ? ORDER BY rowid"),
                      {e.id});
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        e.items.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toDouble(), r.value(3).toBool(),
                        r.value(4).toString(), r.value(5).toString()});
    }
    return Ok{};
}

// Whether by reads every evaluation (ListenRecordings); otherwise only their own (still an active account).
Result<bool> readsAll(const QSqlDatabase& db, const security::Operator& by)
{
    if (security::authorize(db, by, security::Permission::ListenRecordings)) {
        return true;
    }
    if (Outcome active = security::authorizeActive(db, by); !active) {
        return active.error();
    }
    return false;
}

Error notYours()
{
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("hotline::qa", "You may read only your own evaluations."));
}

Outcome append(const QSqlDatabase& db, const QString& entity, const QString& id, const QJsonObject& fields,
               const security::Operator& by, const QDateTime& at)
{
    return sync::appendChange(db, {entity, id, sync::Operation::Insert, fields, by.id, at});
}

} // namespace

Score computeScore(const ScorecardVersion& scorecard, const EvaluationDraft& draft)
{
    QHash<QString, double> deducted;
    for (const Deduction& d : draft.deductions) {
        const ScorecardItem* item = scorecard.definition.item(d.itemKey);
        if (item != nullptr && !item->fatal && d.deduction > 0) {
            deducted[d.itemKey] += d.deduction;
        }
    }
    Score s;
    for (const ScorecardDimension& dim : scorecard.definition.dimensions) {
        double kept = 0;
        for (const ScorecardItem& item : dim.items) {
            if (!item.fatal) {
                kept += item.maxPoints - std::min(item.maxPoints, deducted.value(item.key));
            }
        }
        s.dimensionPoints.insert(dim.key, kept);
        s.total += kept;
    }
    s.maxTotal = scorecard.definition.maxTotal();
    for (const QString& key : draft.fatalItemKeys) {
        const ScorecardItem* item = scorecard.definition.item(key);
        s.fatal = s.fatal || (item != nullptr && item->fatal);
    }
    if (s.fatal) {
        s.total = 0;
    }
    s.passed = !s.fatal && s.total >= scorecard.passMark;
    return s;
}

Outcome checkDraft(const ScorecardVersion& scorecard, const EvaluationDraft& draft)
{
    QHash<QString, double> deducted;
    for (const Deduction& d : draft.deductions) {
        const ScorecardItem* item = scorecard.definition.item(d.itemKey);
        if (item == nullptr) {
            return invalid(QCoreApplication::translate("hotline::qa", "The scorecard has no item %1.").arg(d.itemKey),
                           d.itemKey);
        }
        if (item->fatal) {
            return invalid(
                QCoreApplication::translate("hotline::qa", "%1 is a fatal item: tick it instead of deducting points.")
                    .arg(item->name),
                d.itemKey);
        }
        deducted[d.itemKey] += d.deduction;
        if (!(d.deduction > 0) || !isHalfPoints(d.deduction) || deducted.value(d.itemKey) > item->maxPoints) {
            return invalid(
                QCoreApplication::translate(
                    "hotline::qa", "The deduction on %1 must be above 0 and at most %2 points, in half points.")
                    .arg(item->name)
                    .arg(item->maxPoints),
                d.itemKey);
        }
        if (d.reason.trimmed().isEmpty()) {
            return invalid(
                QCoreApplication::translate("hotline::qa", "Give the reason for the deduction on %1.").arg(item->name),
                d.itemKey);
        }
    }
    QSet<QString> fatalSeen;
    for (const QString& key : draft.fatalItemKeys) {
        const ScorecardItem* item = scorecard.definition.item(key);
        if (item == nullptr || !item->fatal || fatalSeen.contains(key)) {
            return invalid(QCoreApplication::translate("hotline::qa", "%1 is not a fatal item of this scorecard.")
                               .arg(item != nullptr ? item->name : key),
                           key);
        }
        fatalSeen.insert(key);
    }
    if (!fatalSeen.isEmpty() && draft.comment.trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate(
                           "hotline::qa", "A fatal item sets the score to zero: say what happened in the comment."),
                       QStringLiteral("comment"));
    }
    return Ok{};
}

Result<Evaluation> submitEvaluation(const QSqlDatabase& db, const EvaluationDraft& draft, const security::Operator& by,
                                    IdGenerator& ids, const Clock& clock)
{
    if (Outcome allowed = security::authorize(db, by, security::Permission::ScoreCalls); !allowed) {
        return allowed.error();
    }
    auto rec = db::exec(db,
                        QStringLiteral("SELECT coalesce(agent_id, ''), coalesce(work_order_id, '') FROM recordings "
                                       "WHERE id = ?"),
                        {draft.recordingId});
    if (!rec) {
        return rec.error();
    }
    if (!rec.value().next()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::qa", "The recording to score does not exist."));
    }
    const QString agentId = rec.value().value(0).toString();
    const QString workOrderId = rec.value().value(1).toString();
    if (agentId.isEmpty()) {
        return invalid(
            QCoreApplication::translate("hotline::qa",
                                        "The recording has no agent yet: attribute it to an agent before scoring it."),
            QStringLiteral("recording"));
    }
    if (agentId == by.id) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("hotline::qa", "You cannot score a call of your own."));
    }
    auto scorecard = scorecardVersion(db, draft.templateVersionId);
    if (!scorecard) {
        return scorecard.error();
    }
    if (Outcome ok = checkDraft(scorecard.value(), draft); !ok) {
        return ok.error();
    }
    for (const Deduction& d : draft.deductions) {
        if (d.markerId.isEmpty()) {
            continue;
        }
        auto m = db::exec(db, QStringLiteral("SELECT 1 FROM recording_markers WHERE id = ? AND recording_id = ?"),
                          {d.markerId, draft.recordingId});
        if (!m) {
            return m.error();
        }
        if (!m.value().next()) {
            return invalid(QCoreApplication::translate("hotline::qa", "The marker tied to %1 is not on this recording.")
                               .arg(scorecard->definition.item(d.itemKey)->name),
                           d.itemKey);
        }
    }
    const Score score = computeScore(scorecard.value(), draft);
    Evaluation e;
    e.id = ids.next();
    e.recordingId = draft.recordingId;
    e.templateVersionId = draft.templateVersionId;
    e.agentId = agentId;
    e.workOrderId = workOrderId;
    e.inspectorId = by.id;
    e.inspectorName = by.name;
    e.scoredAt = clock.now();
    e.total = score.total;
    e.fatal = score.fatal;
    e.passed = score.passed;
    e.comment = draft.comment.trimmed();
    e.status = QStringLiteral("submitted");
    const qint64 now = e.scoredAt.toMSecsSinceEpoch();

    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    auto ins = db::exec(db,
                        QStringLiteral("INSERT INTO qa_evaluations (id, recording_id, template_version_id, agent_id, "
                                       "work_order_id, inspector_id, scored_at, total, fatal, passed, comment, status, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {e.id, e.recordingId, e.templateVersionId, agentId, textOrNull(workOrderId), by.id, now,
                         e.total, e.fatal ? 1 : 0, e.passed ? 1 : 0, text(e.comment), e.status, now});
    if (!ins) {
        return ins.error();
    }
    const QJsonObject fields{{QStringLiteral("recording_id"), e.recordingId},
                             {QStringLiteral("template_version_id"), e.templateVersionId},
                             {QStringLiteral("agent_id"), agentId},
                             {QStringLiteral("work_order_id"), jsonOrNull(workOrderId)},
                             {QStringLiteral("inspector_id"), by.id},
                             {QStringLiteral("scored_at"), now},
                             {QStringLiteral("total"), e.total},
                             {QStringLiteral("fatal"), e.fatal ? 1 : 0},
                             {QStringLiteral("passed"), e.passed ? 1 : 0},
                             {QStringLiteral("comment"), e.comment},
                             {QStringLiteral("status"), e.status},
                             {QStringLiteral("updated_at"), now}};
    if (Outcome s = append(db, QStringLiteral("qa_evaluation"), e.id, fields, by, e.scoredAt); !s) {
        return s.error();
    }
    QList<EvaluationItem> items;
    for (const Deduction& d : draft.deductions) {
        items.append({ids.next(), d.itemKey, d.deduction, false, d.reason.trimmed(), d.markerId});
    }
    for (const QString& key : draft.fatalItemKeys) {
        items.append({ids.next(), key, 0, true, QString(), QString()});
    }
    for (const EvaluationItem& item : items) {
        auto i = db::exec(db,
                          QStringLiteral("INSERT INTO qa_evaluation_items (id, evaluation_id, item_key, deduction, "
                                         "fatal, reason, marker_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {item.id, e.id, item.itemKey, item.deduction, item.fatal ? 1 : 0, text(item.reason),
                           textOrNull(item.markerId)});
        if (!i) {
            return i.error();
        }
        const QJsonObject itemFields{
            {QStringLiteral("evaluation_id"), e.id},       {QStringLiteral("item_key"), item.itemKey},
            {QStringLiteral("deduction"), item.deduction}, {QStringLiteral("fatal"), item.fatal ? 1 : 0},
            {QStringLiteral("reason"), item.reason},       {QStringLiteral("marker_id"), jsonOrNull(item.markerId)}};
        if (Outcome s = append(db, QStringLiteral("qa_evaluation_item"), item.id, itemFields, by, e.scoredAt); !s) {
            return s.error();
        }
    }
    e.items = items;
    const QString eventId = ids.next();
    auto ev = db::exec(db,
                       QStringLiteral("INSERT INTO qa_evaluation_events (id, evaluation_id, action, reason, new_total, "
                                      "actor_id, at) VALUES (?, ?, 'submitted', '', ?, ?, ?)"),
                       {eventId, e.id, e.total, by.id, now});
    if (!ev) {
        return ev.error();
    }
    const QJsonObject eventFields{{QStringLiteral("evaluation_id"), e.id}, {QStringLiteral("action"), e.status},
                                  {QStringLiteral("reason"), QString()},   {QStringLiteral("new_total"), e.total},
                                  {QStringLiteral("actor_id"), by.id},     {QStringLiteral("at"), now}};
    if (Outcome s = append(db, QStringLiteral("qa_evaluation_event"), eventId, eventFields, by, e.scoredAt); !s) {
        return s.error();
    }
    if (Outcome c = tx.commit(); !c) {
        return c.error();
    }
    auto name = db::exec(db, QStringLiteral("SELECT name FROM operators WHERE id = ?"), {agentId});
    if (name && name.value().next()) {
        e.agentName = name.value().value(0).toString();
    }
    return e;
}

Result<Evaluation> loadEvaluation(const QSqlDatabase& db, const QString& id, const security::Operator& by)
{
    auto all = readsAll(db, by);
    if (!all) {
        return all.error();
    }
    auto q = db::exec(db, kEvaluationColumns + QStringLiteral("WHERE e.id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        // An agent learns nothing about others' evaluations, not even whether one exists.
        return all.value() ? makeError(ErrorCode::NotFound,
                                       QCoreApplication::translate("hotline::qa", "The evaluation does not exist."))
                           : notYours();
    }
    Evaluation e = readEvaluation(q.value());
    if (!all.value() && e.agentId != by.id) {
        return notYours();
    }
    if (Outcome s = loadItems(db, e); !s) {
        return s.error();
    }
    return e;
}

Result<QList<Evaluation>> evaluationsOfRecording(const QSqlDatabase& db, const QString& recordingId,
                                                 const security::Operator& by)
{
    auto all = readsAll(db, by);
    if (!all) {
        return all.error();
    }
    auto q =
        all.value()
            ? db::exec(db, kEvaluationColumns + QStringLiteral("WHERE e.recording_id = ? ORDER BY e.scored_at DESC"),
                       {recordingId})
            : db::exec(db,
                       kEvaluationColumns +
                           QStringLiteral("WHERE e.recording_id = ? AND e.agent_id = ? ORDER BY e.scored_at DESC"),
                       {recordingId, by.id});
    if (!q) {
        return q.error();
    }
    QList<Evaluation> out;
    while (q.value().next()) {
        out.append(readEvaluation(q.value()));
    }
    for (Evaluation& e : out) {
        if (Outcome s = loadItems(db, e); !s) {
            return s.error();
        }
    }
    return out;
}

} // namespace hotline::qa
