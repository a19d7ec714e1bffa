#include "reports/monthlylabels.h"

#include <QCoreApplication>

namespace hotline::reports {

QString monthText(int year, int month)
{
    return QCoreApplication::translate("hotline::reports", "%1-%2").arg(year).arg(month);
}

QList<QPair<QString, int>> complaintRows(const ComplaintFigures& c)
{
    const QList<QPair<const char*, int>> rows = {
        {QT_TRANSLATE_NOOP("hotline::reports", "Complaints received"), c.received},
        {QT_TRANSLATE_NOOP("hotline::reports", "Severity: minor"), c.minor},
        {QT_TRANSLATE_NOOP("hotline::reports", "Severity: normal"), c.normal},
        {QT_TRANSLATE_NOOP("hotline::reports", "Severity: serious"), c.serious},
        {QT_TRANSLATE_NOOP("hotline::reports", "Status: open"), c.open},
        {QT_TRANSLATE_NOOP("hotline::reports", "Status: investigating"), c.investigating},
        {QT_TRANSLATE_NOOP("hotline::reports", "Status: replied"), c.replied},
        {QT_TRANSLATE_NOOP("hotline::reports", "Status: closed"), c.closed},
        {QT_TRANSLATE_NOOP("hotline::reports", "Result: upheld"), c.upheld},
        {QT_TRANSLATE_NOOP("hotline::reports", "Result: partly upheld"), c.partlyUpheld},
        {QT_TRANSLATE_NOOP("hotline::reports", "Result: not upheld"), c.notUpheld},
        {QT_TRANSLATE_NOOP("hotline::reports", "Result: not decided yet"), c.undecided},
        {QT_TRANSLATE_NOOP("hotline::reports", "Closed in the month (whenever received)"), c.closedInMonth},
    };
    QList<QPair<QString, int>> out;
    for (const auto& [label, n] : rows) {
        out.append({QCoreApplication::translate("hotline::reports", label), n});
    }
    return out;
}

QList<QPair<QString, int>> onlineRows(const OnlineFigures& o)
{
    const QList<QPair<const char*, int>> rows = {
        {QT_TRANSLATE_NOOP("hotline::reports", "Online conversations"), o.conversations},
        {QT_TRANSLATE_NOOP("hotline::reports", "Started with the robot"), o.robotConversations},
        {QT_TRANSLATE_NOOP("hotline::reports", "Started in the agents' queue"), o.agentConversations},
        {QT_TRANSLATE_NOOP("hotline::reports", "Served by an online agent"), o.served},
        {QT_TRANSLATE_NOOP("hotline::reports", "Left messages (call back)"), o.leftMessages},
        {QT_TRANSLATE_NOOP("hotline::reports", "Robot answers rated"), o.answersRated},
        {QT_TRANSLATE_NOOP("hotline::reports", "Rated helpful"), o.helpful},
        {QT_TRANSLATE_NOOP("hotline::reports", "Rated not helpful"), o.notHelpful()},
    };
    QList<QPair<QString, int>> out;
    for (const auto& [label, n] : rows) {
        out.append({QCoreApplication::translate("hotline::reports", label), n});
    }
    return out;
}

} // namespace hotline::reports
