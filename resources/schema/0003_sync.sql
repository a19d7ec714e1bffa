-- HotlineDesk local store, schema 3: what the sync needs to merge other workstations' changes.

-- For every synced field: the journal number of the change that set its current value, and whether that change
-- was this workstation's own. A pulled change sets a field only when it is newer than this (last writer wins, in
-- the centre's order).
CREATE TABLE sync_field_versions (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    mine      INTEGER NOT NULL CHECK (mine IN (0, 1)),
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

-- Deleted rows stay deleted whatever late updates arrive.
CREATE TABLE sync_tombstones (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- Concurrent edits of the same field: the value that lost, kept for the team lead to see and restore.
CREATE TABLE sync_conflicts (
    id            TEXT PRIMARY KEY,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    field         TEXT NOT NULL,
    losing_value  TEXT NOT NULL,
    losing_client TEXT NOT NULL,
    losing_seq    INTEGER NOT NULL,
    winning_value TEXT NOT NULL,
    winning_seq   INTEGER NOT NULL,
    detected_at   INTEGER NOT NULL,
    restored_at   INTEGER
);
CREATE INDEX sync_conflicts_entity ON sync_conflicts(entity, entity_id);

-- Incoming changes that were refused (malformed, oversized, unknown), with the reason; the rest went on.
CREATE TABLE sync_rejects (
    seq        INTEGER PRIMARY KEY,
    client_id  TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    reason     TEXT NOT NULL,
    at         INTEGER NOT NULL
);
