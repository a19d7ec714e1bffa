// A seeded, reproducible simulation of several workstations against one centre: crashes between the centre's
// commit and the workstation's acknowledgement, batches sent again, skewed clocks, concurrent edits.

#include "synctest.h"

#include "sync/syncrepository.h"
#include "tickets/workorderrepository.h"

#include <QSqlQuery>

#include <random>

using hotline::test::makeCentral;
using hotline::test::Workstation;
namespace hsync = hotline::sync;
namespace tickets = hotline::tickets;

namespace {

int journalCount(const QString& url, const QString& clientId)
{
    auto central = hsync::CentralStore::connect(url).value();
    int n = 0;
    qint64 cursor = 0;
    for (;;) {
        auto page = central->pull(cursor, 5000).value();
        if (page.isEmpty()) {
            return n;
        }
        for (const auto& e : page) {
            n += e.clientId == clientId ? 1 : 0;
        }
        cursor = page.last().seq;
    }
}

} // namespace

TEST_CASE("randomized workstations with crashes, repeated batches and skewed clocks converge and lose nothing")
{
    const auto kind = GENERATE(as<std::string>{}, "sqlite", "postgres");
    const auto seed = GENERATE(as<unsigned>{}, 12366u, 20251001u);
    CAPTURE(kind, seed);
    QTemporaryDir dir;
    const QString url = makeCentral(kind, dir);
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };

    constexpr int kDesks = 4;
    std::vector<std::unique_ptr<Workstation>> desks;
    std::vector<hotline::security::Operator> leads;
    for (int i = 1; i <= kDesks; ++i) {
        desks.push_back(std::make_unique<Workstation>(i));
        desks.back()->clock.advanceSecs((pick(7) - 3) * 3600); // clocks hours apart
        leads.push_back(hotline::security::OperatorRepository(desks.back()->store.db->connection())
                            .create(QStringLiteral("组长%1").arg(i), hotline::security::Role::TeamLead,
                                    desks.back()->ids, desks.back()->clock)
                            .value());
    }
    // Batches that reached the centre, to be sent again later (a retry after a lost answer).
    QList<QPair<QString, QList<hsync::OutgoingChange>>> sent;
    int crashes = 0;
    int repeats = 0;
    for (int step = 0; step < 300; ++step) {
        const int d = pick(kDesks);
        Workstation& desk = *desks[d];
        desk.clock.advanceSecs(pick(120));
        const int action = pick(100);
        tickets::WorkOrderRepository orders(desk.store.db->connection());
        if (action < 30) {
            REQUIRE(desk.service->create(desk.draft(QStringLiteral("第%1步的问题").arg(step)), desk.agent).ok());
        } else if (action < 65) {
            QSqlQuery q(desk.store.db->connection());
            REQUIRE(q.exec(QStringLiteral("SELECT id FROM work_orders ORDER BY id")));
            QStringList ids;
            while (q.next()) {
                ids << q.value(0).toString();
            }
            if (ids.isEmpty()) {
                continue;
            }
            const QString id = ids.at(pick(static_cast<int>(ids.size())));
            if (action < 55) {
                auto w = orders.find(id).value().value();
                auto edit = tickets::draftOf(w);
                edit.answer = QStringLiteral("第%1台第%2步的答复").arg(d + 1).arg(step);
                if (pick(2) == 0) {
                    edit.difficulty = pick(2) == 0 ? tickets::Difficulty::Hard : tickets::Difficulty::Normal;
                }
                REQUIRE(desk.service->edit(id, edit, w.version, leads[d]).ok());
            } else {
                REQUIRE(desk.service->addNote(id, QStringLiteral("第%1步的备注").arg(step), desk.agent).ok());
            }
        } else if (action < 85) {
            auto r = desk.sync(url);
            INFO((r ? QString() : r.error().message).toStdString());
            REQUIRE(r.ok());
            CHECK(r->rejected == 0);
        } else if (action < 95) {
            // Crash after the centre committed and before this desk noted it: the centre has the batch, the desk
            // will send it again.
            hsync::SyncRepository repo(desk.store.db->connection());
            const QString client = repo.clientId(QStringLiteral("client-%1").arg(d + 1)).value();
            const qint64 pushed = repo.setting(QStringLiteral("sync_pushed_seq")).value().toLongLong();
            auto batch = repo.outbox(pushed, 1 + pick(20)).value();
            if (batch.isEmpty()) {
                continue;
            }
            auto central = hsync::CentralStore::connect(url).value();
            REQUIRE(central->push(client, QStringLiteral("SIM%1").arg(d + 1), batch, 0).ok());
            sent.append({client, batch});
            ++crashes;
        } else if (!sent.isEmpty()) {
            const auto& [client, batch] = sent.at(pick(static_cast<int>(sent.size())));
            auto central = hsync::CentralStore::connect(url).value();
            REQUIRE(central->push(client, QStringLiteral("SIM"), batch, 0).ok());
            ++repeats;
        }
    }
    for (int settle = 0; settle < 3; ++settle) {
        for (auto& desk : desks) {
            REQUIRE(desk->sync(url).ok());
        }
    }
    CHECK(crashes > 0);
    CHECK(repeats > 0);
    for (auto& desk : desks) {
        // Every local write is at the centre, once.
        const QString client = hsync::SyncRepository(desk->store.db->connection()).setting(QStringLiteral("sync_client_id")).value();
        CHECK(journalCount(url, client) == desk->count(QStringLiteral("SELECT count(*) FROM change_log")));
        CHECK(hsync::SyncEngine::status(*desk->store.db).value().pending == 0);
    }
    for (int d = 1; d < kDesks; ++d) {
        CHECK(desks[0]->canonicalDump() == desks[d]->canonicalDump());
    }
}
