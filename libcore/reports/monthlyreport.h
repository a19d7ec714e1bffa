#pragma once
// 月度分析报告: every figure of the monthly service analysis the team lead sends to the bureau, for one Beijing
// calendar month [1st 00:00, 1st of the next month 00:00). The workbook (monthlyworkbook.h), the PDF (monthlypdf.h),
// the workstation tab and the CLI all print this struct and compute nothing of their own.
//
// Definitions:
//  - Volume (受理量): the work orders received in the month (received_at), whatever their state now.
//  - Trend: the volume of the month and of the 5 months before it, oldest first; change is the difference to the
//    previous month in percent of the previous month's volume, undefined (—) when that was 0.
//  - By category: the top-level category of the work order's category (the category itself when it has no parent);
//    work orders without a category are 未分类 (empty categoryId). By channel: the stored channel. Both sorted by
//    count (descending), then by the category's sort order / the channel's order.
//  - Resolved (已办结): of the month's volume, those with a resolved time (resolved or closed); resolvedOnTime: of
//    those, resolved_at <= due_at; overdue (超时): resolved after due_at, or still open with due_at before asOf (the
//    time the report is made); open: not resolved.
//  - Reply-deadline compliance (时限达标) by difficulty (一般, 疑难) and per agent (the work order's owner): the work
//    orders whose reply deadline (due_at) falls in the month, wherever they were received. met: resolved_at <=
//    due_at; missed: resolved after due_at, or still open at asOf with due_at passed; pending: still open and not yet
//    due at asOf (only in the current month). The rate is met / (met + missed), undefined when both are 0.
//  - 热点问题: the knowledge-base articles linked (work_order_articles) to the most work orders received in the month
//    (each work order counts once per article), top 10 by count, then title. The standard answer is the article's
//    body text, whitespace collapsed, cut after about 300 characters at a sentence end with "…"; an article that is
//    not published now is marked so.
//  - Satisfaction: satisfaction::satisfactionRate over the month (the one definition; see satisfactionrate.h),
//    against the 90 % target. It counts the online chats' ratings as their own part (satisfaction.chats).
//  - Online consultation (网上咨询): reports::onlineFigures over the month (onlinefigures.h): conversations (with the
//    robot / in the agents' queue), served by a person, left messages (登记回访), and the robot's 有用 / 没用 with
//    its helpful rate.
//  - Complaints (投诉, from the complaints table): received in the month by severity, by current status and by
//    result (成立 upheld, 部分成立 partly upheld, 不成立 not upheld, 未认定 not decided yet); closedInMonth: complaints
//    whose closed_at falls in the month, whenever received.
//  - QA per agent: qa::monthlySummary, only when the operator may read every evaluation (ListenRecordings: team
//    leads; not administrators); qaShown says whether it was read, qaNote why not.
//  - The improvement plan (improvementplan.h) as saved for the month.
// Requires Permission::BulkQuery (leads and administrators): it reads the whole team's data. It holds no taxpayer
// IDs or phone numbers.

#include "core/result.h"
#include "qa/qasummary.h"
#include "reports/improvementplan.h"
#include "reports/onlinefigures.h"
#include "satisfaction/satisfactionrate.h"
#include "security/operator.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hotline {
class Clock;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::reports {

struct MonthVolume {
    int year = 0;
    int month = 0;
    int received = 0;
    std::optional<double> changePercent; // vs the month before; nullopt when that month had none
};

struct CountRow {
    QString key;  // category id or channel key
    QString name; // shown name
    int count = 0;
};

struct DeadlineFigures {
    int due = 0; // met + missed + pending
    int met = 0;
    int missed = 0;
    int pending = 0;
    std::optional<double> rate() const; // met / (met + missed) in [0, 1]
};

struct AgentDeadline {
    QString agentId;
    QString agentName;
    DeadlineFigures figures;
};

struct HotQuestion {
    QString articleId;
    QString title;
    QString answer; // trimmed standard answer
    bool published = true;
    int count = 0;
};

struct ComplaintFigures {
    int received = 0;
    int minor = 0, normal = 0, serious = 0;                         // by severity
    int open = 0, investigating = 0, replied = 0, closed = 0;       // by current status
    int upheld = 0, partlyUpheld = 0, notUpheld = 0, undecided = 0; // by result
    int closedInMonth = 0;
};

struct MonthlyReport {
    int year = 0;
    int month = 0;
    QDate first;
    QDate last;
    QDateTime asOf; // UTC, when the report was made

    int received = 0;
    QList<MonthVolume> trend; // 6 months, oldest first; the last is this month
    QList<CountRow> byCategory;
    QList<CountRow> byChannel;
    int resolved = 0;
    int resolvedOnTime = 0;
    int overdue = 0;
    int open = 0;

    DeadlineFigures normal;
    DeadlineFigures hard;
    DeadlineFigures allDeadlines;
    QList<AgentDeadline> deadlinesByAgent; // by agent name

    QList<HotQuestion> hotQuestions; // at most 10

    satisfaction::SatisfactionFigures satisfaction;
    OnlineFigures online;
    ComplaintFigures complaints;

    bool qaShown = false;
    QString qaNote; // why QA is not shown, or that there were no evaluations
    QList<qa::AgentMonthSummary> qa;

    ImprovementPlan plan;

    // 12366纳税服务热线月度分析报告 2025年9月 (translated).
    QString title() const;
};

inline constexpr int kTrendMonths = 6;
inline constexpr int kHotQuestions = 10;

// A percentage for people: "12.5%" (one decimal, rounded half away from zero), "—" when undefined.
QString percentText(std::optional<double> ratio);
// A change for people: "+12.5%", "-3.0%", "—".
QString changeText(std::optional<double> percent);

Result<MonthlyReport> monthlyReport(db::Database& db, int year, int month, const security::Operator& by,
                                    const Clock& clock);

} // namespace hotline::reports
