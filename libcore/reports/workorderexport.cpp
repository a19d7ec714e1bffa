#include "reports/workorderexport.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/filehash.h"
#include "db/database.h"
#include "db/transaction.h"
#include "reports/xlsxbook.h"
#include "security/auditlog.h"
#include "security/masking.h"
#include "security/permissions.h"
#include "tickets/workorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <sqlite3.h>

namespace hotline::reports {
namespace {

using Style = XlsxBook::Style;

enum Col {
    ColTicketNo,
    ColReceivedAt,
    ColChannel,
    ColCallerNumber,
    ColUnitName,
    ColTaxpayerId,
    ColContactName,
    ColContactNumber,
    ColCategory,
    ColDifficulty,
    ColStatus,
    ColOwner,
    ColDueAt,
    ColResolvedAt,
    ColQuestion,
    ColAnswer,
};

QList<XlsxBook::Column> columns()
{
    return {
        {QCoreApplication::translate("hotline::reports", "Work order no."), 18},
        {QCoreApplication::translate("hotline::reports", "Received"), 17},
        {QCoreApplication::translate("hotline::reports", "Channel"), 8},
        {QCoreApplication::translate("hotline::reports", "Caller number"), 15},
        {QCoreApplication::translate("hotline::reports", "Unit"), 26},
        {QCoreApplication::translate("hotline::reports", "Taxpayer ID"), 22},
        {QCoreApplication::translate("hotline::reports", "Contact"), 10},
        {QCoreApplication::translate("hotline::reports", "Contact number"), 15},
        {QCoreApplication::translate("hotline::reports", "Category"), 24},
        {QCoreApplication::translate("hotline::reports", "Difficulty"), 8},
        {QCoreApplication::translate("hotline::reports", "Status"), 10},
        {QCoreApplication::translate("hotline::reports", "Handled by"), 10},
        {QCoreApplication::translate("hotline::reports", "Reply due"), 17},
        {QCoreApplication::translate("hotline::reports", "Resolved"), 17},
        {QCoreApplication::translate("hotline::reports", "Question"), 60},
        {QCoreApplication::translate("hotline::reports", "Answer"), 60},
    };
}

// The Beijing day range [from 00:00, to + 1 00:00) in UTC milliseconds.
QPair<qint64, qint64> utcRange(QDate from, QDate to)
{
    const QTimeZone bj = calendar::beijingTime();
    return {QDateTime(from, QTime(0, 0), bj).toMSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), bj).toMSecsSinceEpoch()};
}

// The display names of stored keys (channel, difficulty, status), as UTF-8 ready for the sheet.
struct DisplayNames {
    QHash<QByteArray, QByteArray> channel;
    QHash<QByteArray, QByteArray> difficulty;
    QHash<QByteArray, QByteArray> status;
};

DisplayNames displayNames()
{
    DisplayNames out;
    using namespace tickets;
    for (Channel c : {Channel::Phone, Channel::Online, Channel::Email, Channel::Fax, Channel::OnSite}) {
        out.channel.insert(key(c).toUtf8(), displayName(c).toUtf8());
    }
    for (Difficulty d : {Difficulty::Normal, Difficulty::Hard}) {
        out.difficulty.insert(key(d).toUtf8(), displayName(d).toUtf8());
    }
    using S = tickets::Status;
    for (S s : {S::New, S::InProgress, S::AwaitingReply, S::Transferred, S::AwaitingVisit, S::Resolved, S::Closed}) {
        out.status.insert(key(s).toUtf8(), displayName(s).toUtf8());
    }
    return out;
}

// A stored key's display name (the key itself when unknown), without copying the key.
const char* nameOf(const QHash<QByteArray, QByteArray>& names, const char* k)
{
    if (k == nullptr) {
        return nullptr;
    }
    const auto it = names.constFind(QByteArray::fromRawData(k, qsizetype(qstrlen(k))));
    return it == names.constEnd() ? k : it->constData();
}

const char* text(sqlite3_stmt* st, int col)
{
    return reinterpret_cast<const char*>(sqlite3_column_text(st, col));
}

Error sqlError(sqlite3* h)
{
    return makeError(ErrorCode::StoreCorrupt,
                     QCoreApplication::translate("hotline::reports", "Reading the work orders failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(h))));
}

struct Statement {
    sqlite3_stmt* st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};

} // namespace

Result<ExportResult> exportWorkOrders(db::Database& db, const WorkOrderExportRequest& r, const security::Operator& by,
                                      IdGenerator& ids, const Clock& clock, const ExportProgress& progress)
{
    if (!r.from.isValid() || !r.to.isValid() || r.from > r.to) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "hotline::reports", "Period: the first day must be a valid date no later than the last."),
                         QStringLiteral("period"));
    }
    if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ExportData); !allowed) {
        return allowed.error();
    }
    const QString purpose = r.purpose.simplified();
    if (r.unmasked) {
        if (Outcome allowed = security::authorize(db.connection(), by, security::Permission::ViewTaxpayerData);
            !allowed) {
            return allowed.error();
        }
        if (purpose.size() < 4) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "hotline::reports", "State the purpose of exporting full taxpayer IDs and phone "
                                                     "numbers (at least 4 characters); it is kept in the audit log."),
                             QStringLiteral("purpose"));
        }
    }
    const auto [fromMs, toMs] = utcRange(r.from, r.to);
    sqlite3* h = db.handle();
    qint64 total = 0;
    {
        Statement count;
        if (sqlite3_prepare_v2(h, "SELECT count(*) FROM work_orders WHERE received_at >= ? AND received_at < ?", -1,
                               &count.st, nullptr) != SQLITE_OK) {
            return sqlError(h);
        }
        sqlite3_bind_int64(count.st, 1, fromMs);
        sqlite3_bind_int64(count.st, 2, toMs);
        if (sqlite3_step(count.st) != SQLITE_ROW) {
            return sqlError(h);
        }
        total = sqlite3_column_int64(count.st, 0);
    }
    auto book = XlsxBook::create(r.path, true);
    if (!book) {
        return book.error();
    }
    Statement rows;
    if (sqlite3_prepare_v2(h,
                           "SELECT w.ticket_no, w.received_at, w.channel, w.caller_number, w.unit_name, "
                           "w.taxpayer_id, w.contact_name, w.contact_number, "
                           "coalesce(p.name || ' / ', '') || coalesce(c.name, ''), w.difficulty, w.status, o.name, "
                           "w.due_at, w.resolved_at, w.question, w.answer FROM work_orders w "
                           "LEFT JOIN categories c ON c.id = w.category_id "
                           "LEFT JOIN categories p ON p.id = c.parent_id "
                           "LEFT JOIN operators o ON o.id = w.owner_id "
                           "WHERE w.received_at >= ? AND w.received_at < ? ORDER BY w.received_at",
                           -1, &rows.st, nullptr) != SQLITE_OK) {
        return sqlError(h);
    }
    sqlite3_bind_int64(rows.st, 1, fromMs);
    sqlite3_bind_int64(rows.st, 2, toMs);

    const QList<XlsxBook::Column> header = columns();
    const DisplayNames names = displayNames();
    // A taxpayer field as the role may see it: in full, or masked.
    QByteArray maskedBuffer;
    const auto guarded = [&](const char* value, QString (*mask)(const QString&)) -> const char* {
        if (r.unmasked || value == nullptr || *value == '\0') {
            return value;
        }
        maskedBuffer = mask(QString::fromUtf8(value)).toUtf8();
        return maskedBuffer.constData();
    };
    XlsxBook& x = *book.value();
    lxw_worksheet* sheet = nullptr;
    int sheetNo = 0;
    int row = 0;
    qint64 done = 0;
    int step = 0;
    for (;;) {
        const int rc = sqlite3_step(rows.st);
        if (rc == SQLITE_DONE) {
            break;
        }
        if (rc != SQLITE_ROW) {
            return sqlError(h);
        }
        if (sheet == nullptr || row == kRowsPerSheet) {
            if (sheet != nullptr) {
                x.setRowCount(sheet, row);
            }
            ++sheetNo;
            const QString title = QCoreApplication::translate("hotline::reports", "Work orders");
            sheet = x.addSheet(sheetNo == 1 ? title : QStringLiteral("%1(%2)").arg(title).arg(sheetNo), header);
            row = 0;
        }
        ++row;
        x.writeUtf8(sheet, row, ColTicketNo, text(rows.st, 0));
        x.writeTime(sheet, row, ColReceivedAt, sqlite3_column_int64(rows.st, 1));
        x.writeUtf8(sheet, row, ColChannel, nameOf(names.channel, text(rows.st, 2)));
        x.writeUtf8(sheet, row, ColCallerNumber, guarded(text(rows.st, 3), security::maskPhone));
        x.writeUtf8(sheet, row, ColUnitName, text(rows.st, 4));
        x.writeUtf8(sheet, row, ColTaxpayerId, guarded(text(rows.st, 5), security::maskTaxpayerId));
        x.writeUtf8(sheet, row, ColContactName, text(rows.st, 6));
        x.writeUtf8(sheet, row, ColContactNumber, guarded(text(rows.st, 7), security::maskPhone));
        x.writeUtf8(sheet, row, ColCategory, text(rows.st, 8));
        x.writeUtf8(sheet, row, ColDifficulty, nameOf(names.difficulty, text(rows.st, 9)));
        x.writeUtf8(sheet, row, ColStatus, nameOf(names.status, text(rows.st, 10)));
        x.writeUtf8(sheet, row, ColOwner, text(rows.st, 11));
        x.writeTime(sheet, row, ColDueAt, sqlite3_column_int64(rows.st, 12));
        x.writeTime(sheet, row, ColResolvedAt, sqlite3_column_int64(rows.st, 13));
        x.writeUtf8(sheet, row, ColQuestion, text(rows.st, 14));
        x.writeUtf8(sheet, row, ColAnswer, text(rows.st, 15));
        ++done;
        if (progress && ++step == 4096) {
            step = 0;
            if (!progress(done, total)) {
                x.discard();
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("hotline::reports", "The export was cancelled; no file "
                                                                                 "was written."));
            }
        }
    }
    if (sheet == nullptr) { // an empty period still gives a workbook with its header row
        sheet = x.addSheet(QCoreApplication::translate("hotline::reports", "Work orders"), header);
    }
    x.setRowCount(sheet, row);
    if (Outcome closed = x.close(); !closed) {
        return closed.error();
    }
    if (progress) {
        progress(done, total);
    }
    const QString sha = sha256OfFile(r.path);
    if (sha.isEmpty()) {
        QFile::remove(r.path);
        return makeError(
            ErrorCode::FileUnreadable,
            QCoreApplication::translate("hotline::reports", "Cannot read %1.").arg(QDir::toNativeSeparators(r.path)));
    }
    // The audit entry names what left, how much, and the file's checksum; without it the file does not stay.
    const QString detail =
        QStringLiteral("work orders %1..%2 to %3; %4 rows; %5; sha256 %6%7")
            .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), QDir::toNativeSeparators(r.path))
            .arg(done)
            .arg(r.unmasked ? QStringLiteral("unmasked") : QStringLiteral("masked"), sha,
                 purpose.isEmpty() ? QString() : QStringLiteral("; purpose: ") + purpose);
    db::Transaction tx(db.connection());
    Result<security::AuditEntry> audited =
        tx.isActive()
            ? security::AuditLog(db.connection())
                  .append(security::AuditAction::Export, by.id, QStringLiteral("work_orders"), detail, ids, clock)
            : Result<security::AuditEntry>(tx.error());
    if (!audited || !tx.commit()) {
        QFile::remove(r.path);
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::reports",
                                                     "The export could not be recorded in the audit log, so the file "
                                                     "was removed: %1")
                             .arg(audited ? QString() : audited.error().message));
    }
    return ExportResult{r.path, done, sha};
}

} // namespace hotline::reports
