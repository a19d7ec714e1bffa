#include "workflow/complaintservice.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "sync/changelog.h"
#include "tickets/validation.h"
#include "tickets/workorderrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace hotline::workflow {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.complaint_no, c.received_at, c.channel, c.complainant_name, c.complainant_phone, c.subject_kind, "
    "coalesce(c.subject_agent_id, ''), coalesce(sa.name, ''), coalesce(c.work_order_id, ''), "
    "coalesce(w.ticket_no, ''), coalesce(c.recording_id, ''), c.summary, c.severity, coalesce(c.owner_id, ''), "
    "coalesce(ow.name, ''), c.status, c.investigation, c.result, c.reply, c.replied_at, c.closed_at, c.created_by, "
    "coalesce(cb.name, ''), c.created_at, c.updated_at FROM complaints c "
    "LEFT JOIN operators sa ON sa.id = c.subject_agent_id LEFT JOIN work_orders w ON w.id = c.work_order_id "
    "LEFT JOIN operators ow ON ow.id = c.owner_id LEFT JOIN operators cb ON cb.id = c.created_by ");

Complaint fromRow(const QSqlQuery& r, bool unmasked)
{
    Complaint c;
    c.id = r.value(0).toString();
    c.number = r.value(1).toString();
    c.receivedAt = db::utcTime(r.value(2));
    c.channel = complaintChannelFromKey(r.value(3).toString()).value_or(ComplaintChannel::Phone);
    c.complainantName = r.value(4).toString();
    const QString phone = r.value(5).toString();
    c.complainantPhone = unmasked ? phone : security::maskPhone(phone);
    c.subject = complaintSubjectFromKey(r.value(6).toString()).value_or(ComplaintSubject::Other);
    c.subjectAgentId = r.value(7).toString();
    c.subjectAgentName = r.value(8).toString();
    c.workOrderId = r.value(9).toString();
    c.ticketNo = r.value(10).toString();
    c.recordingId = r.value(11).toString();
    c.summary = r.value(12).toString();
    c.severity = complaintSeverityFromKey(r.value(13).toString()).value_or(ComplaintSeverity::Minor);
    c.ownerId = r.value(14).toString();
    c.ownerName = r.value(15).toString();
    c.status = complaintStatusFromKey(r.value(16).toString()).value_or(ComplaintStatus::Open);
    c.investigation = r.value(17).toString();
    c.result = complaintResultFromKey(r.value(18).toString());
    c.reply = r.value(19).toString();
    c.repliedAt = db::utcTime(r.value(20));
    c.closedAt = db::utcTime(r.value(21));
    c.createdBy = r.value(22).toString();
    c.createdByName = r.value(23).toString();
    c.createdAt = db::utcTime(r.value(24));
    c.updatedAt = db::utcTime(r.value(25));
    return c;
}

Result<std::optional<Complaint>> loadOne(const QSqlDatabase& db, const QString& id, bool unmasked)
{
    auto q = db::exec(db, kSelect + QStringLiteral("WHERE c.id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Complaint>();
    }
    return std::optional<Complaint>(fromRow(q.value(), unmasked));
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("hotline::workflow", "The complaint no longer exists."));
}

Outcome tooLong(const QString& text, int max, const QString& field)
{
    if (text.size() > max) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::workflow", "The text has %1 characters; at most %2 are allowed.")
                .arg(text.size())
                .arg(max),
            field);
    }
    return Ok{};
}

Outcome insertEvent(const QSqlDatabase& db, IdGenerator& ids, const QString& complaintId, const QString& kind,
                    const QString& detail, const security::Operator& by, const QDateTime& now)
{
    const QString id = ids.next();
    const qint64 at = now.toMSecsSinceEpoch();
    if (auto q = db::exec(db,
                          QStringLiteral("INSERT INTO complaint_events (id, complaint_id, at, operator_id, kind, "
                                         "detail) VALUES (?, ?, ?, ?, ?, ?)"),
                          {id, complaintId, at, by.id, kind, detail});
        !q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("complaint_id"), complaintId},
                             {QStringLiteral("at"), at},
                             {QStringLiteral("operator_id"), by.id},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("detail"), detail}};
    return sync::appendChange(db, {QStringLiteral("complaint_event"), id, sync::Operation::Insert, fields, by.id, now});
}

// What one handling step changes: columns of the complaint and the event that records it.
struct Step {
    QList<std::pair<QString, QVariant>> sets;
    QString eventKind;
    QString eventDetail;
};

// Checks HandleComplaints, loads the complaint, asks decide for the step and writes it with its event and outbox.
Result<Complaint> applyStep(const QSqlDatabase& db, const Clock& clock, IdGenerator& ids, const QString& id,
                            const security::Operator& by, const std::function<Result<Step>(const Complaint&)>& decide)
{
    if (auto allowed = security::authorize(db, by, security::Permission::HandleComplaints); !allowed) {
        return allowed.error();
    }
    auto loaded = loadOne(db, id, true);
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return notFound();
    }
    const Complaint& c = *loaded.value();
    auto step = decide(c);
    if (!step) {
        return step.error();
    }
    Step s = step.value();
    const QDateTime now = clock.now();
    const bool setsOwner =
        std::any_of(s.sets.cbegin(), s.sets.cend(), [](const auto& p) { return p.first == QLatin1String("owner_id"); });
    if (c.ownerId.isEmpty() && !setsOwner) {
        s.sets.append({QStringLiteral("owner_id"), by.id});
    }
    s.sets.append({QStringLiteral("updated_at"), now.toMSecsSinceEpoch()});

    db::Transaction tx(db);
    if (!tx.isActive()) {
        return tx.error();
    }
    QStringList assignments;
    QVariantList binds;
    QJsonObject fields;
    for (const auto& [column, value] : s.sets) {
        assignments << column + QStringLiteral(" = ?");
        binds << value;
        fields.insert(column, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    binds << id;
    if (auto q = db::exec(db,
                          QStringLiteral("UPDATE complaints SET ") + assignments.join(QStringLiteral(", ")) +
                              QStringLiteral(", version = version + 1 WHERE id = ?"),
                          binds);
        !q) {
        return q.error();
    }
    if (Outcome logged =
            sync::appendChange(db, {QStringLiteral("complaint"), id, sync::Operation::Update, fields, by.id, now});
        !logged) {
        return logged.error();
    }
    if (Outcome ev = insertEvent(db, ids, id, s.eventKind, s.eventDetail, by, now); !ev) {
        return ev.error();
    }
    if (Outcome committed = tx.commit(); !committed) {
        return committed.error();
    }
    auto after = loadOne(db, id, security::authorize(db, by, security::Permission::ViewTaxpayerData).ok());
    if (!after) {
        return after.error();
    }
    return *after.value();
}

Error closedError()
{
    return makeError(ErrorCode::IllegalTransition,
                     QCoreApplication::translate("hotline::workflow",
                                                 "The complaint is closed; reopen it (with the reason) to change it."));
}

// Finds the recording of a work order's call: the one with the work order's call id, else its earliest.
Result<QString> recordingOfWorkOrder(const QSqlDatabase& db, const QString& workOrderId, const QString& callId)
{
    auto q = db::exec(db,
                      QStringLiteral("SELECT id FROM recordings WHERE work_order_id = ? "
                                     "ORDER BY (call_id <> '' AND call_id = ?) DESC, started_at, id LIMIT 1"),
                      {workOrderId, callId});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<bool> exists(const QSqlDatabase& db, const QString& sql, const QString& id)
{
    auto q = db::exec(db, sql, {id});
    if (!q) {
        return q.error();
    }
    return q.value().next();
}

} // namespace

ComplaintService::ComplaintService(QSqlDatabase db, const Clock& clock, IdGenerator& ids)
    : m_db(std::move(db)), m_clock(clock), m_ids(ids)
{
}

Result<Complaint> ComplaintService::registerComplaint(const ComplaintDraft& d, const security::Operator& by)
{
    if (auto active = security::authorizeActive(m_db, by); !active) {
        return active.error();
    }
    const QDateTime now = m_clock.now();
    const QDateTime receivedAt = d.receivedAt.isValid() ? d.receivedAt.toUTC() : now;
    if (receivedAt > now.addSecs(60)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow",
                                                     "The time the complaint was received cannot be in the future."),
                         QStringLiteral("received_at"));
    }
    const QString summary = d.summary.trimmed();
    if (summary.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::workflow", "Say what the complaint is about."),
                         QStringLiteral("summary"));
    }
    if (Outcome o = tooLong(summary, kMaxComplaintSummaryLength, QStringLiteral("summary")); !o) {
        return o.error();
    }
    // Empty, not NULL, in the NOT NULL columns.
    const QString name = d.complainantName.trimmed().isEmpty() ? QStringLiteral("") : d.complainantName.trimmed();
    if (Outcome o = tooLong(name, kMaxComplainantNameLength, QStringLiteral("complainant_name")); !o) {
        return o.error();
    }
    QString phone = QStringLiteral("");
    if (!d.complainantPhone.trimmed().isEmpty()) {
        auto normalized = tickets::normalizePhone(d.complainantPhone);
        if (!normalized) {
            Error e = normalized.error();
            e.field = QStringLiteral("complainant_phone");
            return e;
        }
        phone = normalized.value();
    }
    const QString agentId = d.subjectAgentId.trimmed();
    if (d.subject == ComplaintSubject::Agent) {
        if (agentId.isEmpty()) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::workflow", "Choose the agent the complaint is about."),
                QStringLiteral("subject_agent"));
        }
        auto known = exists(m_db, QStringLiteral("SELECT 1 FROM operators WHERE id = ?"), agentId);
        if (!known) {
            return known.error();
        }
        if (!known.value()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("hotline::workflow", "The agent no longer exists."),
                             QStringLiteral("subject_agent"));
        }
    } else if (!agentId.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::workflow", "An agent is named only for a complaint about an agent."),
            QStringLiteral("subject_agent"));
    }
    QString recordingId = d.recordingId.trimmed();
    if (!recordingId.isEmpty()) {
        auto known = exists(m_db, QStringLiteral("SELECT 1 FROM recordings WHERE id = ?"), recordingId);
        if (!known) {
            return known.error();
        }
        if (!known.value()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("hotline::workflow", "The recording no longer exists."),
                             QStringLiteral("recording"));
        }
    }
    const QString workOrderId = d.workOrderId.trimmed();
    if (!workOrderId.isEmpty()) {
        auto wo = db::exec(m_db, QStringLiteral("SELECT call_id FROM work_orders WHERE id = ?"), {workOrderId});
        if (!wo) {
            return wo.error();
        }
        if (!wo.value().next()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("hotline::workflow", "The work order no longer exists."),
                             QStringLiteral("work_order"));
        }
        if (recordingId.isEmpty()) {
            auto found = recordingOfWorkOrder(m_db, workOrderId, wo.value().value(0).toString());
            if (!found) {
                return found.error();
            }
            recordingId = found.value();
        }
    }

    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    // TS-date-station-sequence: the workstation's code (as in work-order numbers) keeps two stations that register
    // complaints on the same day from making the same number.
    const QString id = m_ids.next();
    auto station = tickets::WorkOrderRepository(m_db).stationCode(id);
    if (!station) {
        return station.error();
    }
    const QString prefix =
        QStringLiteral("TS-%1-%2-")
            .arg(receivedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyyMMdd")), station.value());
    auto numbers = db::exec(m_db, QStringLiteral("SELECT complaint_no FROM complaints WHERE complaint_no LIKE ?"),
                            {QString(prefix + QLatin1Char('%'))});
    if (!numbers) {
        return numbers.error();
    }
    int highest = 0;
    while (numbers.value().next()) {
        bool ok = false;
        const int n = numbers.value().value(0).toString().mid(prefix.size()).toInt(&ok);
        highest = ok ? std::max(highest, n) : highest;
    }
    const QString number = prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
    const qint64 at = now.toMSecsSinceEpoch();
    const QJsonObject fields{{QStringLiteral("complaint_no"), number},
                             {QStringLiteral("received_at"), receivedAt.toMSecsSinceEpoch()},
                             {QStringLiteral("channel"), key(d.channel)},
                             {QStringLiteral("complainant_name"), name},
                             {QStringLiteral("complainant_phone"), phone},
                             {QStringLiteral("subject_kind"), key(d.subject)},
                             {QStringLiteral("subject_agent_id"), agentId.isEmpty() ? QJsonValue() : agentId},
                             {QStringLiteral("work_order_id"), workOrderId.isEmpty() ? QJsonValue() : workOrderId},
                             {QStringLiteral("recording_id"), recordingId.isEmpty() ? QJsonValue() : recordingId},
                             {QStringLiteral("summary"), summary},
                             {QStringLiteral("severity"), key(d.severity)},
                             {QStringLiteral("owner_id"), QJsonValue()},
                             {QStringLiteral("status"), key(ComplaintStatus::Open)},
                             {QStringLiteral("investigation"), QString()},
                             {QStringLiteral("result"), QString()},
                             {QStringLiteral("reply"), QString()},
                             {QStringLiteral("created_by"), by.id},
                             {QStringLiteral("created_at"), at},
                             {QStringLiteral("updated_at"), at},
                             {QStringLiteral("version"), 1}};
    if (auto q = db::exec(
            m_db,
            QStringLiteral("INSERT INTO complaints (id, complaint_no, received_at, channel, complainant_name, "
                           "complainant_phone, subject_kind, subject_agent_id, work_order_id, recording_id, summary, "
                           "severity, status, created_by, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"),
            {id, number, receivedAt.toMSecsSinceEpoch(), key(d.channel), name, phone, key(d.subject),
             db::nullIfEmpty(agentId), db::nullIfEmpty(workOrderId), db::nullIfEmpty(recordingId), summary,
             key(d.severity), by.id, at, at});
        !q) {
        return q.error();
    }
    if (Outcome logged =
            sync::appendChange(m_db, {QStringLiteral("complaint"), id, sync::Operation::Insert, fields, by.id, now});
        !logged) {
        return logged.error();
    }
    if (Outcome ev = insertEvent(m_db, m_ids, id, QStringLiteral("registered"), number, by, now); !ev) {
        return ev.error();
    }
    if (Outcome committed = tx.commit(); !committed) {
        return committed.error();
    }
    auto after = loadOne(m_db, id, security::authorize(m_db, by, security::Permission::ViewTaxpayerData).ok());
    if (!after) {
        return after.error();
    }
    return *after.value();
}

Result<Complaint> ComplaintService::assign(const QString& id, const QString& ownerId, const security::Operator& by)
{
    return applyStep(m_db, m_clock, m_ids, id, by, [this, &ownerId](const Complaint& c) -> Result<Step> {
        if (c.status == ComplaintStatus::Closed) {
            return closedError();
        }
        if (ownerId.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow",
                                                         "Choose the quality manager or team lead who handles it."),
                             QStringLiteral("owner"));
        }
        auto owner = db::exec(m_db, QStringLiteral("SELECT name, role, active FROM operators WHERE id = ?"), {ownerId});
        if (!owner) {
            return owner.error();
        }
        if (!owner.value().next()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("hotline::workflow", "The operator no longer exists."),
                             QStringLiteral("owner"));
        }
        const QString name = owner.value().value(0).toString();
        const auto role = security::roleFromKey(owner.value().value(1).toString());
        if (!owner.value().value(2).toBool() || !role ||
            !security::roleHas(*role, security::Permission::HandleComplaints)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow",
                                                         "%1 cannot handle complaints: choose a quality manager or "
                                                         "a team lead.")
                                 .arg(name),
                             QStringLiteral("owner"));
        }
        return Step{{{QStringLiteral("owner_id"), ownerId}}, QStringLiteral("assigned"), name};
    });
}

Result<Complaint> ComplaintService::addInvestigationNote(const QString& id, const QString& note,
                                                         const security::Operator& by)
{
    const QString text = note.trimmed();
    return applyStep(m_db, m_clock, m_ids, id, by, [this, &text, &by](const Complaint& c) -> Result<Step> {
        if (c.status == ComplaintStatus::Closed) {
            return closedError();
        }
        if (text.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow", "The investigation note is empty."),
                             QStringLiteral("investigation"));
        }
        if (Outcome o = tooLong(text, kMaxComplaintTextLength, QStringLiteral("investigation")); !o) {
            return o.error();
        }
        // The register keeps the whole investigation in one text: each note under a line with its time and author.
        const QString stamp =
            m_clock.now().toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString entry = QStringLiteral("[%1 %2] %3").arg(stamp, by.name, text);
        const QString all = c.investigation.isEmpty() ? entry : c.investigation + QStringLiteral("\n") + entry;
        Step s{{{QStringLiteral("investigation"), all}}, QStringLiteral("investigation"), text};
        if (c.status == ComplaintStatus::Open) {
            s.sets.append({QStringLiteral("status"), key(ComplaintStatus::Investigating)});
        }
        return s;
    });
}

Result<Complaint> ComplaintService::setResult(const QString& id, ComplaintResult result, const security::Operator& by)
{
    return applyStep(m_db, m_clock, m_ids, id, by, [result](const Complaint& c) -> Result<Step> {
        if (c.status == ComplaintStatus::Closed) {
            return closedError();
        }
        Step s{{{QStringLiteral("result"), key(result)}}, QStringLiteral("result"), key(result)};
        if (c.status == ComplaintStatus::Open) {
            s.sets.append({QStringLiteral("status"), key(ComplaintStatus::Investigating)});
        }
        return s;
    });
}

Result<Complaint> ComplaintService::reply(const QString& id, const QString& text, const QDateTime& repliedAt,
                                          const security::Operator& by)
{
    const QString reply = text.trimmed();
    return applyStep(m_db, m_clock, m_ids, id, by, [this, &reply, &repliedAt](const Complaint& c) -> Result<Step> {
        if (c.status == ComplaintStatus::Closed) {
            return closedError();
        }
        if (reply.isEmpty()) {
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("hotline::workflow", "Write down what the complainant was told."),
                QStringLiteral("reply"));
        }
        if (Outcome o = tooLong(reply, kMaxComplaintTextLength, QStringLiteral("reply")); !o) {
            return o.error();
        }
        if (!repliedAt.isValid() || repliedAt > m_clock.now().addSecs(60)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow", "The time of the reply cannot be in "
                                                                              "the future."),
                             QStringLiteral("replied_at"));
        }
        if (repliedAt < c.receivedAt) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow",
                                                         "The reply cannot be before the complaint was received."),
                             QStringLiteral("replied_at"));
        }
        return Step{{{QStringLiteral("reply"), reply},
                     {QStringLiteral("replied_at"), repliedAt.toMSecsSinceEpoch()},
                     {QStringLiteral("status"), key(ComplaintStatus::Replied)}},
                    QStringLiteral("replied"),
                    reply};
    });
}

Result<Complaint> ComplaintService::close(const QString& id, const security::Operator& by)
{
    return applyStep(m_db, m_clock, m_ids, id, by, [this](const Complaint& c) -> Result<Step> {
        if (c.status == ComplaintStatus::Closed) {
            return makeError(ErrorCode::IllegalTransition,
                             QCoreApplication::translate("hotline::workflow", "The complaint is already closed."));
        }
        if (!c.result) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow",
                                                         "Record the result (upheld, partly upheld or not upheld) "
                                                         "before closing the complaint."),
                             QStringLiteral("result"));
        }
        if (c.reply.isEmpty() || !c.repliedAt.isValid()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow",
                                                         "Record the reply to the complainant before closing the "
                                                         "complaint."),
                             QStringLiteral("reply"));
        }
        return Step{{{QStringLiteral("status"), key(ComplaintStatus::Closed)},
                     {QStringLiteral("closed_at"), m_clock.now().toMSecsSinceEpoch()}},
                    QStringLiteral("closed"),
                    key(*c.result)};
    });
}

Result<Complaint> ComplaintService::reopen(const QString& id, const QString& reason, const security::Operator& by)
{
    const QString why = reason.trimmed();
    return applyStep(m_db, m_clock, m_ids, id, by, [&why](const Complaint& c) -> Result<Step> {
        if (c.status != ComplaintStatus::Closed) {
            return makeError(ErrorCode::IllegalTransition,
                             QCoreApplication::translate("hotline::workflow", "Only a closed complaint is reopened."));
        }
        if (why.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::workflow", "Say why the complaint is reopened."),
                             QStringLiteral("reason"));
        }
        if (Outcome o = tooLong(why, kMaxComplaintTextLength, QStringLiteral("reason")); !o) {
            return o.error();
        }
        return Step{{{QStringLiteral("status"), key(ComplaintStatus::Investigating)},
                     {QStringLiteral("closed_at"), QVariant(QMetaType(QMetaType::LongLong))}},
                    QStringLiteral("reopened"),
                    why};
    });
}

Result<ComplaintDetail> ComplaintService::get(const QString& id, const security::Operator& by) const
{
    if (auto active = security::authorizeActive(m_db, by); !active) {
        return active.error();
    }
    const bool handler = security::authorize(m_db, by, security::Permission::HandleComplaints).ok();
    auto loaded = loadOne(m_db, id, security::authorize(m_db, by, security::Permission::ViewTaxpayerData).ok());
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return notFound();
    }
    if (!handler && loaded.value()->createdBy != by.id) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("hotline::workflow",
                                                     "Only the quality manager, a team lead or whoever registered "
                                                     "it may read a complaint."));
    }
    ComplaintDetail detail;
    detail.complaint = *loaded.value();
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT e.id, e.at, e.operator_id, coalesce(o.name, ''), e.kind, e.detail "
                                     "FROM complaint_events e LEFT JOIN operators o ON o.id = e.operator_id "
                                     "WHERE e.complaint_id = ? ORDER BY e.at, e.rowid"),
                      {id});
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        detail.events.append({r.value(0).toString(), db::utcTime(r.value(1)), r.value(2).toString(),
                              r.value(3).toString(), r.value(4).toString(), r.value(5).toString()});
    }
    return detail;
}

Result<QList<Complaint>> ComplaintService::list(const ComplaintFilter& filter, const security::Operator& by) const
{
    if (auto active = security::authorizeActive(m_db, by); !active) {
        return active.error();
    }
    const bool handler = security::authorize(m_db, by, security::Permission::HandleComplaints).ok();
    const bool unmasked = security::authorize(m_db, by, security::Permission::ViewTaxpayerData).ok();
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (!handler) {
        where << QStringLiteral("c.created_by = ?");
        binds << by.id;
    }
    if (filter.status) {
        where << QStringLiteral("c.status = ?");
        binds << key(*filter.status);
    }
    if (filter.severity) {
        where << QStringLiteral("c.severity = ?");
        binds << key(*filter.severity);
    }
    if (filter.ownerId) {
        if (filter.ownerId->isEmpty()) {
            where << QStringLiteral("c.owner_id IS NULL");
        } else {
            where << QStringLiteral("c.owner_id = ?");
            binds << *filter.ownerId;
        }
    }
    auto q = db::exec(m_db,
                      kSelect + QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
                          QStringLiteral(" ORDER BY (c.status = 'closed'), c.received_at DESC, c.id"),
                      binds);
    if (!q) {
        return q.error();
    }
    QList<Complaint> out;
    while (q.value().next()) {
        out.append(fromRow(q.value(), unmasked));
    }
    return out;
}

} // namespace hotline::workflow
