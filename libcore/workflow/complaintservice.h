#pragma once
// The complaint register's operations. Anyone may register a complaint; the quality manager and team leads
// (Permission::HandleComplaints) assign, investigate, record the result, reply and close. Every step is a
// complaint_events row, written with the complaint and its outbox entries in one transaction.
//
// Who reads what: HandleComplaints roles read every complaint; everyone else only the complaints they registered
// themselves — not those about them (an agent learns of a complaint about them from the quality manager, not from the
// register, which holds the complainant's words and contact).
//
// Numbers: TS-YYYYMMDD-NNN, the Beijing date the complaint was received and a per-day sequence from 001 (one more
// than the highest of that day in this store; 1000 and on keep all their digits).

#include "core/result.h"
#include "security/operator.h"
#include "workflow/complaint.h"

#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::workflow {

struct ComplaintFilter {
    std::optional<ComplaintStatus> status;
    std::optional<ComplaintSeverity> severity;
    std::optional<QString> ownerId; // an empty string: complaints nobody owns yet
};

class ComplaintService final {
public:
    ComplaintService(QSqlDatabase db, const Clock& clock, IdGenerator& ids);

    // Any active operator. InvalidInput (with field) for a missing summary, a bad phone number, a time in the future,
    // an agent subject without the agent (or an agent given for another subject); NotFound for an unknown work
    // order, recording or agent. Without a recording id, the work order's call recording is linked (the recording
    // with the work order's call id, else its earliest).
    Result<Complaint> registerComplaint(const ComplaintDraft& draft, const security::Operator& by);

    // HandleComplaints. The owner must be an active operator who may handle complaints.
    Result<Complaint> assign(const QString& id, const QString& ownerId, const security::Operator& by);
    // HandleComplaints. Appends a note to the investigation (open → investigating).
    Result<Complaint> addInvestigationNote(const QString& id, const QString& note, const security::Operator& by);
    Result<Complaint> setResult(const QString& id, ComplaintResult result, const security::Operator& by);
    // HandleComplaints. The reply given to the complainant and when (not in the future, not before receipt).
    Result<Complaint> reply(const QString& id, const QString& text, const QDateTime& repliedAt,
                            const security::Operator& by);
    // HandleComplaints. Needs a result and a reply.
    Result<Complaint> close(const QString& id, const security::Operator& by);
    // HandleComplaints. A closed complaint back to investigating, with the reason.
    Result<Complaint> reopen(const QString& id, const QString& reason, const security::Operator& by);
    // The steps above on a closed complaint are IllegalTransition; acting without a owner makes the actor the owner.

    Result<ComplaintDetail> get(const QString& id, const security::Operator& by) const;
    // Open ones first (not closed), then the most recently received.
    Result<QList<Complaint>> list(const ComplaintFilter& filter, const security::Operator& by) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace hotline::workflow
