#include "reports/monthlyreport.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/query.h"
#include "security/permissions.h"
#include "tickets/workorder.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace hotline::reports {
namespace {

constexpr int kAnswerLength = 300;

qint64 monthStart(int year, int month)
{
    return QDateTime(QDate(year, month, 1), QTime(0, 0), calendar::beijingTime()).toMSecsSinceEpoch();
}

// The body text collapsed to one paragraph and cut after about kAnswerLength characters, at a sentence end when one
// is near.
QString trimmedAnswer(const QString& body)
{
    const QString text = body.simplified();
    if (text.size() <= kAnswerLength) {
        return text;
    }
    QString cut = text.left(kAnswerLength);
    qsizetype end = -1;
    for (const QChar stop : {QChar(0x3002), QChar(0xFF1B), QChar(0xFF01), QChar(0xFF1F), QChar(u'.')}) {
        end = std::max(end, cut.lastIndexOf(stop));
    }
    if (end >= kAnswerLength / 2) {
        cut = cut.left(end + 1);
    }
    return cut + QChar(0x2026);
}

void count(DeadlineFigures& f, bool met, bool missed)
{
    ++f.due;
    if (met) {
        ++f.met;
    } else if (missed) {
        ++f.missed;
    } else {
        ++f.pending;
    }
}

} // namespace

std::optional<double> DeadlineFigures::rate() const
{
    if (met + missed == 0) {
        return std::nullopt;
    }
    return double(met) / double(met + missed);
}

QString MonthlyReport::title() const
{
    return QCoreApplication::translate("hotline::reports", "12366 Tax Service Hotline monthly analysis report %1-%2")
        .arg(year)
        .arg(month);
}

QString percentText(std::optional<double> ratio)
{
    if (!ratio) {
        return QStringLiteral("—");
    }
    return QString::number(std::round(*ratio * 1000.0) / 10.0, 'f', 1) + QLatin1Char('%');
}

QString changeText(std::optional<double> percent)
{
    if (!percent) {
        return QStringLiteral("—");
    }
    const double rounded = std::round(*percent * 10.0) / 10.0;
    return (rounded > 0 ? QStringLiteral("+") : QString()) + QString::number(rounded, 'f', 1) + QLatin1Char('%');
}

Result<MonthlyReport> monthlyReport(db::Database& store, int year, int month, const security::Operator& by,
                                    const Clock& clock)
{
    const QSqlDatabase db = store.connection();
    if (Outcome allowed = security::authorize(db, by, security::Permission::BulkQuery); !allowed) {
        return allowed.error();
    }
    const QDate first(year, month, 1);
    if (!first.isValid() || year < 2000 || year > 2999) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::reports", "Choose a valid month."),
                         QStringLiteral("month"));
    }
    MonthlyReport r;
    r.year = year;
    r.month = month;
    r.first = first;
    r.last = first.addMonths(1).addDays(-1);
    r.asOf = clock.now().toUTC();
    const qint64 from = monthStart(year, month);
    const qint64 to = monthStart(first.addMonths(1).year(), first.addMonths(1).month());
    const qint64 asOf = r.asOf.toMSecsSinceEpoch();

    // Volume and trend.
    for (int back = kTrendMonths - 1; back >= 0; --back) {
        const QDate m = first.addMonths(-back);
        const QDate next = m.addMonths(1);
        auto q =
            db::exec(db, QStringLiteral("SELECT count(*) FROM work_orders WHERE received_at >= ? AND received_at < ?"),
                     {monthStart(m.year(), m.month()), monthStart(next.year(), next.month())});
        if (!q) {
            return q.error();
        }
        q.value().next();
        MonthVolume v{m.year(), m.month(), q.value().value(0).toInt(), std::nullopt};
        if (!r.trend.isEmpty() && r.trend.constLast().received > 0) {
            v.changePercent =
                100.0 * double(v.received - r.trend.constLast().received) / double(r.trend.constLast().received);
        }
        r.trend.append(v);
    }
    r.received = r.trend.constLast().received;
    // The change of the oldest month needs the month before it too.
    {
        const QDate m = first.addMonths(-kTrendMonths);
        auto q =
            db::exec(db, QStringLiteral("SELECT count(*) FROM work_orders WHERE received_at >= ? AND received_at < ?"),
                     {monthStart(m.year(), m.month()),
                      monthStart(first.addMonths(1 - kTrendMonths).year(), first.addMonths(1 - kTrendMonths).month())});
        if (!q) {
            return q.error();
        }
        q.value().next();
        const int before = q.value().value(0).toInt();
        if (before > 0) {
            r.trend.first().changePercent = 100.0 * double(r.trend.first().received - before) / double(before);
        }
    }

    // By top-level category.
    {
        auto q = db::exec(db,
                          QStringLiteral("SELECT coalesce(t.id, ''), coalesce(t.name, ''), count(*) AS n, "
                                         "coalesce(t.sort_order, 1000000) AS s FROM work_orders w "
                                         "LEFT JOIN categories c ON c.id = w.category_id "
                                         "LEFT JOIN categories t ON t.id = coalesce(c.parent_id, c.id) "
                                         "WHERE w.received_at >= ? AND w.received_at < ? "
                                         "GROUP BY 1, 2 ORDER BY n DESC, s, 2"),
                          {from, to});
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            CountRow row{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toInt()};
            if (row.key.isEmpty()) {
                row.name = QCoreApplication::translate("hotline::reports", "Uncategorised");
            }
            r.byCategory.append(row);
        }
    }
    // By channel.
    {
        auto q = db::exec(db,
                          QStringLiteral("SELECT channel, count(*) FROM work_orders "
                                         "WHERE received_at >= ? AND received_at < ? GROUP BY channel"),
                          {from, to});
        if (!q) {
            return q.error();
        }
        QHash<QString, int> counts;
        while (q.value().next()) {
            counts.insert(q.value().value(0).toString(), q.value().value(1).toInt());
        }
        using tickets::Channel;
        for (Channel c : {Channel::Phone, Channel::Online, Channel::Email, Channel::Fax, Channel::OnSite}) {
            if (const int n = counts.value(tickets::key(c)); n > 0) {
                r.byChannel.append({tickets::key(c), tickets::displayName(c), n});
            }
        }
        std::stable_sort(r.byChannel.begin(), r.byChannel.end(),
                         [](const CountRow& a, const CountRow& b) { return a.count > b.count; });
    }
    // Resolved, on time, overdue, open — of the month's volume.
    {
        auto q = db::exec(db,
                          QStringLiteral("SELECT "
                                         "coalesce(sum(resolved_at IS NOT NULL), 0), "
                                         "coalesce(sum(resolved_at IS NOT NULL AND resolved_at <= due_at), 0), "
                                         "coalesce(sum((resolved_at IS NOT NULL AND resolved_at > due_at) OR "
                                         "(resolved_at IS NULL AND due_at < ?)), 0), "
                                         "coalesce(sum(resolved_at IS NULL), 0) "
                                         "FROM work_orders WHERE received_at >= ? AND received_at < ?"),
                          {asOf, from, to});
        if (!q) {
            return q.error();
        }
        q.value().next();
        r.resolved = q.value().value(0).toInt();
        r.resolvedOnTime = q.value().value(1).toInt();
        r.overdue = q.value().value(2).toInt();
        r.open = q.value().value(3).toInt();
    }
    // Reply-deadline compliance: work orders due in the month.
    {
        auto q = db::exec(db,
                          QStringLiteral("SELECT w.difficulty, w.owner_id, coalesce(o.name, ''), "
                                         "w.resolved_at IS NOT NULL AND w.resolved_at <= w.due_at, "
                                         "(w.resolved_at IS NOT NULL AND w.resolved_at > w.due_at) OR "
                                         "(w.resolved_at IS NULL AND w.due_at < ?) "
                                         "FROM work_orders w LEFT JOIN operators o ON o.id = w.owner_id "
                                         "WHERE w.due_at >= ? AND w.due_at < ?"),
                          {asOf, from, to});
        if (!q) {
            return q.error();
        }
        QHash<QString, AgentDeadline> agents;
        while (q.value().next()) {
            const bool met = q.value().value(3).toInt() != 0;
            const bool missed = q.value().value(4).toInt() != 0;
            const bool hard = q.value().value(0).toString() == tickets::key(tickets::Difficulty::Hard);
            count(hard ? r.hard : r.normal, met, missed);
            count(r.allDeadlines, met, missed);
            AgentDeadline& a = agents[q.value().value(1).toString()];
            a.agentId = q.value().value(1).toString();
            a.agentName = q.value().value(2).toString();
            count(a.figures, met, missed);
        }
        r.deadlinesByAgent = agents.values();
        std::sort(r.deadlinesByAgent.begin(), r.deadlinesByAgent.end(),
                  [](const AgentDeadline& a, const AgentDeadline& b) {
                      return a.agentName != b.agentName ? a.agentName < b.agentName : a.agentId < b.agentId;
                  });
    }
    // 热点问题.
    {
        auto q = db::exec(db,
                          QStringLiteral("SELECT a.id, a.title, a.body_text, a.status, count(DISTINCT l.work_order_id) "
                                         "AS n FROM work_order_articles l "
                                         "JOIN work_orders w ON w.id = l.work_order_id "
                                         "JOIN kb_articles a ON a.id = l.article_id "
                                         "WHERE w.received_at >= ? AND w.received_at < ? "
                                         "GROUP BY a.id ORDER BY n DESC, a.title, a.id LIMIT ?"),
                          {from, to, kHotQuestions});
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            r.hotQuestions.append({q.value().value(0).toString(), q.value().value(1).toString(),
                                   trimmedAnswer(q.value().value(2).toString()),
                                   q.value().value(3).toString() == QLatin1String("published"),
                                   q.value().value(4).toInt()});
        }
    }
    // Satisfaction, defined once.
    auto rate = satisfaction::satisfactionRate(db, r.first, r.last, by);
    if (!rate) {
        return rate.error();
    }
    r.satisfaction = rate.value();
    auto online = onlineFigures(db, r.first, r.last, by);
    if (!online) {
        return online.error();
    }
    r.online = online.value();
    // Complaints.
    {
        auto q =
            db::exec(db,
                     QStringLiteral("SELECT count(*), "
                                    "coalesce(sum(severity = 'minor'), 0), coalesce(sum(severity = 'normal'), 0), "
                                    "coalesce(sum(severity = 'serious'), 0), "
                                    "coalesce(sum(status = 'open'), 0), coalesce(sum(status = 'investigating'), 0), "
                                    "coalesce(sum(status = 'replied'), 0), coalesce(sum(status = 'closed'), 0), "
                                    "coalesce(sum(result = 'upheld'), 0), "
                                    "coalesce(sum(result = 'partly_upheld'), 0), "
                                    "coalesce(sum(result = 'not_upheld'), 0), coalesce(sum(result = ''), 0) "
                                    "FROM complaints WHERE received_at >= ? AND received_at < ?"),
                     {from, to});
        if (!q) {
            return q.error();
        }
        q.value().next();
        ComplaintFigures& c = r.complaints;
        const QSqlQuery& v = q.value();
        c.received = v.value(0).toInt();
        c.minor = v.value(1).toInt();
        c.normal = v.value(2).toInt();
        c.serious = v.value(3).toInt();
        c.open = v.value(4).toInt();
        c.investigating = v.value(5).toInt();
        c.replied = v.value(6).toInt();
        c.closed = v.value(7).toInt();
        c.upheld = v.value(8).toInt();
        c.partlyUpheld = v.value(9).toInt();
        c.notUpheld = v.value(10).toInt();
        c.undecided = v.value(11).toInt();
        auto closed = db::exec(
            db, QStringLiteral("SELECT count(*) FROM complaints WHERE closed_at >= ? AND closed_at < ?"), {from, to});
        if (!closed) {
            return closed.error();
        }
        closed.value().next();
        c.closedInMonth = closed.value().value(0).toInt();
    }
    // QA, for those who may read every evaluation.
    if (security::authorize(db, by, security::Permission::ListenRecordings)) {
        auto qa = qa::monthlySummary(db, year, month, by);
        if (!qa) {
            return qa.error();
        }
        r.qa = qa.value();
        r.qaShown = true;
        const bool any = std::any_of(r.qa.cbegin(), r.qa.cend(),
                                     [](const qa::AgentMonthSummary& s) { return s.done > 0 || s.planned > 0; });
        if (!any) {
            r.qaNote = QCoreApplication::translate("hotline::reports", "No calls were evaluated in this month.");
        }
    } else {
        r.qaNote = QCoreApplication::translate("hotline::reports",
                                               "The QA summary is shown only to team leads, who may read every "
                                               "evaluation.");
    }
    auto plan = loadImprovementPlan(store, year, month, by);
    if (!plan) {
        return plan.error();
    }
    r.plan = plan.value();
    return r;
}

} // namespace hotline::reports
