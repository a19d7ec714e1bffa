#pragma once
// The shown names of the monthly report's rows, shared by the workbook, the PDF and the workstation (translated in
// the hotline::reports context).

#include "reports/monthlyreport.h"

#include <QList>
#include <QPair>
#include <QString>

namespace hotline::reports {

// "2025年9月" style (translated): the month as people write it.
QString monthText(int year, int month);
// The complaint figures as (label, count) rows in the report's order.
QList<QPair<QString, int>> complaintRows(const ComplaintFigures& c);
// The online consultation's counts as (label, count) rows: conversations, with the robot, in the agents' queue,
// served by a person, left messages, robot answers rated, helpful, not helpful.
QList<QPair<QString, int>> onlineRows(const OnlineFigures& o);

} // namespace hotline::reports
