#include "sync/syncengine.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "sync/centralstore.h"
#include "sync/syncrepository.h"
#include "tickets/workorderrepository.h"

#include <QUuid>

namespace hotline::sync {
namespace {

const QString kPushed = QStringLiteral("sync_pushed_seq");
const QString kCursor = QStringLiteral("sync_cursor");
const QString kLastOk = QStringLiteral("sync_last_success");

Result<qint64> number(SyncRepository& repo, const QString& key)
{
    auto v = repo.setting(key);
    if (!v) {
        return v.error();
    }
    return v.value().toLongLong();
}

} // namespace

SyncEngine::SyncEngine(db::Database& local, CentralStore& central, const Clock& clock)
    : m_local(local), m_central(central), m_clock(clock)
{
}

Result<SyncReport> SyncEngine::syncOnce(int batchSize)
{
    SyncReport report;
    if (auto pushed = push(batchSize, report); !pushed) {
        return pushed.error();
    }
    if (auto pulled = pull(batchSize, report); !pulled) {
        return pulled.error();
    }
    // Conflicts found while merging are records of their own: send them on in the same round.
    if (report.conflicts > 0) {
        if (auto again = push(batchSize, report); !again) {
            return again.error();
        }
    }
    SyncRepository repo(m_local.connection());
    if (Outcome s = repo.setSetting(kLastOk, QString::number(m_clock.now().toMSecsSinceEpoch())); !s) {
        return s.error();
    }
    return report;
}

Result<int> SyncEngine::push(int batchSize, SyncReport& report)
{
    SyncRepository repo(m_local.connection());
    auto client = repo.clientId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!client) {
        return client.error();
    }
    auto station = tickets::WorkOrderRepository(m_local.connection()).stationCode(client.value());
    if (!station) {
        return station.error();
    }
    for (;;) {
        auto pushedUpTo = number(repo, kPushed);
        if (!pushedUpTo) {
            return pushedUpTo.error();
        }
        auto batch = repo.outbox(pushedUpTo.value(), batchSize);
        if (!batch) {
            return batch.error();
        }
        if (batch.value().isEmpty()) {
            return report.pushed;
        }
        // The centre commits first; if we die before noting it, the next push is answered from the same numbers.
        auto seqs = m_central.push(client.value(), station.value(), batch.value(), m_clock.now().toMSecsSinceEpoch());
        if (!seqs) {
            return seqs.error();
        }
        db::Transaction tx(m_local.connection());
        if (!tx.isActive()) {
            return tx.error();
        }
        if (Outcome s = repo.recordPushed(batch.value(), seqs.value()); !s) {
            return s.error();
        }
        if (Outcome s = repo.setSetting(kPushed, QString::number(batch.value().last().clientSeq)); !s) {
            return s.error();
        }
        if (Outcome s = tx.commit(); !s) {
            return s.error();
        }
        report.pushed += static_cast<int>(batch.value().size());
    }
}

Result<int> SyncEngine::pull(int batchSize, SyncReport& report)
{
    SyncRepository repo(m_local.connection());
    auto client = repo.clientId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!client) {
        return client.error();
    }
    for (;;) {
        auto cursor = number(repo, kCursor);
        if (!cursor) {
            return cursor.error();
        }
        report.cursor = cursor.value();
        auto entries = m_central.pull(cursor.value(), batchSize);
        if (!entries) {
            return entries.error();
        }
        if (entries.value().isEmpty()) {
            return report.pulled;
        }
        db::Transaction tx(m_local.connection());
        if (!tx.isActive()) {
            return tx.error();
        }
        auto pushedUpTo = number(repo, kPushed);
        auto pending = pushedUpTo ? repo.pendingFields(pushedUpTo.value()) : Result<QSet<QString>>(pushedUpTo.error());
        if (!pending) {
            return pending.error();
        }
        MergeCounts counts;
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        for (const JournalEntry& e : entries.value()) {
            if (e.clientId == client.value()) {
                continue; // our own change, merged when we made it
            }
            // Conflict ids are derived from the journal entry and this workstation, so a repeated merge makes the
            // same ones, while another workstation whose own edit also beat this change records its own.
            const QString conflictId = QStringLiteral("conflict-%1-%2").arg(e.seq).arg(client.value());
            if (Outcome s = repo.merge(e, pending.value(), conflictId, now, counts); !s) {
                return s.error();
            }
        }
        if (Outcome s = repo.setSetting(kCursor, QString::number(entries.value().last().seq)); !s) {
            return s.error();
        }
        if (Outcome s = tx.commit(); !s) {
            return s.error();
        }
        report.pulled += counts.applied;
        report.conflicts += counts.conflicts;
        report.rejected += counts.rejected;
        report.cursor = entries.value().last().seq;
        if (entries.value().size() < batchSize) {
            return report.pulled;
        }
    }
}

Result<SyncStatus> SyncEngine::status(db::Database& local)
{
    SyncRepository repo(local.connection());
    SyncStatus s;
    auto id = repo.setting(QStringLiteral("sync_client_id"));
    auto pushed = number(repo, kPushed);
    auto cursor = number(repo, kCursor);
    auto last = number(repo, kLastOk);
    if (!id || !pushed || !cursor || !last) {
        return (!id ? id.error() : !pushed ? pushed.error() : !cursor ? cursor.error() : last.error());
    }
    auto pending = repo.outboxSize(pushed.value());
    if (!pending) {
        return pending.error();
    }
    s.clientId = id.value();
    s.pending = pending.value();
    s.cursor = cursor.value();
    if (last.value() > 0) {
        s.lastSuccess = QDateTime::fromMSecsSinceEpoch(last.value(), Qt::UTC);
    }
    return s;
}

} // namespace hotline::sync
