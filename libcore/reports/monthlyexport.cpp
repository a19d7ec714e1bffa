#include "reports/monthlyexport.h"

#include "core/clock.h"
#include "core/filehash.h"
#include "db/database.h"
#include "db/transaction.h"
#include "security/auditlog.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace hotline::reports {

Error exportCancelled()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("hotline::reports", "The export was cancelled; no file was written."));
}

Result<MonthlyReport> startMonthlyExport(db::Database& db, int year, int month, const QString& path,
                                         const security::Operator& by, const Clock& clock,
                                         const ExportProgress& progress)
{
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ExportData); !allowed) {
        return allowed.error();
    }
    if (path.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::reports", "Choose the file to write."),
                         QStringLiteral("path"));
    }
    auto report = monthlyReport(db, year, month, by, clock);
    if (!report) {
        return report.error();
    }
    if (progress && !progress(1, kMonthlyExportSteps)) {
        return exportCancelled();
    }
    return report;
}

Result<ExportResult> finishMonthlyExport(db::Database& db, const MonthlyReport& report, const QString& kind,
                                         const QString& path, const security::Operator& by, IdGenerator& ids,
                                         const Clock& clock, const ExportProgress& progress)
{
    if (progress) {
        progress(2, kMonthlyExportSteps);
    }
    const QString sha = sha256OfFile(path);
    if (sha.isEmpty()) {
        QFile::remove(path);
        return makeError(
            ErrorCode::FileUnreadable,
            QCoreApplication::translate("hotline::reports", "Cannot read %1.").arg(QDir::toNativeSeparators(path)));
    }
    const QString detail = QStringLiteral("monthly report %1 (%2) to %3; %4 work orders; no taxpayer IDs or phone "
                                          "numbers; sha256 %5")
                               .arg(monthKey(report.year, report.month), kind, QDir::toNativeSeparators(path))
                               .arg(report.received)
                               .arg(sha);
    db::Transaction tx(db.connection());
    Result<security::AuditEntry> audited =
        tx.isActive()
            ? security::AuditLog(db.connection())
                  .append(security::AuditAction::Export, by.id, QStringLiteral("monthly_report"), detail, ids, clock)
            : Result<security::AuditEntry>(tx.error());
    if (!audited || !tx.commit()) {
        QFile::remove(path);
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::reports",
                                                     "The export could not be recorded in the audit log, so the file "
                                                     "was removed: %1")
                             .arg(audited ? QString() : audited.error().message));
    }
    if (progress) {
        progress(kMonthlyExportSteps, kMonthlyExportSteps);
    }
    return ExportResult{path, report.received, sha};
}

} // namespace hotline::reports
