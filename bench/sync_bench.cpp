// Sync through the central store: push then pull of 10,000 changes, next to a plain multi-row INSERT of the same
// rows through the same driver (the physical limit), and an idle round.
// Usage: bench_sync --central URL [--changes 10000]      (bench/run_sync_bench.sh starts a PostgreSQL for it)
// Targets (issue "Central store"): push + pull of 10,000 changes through ODBC to PostgreSQL < 5 s; idle round < 50 ms.

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "sync/centralstore.h"
#include "sync/changelog.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hotline;

namespace {

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

// The same rows as the change log, written by hand in 500-row INSERTs inside one transaction.
double plainInsert(const QString& url, const QList<sync::Change>& changes)
{
    const bool sqlite = url.startsWith(QLatin1String("sqlite:"));
    double took = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QODBC"),
                                                    QStringLiteral("plain"));
        db.setDatabaseName(url.mid(url.indexOf(QLatin1Char(':')) + 1));
        if (!db.open()) {
            fail(db.lastError().text());
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP TABLE plain_rows"));
        if (!q.exec(QStringLiteral("CREATE TABLE plain_rows (client_id VARCHAR(64), client_seq BIGINT, entity "
                                   "VARCHAR(64), entity_id VARCHAR(64), operation VARCHAR(64), fields TEXT, "
                                   "operator_id VARCHAR(64), changed_at BIGINT, received_at BIGINT)"))) {
            fail(q.lastError().text());
        }
        QElapsedTimer t;
        t.start();
        db.transaction();
        constexpr int kRows = 200;
        for (qsizetype first = 0; first < changes.size(); first += kRows) {
            const qsizetype n = std::min<qsizetype>(kRows, changes.size() - first);
            QStringList rows;
            for (qsizetype i = 0; i < n; ++i) {
                rows << QStringLiteral("(?,?,?,?,?,?,?,?,?)");
            }
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral("INSERT INTO plain_rows VALUES ") + rows.join(QLatin1Char(',')));
            for (qsizetype i = first; i < first + n; ++i) {
                const sync::Change& c = changes[i];
                ins.addBindValue(QStringLiteral("plain"));
                ins.addBindValue(i);
                ins.addBindValue(c.entity);
                ins.addBindValue(c.entityId);
                ins.addBindValue(QStringLiteral("insert"));
                ins.addBindValue(QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)));
                ins.addBindValue(c.operatorId);
                ins.addBindValue(c.at.toMSecsSinceEpoch());
                ins.addBindValue(qint64(0));
            }
            if (!ins.exec()) {
                fail(ins.lastError().text());
            }
        }
        db.commit();
        took = ms(t);
        q.exec(QStringLiteral("DROP TABLE plain_rows"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return took;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("central"), QStringLiteral("Central store URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("About how many changes."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.process(app);
    const QString url = parser.value(QStringLiteral("central"));
    if (url.isEmpty()) {
        fail(QStringLiteral("--central URL is required"));
    }
    const int wanted = parser.value(QStringLiteral("changes")).toInt();

    QTemporaryDir dir;
    auto a = db::Database::open(dir.filePath(QStringLiteral("a.db"))).value();
    auto b = db::Database::open(dir.filePath(QStringLiteral("b.db"))).value();
    UuidGenerator ids;
    demo::DemoOptions options;
    options.count = wanted / 2; // a work order and its timeline entry: two changes each
    if (auto filled = demo::fillBulk(*a, ids, options); !filled) {
        fail(filled.error().message);
    }
    const int changes = sync::pendingCount(a->connection()).value();
    auto all = sync::pendingChanges(a->connection(), changes).value();

    SystemClock clock;
    auto central = sync::CentralStore::connect(url);
    if (!central) {
        fail(central.error().message);
    }
    std::printf("central: %s, %d changes\n", qPrintable(sync::dialectName(central.value()->dialect())), changes);

    sync::SyncReport pushed;
    QElapsedTimer t;
    t.start();
    if (auto r = sync::SyncEngine(*a, *central.value(), clock).push(1000, pushed); !r) {
        fail(r.error().message);
    }
    const double push = ms(t);
    sync::SyncReport pulled;
    t.restart();
    if (auto r = sync::SyncEngine(*b, *central.value(), clock).pull(1000, pulled); !r) {
        fail(r.error().message);
    }
    const double pull = ms(t);
    const double plain = plainInsert(url, all);
    // The first full round of A also reads its own 10,000 changes back; the next one has nothing to do.
    if (auto r = sync::SyncEngine(*a, *central.value(), clock).syncOnce(); !r) {
        fail(r.error().message);
    }
    QList<double> idles;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        if (auto r = sync::SyncEngine(*a, *central.value(), clock).syncOnce(); !r) {
            fail(r.error().message);
        }
        idles << ms(t);
    }
    std::sort(idles.begin(), idles.end());
    const double idle = idles.at(2);

    std::printf("%-56s %9.1f ms\n", "push (client log -> centre)", push);
    std::printf("%-56s %9.1f ms  (%d merged)\n", "pull (centre -> other client, merged into its store)", pull,
                pulled.pulled);
    std::printf("%-56s %9.1f ms  (target < 5000)\n", "push + pull", push + pull);
    std::printf("%-56s %9.1f ms\n", "plain multi-row INSERT of the same rows, same driver", plain);
    std::printf("%-56s %9.1f x\n", "ratio (push + pull) / plain insert", (push + pull) / plain);
    std::printf("%-56s %9.1f ms  (target < 50)\n", "idle sync round, median of 5", idle);
    return 0;
}
