#pragma once
// Sub-commands of hotlinedesk-cli. Each takes the arguments after its own name and returns the exit code;
// results go to standard output, errors (in English) to standard error.

#include <QStringList>

namespace hotline::cli {

int runDemo(const QStringList& args);
int runPop(const QStringList& args);
int runCalendar(const QStringList& args);
int runSync(const QStringList& args);
int runKb(const QStringList& args);
int runKbExport(const QStringList& args);
int runKbImport(const QStringList& args);
int runAudit(const QStringList& args);
int runAsk(const QStringList& args);
int runKbGaps(const QStringList& args); // kb gaps
int runExport(const QStringList& args);
int runSatisfaction(const QStringList& args);
int runRecordings(const QStringList& args);
int runReport(const QStringList& args);        // report <kind>: the dispatcher (reportcommand.cpp)
int runReportDaily(const QStringList& args);   // report daily
int runReportMonthly(const QStringList& args); // report monthly

} // namespace hotline::cli
