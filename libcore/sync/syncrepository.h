#pragma once
// The local SQL of the sync: its state in settings, the outbox read, field versions, and merging pulled changes
// into the feature tables without writing them to the change log again.

#include "core/result.h"
#include "sync/centralstore.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace hotline {
class IdGenerator;
}

namespace hotline::sync {

struct MergeCounts {
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
};

class SyncRepository final {
public:
    explicit SyncRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QString> setting(const QString& key) const;
    Outcome setSetting(const QString& key, const QString& value);
    // This workstation's identity at the centre (made once).
    Result<QString> clientId(const QString& fresh);

    // Local changes after `afterSeq`, oldest first.
    Result<QList<OutgoingChange>> outbox(qint64 afterSeq, int limit) const;
    Result<int> outboxSize(qint64 afterSeq) const;
    // Marks our own pushed changes as the source of their fields' current values.
    Outcome recordPushed(const QList<OutgoingChange>& changes, const QList<qint64>& seqs);

    // Merges one pulled change of another workstation. `pending` holds "entity|id|field" of fields this
    // workstation changed but has not pushed yet (they win: they will reach the centre later).
    // Must run inside a transaction; a refused change is recorded in sync_rejects and does not stop the rest.
    Outcome merge(const JournalEntry& entry, const QSet<QString>& pending, const QString& conflictId,
                  qint64 nowMs, MergeCounts& counts);
    // "entity|id|field" of every field in changes after afterSeq.
    Result<QSet<QString>> pendingFields(qint64 afterSeq) const;

    static QString fieldKey(const QString& entity, const QString& id, const QString& field);

private:
    struct Version {
        QString entity;
        QString entityId;
        QString field; // "*": every field, as set by an insert
        qint64 seq;
        bool mine;
    };
    Outcome writeVersions(const QList<Version>& versions);
    // Operators and categories have unique names: the row whose insert reached the centre second is renamed
    // "name-1a2b" (the last four characters of its id) on every desk. Returns the name to insert with, or empty.
    Result<QString> settleNameClash(const JournalEntry& e, const QSet<QString>& pending, qint64 nowMs);
    static QString renamed(const QString& name, const QString& id);

    struct Table {
        QString name;
        bool appendOnly = false;
        QSet<QString> columns;
    };
    const Table* tableFor(const QString& entity);
    Outcome reject(const JournalEntry& e, const QString& reason, qint64 nowMs, MergeCounts& counts);
    Outcome recordConflict(const JournalEntry& e, const QString& field, const QJsonValue& losing,
                           const QVariant& winning, qint64 winningSeq, const QString& conflictId, qint64 nowMs);

    QSqlDatabase m_db;
    QHash<QString, Table> m_tables;
    QSet<QString> m_tombstones; // "entity|id", loaded at the first merge
    bool m_tombstonesLoaded = false;
};

} // namespace hotline::sync
