#include "satisfaction/surveyimport.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "db/transaction.h"
#include "satisfaction/rating.h"
#include "security/permissions.h"
#include "sync/changelog.h"
#include "text/csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringDecoder>

#include <unicode/ucnv.h>

namespace hotline::satisfaction {
namespace {

enum Column { CallId, Caller, Time, RatingCol, ColumnCount };

QString normalHeader(const QString& h)
{
    QString s = h.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('_'));
    s.remove(QLatin1Char('-'));
    return s;
}

std::optional<Column> columnOf(const QString& header)
{
    static const QList<QPair<Column, QStringList>> names{
        {CallId,
         {QStringLiteral("callid"), QStringLiteral("通话流水号"), QStringLiteral("流水号"),
          QStringLiteral("呼叫流水号"), QStringLiteral("通话id")}},
        {Caller,
         {QStringLiteral("caller"), QStringLiteral("callernumber"), QStringLiteral("主叫号码"), QStringLiteral("主叫"),
          QStringLiteral("来电号码")}},
        {Time,
         {QStringLiteral("time"), QStringLiteral("calltime"), QStringLiteral("通话时间"), QStringLiteral("呼叫时间"),
          QStringLiteral("来电时间")}},
        {RatingCol,
         {QStringLiteral("rating"), QStringLiteral("评价"), QStringLiteral("满意度"), QStringLiteral("评价结果")}},
    };
    const QString h = normalHeader(header);
    for (const auto& [column, list] : names) {
        if (list.contains(h)) {
            return column;
        }
    }
    return std::nullopt;
}

QString digitsOf(const QString& s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit()) {
            d += c;
        }
    }
    return d;
}

// A QString() binds as NULL; the text columns are NOT NULL DEFAULT ''.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString decodeGb18030(const QByteArray& bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open("GB18030", &status);
    if (U_FAILURE(status)) {
        return QString::fromLatin1(bytes);
    }
    QString out(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv, reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()),
                                    bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status)) {
        return QString::fromLatin1(bytes);
    }
    out.truncate(n);
    return out;
}

} // namespace

QString decodeCsvBytes(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return text;
    }
    return decodeGb18030(bytes);
}

QDateTime parseSurveyTime(const QString& text)
{
    const QString t = text.trimmed();
    static const QStringList formats{QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                     QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy/M/d H:mm:ss"),
                                     QStringLiteral("yyyy/M/d H:mm"),       QStringLiteral("yyyy-M-d H:mm:ss"),
                                     QStringLiteral("yyyy-M-d H:mm"),       QStringLiteral("yyyy/MM/dd HH:mm:ss")};
    for (const QString& f : formats) {
        QDateTime dt = QDateTime::fromString(t, f);
        if (dt.isValid()) {
            dt.setTimeZone(calendar::beijingTime());
            return dt;
        }
    }
    return {};
}

Result<std::optional<SurveyMatch>> matchWorkOrder(const QSqlDatabase& db, const QString& callId,
                                                  const QString& callerNumber, const QDateTime& callAt)
{
    const qint64 at = callAt.toMSecsSinceEpoch();
    if (!callId.isEmpty()) {
        // Several work orders on one call (rare): the one received nearest the call. "call_id <> ''" lets SQLite use
        // the partial index work_orders_call_id.
        auto q = db::exec(db,
                          QStringLiteral("SELECT id FROM work_orders WHERE call_id = ? AND call_id <> '' "
                                         "ORDER BY abs(received_at - ?), id LIMIT 1"),
                          {callId, at});
        if (!q) {
            return q.error();
        }
        if (q.value().next()) {
            return std::optional<SurveyMatch>(SurveyMatch{q.value().value(0).toString(), QStringLiteral("call_id")});
        }
    }
    const QString digits = digitsOf(callerNumber);
    if (digits.isEmpty()) {
        return std::optional<SurveyMatch>();
    }
    const qint64 window = kCallerMatchWindowMinutes * 60 * 1000;
    auto q = db::exec(db,
                      QStringLiteral("SELECT id, caller_number FROM work_orders WHERE received_at BETWEEN ? AND ? "
                                     "AND caller_number <> '' ORDER BY abs(received_at - ?), id"),
                      {at - window, at + window, at});
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        if (digitsOf(q.value().value(1).toString()) == digits) {
            return std::optional<SurveyMatch>(
                SurveyMatch{q.value().value(0).toString(), QStringLiteral("caller_window")});
        }
    }
    return std::optional<SurveyMatch>();
}

SurveyImporter::SurveyImporter(QSqlDatabase db, const Clock& clock, IdGenerator& ids)
    : m_db(std::move(db)), m_clock(clock), m_ids(ids)
{
}

Result<ImportReport> SurveyImporter::importFile(const QString& path, const security::Operator& by,
                                                const ImportProgress& progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::FileUnreadable,
                         QCoreApplication::translate("hotline::satisfaction", "Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    return importBytes(f.readAll(), QFileInfo(path).fileName(), by, progress);
}

Result<ImportReport> SurveyImporter::importBytes(const QByteArray& bytes, const QString& fileName,
                                                 const security::Operator& by, const ImportProgress& progress)
{
    if (auto allowed = security::authorize(m_db, by, security::Permission::ImportSatisfaction); !allowed) {
        return allowed.error();
    }
    auto parsed = text::parseCsv(decodeCsvBytes(bytes));
    if (!parsed) {
        return parsed.error();
    }
    const QList<QStringList>& rows = parsed.value();
    if (rows.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::satisfaction", "The file %1 is empty.").arg(fileName));
    }
    int index[ColumnCount] = {-1, -1, -1, -1};
    for (int i = 0; i < rows.first().size(); ++i) {
        if (auto c = columnOf(rows.first().at(i)); c && index[*c] < 0) {
            index[*c] = i;
        }
    }
    if (index[Time] < 0 || index[RatingCol] < 0 || (index[CallId] < 0 && index[Caller] < 0)) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::satisfaction",
                                        "The first row of %1 must name the columns: a call time (通话时间), a rating "
                                        "(评价 or 满意度) and a call id (通话流水号) or caller number (主叫号码).")
                .arg(fileName));
    }

    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.error();
    }
    ImportReport report;
    report.batchId = m_ids.next();
    const QDateTime now = m_clock.now();
    const int total = static_cast<int>(rows.size()) - 1;
    int line = 2; // the header is line 1 (a header with a line break inside quotes is not expected)
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        const int rowLine = line;
        for (const QString& field : row) {
            line += static_cast<int>(field.count(QLatin1Char('\n')));
        }
        ++line;
        if (progress && (r % 200 == 0) && !progress(r - 1, total)) {
            return ImportReport{report.batchId, 0, 0, 0, 0, {}, true};
        }
        if (row.size() == 1 && row.first().trimmed().isEmpty()) {
            continue; // a blank line
        }
        ++report.rows;
        auto field = [&row, &index](Column c) {
            return index[c] >= 0 && index[c] < row.size() ? row.at(index[c]).trimmed() : QString();
        };
        const QString callId = field(CallId);
        const QString caller = field(Caller);
        const QString timeText = field(Time);
        const QString ratingText = field(RatingCol);
        QStringList reasons;
        if (callId.isEmpty() && digitsOf(caller).isEmpty()) {
            reasons << QCoreApplication::translate("hotline::satisfaction", "neither a call id nor a caller number");
        }
        const QDateTime callAt = parseSurveyTime(timeText);
        if (!callAt.isValid()) {
            reasons << (timeText.isEmpty()
                            ? QCoreApplication::translate("hotline::satisfaction", "no call time")
                            : QCoreApplication::translate("hotline::satisfaction",
                                                          "the call time \"%1\" is not a date and time such as "
                                                          "2025-09-30 10:15:30")
                                  .arg(timeText.left(40)));
        }
        const auto rating = parseRating(ratingText);
        if (!rating) {
            reasons << (ratingText.isEmpty()
                            ? QCoreApplication::translate("hotline::satisfaction", "no rating")
                            : QCoreApplication::translate("hotline::satisfaction",
                                                          "the rating \"%1\" is none of 满意, 基本满意, 不满意 or 1–5")
                                  .arg(ratingText.left(40)));
        }
        if (!reasons.isEmpty()) {
            report.failures << RowFailure{rowLine, reasons.join(QStringLiteral("; "))};
            continue;
        }
        const qint64 atMs = callAt.toMSecsSinceEpoch();
        const QString dedupKey = callId.isEmpty() ? QStringLiteral("caller:%1@%2").arg(digitsOf(caller)).arg(atMs)
                                                  : QStringLiteral("call:") + callId;
        auto seen =
            db::exec(m_db, QStringLiteral("SELECT 1 FROM satisfaction_surveys WHERE dedup_key = ?"), {dedupKey});
        if (!seen) {
            return seen.error();
        }
        if (seen.value().next()) {
            ++report.duplicates;
            continue;
        }
        auto match = matchWorkOrder(m_db, callId, caller, callAt);
        if (!match) {
            return match.error();
        }
        const QString id = m_ids.next();
        const QVariant nullText(QMetaType(QMetaType::QString));
        const QVariant workOrder = match.value() ? QVariant(match.value()->workOrderId) : nullText;
        const QVariant method = match.value() ? QVariant(match.value()->method) : nullText;
        auto ins = db::exec(m_db,
                            QStringLiteral("INSERT INTO satisfaction_surveys (id, call_id, caller_number, call_at, "
                                           "rating_raw, rating, work_order_id, match_method, import_batch, "
                                           "source_file, source_line, dedup_key, imported_by, imported_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {id, nonNull(callId), nonNull(caller), atMs, ratingText, key(*rating), workOrder, method,
                             report.batchId, fileName, rowLine, dedupKey, by.id, now.toMSecsSinceEpoch()});
        if (!ins) {
            return ins.error();
        }
        QJsonObject fields{
            {QStringLiteral("call_id"), callId},
            {QStringLiteral("caller_number"), caller},
            {QStringLiteral("call_at"), atMs},
            {QStringLiteral("rating_raw"), ratingText},
            {QStringLiteral("rating"), key(*rating)},
            {QStringLiteral("work_order_id"), workOrder.isNull() ? QJsonValue() : QJsonValue(workOrder.toString())},
            {QStringLiteral("match_method"), method.isNull() ? QJsonValue() : QJsonValue(method.toString())},
            {QStringLiteral("import_batch"), report.batchId},
            {QStringLiteral("source_file"), fileName},
            {QStringLiteral("source_line"), rowLine},
            {QStringLiteral("dedup_key"), dedupKey},
            {QStringLiteral("imported_by"), by.id},
            {QStringLiteral("imported_at"), now.toMSecsSinceEpoch()}};
        if (auto logged = sync::appendChange(
                m_db, {QStringLiteral("satisfaction_survey"), id, sync::Operation::Insert, fields, by.id, now});
            !logged) {
            return logged.error();
        }
        ++report.imported;
        if (match.value()) {
            ++report.matched;
        }
    }
    if (progress && !progress(total, total)) {
        return ImportReport{report.batchId, 0, 0, 0, 0, {}, true};
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return report;
}

} // namespace hotline::satisfaction
