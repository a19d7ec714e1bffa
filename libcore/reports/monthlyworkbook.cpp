#include "reports/monthlyworkbook.h"

#include "calendar/workcalendar.h"
#include "reports/monthlyexport.h"
#include "reports/monthlylabels.h"
#include "reports/xlsxbook.h"
#include "tickets/workorder.h"

#include <QCoreApplication>

namespace hotline::reports {
namespace {

using Style = XlsxBook::Style;

// "='Sheet'!$B$2:$B$7"
QString range(const QString& sheet, char column, int firstRow, int lastRow)
{
    return QStringLiteral("='%1'!$%2$%3:$%2$%4")
        .arg(sheet)
        .arg(QChar::fromLatin1(column))
        .arg(firstRow + 1)
        .arg(lastRow + 1);
}

// A ratio as an Excel percentage, or "—".
void writeRate(XlsxBook& x, lxw_worksheet* s, int row, int col, std::optional<double> ratio)
{
    if (ratio) {
        x.write(s, row, col, *ratio, Style::Percent);
    } else {
        x.write(s, row, col, QStringLiteral("—"));
    }
}

void writeCount(XlsxBook& x, lxw_worksheet* s, int row, int col, int n)
{
    x.write(s, row, col, double(n), Style::Integer);
}

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("hotline::reports", "Yes")
             : QCoreApplication::translate("hotline::reports", "No");
}

std::optional<double> ratioOf(int part, int whole)
{
    if (whole == 0) {
        return std::nullopt;
    }
    return double(part) / double(whole);
}

} // namespace

Outcome writeMonthlyWorkbook(const MonthlyReport& r, const QString& path)
{
    auto made = XlsxBook::create(path, false);
    if (!made) {
        return made.error();
    }
    XlsxBook& x = *made.value();

    const QString summaryName = QCoreApplication::translate("hotline::reports", "Summary");
    const QString trendName = QCoreApplication::translate("hotline::reports", "Monthly trend");
    const QString categoryName = QCoreApplication::translate("hotline::reports", "By category");
    const QString channelName = QCoreApplication::translate("hotline::reports", "By channel");
    const QString deadlineName = QCoreApplication::translate("hotline::reports", "Reply deadlines");
    const QString agentDeadlineName = QCoreApplication::translate("hotline::reports", "Deadlines per agent");
    const QString satisfactionName = QCoreApplication::translate("hotline::reports", "Satisfaction");
    const QString complaintName = QCoreApplication::translate("hotline::reports", "Complaints");
    const QString qaName = QCoreApplication::translate("hotline::reports", "QA");
    const QString hotName = QCoreApplication::translate("hotline::reports", "Hot questions");
    const QString planName = QCoreApplication::translate("hotline::reports", "Improvement plan");
    const QString count = QCoreApplication::translate("hotline::reports", "Work order count");
    const QString share = QCoreApplication::translate("hotline::reports", "Share");
    const QString rateHeader = QCoreApplication::translate("hotline::reports", "Compliance rate");
    const QString due = QCoreApplication::translate("hotline::reports", "Due in the month");
    const QString met = QCoreApplication::translate("hotline::reports", "Met");
    const QString missed = QCoreApplication::translate("hotline::reports", "Missed");
    const QString pending = QCoreApplication::translate("hotline::reports", "Not yet due");

    // 汇总.
    lxw_worksheet* sum = x.addPlainSheet(summaryName);
    x.setColumnWidth(sum, 0, 40);
    for (int c = 1; c <= 5; ++c) {
        x.setColumnWidth(sum, c, 14);
    }
    int row = 0;
    x.writeBold(sum, row++, 0, r.title());
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Month"));
    x.write(sum, row++, 1, monthText(r.year, r.month));
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Made"));
    x.writeTime(sum, row++, 1, r.asOf.toMSecsSinceEpoch());
    ++row;
    x.writeBold(sum, row++, 0, QCoreApplication::translate("hotline::reports", "Volume and handling"));
    const auto line = [&](const QString& label, int n) {
        x.write(sum, row, 0, label);
        writeCount(x, sum, row++, 1, n);
    };
    line(QCoreApplication::translate("hotline::reports", "Work orders received"), r.received);
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Change vs the previous month"));
    const std::optional<double> change = r.trend.constLast().changePercent;
    writeRate(x, sum, row++, 1, change ? std::optional<double>(*change / 100.0) : std::nullopt);
    line(QCoreApplication::translate("hotline::reports", "Resolved work orders"), r.resolved);
    line(QCoreApplication::translate("hotline::reports", "Resolved within the deadline"), r.resolvedOnTime);
    line(QCoreApplication::translate("hotline::reports", "Overdue"), r.overdue);
    line(QCoreApplication::translate("hotline::reports", "Still open"), r.open);
    ++row;
    x.writeBold(sum, row++, 0, QCoreApplication::translate("hotline::reports", "Reply-deadline compliance"));
    {
        const QStringList heads{due, met, missed, pending, rateHeader};
        for (int c = 0; c < heads.size(); ++c) {
            x.writeBold(sum, row, c + 1, heads[c]);
        }
        ++row;
        const QList<QPair<QString, const DeadlineFigures*>> rows{
            {tickets::displayName(tickets::Difficulty::Normal), &r.normal},
            {tickets::displayName(tickets::Difficulty::Hard), &r.hard},
            {QCoreApplication::translate("hotline::reports", "Total"), &r.allDeadlines}};
        for (const auto& [label, f] : rows) {
            x.write(sum, row, 0, label);
            writeCount(x, sum, row, 1, f->due);
            writeCount(x, sum, row, 2, f->met);
            writeCount(x, sum, row, 3, f->missed);
            writeCount(x, sum, row, 4, f->pending);
            writeRate(x, sum, row++, 5, f->rate());
        }
    }
    ++row;
    x.writeBold(sum, row++, 0, QCoreApplication::translate("hotline::reports", "Satisfaction"));
    const satisfaction::RateCounts& all = r.satisfaction.overall;
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Satisfaction rate"));
    writeRate(x, sum, row++, 1, all.rate());
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Target"));
    x.write(sum, row++, 1, satisfaction::kSatisfactionTargetPercent / 100.0, Style::Percent);
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Target met"));
    x.write(sum, row++, 1, all.total() == 0 ? QStringLiteral("—") : yesNo(all.meetsTarget()));
    line(satisfaction::displayName(satisfaction::Rating::Satisfied), all.satisfied);
    line(satisfaction::displayName(satisfaction::Rating::BasicallySatisfied), all.basicallySatisfied);
    line(satisfaction::displayName(satisfaction::Rating::Dissatisfied), all.dissatisfied);
    line(QCoreApplication::translate("hotline::reports", "Rated in all"), all.total());
    line(QCoreApplication::translate("hotline::reports", "Of them post-call surveys"), r.satisfaction.surveys.total());
    line(QCoreApplication::translate("hotline::reports", "Of them return visits"), r.satisfaction.returnVisits.total());
    line(QCoreApplication::translate("hotline::reports", "Of them online chat ratings"), r.satisfaction.chats.total());
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Online chats' satisfaction rate"));
    writeRate(x, sum, row++, 1, r.satisfaction.chats.rate());
    ++row;
    x.writeBold(sum, row++, 0, QCoreApplication::translate("hotline::reports", "Online consultation"));
    for (const auto& [label, n] : onlineRows(r.online)) {
        line(label, n);
    }
    x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Robot answers helpful rate"));
    writeRate(x, sum, row++, 1, r.online.helpfulRate());
    ++row;
    x.writeBold(sum, row++, 0, complaintName);
    for (const auto& [label, n] : complaintRows(r.complaints)) {
        line(label, n);
    }
    ++row;
    x.writeBold(sum, row++, 0, qaName);
    if (!r.qaNote.isEmpty()) {
        x.write(sum, row++, 0, r.qaNote);
    }
    if (r.qaShown) {
        int done = 0;
        int passed = 0;
        for (const qa::AgentMonthSummary& s : r.qa) {
            done += s.done;
            passed += s.passed;
        }
        line(QCoreApplication::translate("hotline::reports", "Evaluations"), done);
        x.write(sum, row, 0, QCoreApplication::translate("hotline::reports", "Pass rate"));
        writeRate(x, sum, row++, 1, ratioOf(passed, done));
    }
    ++row;
    x.writeBold(sum, row++, 0, planName);
    x.write(sum, row++, 0,
            r.plan.body.trimmed().isEmpty()
                ? QCoreApplication::translate("hotline::reports", "No improvement plan was written for this month.")
                : QCoreApplication::translate("hotline::reports", "See the sheet %1.").arg(planName));

    // 月度趋势.
    lxw_worksheet* trend =
        x.addSheet(trendName, {{QCoreApplication::translate("hotline::reports", "Month"), 14},
                               {count, 12},
                               {QCoreApplication::translate("hotline::reports", "Change vs the previous month"), 22}});
    for (int i = 0; i < r.trend.size(); ++i) {
        const MonthVolume& m = r.trend[i];
        x.write(trend, i + 1, 0, monthText(m.year, m.month));
        writeCount(x, trend, i + 1, 1, m.received);
        writeRate(x, trend, i + 1, 2, m.changePercent ? std::optional<double>(*m.changePercent / 100.0) : std::nullopt);
    }
    x.setRowCount(trend, int(r.trend.size()));
    const XlsxBook::Series volume{count, range(trendName, 'A', 1, int(r.trend.size())),
                                  range(trendName, 'B', 1, int(r.trend.size()))};
    const QString trendTitle = QCoreApplication::translate("hotline::reports", "Work orders received per month");
    x.insertChart(trend, 1, 4, XlsxBook::ChartKind::Column, trendTitle, {volume});
    x.insertChart(sum, 0, 7, XlsxBook::ChartKind::Line, trendTitle, {volume});

    // 分类统计 and 渠道统计.
    const auto breakdown = [&](const QString& name, const QString& header, const QList<CountRow>& rows) {
        lxw_worksheet* s = x.addSheet(name, {{header, 24}, {count, 12}, {share, 10}});
        for (int i = 0; i < rows.size(); ++i) {
            x.write(s, i + 1, 0, rows[i].name);
            writeCount(x, s, i + 1, 1, rows[i].count);
            writeRate(x, s, i + 1, 2, ratioOf(rows[i].count, r.received));
        }
        x.setRowCount(s, int(rows.size()));
        return s;
    };
    lxw_worksheet* categories =
        breakdown(categoryName, QCoreApplication::translate("hotline::reports", "Category"), r.byCategory);
    if (!r.byCategory.isEmpty()) {
        const QString title = QCoreApplication::translate("hotline::reports", "Work orders by category");
        const XlsxBook::Series s{count, range(categoryName, 'A', 1, int(r.byCategory.size())),
                                 range(categoryName, 'B', 1, int(r.byCategory.size()))};
        x.insertChart(categories, 1, 4, XlsxBook::ChartKind::Pie, title, {s});
        x.insertChart(sum, 18, 7, XlsxBook::ChartKind::Pie, title, {s});
    }
    breakdown(channelName, QCoreApplication::translate("hotline::reports", "Channel"), r.byChannel);

    // 时限达标 and 坐席时限.
    const QList<XlsxBook::Column> deadlineColumns{{QString(), 16}, {due, 14},     {met, 10},
                                                  {missed, 10},    {pending, 12}, {rateHeader, 12}};
    const auto deadlineRow = [&](lxw_worksheet* s, int at, const QString& label, const DeadlineFigures& f) {
        x.write(s, at, 0, label);
        writeCount(x, s, at, 1, f.due);
        writeCount(x, s, at, 2, f.met);
        writeCount(x, s, at, 3, f.missed);
        writeCount(x, s, at, 4, f.pending);
        writeRate(x, s, at, 5, f.rate());
    };
    QList<XlsxBook::Column> byDifficulty = deadlineColumns;
    byDifficulty[0].header = QCoreApplication::translate("hotline::reports", "Difficulty");
    lxw_worksheet* deadlines = x.addSheet(deadlineName, byDifficulty);
    deadlineRow(deadlines, 1, tickets::displayName(tickets::Difficulty::Normal), r.normal);
    deadlineRow(deadlines, 2, tickets::displayName(tickets::Difficulty::Hard), r.hard);
    deadlineRow(deadlines, 3, QCoreApplication::translate("hotline::reports", "Total"), r.allDeadlines);
    x.setRowCount(deadlines, 3);
    QList<XlsxBook::Column> byAgent = deadlineColumns;
    byAgent[0].header = QCoreApplication::translate("hotline::reports", "Agent");
    lxw_worksheet* agentDeadlines = x.addSheet(agentDeadlineName, byAgent);
    for (int i = 0; i < r.deadlinesByAgent.size(); ++i) {
        deadlineRow(agentDeadlines, i + 1, r.deadlinesByAgent[i].agentName, r.deadlinesByAgent[i].figures);
    }
    x.setRowCount(agentDeadlines, int(r.deadlinesByAgent.size()));

    // 满意度: everyone first, then per agent.
    lxw_worksheet* sat =
        x.addSheet(satisfactionName, {{QCoreApplication::translate("hotline::reports", "Agent"), 16},
                                      {satisfaction::displayName(satisfaction::Rating::Satisfied), 10},
                                      {satisfaction::displayName(satisfaction::Rating::BasicallySatisfied), 10},
                                      {satisfaction::displayName(satisfaction::Rating::Dissatisfied), 10},
                                      {QCoreApplication::translate("hotline::reports", "Rated in all"), 10},
                                      {QCoreApplication::translate("hotline::reports", "Satisfaction rate"), 12},
                                      {QCoreApplication::translate("hotline::reports", "Target met"), 10}});
    const auto satRow = [&](int at, const QString& label, const satisfaction::RateCounts& c) {
        x.write(sat, at, 0, label);
        writeCount(x, sat, at, 1, c.satisfied);
        writeCount(x, sat, at, 2, c.basicallySatisfied);
        writeCount(x, sat, at, 3, c.dissatisfied);
        writeCount(x, sat, at, 4, c.total());
        writeRate(x, sat, at, 5, c.rate());
        x.write(sat, at, 6, c.total() == 0 ? QStringLiteral("—") : yesNo(c.meetsTarget()));
    };
    satRow(1, QCoreApplication::translate("hotline::reports", "Everyone"), r.satisfaction.overall);
    for (int i = 0; i < r.satisfaction.agents.size(); ++i) {
        satRow(i + 2, r.satisfaction.agents[i].agentName, r.satisfaction.agents[i].counts);
    }
    const int satRows = int(r.satisfaction.agents.size()) + 1;
    x.setRowCount(sat, satRows);
    if (!r.satisfaction.agents.isEmpty()) {
        const QString title = QCoreApplication::translate("hotline::reports", "Satisfaction rate per agent");
        const XlsxBook::Series s{QCoreApplication::translate("hotline::reports", "Satisfaction rate"),
                                 range(satisfactionName, 'A', 2, satRows), range(satisfactionName, 'F', 2, satRows)};
        x.insertChart(sat, satRows + 2, 0, XlsxBook::ChartKind::Column, title, {s});
        x.insertChart(sum, 36, 7, XlsxBook::ChartKind::Column, title, {s});
    }

    // 网上咨询.
    lxw_worksheet* online = x.addSheet(QCoreApplication::translate("hotline::reports", "Online consultation"),
                                       {{QCoreApplication::translate("hotline::reports", "Figure"), 36},
                                        {QCoreApplication::translate("hotline::reports", "Value"), 10}});
    const auto onlineList = onlineRows(r.online);
    for (int i = 0; i < onlineList.size(); ++i) {
        x.write(online, i + 1, 0, onlineList[i].first);
        writeCount(x, online, i + 1, 1, onlineList[i].second);
    }
    const int onlineRow = int(onlineList.size()) + 1;
    x.write(online, onlineRow, 0, QCoreApplication::translate("hotline::reports", "Robot answers helpful rate"));
    writeRate(x, online, onlineRow, 1, r.online.helpfulRate());
    x.write(online, onlineRow + 1, 0,
            QCoreApplication::translate("hotline::reports", "Online chats' satisfaction rate"));
    writeRate(x, online, onlineRow + 1, 1, r.satisfaction.chats.rate());
    x.setRowCount(online, onlineRow + 1);

    // 投诉.
    lxw_worksheet* complaints =
        x.addSheet(complaintName, {{QCoreApplication::translate("hotline::reports", "Figure"), 36},
                                   {QCoreApplication::translate("hotline::reports", "Count"), 10}});
    const auto complaintList = complaintRows(r.complaints);
    for (int i = 0; i < complaintList.size(); ++i) {
        x.write(complaints, i + 1, 0, complaintList[i].first);
        writeCount(x, complaints, i + 1, 1, complaintList[i].second);
    }
    x.setRowCount(complaints, int(complaintList.size()));

    // 质检.
    lxw_worksheet* qaSheet =
        x.addSheet(qaName, {{QCoreApplication::translate("hotline::reports", "Agent"), 16},
                            {QCoreApplication::translate("hotline::reports", "Evaluated"), 10},
                            {QCoreApplication::translate("hotline::reports", "Sampled"), 10},
                            {QCoreApplication::translate("hotline::reports", "Sampled and evaluated"), 14},
                            {QCoreApplication::translate("hotline::reports", "Average score"), 12},
                            {QCoreApplication::translate("hotline::reports", "Passed"), 10},
                            {QCoreApplication::translate("hotline::reports", "Pass rate"), 10},
                            {QCoreApplication::translate("hotline::reports", "Fatal items"), 10}});
    int qaRow = 0;
    for (const qa::AgentMonthSummary& s : r.qa) {
        ++qaRow;
        x.write(qaSheet, qaRow, 0, s.agentName);
        writeCount(x, qaSheet, qaRow, 1, s.done);
        writeCount(x, qaSheet, qaRow, 2, s.planned);
        writeCount(x, qaSheet, qaRow, 3, s.plannedEvaluated);
        if (s.done > 0) {
            x.write(qaSheet, qaRow, 4, s.averageTotal, Style::Decimal);
        } else {
            x.write(qaSheet, qaRow, 4, QStringLiteral("—"));
        }
        writeCount(x, qaSheet, qaRow, 5, s.passed);
        writeRate(x, qaSheet, qaRow, 6, ratioOf(s.passed, s.done));
        writeCount(x, qaSheet, qaRow, 7, s.fatalItems);
    }
    x.setRowCount(qaSheet, qaRow);
    if (!r.qaNote.isEmpty()) {
        x.write(qaSheet, qaRow + 2, 0, r.qaNote);
    }

    // 热点问题.
    lxw_worksheet* hot =
        x.addSheet(hotName, {{QCoreApplication::translate("hotline::reports", "Rank"), 6},
                             {QCoreApplication::translate("hotline::reports", "Question"), 36},
                             {count, 10},
                             {QCoreApplication::translate("hotline::reports", "Standard answer"), 90}});
    for (int i = 0; i < r.hotQuestions.size(); ++i) {
        const HotQuestion& h = r.hotQuestions[i];
        writeCount(x, hot, i + 1, 0, i + 1);
        x.write(hot, i + 1, 1,
                h.published ? h.title
                            : QCoreApplication::translate("hotline::reports", "%1 (not published)").arg(h.title),
                Style::Wrapped);
        writeCount(x, hot, i + 1, 2, h.count);
        x.write(hot, i + 1, 3, h.answer, Style::Wrapped);
    }
    x.setRowCount(hot, int(r.hotQuestions.size()));
    if (r.hotQuestions.isEmpty()) {
        x.write(hot, 2, 0,
                QCoreApplication::translate("hotline::reports",
                                            "No knowledge-base article was linked to this month's work orders."));
    }

    // 改进方案.
    lxw_worksheet* plan = x.addPlainSheet(planName);
    x.setColumnWidth(plan, 0, 100);
    x.writeBold(plan, 0, 0, planName);
    x.write(plan, 1, 0,
            r.plan.body.trimmed().isEmpty()
                ? QCoreApplication::translate("hotline::reports", "No improvement plan was written for this month.")
                : r.plan.body,
            Style::Wrapped);
    if (r.plan.version > 0) {
        x.write(plan, 2, 0,
                QCoreApplication::translate("hotline::reports", "Version %1, saved by %2 on %3.")
                    .arg(r.plan.version)
                    .arg(r.plan.authorName, r.plan.updatedAt.toTimeZone(calendar::beijingTime())
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    return x.close();
}

Result<ExportResult> exportMonthlyWorkbook(db::Database& db, int year, int month, const QString& path,
                                           const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                           const ExportProgress& progress)
{
    auto report = startMonthlyExport(db, year, month, path, by, clock, progress);
    if (!report) {
        return report.error();
    }
    if (Outcome written = writeMonthlyWorkbook(report.value(), path); !written) {
        return written.error();
    }
    return finishMonthlyExport(db, report.value(), QStringLiteral("xlsx"), path, by, ids, clock, progress);
}

} // namespace hotline::reports
