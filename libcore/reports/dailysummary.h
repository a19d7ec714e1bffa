#pragma once
// 每日汇总: the daily consultation summary of one Beijing calendar day — what came in, by category, channel and agent;
// what was resolved; what is open and overdue at the end of the day; the day's satisfaction answers. And the same
// counts day by day for a chart of the last weeks. Read by the reports pane, the CLI and the daily workbook.
//
// Definitions (D is the Beijing day, [00:00, 24:00) of D; "end of the day" is 24:00 of D):
//  - received: work orders whose received_at falls in D, whatever their status now. A day off (holiday, weekend)
//    counts like any other day: what was received on it is received on it, even though its reply deadline runs from
//    the next working day.
//  - by category: received, per top-level group and per topic (a work order filed directly under a group counts for
//    the group with an empty topic; one without a category under 未分类). By channel: received per channel, every
//    channel listed (zeros included). By agent: per owner (the owner now: a transferred work order counts for whom
//    it was transferred to).
//  - resolved: work orders whose resolved_at falls in D, whenever they were received (a work order received the day
//    before and resolved on D counts on D). A work order reopened after D has lost its resolved_at and no longer
//    counts as resolved on D (the store keeps only the latest resolution).
//  - open at the end of the day: received before 24:00 of D and not resolved by then — resolved_at empty (and the
//    status open) or resolved_at at or after 24:00 of D.
//  - overdue at the end of the day: open at the end of the day and due (due_at) before 24:00 of D. For today this is
//    what will be overdue at midnight unless resolved first.
//  - overdue among the day's: of the work orders received on D, those whose deadline fell before 24:00 of D and that
//    were not resolved by their deadline (resolved late — on D or later — or still open).
//  - satisfaction: satisfaction::satisfactionRate over the single day D (its definitions; per agent as it says),
//    online chat ratings included; chatSatisfaction is their part.
//  - online: reports::onlineFigures over D (onlinefigures.h): conversations, served by a person, left messages, the
//    robot's 有用 / 没用.
//  - per agent: received, resolved and overdue at the end of the day (the three above, by owner) and the agent's
//    satisfaction counts; every operator with any of them, by name.
// Requires Permission::BulkQuery (team leads, administrators): it reads the whole team's work orders.

#include "core/result.h"
#include "reports/onlinefigures.h"
#include "satisfaction/rating.h"
#include "security/operator.h"
#include "tickets/workorder.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hotline::db {
class Database;
}

namespace hotline::reports {

struct CategoryCount {
    QString groupName; // the top-level group; empty for work orders without a category (shown 未分类)
    QString topicName; // empty in the per-group list, and for a work order filed directly under its group
    int received = 0;
};

struct ChannelCount {
    tickets::Channel channel = tickets::Channel::Phone;
    int received = 0;
};

struct AgentDay {
    QString agentId;
    QString agentName;
    int received = 0;
    int resolved = 0;
    int overdue = 0; // open and overdue at the end of the day
    satisfaction::RateCounts satisfaction;
};

struct DailySummary {
    QDate date;
    bool workingDay = true; // on the store's working-day calendar
    QString dayName;        // the holiday or make-up day's name (国庆节), empty otherwise
    int received = 0;
    int resolved = 0;
    int resolvedOfDay = 0;                     // of the day's received, resolved before 24:00 of the day
    int open = 0;                              // open at the end of the day
    int overdue = 0;                           // open and overdue at the end of the day
    int overdueOfDay = 0;                      // of the day's received, deadline missed by the end of the day
    satisfaction::RateCounts satisfaction;     // overall, as satisfactionRate counts it
    satisfaction::RateCounts chatSatisfaction; // of it, the online chats' ratings
    OnlineFigures online;
    QList<CategoryCount> byGroup;  // most received first, then by name
    QList<CategoryCount> byTopic;  // most received first, then by group and topic name
    QList<ChannelCount> byChannel; // every channel, in tickets::kAllChannels order
    QList<AgentDay> agents;        // by agent name
};

Result<DailySummary> dailySummary(db::Database& db, const QDate& date, const security::Operator& by);

struct DayCounts {
    QDate date;
    int received = 0;
    int resolved = 0;
    int overdue = 0; // open and overdue at the end of the day
};

// At most this many days in one series.
inline constexpr int kMaxSeriesDays = 366;

// received, resolved and overdue (as in dailySummary) for every day from `from` to `to`, both included, in order.
Result<QList<DayCounts>> dailySeries(db::Database& db, const QDate& from, const QDate& to,
                                     const security::Operator& by);

} // namespace hotline::reports

namespace hotline::reports {

// The summary as plain text for a terminal or a message (translated: Chinese once the translation is installed).
QString dailySummaryText(const DailySummary& summary);
// 未分类 for an empty group name, else the name.
QString groupDisplayName(const QString& groupName);

} // namespace hotline::reports

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::reports {

struct DailyExportResult {
    QString path;
    QString sha256; // of the file written (hex)
};

// The day's summary as a workbook: sheets 汇总 (the figures), 分类 (group and topic), 渠道, 坐席. No taxpayer data.
// Requires Permission::ExportData (and BulkQuery for the figures); audited like exportWorkOrders (who, which day,
// the file and its SHA-256) — a file that cannot be audited is removed. An unwritable folder gives a clear error.
Result<DailyExportResult> exportDailySummary(db::Database& db, const QDate& date, const QString& path,
                                             const security::Operator& by, IdGenerator& ids, const Clock& clock);

} // namespace hotline::reports
