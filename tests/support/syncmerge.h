#pragma once
// Another workstation's changes merged into a store as the central store would hand them over: in one transaction,
// numbered 1, 2, 3 … in the journal of client `client`. For tests that copy a store and replay what happened since.

#include "db/transaction.h"
#include "sync/changelog.h"
#include "sync/syncrepository.h"

#include <catch2/catch.hpp>

namespace hotline::test {

inline sync::MergeCounts mergeChanges(const QSqlDatabase& target, const QList<sync::Change>& changes,
                                      const QString& client, qint64 receivedAtMs)
{
    sync::SyncRepository repo(target);
    sync::MergeCounts counts;
    db::Transaction tx(target);
    REQUIRE(tx.isActive());
    qint64 seq = 0;
    for (const sync::Change& c : changes) {
        ++seq;
        REQUIRE(repo.merge({seq, client, seq, c}, {}, QStringLiteral("x"), receivedAtMs, counts).ok());
    }
    REQUIRE(tx.commit().ok());
    return counts;
}

} // namespace hotline::test
