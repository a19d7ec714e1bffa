#pragma once
// The weekly sampling plan (抽检计划): each week (Monday to Sunday, Beijing dates) every agent who took recorded calls
// gets at least N of that week's recordings drawn at random with a recorded seed, plus every call linked to a
// complaint. Inspectors work through their queue; coverage shows per agent how many of the planned are scored.
//
// The draw is reproducible: the same seed over the same catalogue gives the same picks. Agents are taken in
// ascending operator id, each agent's candidates in ascending (started_at, recording id); one std::mt19937_64 seeded
// with the seed picks N of each agent's non-complaint calls in turn (samplepick.h). Complaint calls are always added
// (reason 'complaint'): the recordings a complaint in the register (workflow/complaint.h) names, or of its work order,
// and the calls whose work order's category is 投诉, or the group 投诉建议 itself (建议 and 表扬 under the same group
// are not complaints). A complaint call made before the week joins the week in which its complaint was received.
//
// One draw per week; drawing again for a week that has one is refused unless asked to redraw, which records a new
// draw (draws are append-only, as synced) that replaces the earlier one as the week's plan. Items are assigned to the
// active QA inspectors round-robin (by name) at the draw; with no inspector, to the team leads; with neither, left
// unassigned, and every inspector's queue shows the unassigned ones.

#include "core/result.h"
#include "security/operator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::qa {

inline constexpr int kDefaultPerAgent = 2;
inline constexpr int kMaxPerAgent = 50;

// Category ids (resources/schema/0002_seed_categories.sql) whose work orders count as complaints.
inline constexpr const char* kComplaintCategoryIds[] = {
    "c54fcd9f-19ca-5607-8c4a-6e80301cff0e", // 投诉建议 / 投诉
    "d34eeebb-be66-5592-aeb5-9a430e961b02", // the group 投诉建议 itself
};

enum class SampleReason { Random, Complaint };

struct SampleItem {
    QString id;
    QString recordingId;
    QString agentId;
    QString agentName;
    SampleReason reason = SampleReason::Random;
    QString inspectorId; // empty: unassigned
    QString inspectorName;
    QDateTime startedAt;  // of the call
    QString callerNumber; // as stored (the GUI masks it)
    bool evaluated = false;
};

struct SampleDraw {
    QString id;
    QDate weekStart;
    qint64 seed = 0;
    int perAgent = kDefaultPerAgent;
    QString drawnBy;
    QDateTime drawnAt;
    QList<SampleItem> items; // agents by name, then call time
};

struct AgentCoverage {
    QString agentId;
    QString agentName;
    int planned = 0;   // items of the week's draw
    int evaluated = 0; // of those, recordings with an evaluation
};

// The Monday of the week (Monday to Sunday) holding date.
QDate weekMondayOf(QDate date);
// [Monday 00:00, next Monday 00:00) Beijing time, as UTC ms.
std::pair<qint64, qint64> weekBoundsMs(QDate monday);

// The per-agent count of random picks (settings key qa.sample_per_agent; kDefaultPerAgent when unset).
Result<int> samplePerAgent(const QSqlDatabase& db);
// ManageQa. 1 to kMaxPerAgent. (A workstation setting; each draw records the count it used.)
Outcome setSamplePerAgent(const QSqlDatabase& db, int perAgent, const security::Operator& by);

struct DrawOptions {
    std::optional<qint64> seed; // 0 to kMaxSeed; a fresh random one when absent
    bool redraw = false;        // replace the week's existing draw
};

// ScoreCalls. Draws the week of weekMonday (must be a Monday, not after the current week) from its recordings with
// an agent, stores it with its items and outbox entries in one transaction, and returns it.
Result<SampleDraw> drawWeek(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by, IdGenerator& ids,
                            const Clock& clock, DrawOptions options = {});

// ScoreCalls. The week's current draw (the latest), none when the week has not been drawn.
Result<std::optional<SampleDraw>> weekDraw(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by);

// ScoreCalls. The items of the week's draw not yet evaluated, assigned to by or to no one (a lead, ManageQa, sees
// every inspector's), by call time.
Result<QList<SampleItem>> inspectorQueue(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by);

// ScoreCalls. Per agent of the week's draw, evaluated vs planned (本周 张三 1/2), by agent name.
Result<QList<AgentCoverage>> weekCoverage(const QSqlDatabase& db, QDate weekMonday, const security::Operator& by);

} // namespace hotline::qa
