#include "core/clock.h"
#include "core/filehash.h"
#include "db/database.h"
#include "db/transaction.h"
#include "reports/dailysummary.h"
#include "reports/xlsxbook.h"
#include "security/auditlog.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace hotline::reports {
namespace {

using Style = XlsxBook::Style;

void writeRate(XlsxBook& x, lxw_worksheet* sheet, int row, int col, const satisfaction::RateCounts& c)
{
    if (const auto r = c.rate()) {
        x.write(sheet, row, col, *r, Style::Percent);
    } else {
        x.write(sheet, row, col, QStringLiteral("—"));
    }
}

void summarySheet(XlsxBook& x, const DailySummary& s)
{
    lxw_worksheet* sheet = x.addPlainSheet(QCoreApplication::translate("hotline::reports", "Summary"));
    x.setColumnWidth(sheet, 0, 28);
    x.setColumnWidth(sheet, 1, 14);
    x.writeBold(sheet, 0, 0,
                QCoreApplication::translate("hotline::reports", "Daily summary %1").arg(s.date.toString(Qt::ISODate)));
    if (!s.dayName.isEmpty()) {
        x.write(sheet, 0, 1, s.dayName);
    }
    const QList<QPair<QString, int>> figures{
        {QCoreApplication::translate("hotline::reports", "Received:"), s.received},
        {QCoreApplication::translate("hotline::reports", "Resolved:"), s.resolved},
        {QCoreApplication::translate("hotline::reports", "Of the day's resolved the same day:"), s.resolvedOfDay},
        {QCoreApplication::translate("hotline::reports", "Open at the end of the day:"), s.open},
        {QCoreApplication::translate("hotline::reports", "Overdue at the end of the day:"), s.overdue},
        {QCoreApplication::translate("hotline::reports", "Of the day's overdue:"), s.overdueOfDay},
        {QCoreApplication::translate("hotline::reports", "Satisfaction answers"), s.satisfaction.total()},
        {QCoreApplication::translate("hotline::reports", "Of them online chat ratings"), s.chatSatisfaction.total()},
        {QCoreApplication::translate("hotline::reports", "Online conversations"), s.online.conversations},
        {QCoreApplication::translate("hotline::reports", "Started with the robot"), s.online.robotConversations},
        {QCoreApplication::translate("hotline::reports", "Started in the agents' queue"), s.online.agentConversations},
        {QCoreApplication::translate("hotline::reports", "Served by an online agent"), s.online.served},
        {QCoreApplication::translate("hotline::reports", "Left messages (call back)"), s.online.leftMessages},
        {QCoreApplication::translate("hotline::reports", "Robot answers rated"), s.online.answersRated},
        {QCoreApplication::translate("hotline::reports", "Rated helpful"), s.online.helpful},
    };
    int row = 2;
    for (const auto& [label, value] : figures) {
        x.write(sheet, row, 0, label);
        x.write(sheet, row, 1, double(value), Style::Integer);
        ++row;
    }
    x.write(sheet, row, 0, QCoreApplication::translate("hotline::reports", "Satisfaction:"));
    writeRate(x, sheet, row, 1, s.satisfaction);
    ++row;
    x.write(sheet, row, 0, QCoreApplication::translate("hotline::reports", "Online chats' satisfaction:"));
    writeRate(x, sheet, row, 1, s.chatSatisfaction);
    ++row;
    x.write(sheet, row, 0, QCoreApplication::translate("hotline::reports", "Robot answers helpful:"));
    if (const auto helpful = s.online.helpfulRate()) {
        x.write(sheet, row, 1, *helpful, Style::Percent);
    } else {
        x.write(sheet, row, 1, QStringLiteral("—"));
    }
}

} // namespace

Result<DailyExportResult> exportDailySummary(db::Database& db, const QDate& date, const QString& path,
                                             const security::Operator& by, IdGenerator& ids, const Clock& clock)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ExportData); !allowed) {
        return allowed.error();
    }
    auto summary = dailySummary(db, date, by);
    if (!summary) {
        return summary.error();
    }
    const DailySummary& s = summary.value();
    auto book = XlsxBook::create(path, false);
    if (!book) {
        return book.error();
    }
    XlsxBook& x = *book.value();
    summarySheet(x, s);

    lxw_worksheet* categories =
        x.addSheet(QCoreApplication::translate("hotline::reports", "Categories"),
                   {{QCoreApplication::translate("hotline::reports", "Group"), 18},
                    {QCoreApplication::translate("hotline::reports", "Topic"), 22},
                    {QCoreApplication::translate("hotline::reports", "Work orders received"), 10}});
    int row = 0;
    for (const CategoryCount& c : s.byTopic) {
        ++row;
        x.write(categories, row, 0, groupDisplayName(c.groupName));
        x.write(categories, row, 1, c.topicName);
        x.write(categories, row, 2, double(c.received), Style::Integer);
    }
    x.setRowCount(categories, row);

    lxw_worksheet* channels =
        x.addSheet(QCoreApplication::translate("hotline::reports", "Channels"),
                   {{QCoreApplication::translate("hotline::reports", "Channel"), 12},
                    {QCoreApplication::translate("hotline::reports", "Work orders received"), 10}});
    row = 0;
    for (const ChannelCount& c : s.byChannel) {
        ++row;
        x.write(channels, row, 0, tickets::displayName(c.channel));
        x.write(channels, row, 1, double(c.received), Style::Integer);
    }
    x.setRowCount(channels, row);

    lxw_worksheet* agents = x.addSheet(QCoreApplication::translate("hotline::reports", "Agents"),
                                       {{QCoreApplication::translate("hotline::reports", "Agent"), 12},
                                        {QCoreApplication::translate("hotline::reports", "Work orders received"), 10},
                                        {QCoreApplication::translate("hotline::reports", "Work orders resolved"), 10},
                                        {QCoreApplication::translate("hotline::reports", "Overdue"), 10},
                                        {QCoreApplication::translate("hotline::reports", "Rated"), 10},
                                        {QCoreApplication::translate("hotline::reports", "Satisfaction"), 12}});
    row = 0;
    for (const AgentDay& a : s.agents) {
        ++row;
        x.write(agents, row, 0, a.agentName);
        x.write(agents, row, 1, double(a.received), Style::Integer);
        x.write(agents, row, 2, double(a.resolved), Style::Integer);
        x.write(agents, row, 3, double(a.overdue), Style::Integer);
        x.write(agents, row, 4, double(a.satisfaction.total()), Style::Integer);
        writeRate(x, agents, row, 5, a.satisfaction);
    }
    x.setRowCount(agents, row);

    if (Outcome closed = x.close(); !closed) {
        return closed.error();
    }
    const QString sha = sha256OfFile(path);
    if (sha.isEmpty()) {
        QFile::remove(path);
        return makeError(
            ErrorCode::FileUnreadable,
            QCoreApplication::translate("hotline::reports", "Cannot read %1.").arg(QDir::toNativeSeparators(path)));
    }
    const QString detail = QStringLiteral("daily summary %1 to %2; sha256 %3")
                               .arg(date.toString(Qt::ISODate), QDir::toNativeSeparators(path), sha);
    db::Transaction tx(db.connection());
    Result<security::AuditEntry> audited =
        tx.isActive()
            ? security::AuditLog(db.connection())
                  .append(security::AuditAction::Export, by.id, QStringLiteral("daily_summary"), detail, ids, clock)
            : Result<security::AuditEntry>(tx.error());
    if (!audited || !tx.commit()) {
        QFile::remove(path);
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::reports",
                                                     "The export could not be recorded in the audit log, so the file "
                                                     "was removed: %1")
                             .arg(audited ? QString() : audited.error().message));
    }
    return DailyExportResult{path, sha};
}

} // namespace hotline::reports
