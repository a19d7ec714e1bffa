// Exporting work orders to Excel at scale (issue "Reports"): the whole export (query, masking, formatting, file) beside
// libxlsxwriter alone writing the same cells from memory, Python XlsxWriter in constant-memory mode and openpyxl in
// write-only mode writing the same rows, in the same run, with the ratios and peak memory.
// Usage: bench_xlsx_export [--db PATH] [--out DIR] [--skip-python]
//   --db defaults to the 1,000,000-work-order store bench_workorders makes (/var/tmp/hotlinedesk-bench-1000000.db).
// Target: the whole export within 1.5x of libxlsxwriter alone, in under 150 MB.

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "reports/workorderexport.h"
#include "reports/xlsxbook.h"
#include "security/operator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

#include <xlsxwriter.h>

using namespace hotline;

namespace {

// Peak and current resident memory of this process (VmHWM, VmRSS), in MB.
double procStatusMb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// Every cell of the export as written (the xlsx reader's view): 16 columns, times as Excel numbers.
struct Row {
    QList<QByteArray> text; // 13 texts
    double times[3];        // received, due, resolved (0: none)
};

const int kTextColumns[] = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15};
const int kTimeColumns[] = {1, 12, 13};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The store."), QStringLiteral("PATH"),
                      QStringLiteral("/var/tmp/hotlinedesk-bench-1000000.db")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the workbooks go."), QStringLiteral("DIR"),
                      QStringLiteral("/var/tmp")});
    parser.addOption({QStringLiteral("skip-python"), QStringLiteral("Leave out the Python writers.")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "no store at %s: run bench_workorders first (it makes one of 1,000,000 work orders)\n",
                     qPrintable(path));
        return 1;
    }
    auto store = db::Database::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    db::Database& db = *store.value();
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, name FROM operators WHERE role = 'lead' AND active = 1 LIMIT 1"));
    if (!q.next()) {
        std::fprintf(stderr, "the store has no team lead\n");
        return 1;
    }
    const security::Operator lead{q.value(0).toString(), q.value(1).toString(), security::Role::TeamLead};
    q.exec(QStringLiteral("SELECT min(received_at), max(received_at) FROM work_orders"));
    q.next();
    const QTimeZone bj(8 * 3600);
    reports::WorkOrderExportRequest request;
    request.from = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), bj).date();
    request.to = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), bj).date();
    const QString outDir = parser.value(QStringLiteral("out"));
    request.path = outDir + QStringLiteral("/bench-export-ours.xlsx");
    SystemClock clock;
    UuidGenerator ids;

    // 1. The whole export, as the workstation runs it.
    const double rssBefore = procStatusMb("VmRSS:");
    QElapsedTimer t;
    t.start();
    auto done = reports::exportWorkOrders(db, request, lead, ids, clock);
    const double oursS = t.nsecsElapsed() / 1e9;
    if (!done) {
        std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
        return 1;
    }
    const double oursPeak = procStatusMb("VmHWM:");
    std::printf("whole export (query, masking, formatting, file): %lld rows x 16 columns in %.1f s, file %.0f MB, "
                "peak memory %.0f MB (%.0f MB before it)\n",
                static_cast<long long>(done->rows), oursS, QFileInfo(done->path).size() / 1e6, oursPeak, rssBefore);
    std::fflush(stdout);

    // 2. The same cells read back from our file's source into memory, then libxlsxwriter alone writing them.
    QList<Row> rows;
    rows.reserve(done->rows);
    {
        QSqlQuery all(db.connection());
        all.setForwardOnly(true);
        all.exec(QStringLiteral("SELECT w.ticket_no, w.received_at, w.channel, w.caller_number, w.unit_name, "
                                "w.taxpayer_id, w.contact_name, w.contact_number, c.name, w.difficulty, w.status, "
                                "o.name, w.due_at, w.resolved_at, w.question, w.answer FROM work_orders w "
                                "LEFT JOIN categories c ON c.id = w.category_id "
                                "LEFT JOIN operators o ON o.id = w.owner_id ORDER BY w.received_at"));
        while (all.next()) {
            Row r;
            for (int c : kTextColumns) {
                r.text << all.value(c).toString().toUtf8();
            }
            for (int i = 0; i < 3; ++i) {
                const qint64 ms = all.value(kTimeColumns[i]).toLongLong();
                r.times[i] = ms > 0 ? reports::XlsxBook::excelBeijingTime(ms) : 0;
            }
            rows << r;
        }
    }
    const QString tsv = outDir + QStringLiteral("/bench-export-rows.tsv");
    {
        QFile f(tsv);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(tsv));
            return 1;
        }
        for (const Row& r : rows) {
            QByteArray line;
            for (qsizetype i = 0; i < r.text.size(); ++i) {
                QByteArray cell = r.text[i];
                cell.replace('\t', ' ').replace('\n', ' ');
                line += cell + '\t';
            }
            line += QByteArray::number(r.times[0], 'f', 8) + '\t' + QByteArray::number(r.times[1], 'f', 8) + '\t' +
                    QByteArray::number(r.times[2], 'f', 8) + '\n';
            f.write(line);
        }
    }
    const QByteArray alonePath = QFile::encodeName(outDir + QStringLiteral("/bench-export-alone.xlsx"));
    t.start();
    {
        lxw_workbook_options o{};
        o.constant_memory = LXW_TRUE;
        o.use_zip64 = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(alonePath.constData(), &o);
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd hh:mm");
        lxw_worksheet* ws = workbook_add_worksheet(wb, "工单明细");
        for (int c = 0; c < 16; ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), "列", nullptr);
        }
        lxw_row_t row = 1;
        for (const Row& r : rows) {
            for (int i = 0; i < 13; ++i) {
                if (!r.text[i].isEmpty()) {
                    worksheet_write_string(ws, row, lxw_col_t(kTextColumns[i]), r.text[i].constData(), nullptr);
                }
            }
            for (int i = 0; i < 3; ++i) {
                if (r.times[i] > 0) {
                    worksheet_write_number(ws, row, lxw_col_t(kTimeColumns[i]), r.times[i], date);
                }
            }
            ++row;
        }
        workbook_close(wb);
    }
    const double aloneS = t.nsecsElapsed() / 1e9;
    std::printf("libxlsxwriter alone, the same cells from memory:  %.1f s  -> the whole export takes %.2fx that "
                "(target 1.5x)\n",
                aloneS, oursS / aloneS);
    std::fflush(stdout);
    rows.clear();
    rows.squeeze();

    if (parser.isSet(QStringLiteral("skip-python"))) {
        return 0;
    }
    // 3. Python XlsxWriter (constant memory) and openpyxl (write-only), the same rows read from a TSV first.
    static const char* script = R"PY(
import sys, time, resource
kind, tsv, out = sys.argv[1], sys.argv[2], sys.argv[3]
text_cols = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15]
time_cols = [1, 12, 13]
rows = []
with open(tsv, encoding='utf-8') as f:
    for line in f:
        cells = line.rstrip('\n').split('\t')
        row = [None] * 16
        for i, c in enumerate(text_cols):
            row[c] = cells[i] or None
        for i, c in enumerate(time_cols):
            v = float(cells[13 + i])
            row[c] = v if v > 0 else None
        rows.append(row)
start = time.perf_counter()
if kind == 'xlsxwriter':
    import xlsxwriter
    wb = xlsxwriter.Workbook(out, {'constant_memory': True})
    date = wb.add_format({'num_format': 'yyyy-mm-dd hh:mm'})
    ws = wb.add_worksheet('工单明细')
    ws.write_row(0, 0, ['列'] * 16)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if c in (1, 12, 13):
                ws.write_number(r, c, v, date)
            else:
                ws.write_string(r, c, v)
    wb.close()
else:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet('工单明细')
    ws.append(['列'] * 16)
    for row in rows:
        out_row = []
        for c, v in enumerate(row):
            if v is not None and c in (1, 12, 13):
                cell = WriteOnlyCell(ws, value=v)
                cell.number_format = 'yyyy-mm-dd hh:mm'
                out_row.append(cell)
            else:
                out_row.append(v)
        ws.append(out_row)
    wb.save(out)
print('%.1f %.0f' % (time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
)PY";
    for (const char* kind : {"xlsxwriter", "openpyxl"}) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QString::fromUtf8(script), QString::fromLatin1(kind), tsv,
                 outDir + QStringLiteral("/bench-export-%1.xlsx").arg(QString::fromLatin1(kind))});
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            std::fprintf(stderr, "python %s failed: %s\n", kind, p.readAllStandardError().constData());
            continue;
        }
        const QList<QByteArray> figures = p.readAllStandardOutput().trimmed().split(' ');
        const double s = figures.value(0).toDouble();
        std::printf("Python %-10s writing the same rows:          %.1f s (peak %s MB with the rows loaded)  -> the "
                    "whole export is %.1fx faster\n",
                    kind, s, figures.value(1).constData(), s / oursS);
        std::fflush(stdout);
    }
    QFile::remove(tsv);
    return 0;
}
