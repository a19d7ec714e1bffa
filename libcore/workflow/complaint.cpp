#include "workflow/complaint.h"

#include <QCoreApplication>

namespace hotline::workflow {
namespace {

template <typename E, std::size_t N> std::optional<E> fromKey(const E (&all)[N], const QString& k)
{
    for (E e : all) {
        if (key(e) == k) {
            return e;
        }
    }
    return std::nullopt;
}

} // namespace

QString key(ComplaintChannel c)
{
    switch (c) {
    case ComplaintChannel::Phone:
        return QStringLiteral("phone");
    case ComplaintChannel::Online:
        return QStringLiteral("online");
    case ComplaintChannel::Letter:
        return QStringLiteral("letter");
    case ComplaintChannel::Email:
        return QStringLiteral("email");
    case ComplaintChannel::Visit:
        return QStringLiteral("visit");
    case ComplaintChannel::Superior:
        return QStringLiteral("superior");
    }
    return {};
}

QString key(ComplaintSubject s)
{
    switch (s) {
    case ComplaintSubject::Agent:
        return QStringLiteral("agent");
    case ComplaintSubject::Answer:
        return QStringLiteral("answer");
    case ComplaintSubject::Software:
        return QStringLiteral("software");
    case ComplaintSubject::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString key(ComplaintSeverity s)
{
    switch (s) {
    case ComplaintSeverity::Minor:
        return QStringLiteral("minor");
    case ComplaintSeverity::Normal:
        return QStringLiteral("normal");
    case ComplaintSeverity::Serious:
        return QStringLiteral("serious");
    }
    return {};
}

QString key(ComplaintStatus s)
{
    switch (s) {
    case ComplaintStatus::Open:
        return QStringLiteral("open");
    case ComplaintStatus::Investigating:
        return QStringLiteral("investigating");
    case ComplaintStatus::Replied:
        return QStringLiteral("replied");
    case ComplaintStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString key(ComplaintResult r)
{
    switch (r) {
    case ComplaintResult::Upheld:
        return QStringLiteral("upheld");
    case ComplaintResult::PartlyUpheld:
        return QStringLiteral("partly_upheld");
    case ComplaintResult::NotUpheld:
        return QStringLiteral("not_upheld");
    }
    return {};
}

std::optional<ComplaintChannel> complaintChannelFromKey(const QString& k)
{
    return fromKey(kAllComplaintChannels, k);
}
std::optional<ComplaintSubject> complaintSubjectFromKey(const QString& k)
{
    return fromKey(kAllComplaintSubjects, k);
}
std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString& k)
{
    return fromKey(kAllComplaintSeverities, k);
}
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& k)
{
    return fromKey(kAllComplaintStatuses, k);
}
std::optional<ComplaintResult> complaintResultFromKey(const QString& k)
{
    return fromKey(kAllComplaintResults, k);
}

QString displayName(ComplaintChannel c)
{
    switch (c) {
    case ComplaintChannel::Phone:
        return QCoreApplication::translate("hotline::workflow", "Phone");
    case ComplaintChannel::Online:
        return QCoreApplication::translate("hotline::workflow", "Online");
    case ComplaintChannel::Letter:
        return QCoreApplication::translate("hotline::workflow", "Letter");
    case ComplaintChannel::Email:
        return QCoreApplication::translate("hotline::workflow", "Email");
    case ComplaintChannel::Visit:
        return QCoreApplication::translate("hotline::workflow", "In person");
    case ComplaintChannel::Superior:
        return QCoreApplication::translate("hotline::workflow", "Referred by a superior office");
    }
    return {};
}

QString displayName(ComplaintSubject s)
{
    switch (s) {
    case ComplaintSubject::Agent:
        return QCoreApplication::translate("hotline::workflow", "An agent");
    case ComplaintSubject::Answer:
        return QCoreApplication::translate("hotline::workflow", "An answer");
    case ComplaintSubject::Software:
        return QCoreApplication::translate("hotline::workflow", "Software");
    case ComplaintSubject::Other:
        return QCoreApplication::translate("hotline::workflow", "Other");
    }
    return {};
}

QString displayName(ComplaintSeverity s)
{
    switch (s) {
    case ComplaintSeverity::Minor:
        return QCoreApplication::translate("hotline::workflow", "Minor");
    case ComplaintSeverity::Normal:
        return QCoreApplication::translate("hotline::workflow", "Moderate");
    case ComplaintSeverity::Serious:
        return QCoreApplication::translate("hotline::workflow", "Serious");
    }
    return {};
}

QString displayName(ComplaintStatus s)
{
    switch (s) {
    case ComplaintStatus::Open:
        return QCoreApplication::translate("hotline::workflow", "Registered");
    case ComplaintStatus::Investigating:
        return QCoreApplication::translate("hotline::workflow", "Investigating");
    case ComplaintStatus::Replied:
        return QCoreApplication::translate("hotline::workflow", "Replied");
    case ComplaintStatus::Closed:
        return QCoreApplication::translate("hotline::workflow", "Closed");
    }
    return {};
}

QString displayName(ComplaintResult r)
{
    switch (r) {
    case ComplaintResult::Upheld:
        return QCoreApplication::translate("hotline::workflow", "Upheld");
    case ComplaintResult::PartlyUpheld:
        return QCoreApplication::translate("hotline::workflow", "Partly upheld");
    case ComplaintResult::NotUpheld:
        return QCoreApplication::translate("hotline::workflow", "Not upheld");
    }
    return {};
}

QString eventKindName(const QString& kind)
{
    if (kind == QLatin1String("registered")) {
        return QCoreApplication::translate("hotline::workflow", "Registered");
    }
    if (kind == QLatin1String("assigned")) {
        return QCoreApplication::translate("hotline::workflow", "Assigned");
    }
    if (kind == QLatin1String("investigation")) {
        return QCoreApplication::translate("hotline::workflow", "Investigation note");
    }
    if (kind == QLatin1String("result")) {
        return QCoreApplication::translate("hotline::workflow", "Result");
    }
    if (kind == QLatin1String("replied")) {
        return QCoreApplication::translate("hotline::workflow", "Replied to the complainant");
    }
    if (kind == QLatin1String("closed")) {
        return QCoreApplication::translate("hotline::workflow", "Closed");
    }
    if (kind == QLatin1String("reopened")) {
        return QCoreApplication::translate("hotline::workflow", "Reopened");
    }
    return kind;
}

} // namespace hotline::workflow
