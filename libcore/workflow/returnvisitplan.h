#pragma once
// Return-visit plans (回访计划): a random share of the work orders resolved in a period, drawn with a recorded seed and
// dealt to agents, who make the visits from their list (我的回访) with the scripted questionnaire (saved through
// satisfaction::ReturnVisitService with the plan item, so the visits count in the satisfaction rate as any other).
//
// The draw is reproducible: candidates are the work orders of status resolved, awaiting_visit or closed whose
// resolved_at falls in [from, to) and that are in no earlier plan, in ascending (resolved_at, id); one std::mt19937_64
// seeded with the seed picks them with qa::pickRandom (qa/samplepick.h). The number picked is share % of the
// candidates rounded up (so a non-empty period always gives at least one: 10 % of 7 is 1, of 11 is 2). The picks, in
// the order drawn, are dealt round-robin to the chosen agents taken in ascending (name, id).
//
// An item is done once a visit has been recorded from it, reached or not (未联系上 is a visit made; the agent may
// record another from the same item).

#include "core/result.h"
#include "satisfaction/rating.h"
#include "security/operator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::workflow {

inline constexpr int kDefaultVisitSharePercent = 10;
inline constexpr int kMaxPlanTitleLength = 100;

// Last week, Monday to Sunday (Beijing dates), before the week holding today.
std::pair<QDate, QDate> defaultPlanPeriod(QDate today);
// How many of candidates a share picks: ceil(candidates · share / 100).
int planSize(int candidates, int sharePercent);

struct PlanDraft {
    QString title; // empty: 回访计划 and the period
    QDate from;    // Beijing dates, both included
    QDate to;
    int sharePercent = kDefaultVisitSharePercent; // 1–100
    QStringList agentIds;                         // at least one active operator
    std::optional<qint64> seed;                   // 0 to qa::kMaxSeed; a fresh random one when absent
};

struct ReturnVisitPlan {
    QString id;
    QString title;
    QDateTime periodFrom; // [from, to) UTC
    QDateTime periodTo;
    int sharePercent = kDefaultVisitSharePercent;
    qint64 seed = 0;
    QString createdBy;
    QString createdByName;
    QDateTime createdAt;
    int total = 0;
    int done = 0;
};

struct PlanItem {
    QString id;
    QString planId;
    QString planTitle;
    QString workOrderId;
    QString ticketNo;
    QString assigneeId;
    QString assigneeName;
    QString question;
    QString answer;
    QString contactName;
    QString contactNumber; // masked for roles without ViewTaxpayerData
    QDateTime resolvedAt;
    int visits = 0;                                  // visits recorded from the item
    std::optional<satisfaction::Rating> lastVerdict; // of the latest one; nullopt: none, or not reached
    bool done() const { return visits > 0; }
};

class ReturnVisitPlanService final {
public:
    ReturnVisitPlanService(QSqlDatabase db, const Clock& clock, IdGenerator& ids);

    // PlanReturnVisits. Draws and stores the plan with its items and outbox entries in one transaction.
    // InvalidInput (with field) for a bad period or share, no agents or an unknown or inactive one, a title too long,
    // a seed out of range, or no candidate work order in the period.
    Result<ReturnVisitPlan> create(const PlanDraft& draft, const security::Operator& by);
    // PlanReturnVisits. Every plan with its progress, newest first.
    Result<QList<ReturnVisitPlan>> plans(const security::Operator& by) const;
    // PlanReturnVisits. The plan's items, by assignee name, then resolved time.
    Result<QList<PlanItem>> items(const QString& planId, const security::Operator& by) const;
    // Anyone: the items dealt to by — the ones still to visit first (oldest resolved first), then the done ones.
    Result<QList<PlanItem>> myVisits(const security::Operator& by) const;
    // The full number to call for an item dealt to by (lists show it masked), recorded in the audit log as a reveal.
    // Forbidden for anyone else but roles with ViewTaxpayerData.
    Result<QString> revealContact(const QString& itemId, const security::Operator& by);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace hotline::workflow
