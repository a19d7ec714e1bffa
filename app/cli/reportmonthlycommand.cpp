// hotlinedesk-cli report monthly --month YYYY-MM [--xlsx FILE] [--pdf FILE] [--db PATH] [--as NAME]: the monthly
// service analysis report (月度分析报告) as an Excel workbook and/or a PDF, in Chinese, as the workstation makes it
// (ExportData, audited with the file's SHA-256).

#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "reports/monthlypdf.h"
#include "reports/monthlyworkbook.h"

#include <QRegularExpression>

namespace hotline::cli {

int runReportMonthly(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("The monthly service analysis report: report monthly --month YYYY-MM "
                                       "[--xlsx FILE] [--pdf FILE]"));
    parser.addOption({QStringLiteral("month"), QStringLiteral("The month (Beijing calendar), e.g. 2025-09."),
                      QStringLiteral("YYYY-MM")});
    parser.addOption({QStringLiteral("xlsx"), QStringLiteral("The Excel workbook to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("The PDF to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("as"), QStringLiteral("Act as this operator (default: the last one logged in)."),
                      QStringLiteral("NAME")});
    const char* usage = "usage: hotlinedesk-cli report monthly --month YYYY-MM [--xlsx FILE] [--pdf FILE] "
                        "[--as NAME] [--db PATH] (at least one of --xlsx and --pdf)";
    if (!parse(parser, QStringLiteral("report monthly"), args)) {
        return 2;
    }
    const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = monthPattern.match(parser.value(QStringLiteral("month")));
    const int year = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int month = m.hasMatch() ? m.captured(2).toInt() : 0;
    const QString xlsx = parser.value(QStringLiteral("xlsx"));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (!parser.positionalArguments().isEmpty()) {
        err() << "error: unexpected argument '" << parser.positionalArguments().first() << "'\n" << usage << Qt::endl;
        return 2;
    }
    if (!m.hasMatch() || month < 1 || month > 12) {
        err() << "error: --month must be a month such as 2025-09\n" << usage << Qt::endl;
        return 2;
    }
    if (xlsx.isEmpty() && pdf.isEmpty()) {
        err() << "error: name at least one file to write (--xlsx, --pdf)\n" << usage << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser, QStringLiteral("report monthly"));
    if (!by) {
        return 1;
    }
    writeFilesInChinese();
    SystemClock clock;
    UuidGenerator ids;
    if (!xlsx.isEmpty()) {
        auto done = reports::exportMonthlyWorkbook(*db, year, month, xlsx, *by, ids, clock);
        if (!done) {
            err() << "error: " << done.error().message << Qt::endl;
            return 1;
        }
        out() << "wrote the monthly report " << reports::monthKey(year, month) << " to " << done->path << " (sha256 "
              << done->sha256 << ")" << Qt::endl;
    }
    if (!pdf.isEmpty()) {
        auto done = reports::exportMonthlyPdf(*db, year, month, pdf, *by, ids, clock);
        if (!done) {
            err() << "error: " << done.error().message << Qt::endl;
            return 1;
        }
        out() << "wrote the monthly report " << reports::monthKey(year, month) << " to " << done->path << " (sha256 "
              << done->sha256 << ")" << Qt::endl;
    }
    return 0;
}

} // namespace hotline::cli
