#include "../security/securityfixture.h"
#include "core/filehash.h"
#include "reports/workorderexport.h"
#include "security/masking.h"
#include "tickets/workorderservice.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace hotline;
using hotline::reports::exportWorkOrders;
using hotline::reports::WorkOrderExportRequest;

namespace {

// Reads a workbook with openpyxl (an independent reader): sheet names, the first sheet's frozen cell, filter range
// and every row as text (dates as ISO date-times).
QJsonObject readBack(const QString& path)
{
    static const char* script = R"PY(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
def cell(v):
    if isinstance(v, datetime.datetime): return v.strftime('%Y-%m-%d %H:%M')
    return v
rows = [[cell(v) for v in r] for r in ws.iter_rows(values_only=True)]
print(json.dumps({"sheets": wb.sheetnames, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                  "rows": rows, "formats": [ws.cell(row=2, column=2).number_format] if ws.max_row > 1 else []},
                 ensure_ascii=False))
)PY";
    QProcess p;
    // Debian's python3-openpyxl, whatever python3 comes first on PATH.
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

struct ExportDesk : test::SecurityFixture {
    ExportDesk()
    {
        // Three calls on 29 and 30 September (Beijing), one on 1 October (outside the period).
        for (const char* at : {"2025-09-29 09:15", "2025-09-30 16:40", "2025-09-30 23:59", "2025-10-01 00:00"}) {
            clock.set(test::beijing(QString::fromLatin1(at)));
            tickets::WorkOrderDraft d;
            d.callerNumber = QStringLiteral("13907711234");
            d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
            d.taxpayerId = QStringLiteral("91450100MA5K3L8Q7Y");
            d.contactName = QStringLiteral("陈静");
            d.contactNumber = QStringLiteral("0771-5551234");
            d.question = QStringLiteral("综合所得预扣预缴申报时提示人员信息未验证通过，怎么处理？");
            d.answer = QStringLiteral("请在【人员信息采集】中核对证件信息后重新报送验证。");
            d.resolvedOnFirstContact = true;
            QSqlQuery topic(store.db->connection());
            REQUIRE(topic.exec(QStringLiteral("SELECT id FROM categories WHERE name = '综合所得'")));
            REQUIRE(topic.next());
            d.categoryId = topic.value(0).toString();
            auto made = service.create(d, agent);
            INFO((made ? QString() : made.error().message).toStdString());
            REQUIRE(made);
        }
    }

    WorkOrderExportRequest request(const QString& file) const
    {
        WorkOrderExportRequest r;
        r.from = QDate(2025, 9, 29);
        r.to = QDate(2025, 9, 30);
        r.path = dir.filePath(file);
        return r;
    }

    tickets::WorkOrderService service{*store.db, clock, ids};
    QTemporaryDir dir;
};

} // namespace

TEST_CASE("a lead's work-order export reads back in openpyxl with the figures the store holds, masked")
{
    ExportDesk d;
    auto done = exportWorkOrders(*d.store.db, d.request(QStringLiteral("工单.xlsx")), d.lead, d.ids, d.clock);
    REQUIRE(done);
    CHECK(done->rows == 3);
    // An ordinary document, not the private temporary file it was written as.
    CHECK(QFile::permissions(done->path).testFlag(QFileDevice::ReadOther));
    const QJsonObject book = readBack(done->path);
    CHECK(book[QStringLiteral("sheets")].toArray().first().toString() == QStringLiteral("Work orders"));
    CHECK(book[QStringLiteral("freeze")].toString() == QStringLiteral("A2"));
    CHECK(book[QStringLiteral("filter")].toString() == QStringLiteral("A1:P4"));
    CHECK(book[QStringLiteral("formats")].toArray().first().toString() == QStringLiteral("yyyy-mm-dd hh:mm"));
    const QJsonArray rows = book[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].toArray()[0].toString() == QStringLiteral("Work order no."));
    // Every row against plain SQL, in the order received.
    QSqlQuery q(d.store.db->connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT ticket_no, received_at, caller_number, taxpayer_id, contact_number, "
                              "question, answer FROM work_orders WHERE received_at < ? ORDER BY received_at")
                   .replace(QLatin1Char('?'),
                            QString::number(test::beijing(QStringLiteral("2025-10-01 00:00")).toMSecsSinceEpoch()))));
    for (int i = 1; i <= 3; ++i) {
        REQUIRE(q.next());
        const QJsonArray row = rows[i].toArray();
        INFO(i);
        CHECK(row[0].toString() == q.value(0).toString());
        CHECK(row[1].toString() == QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), calendar::beijingTime())
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        CHECK(row[3].toString() == security::maskPhone(q.value(2).toString()));
        CHECK(row[5].toString() == security::maskTaxpayerId(q.value(3).toString()));
        CHECK(row[7].toString() == security::maskPhone(q.value(4).toString()));
        CHECK(row[14].toString() == q.value(5).toString());
        CHECK(row[15].toString() == q.value(6).toString());
        CHECK(row[2].toString() == tickets::displayName(tickets::Channel::Phone));
        CHECK(row[11].toString() == QStringLiteral("李娜"));
    }
    // Audited after writing: who, how many rows, the file's checksum.
    QSqlQuery a(d.store.db->connection());
    REQUIRE(a.exec(QStringLiteral("SELECT operator_id, detail FROM audit_log WHERE action = 'export'")));
    REQUIRE(a.next());
    CHECK(a.value(0).toString() == d.lead.id);
    const QString detail = a.value(1).toString();
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("3 rows")));
    CHECK(detail.contains(QStringLiteral("masked")));
    CHECK(detail.contains(sha256OfFile(done->path)));
    CHECK(done->sha256 == sha256OfFile(done->path));
}

TEST_CASE("full taxpayer data leaves only with a lead or administrator and a stated purpose")
{
    ExportDesk d;
    WorkOrderExportRequest r = d.request(QStringLiteral("full.xlsx"));
    r.unmasked = true;
    auto noPurpose = exportWorkOrders(*d.store.db, r, d.lead, d.ids, d.clock);
    REQUIRE_FALSE(noPurpose);
    CHECK(noPurpose.error().field == QStringLiteral("purpose"));
    CHECK_FALSE(QFile::exists(r.path));
    r.purpose = QStringLiteral("市局稽查协查函（桂税稽协〔2025〕12号）");
    auto done = exportWorkOrders(*d.store.db, r, d.admin, d.ids, d.clock);
    REQUIRE(done);
    const QJsonArray rows = readBack(done->path)[QStringLiteral("rows")].toArray();
    CHECK(rows[1].toArray()[5].toString() == QStringLiteral("91450100MA5K3L8Q7Y"));
    CHECK(rows[1].toArray()[3].toString() == QStringLiteral("13907711234"));
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND detail LIKE ?"),
                  {QStringLiteral("%unmasked%purpose: 市局稽查协查函%")}) == 1);
    // Agents and QA inspectors export nothing, masked or not.
    for (const security::Operator& who : {d.agent, d.qa}) {
        r.unmasked = false;
        r.path = d.dir.filePath(QStringLiteral("no.xlsx"));
        auto refused = exportWorkOrders(*d.store.db, r, who, d.ids, d.clock);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Forbidden);
        CHECK_FALSE(QFile::exists(r.path));
    }
}

TEST_CASE("an export to a folder that cannot be written, a bad period or a cancel leaves no file and says why")
{
    ExportDesk d;
    WorkOrderExportRequest r = d.request(QStringLiteral("x.xlsx"));
    r.path = d.dir.filePath(QStringLiteral("no-such-folder/x.xlsx"));
    auto missing = exportWorkOrders(*d.store.db, r, d.lead, d.ids, d.clock);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));

    const QString locked = test::readOnlyFolder(d.dir, QStringLiteral("locked"));
    r.path = locked + QStringLiteral("/x.xlsx");
    {
        test::AsOrdinaryUser user;
        auto refused = exportWorkOrders(*d.store.db, r, d.lead, d.ids, d.clock);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("cannot be written")));
    }
    CHECK(QDir(locked).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    r.path = d.dir.path(); // a folder, not a file
    CHECK_FALSE(exportWorkOrders(*d.store.db, r, d.lead, d.ids, d.clock));

    r = d.request(QStringLiteral("backwards.xlsx"));
    std::swap(r.from, r.to);
    auto backwards = exportWorkOrders(*d.store.db, r, d.lead, d.ids, d.clock);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().field == QStringLiteral("period"));

    r = d.request(QStringLiteral("cancelled.xlsx"));
    int asked = 0;
    auto cancelled = exportWorkOrders(*d.store.db, r, d.lead, d.ids, d.clock, [&asked](qint64, qint64) {
        ++asked;
        return false;
    });
    // Three rows never reach the first progress step: the export finishes and reports once at the end.
    CHECK(cancelled);
    CHECK(asked == 1);
    CHECK(d.audited(QStringLiteral("export")) == 1);
    CHECK(QDir(d.dir.path()).entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files).isEmpty());
}

TEST_CASE("a period without work orders gives a workbook with its header row")
{
    ExportDesk d;
    WorkOrderExportRequest r = d.request(QStringLiteral("empty.xlsx"));
    r.from = r.to = QDate(2025, 10, 2); // 国庆 holiday: nobody called
    auto done = exportWorkOrders(*d.store.db, r, d.lead, d.ids, d.clock);
    REQUIRE(done);
    CHECK(done->rows == 0);
    const QJsonArray rows = readBack(done->path)[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].toArray().size() == 16);
}
