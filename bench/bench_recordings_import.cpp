// Importing 10,000 recordings: short G.711 A-law WAV files named by the default pattern (generated once under
// /var/tmp and kept for later runs), imported into a fresh store that has agents with agent numbers and work orders
// to link to (a third by call id, a third by caller and time, a third left unlinked). Prints files/s and the total;
// the target is under 30 s. Then the same again (everything skipped), a list of the newest 100, and one folder of
// 1,000 files imported file by file (a transaction each) against in batches of 200.
// Usage: bench_recordings_import [--files 10000] [--seconds 2] [--dir /var/tmp/hotlinedesk-bench-recordings]

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/bulkload.h"
#include "db/database.h"
#include "recordings/audioformat.h"
#include "recordings/recordingimport.h"
#include "recordings/recordingservice.h"
#include "security/operator.h"
#include "tickets/categories.h"
#include "tickets/workorderservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace hotline;
using namespace hotline::recordings;

namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_recordings_import: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r) {
        fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), r.error().message));
    }
    return std::move(r).value();
}

const QDateTime kFirstCall = QDateTime(QDate(2026, 11, 2), QTime(9, 0), calendar::beijingTime());

// File i: a call every 3 minutes of office time from kFirstCall, agent 1001–1020, its own caller and call id.
struct Call {
    QDateTime start;
    QString agent;
    QString caller;
    QString callId;
};

Call callOf(int i)
{
    const QDateTime start = kFirstCall.addDays(i / 160).addSecs(qint64(i % 160) * 180);
    return {start, QString::number(1001 + i % 20), QStringLiteral("139%1").arg(10000000 + i, 8, 10, QLatin1Char('0')),
            QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'))};
}

QString fileNameOf(const Call& c)
{
    const QDateTime local = c.start.toTimeZone(calendar::beijingTime());
    return QStringLiteral("%1_%2_%3_%4_%5.wav")
        .arg(local.toString(QStringLiteral("yyyyMMdd")), local.toString(QStringLiteral("HHmmss")), c.agent, c.caller,
             c.callId);
}

// Ten folders of files/10 each, generated once (a marker file says the set is complete).
void generate(const QString& root, int files, int seconds)
{
    const QString marker = QDir(root).filePath(QStringLiteral("complete-v2-%1-%2").arg(files).arg(seconds));
    if (QFile::exists(marker)) {
        std::printf("using the %d files already in %s\n", files, qPrintable(root));
        return;
    }
    QDir(root).removeRecursively();
    QElapsedTimer t;
    t.start();
    PcmAudio base;
    for (int s = 0; s < seconds * 8000; ++s) {
        const bool voiced = (s / 1800) % 3 != 2;
        base.samples.append(voiced ? static_cast<qint16>(7000 * std::sin(2 * M_PI * 220 * s / 8000.0)) : qint16(0));
    }
    for (int i = 0; i < files; ++i) {
        const QString folder = QDir(root).filePath(QStringLiteral("part%1").arg(i % 10));
        if (i < 10) {
            QDir().mkpath(folder);
        }
        PcmAudio a = base;
        for (int k = 0; k < 4; ++k) { // every file's content differs, even after A-law's rounding
            a.samples[k] = static_cast<qint16>(((i >> (4 * k)) & 15) * 2000);
        }
        if (Outcome w = writeWav(QDir(folder).filePath(fileNameOf(callOf(i))), a, AudioEncoding::ALaw); !w) {
            fail(w.error().message);
        }
    }
    QFile m(marker);
    if (!m.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("cannot write %1").arg(marker));
    }
    std::printf("generated %d A-law files of %d s in %s in %.1f s\n", files, seconds, qPrintable(root),
                t.elapsed() / 1000.0);
}

struct Store {
    Store(const QString& path, int files) : db(check(db::Database::open(path), "open"))
    {
        security::OperatorRepository ops(db->connection());
        qa = check(ops.create(QStringLiteral("赵质检"), security::Role::QaInspector, ids, clock), "operator");
        for (int a = 0; a < 20; ++a) {
            auto op =
                check(ops.create(QStringLiteral("坐席%1").arg(a + 1), security::Role::Agent, ids, clock), "agent");
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("UPDATE operators SET agent_code = ? WHERE id = ?"));
            q.addBindValue(QString::number(1001 + a));
            q.addBindValue(op.id);
            q.exec();
            agents << op;
        }
        // Work orders to link to: calls 0, 3, 6 ... by call id; 1, 4, 7 ... by caller received 2 minutes later.
        db::BulkLoadScope bulk(db->connection());
        QString topic;
        for (const tickets::Category& c : check(tickets::CategoryRepository(db->connection()).all(), "categories")) {
            if (!c.parentId.isEmpty()) {
                topic = c.id;
                break;
            }
        }
        tickets::WorkOrderService service(*db, clock, ids);
        QList<tickets::WorkOrderDraft> drafts;
        for (int i = 0; i < files; ++i) {
            if (i % 3 == 2) {
                continue;
            }
            const Call c = callOf(i);
            tickets::WorkOrderDraft d;
            d.callerNumber = c.caller;
            d.categoryId = topic;
            d.question = QStringLiteral("咨询个税汇算清缴的办理时间。");
            d.answer = QStringLiteral("已解答。");
            d.resolvedOnFirstContact = true;
            d.receivedAt = i % 3 == 0 ? c.start : c.start.addSecs(120);
            d.callId = i % 3 == 0 ? c.callId : QString();
            drafts << d;
        }
        check(service.createMany(drafts, agents.first()), "work orders");
    }
    UuidGenerator ids;
    SystemClock clock;
    std::unique_ptr<db::Database> db;
    security::Operator qa;
    QList<security::Operator> agents;
};

ImportReport timedImport(Store& store, const QString& folder, int batch, qint64* ms)
{
    ImportOptions options;
    options.batchSize = batch;
    QElapsedTimer t;
    t.start();
    ImportReport r = check(importRecordings(*store.db, folder, options, store.qa, store.ids, store.clock), "import");
    *ms = t.elapsed();
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("files"), QStringLiteral("How many recordings."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Length of each."), QStringLiteral("S"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the generated files are kept."),
                      QStringLiteral("DIR"), QStringLiteral("/var/tmp/hotlinedesk-bench-recordings")});
    parser.process(app);
    const int files = qMax(10, parser.value(QStringLiteral("files")).toInt());
    const int seconds = qMax(1, parser.value(QStringLiteral("seconds")).toInt());
    const QString root = parser.value(QStringLiteral("dir"));
    generate(root, files, seconds);

    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("bench.db")), files);
    qint64 ms = 0;
    const ImportReport first = timedImport(store, root, 200, &ms);
    std::printf("import of %d recordings (%d s A-law each, batches of 200): %.2f s, %.0f files/s; imported %d, "
                "linked %d, failed %d  (target < 30 s)\n",
                first.found, seconds, ms / 1000.0, first.found * 1000.0 / qMax<qint64>(1, ms), first.imported,
                first.linked, first.failed());
    const ImportReport again = timedImport(store, root, 200, &ms);
    std::printf("the same folder again: %.2f s, %.0f files/s; skipped %d, imported %d\n", ms / 1000.0,
                again.found * 1000.0 / qMax<qint64>(1, ms), again.skipped, again.imported);

    QElapsedTimer t;
    t.start();
    RecordingFilter filter;
    filter.limit = 100;
    const auto newest = check(listRecordings(*store.db, filter, store.qa), "list");
    filter.link = LinkFilter::Unlinked;
    filter.agentId = store.agents.at(3).id;
    const auto unlinked = check(listRecordings(*store.db, filter, store.qa), "list unlinked");
    RecordingFilter search;
    search.text = QStringLiteral("C000123");
    const auto found = check(listRecordings(*store.db, search, store.qa), "search");
    std::printf("list: newest 100, an agent's unlinked (%lld), a search by call id (%lld): %lld ms together\n",
                static_cast<long long>(unlinked.size()), static_cast<long long>(found.size()),
                static_cast<long long>(t.elapsed()));

    // One folder of files/10, file by file against in batches, each into a fresh store.
    const QString part = QDir(root).filePath(QStringLiteral("part0"));
    for (int batch : {1, 200}) {
        Store fresh(dir.filePath(QStringLiteral("batch%1.db").arg(batch)), files);
        const ImportReport r = timedImport(fresh, part, batch, &ms);
        std::printf("%d files, a transaction per %d file(s): %.2f s, %.0f files/s\n", r.imported, batch, ms / 1000.0,
                    r.imported * 1000.0 / qMax<qint64>(1, ms));
    }
    return first.failed() == 0 ? 0 : 1;
}
