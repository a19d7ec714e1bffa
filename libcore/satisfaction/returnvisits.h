#pragma once
// Return visits (回访): an agent calls or messages the taxpayer of a work order afterwards and records what they said.
// Any agent records them on work orders they own; leads and administrators (Permission::EditAnyWorkOrder) on any.
// A return visit is never edited (append-only, synced as return_visit). How it counts in the satisfaction rate:
// satisfactionrate.h.

#include "core/result.h"
#include "satisfaction/rating.h"
#include "security/operator.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::satisfaction {

enum class VisitMethod { Phone, Sms, Email, Onsite, Other };
inline constexpr VisitMethod kAllVisitMethods[] = {VisitMethod::Phone, VisitMethod::Sms, VisitMethod::Email,
                                                   VisitMethod::Onsite, VisitMethod::Other};
QString key(VisitMethod m);
std::optional<VisitMethod> visitMethodFromKey(const QString& key);
QString displayName(VisitMethod m); // 电话, 短信, 邮件, 上门, 其他

inline constexpr int kMaxVisitNoteLength = 500;

struct ReturnVisitDraft {
    QString workOrderId;
    QDateTime visitedAt;
    VisitMethod method = VisitMethod::Phone;
    std::optional<Rating> verdict; // nullopt: the taxpayer could not be reached (未联系上)
    QString note;
    // The scripted questionnaire's 问题是否解决: yes / no; nullopt when not asked (always for an unreached taxpayer).
    std::optional<bool> resolved = std::nullopt;
    // The item of a return-visit plan (workflow/returnvisitplan.h) the visit was made from; empty for none.
    QString planItemId = {};
};

struct ReturnVisit {
    QString id;
    QString workOrderId;
    QString visitorId;
    QString visitorName;
    QDateTime visitedAt;
    VisitMethod method = VisitMethod::Phone;
    std::optional<Rating> verdict;
    QString note;
    QDateTime createdAt;
    std::optional<bool> resolved;
    QString planItemId;
};

// "未联系上" for an unreached taxpayer, else the rating's name.
QString verdictText(const std::optional<Rating>& verdict);

class ReturnVisitService final {
public:
    ReturnVisitService(QSqlDatabase db, const Clock& clock, IdGenerator& ids);

    // Stores the visit and its outbox entry. InvalidInput (with field) for a time in the future or before the work
    // order was received, or a note over kMaxVisitNoteLength, or a resolved answer for an unreached taxpayer;
    // NotFound for an unknown work order or plan item; Forbidden for an agent on someone else's work order, unless the
    // visit is made from a plan item dealt to them (InvalidInput when the item is of another work order).
    Result<ReturnVisit> record(const ReturnVisitDraft& draft, const security::Operator& by);
    // The work order's visits, oldest first.
    Result<QList<ReturnVisit>> list(const QString& workOrderId, const security::Operator& by) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace hotline::satisfaction
