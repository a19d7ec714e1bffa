#pragma once
// Import of the telephone system's post-call survey export (满意度评价, CSV) and matching of each answer to the work
// order taken on that call.
//
// File: UTF-8 with or without BOM, or GBK/GB18030 (what Windows Excel writes for Chinese CSV); a file that is not
// valid UTF-8 is read as GB18030, a superset of GBK. The first row names the columns, in English or Chinese, in any
// order (extra columns are ignored):
//   call id  — call_id, call id, 通话流水号, 流水号, 呼叫流水号, 通话ID
//   caller   — caller, caller_number, 主叫号码, 主叫, 来电号码
//   time     — time, call_time, 通话时间, 呼叫时间, 来电时间 (Beijing time: 2025-09-30 10:15[:30], 2025/9/30
//   10:15[:30]) rating   — rating, 评价, 满意度, 评价结果 (see parseRating in rating.h)
// The time and rating columns are required, and a call id or caller column. A row is refused, with its line number
// and every reason, when its rating or time cannot be read or it has neither a call id nor a caller number; the
// other rows are stored.
//
// Natural key: a call is rated once, so a row with a call id is the same answer as any earlier row with that call id;
// a row without one is the same as an earlier row with the same caller digits and the same call time. Re-importing a
// file (or an overlapping export) therefore adds nothing twice; such rows are counted as duplicates.
//
// Matching: by work_orders.call_id; else by the caller number (digits compared, so 0771-5551234 = 07715551234) to
// the work order received nearest the call time, within kCallerMatchWindowMinutes either side. An answer with no
// match is stored unmatched (it still counts in the overall rate, for no agent).
//
// The whole file is one transaction: a cancelled import stores nothing. Requires Permission::ImportSatisfaction.

#include "core/result.h"
#include "security/operator.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::satisfaction {

inline constexpr qint64 kCallerMatchWindowMinutes = 60;

struct RowFailure {
    int line = 0; // 1-based line in the file (the header is line 1)
    QString reason;
};

struct ImportReport {
    QString batchId;
    int rows = 0;       // data rows read (blank lines not counted)
    int imported = 0;   // new answers stored (matched or not)
    int duplicates = 0; // rows already stored, by the natural key
    int matched = 0;    // of imported: matched to a work order
    QList<RowFailure> failures;
    bool cancelled = false; // the progress callback asked to stop; nothing was stored

    int unmatched() const { return imported - matched; }
    int failed() const { return static_cast<int>(failures.size()); }
};

// Called every so many rows and once at the end with the rows done and the total; returning false cancels.
using ImportProgress = std::function<bool(int done, int total)>;

// The file's text: UTF-8 (a BOM is dropped) or, when not valid UTF-8, GB18030/GBK.
QString decodeCsvBytes(const QByteArray& bytes);

// A survey time in Beijing time, or an invalid QDateTime.
QDateTime parseSurveyTime(const QString& text);

// The work order an answer belongs to.
struct SurveyMatch {
    QString workOrderId;
    QString method; // call_id or caller_window
};
Result<std::optional<SurveyMatch>> matchWorkOrder(const QSqlDatabase& db, const QString& callId,
                                                  const QString& callerNumber, const QDateTime& callAt);

class SurveyImporter final {
public:
    SurveyImporter(QSqlDatabase db, const Clock& clock, IdGenerator& ids);

    Result<ImportReport> importFile(const QString& path, const security::Operator& by,
                                    const ImportProgress& progress = {});
    // fileName is recorded as the source of each row.
    Result<ImportReport> importBytes(const QByteArray& bytes, const QString& fileName, const security::Operator& by,
                                     const ImportProgress& progress = {});

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace hotline::satisfaction
