#include "db/query.h"
#include "db/transaction.h"
#include "satisfaction/returnvisits.h"
#include "satisfaction/surveyimport.h"
#include "satisfactionfixture.h"
#include "sync/changelog.h"
#include "syncmerge.h"

#include <QFile>

using namespace hotline;
using namespace hotline::satisfaction;
using hotline::test::beijing;

TEST_CASE("survey answers and return visits reach another workstation through the sync merge")
{
    hotline::test::SatisfactionFixture a;
    const QString wo = a.workOrder(a.agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"),
                                   QStringLiteral("C-77"));
    // Workstation B starts as a copy of A (same operators and work order), then A records satisfaction data.
    QTemporaryDir dirB;
    const QString pathB = dirB.filePath(QStringLiteral("b.db"));
    REQUIRE(db::exec(a.store.db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    REQUIRE(QFile::copy(a.store.path, pathB));
    auto b = db::Database::open(pathB);
    REQUIRE(b.ok());
    const int before = sync::pendingCount(a.store.db->connection()).value();

    a.clock.set(beijing(QStringLiteral("2025-10-08 09:00")));
    SurveyImporter importer(a.store.db->connection(), a.clock, a.ids);
    REQUIRE(importer
                .importBytes(QByteArray("call_id,caller,time,rating\nC-77,,2025-09-30 09:10,4\n,13907711234,"
                                        "2025-09-30 11:00,不满意\n"),
                             QStringLiteral("s.csv"), a.lead)
                .ok());
    ReturnVisitService visits(a.store.db->connection(), a.clock, a.ids);
    REQUIRE(visits
                .record({wo, beijing(QStringLiteral("2025-10-02 10:00")), VisitMethod::Phone, Rating::Satisfied,
                         QStringLiteral("问题已解决")},
                        a.agent)
                .ok());

    auto changes = sync::pendingChanges(a.store.db->connection(), 1000);
    REQUIRE(changes.ok());
    REQUIRE(changes->size() == before + 3);
    const sync::MergeCounts counts =
        test::mergeChanges(b.value()->connection(), changes.value().mid(before), QStringLiteral("workstation-a"),
                           a.clock.now().toMSecsSinceEpoch());
    auto rejects =
        db::exec(b.value()->connection(), QStringLiteral("SELECT entity || ': ' || reason FROM sync_rejects"));
    REQUIRE(rejects.ok());
    while (rejects.value().next()) {
        UNSCOPED_INFO(rejects.value().value(0).toString().toStdString());
    }
    CHECK(counts.applied == 3);
    CHECK(counts.rejected == 0);
    auto q = db::exec(b.value()->connection(),
                      QStringLiteral("SELECT (SELECT count(*) FROM satisfaction_surveys WHERE work_order_id = ? AND "
                                     "rating = 'satisfied' AND rating_raw = '4'), "
                                     "(SELECT count(*) FROM satisfaction_surveys WHERE work_order_id IS NULL), "
                                     "(SELECT note FROM return_visits WHERE work_order_id = ?)"),
                      {wo, wo});
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toInt() == 1);
    CHECK(q.value().value(1).toInt() == 1);
    CHECK(q.value().value(2).toString() == QStringLiteral("问题已解决"));
}
