// hotlinedesk-cli export work-orders --from DATE --to DATE --xlsx FILE [--unmasked --purpose TEXT] [--as NAME]:
// the work orders received in a period to an Excel workbook, as the workstation's export does (permission, masking,
// audit entry with the row count and the file's SHA-256).

#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "reports/workorderexport.h"

#include <QElapsedTimer>

namespace hotline::cli {

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Export data: export work-orders --from YYYY-MM-DD --to YYYY-MM-DD --xlsx FILE"));
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("work-orders"));
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day received (Beijing)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day received (Beijing)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("xlsx"), QStringLiteral("The workbook to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("unmasked"),
                      QStringLiteral("Full taxpayer IDs and phone numbers (team lead or administrator; needs --purpose).")});
    parser.addOption(
        {QStringLiteral("purpose"), QStringLiteral("Why the data is exported (kept in the audit log)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("as"), QStringLiteral("Act as this operator (default: the last one logged in)."),
                      QStringLiteral("NAME")});
    if (!parse(parser, QStringLiteral("export"), args)) {
        return 2;
    }
    reports::WorkOrderExportRequest request;
    request.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    request.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    request.path = parser.value(QStringLiteral("xlsx"));
    request.unmasked = parser.isSet(QStringLiteral("unmasked"));
    request.purpose = parser.value(QStringLiteral("purpose"));
    if (parser.positionalArguments() != QStringList{QStringLiteral("work-orders")} || request.path.isEmpty() ||
        !request.from.isValid() || !request.to.isValid()) {
        err() << "usage: hotlinedesk-cli export work-orders --from YYYY-MM-DD --to YYYY-MM-DD --xlsx FILE "
                 "[--unmasked --purpose TEXT] [--as NAME] [--db PATH]"
              << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser, QStringLiteral("export"));
    if (!by) {
        return 1;
    }
    writeFilesInChinese();
    SystemClock clock;
    UuidGenerator ids;
    QElapsedTimer timer;
    timer.start();
    auto done = reports::exportWorkOrders(*db, request, *by, ids, clock);
    if (!done) {
        err() << "error: " << done.error().message << Qt::endl;
        return 1;
    }
    out() << "exported " << done->rows << " work orders to " << done->path << " in " << timer.elapsed()
          << " ms (sha256 " << done->sha256 << ")" << Qt::endl;
    return 0;
}

} // namespace hotline::cli
