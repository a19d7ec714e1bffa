#pragma once
// A complaint (投诉) as the register keeps it, apart from ordinary work orders: who complained, about whom or what,
// the linked work order and recording, severity, the quality manager who owns it, the investigation, the result, the
// reply to the complainant and closure. The storage keys are the schema's (0012_workflow.sql); the monthly report
// reads them by SQL, so they never change meaning.
//
// Severity: minor = 一般, normal = 较重, serious = 严重 (the schema's keys in rising order).
// Status: open (登记, not yet investigated) → investigating → replied → closed; a closed complaint may be reopened
// (back to investigating) with a reason.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hotline::workflow {

enum class ComplaintChannel { Phone, Online, Letter, Email, Visit, Superior };
inline constexpr ComplaintChannel kAllComplaintChannels[] = {ComplaintChannel::Phone,  ComplaintChannel::Online,
                                                             ComplaintChannel::Letter, ComplaintChannel::Email,
                                                             ComplaintChannel::Visit,  ComplaintChannel::Superior};
enum class ComplaintSubject { Agent, Answer, Software, Other };
inline constexpr ComplaintSubject kAllComplaintSubjects[] = {ComplaintSubject::Agent, ComplaintSubject::Answer,
                                                             ComplaintSubject::Software, ComplaintSubject::Other};
enum class ComplaintSeverity { Minor, Normal, Serious };
inline constexpr ComplaintSeverity kAllComplaintSeverities[] = {ComplaintSeverity::Minor, ComplaintSeverity::Normal,
                                                                ComplaintSeverity::Serious};
enum class ComplaintStatus { Open, Investigating, Replied, Closed };
inline constexpr ComplaintStatus kAllComplaintStatuses[] = {ComplaintStatus::Open, ComplaintStatus::Investigating,
                                                            ComplaintStatus::Replied, ComplaintStatus::Closed};
enum class ComplaintResult { Upheld, PartlyUpheld, NotUpheld };
inline constexpr ComplaintResult kAllComplaintResults[] = {ComplaintResult::Upheld, ComplaintResult::PartlyUpheld,
                                                           ComplaintResult::NotUpheld};

QString key(ComplaintChannel c);
QString key(ComplaintSubject s);
QString key(ComplaintSeverity s);
QString key(ComplaintStatus s);
QString key(ComplaintResult r);
std::optional<ComplaintChannel> complaintChannelFromKey(const QString& k);
std::optional<ComplaintSubject> complaintSubjectFromKey(const QString& k);
std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString& k);
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& k);
std::optional<ComplaintResult> complaintResultFromKey(const QString& k);
// Translated names: 电话, 坐席, 严重, 调查中, 属实 …
QString displayName(ComplaintChannel c);
QString displayName(ComplaintSubject s);
QString displayName(ComplaintSeverity s);
QString displayName(ComplaintStatus s);
QString displayName(ComplaintResult r);

inline constexpr int kMaxComplaintSummaryLength = 2000;
inline constexpr int kMaxComplaintTextLength = 4000; // an investigation note, a reply, a reason
inline constexpr int kMaxComplainantNameLength = 50;

struct ComplaintDraft {
    QDateTime receivedAt; // invalid: now
    ComplaintChannel channel = ComplaintChannel::Phone;
    QString complainantName;
    QString complainantPhone; // optional; validated (tickets/validation.h) when given
    ComplaintSubject subject = ComplaintSubject::Agent;
    QString subjectAgentId; // required when subject is Agent, refused otherwise
    QString workOrderId;    // optional
    QString recordingId;    // optional; empty: the work order's call recording, when there is one
    QString summary;
    ComplaintSeverity severity = ComplaintSeverity::Minor;
};

struct Complaint {
    QString id;
    QString number; // TS-YYYYMMDD-NNN
    QDateTime receivedAt;
    ComplaintChannel channel = ComplaintChannel::Phone;
    QString complainantName;
    QString complainantPhone; // masked for roles without ViewTaxpayerData
    ComplaintSubject subject = ComplaintSubject::Other;
    QString subjectAgentId;
    QString subjectAgentName;
    QString workOrderId;
    QString ticketNo;
    QString recordingId;
    QString summary;
    ComplaintSeverity severity = ComplaintSeverity::Minor;
    QString ownerId; // empty: no quality manager yet
    QString ownerName;
    ComplaintStatus status = ComplaintStatus::Open;
    QString investigation;
    std::optional<ComplaintResult> result;
    QString reply;
    QDateTime repliedAt;
    QDateTime closedAt;
    QString createdBy;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One step of the trail (complaint_events.kind): registered, assigned, investigation, result, replied, closed,
// reopened. detail is what the step recorded (the note, the result key, the reply, the reason, the owner's name).
struct ComplaintEvent {
    QString id;
    QDateTime at;
    QString operatorId;
    QString operatorName;
    QString kind;
    QString detail;
};
// The event's kind for people (登记, 指派, 调查记录 …).
QString eventKindName(const QString& kind);

struct ComplaintDetail {
    Complaint complaint;
    QList<ComplaintEvent> events; // oldest first
};

} // namespace hotline::workflow
