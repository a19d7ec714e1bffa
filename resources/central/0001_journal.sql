-- HotlineDesk central store, schema 1. The centre is a journal of the workstations' changes in the order it
-- accepted them (seq); workstations push their change logs into it and pull the others' changes from it.
-- Written once for every dialect: ${key} short text keys, ${text} unlimited Unicode text, ${int64}, ${serial}
-- the journal's own increasing number (see libcore/sync/dialect.cpp).

CREATE TABLE hd_meta (
    k ${key} PRIMARY KEY,
    v ${key} NOT NULL
);
INSERT INTO hd_meta (k, v) VALUES ('push_lock', '0');

CREATE TABLE hd_clients (
    client_id   ${key} PRIMARY KEY,
    station     ${key} NOT NULL,
    first_seen  ${int64} NOT NULL,
    last_seen   ${int64} NOT NULL
);

CREATE TABLE hd_changes (
    seq         ${serial},
    client_id   ${key} NOT NULL,
    client_seq  ${int64} NOT NULL,
    entity      ${key} NOT NULL,
    entity_id   ${key} NOT NULL,
    operation   ${key} NOT NULL,
    fields      ${text} NOT NULL,
    operator_id ${key},
    changed_at  ${int64} NOT NULL,
    received_at ${int64} NOT NULL
);
CREATE UNIQUE INDEX hd_changes_client ON hd_changes (client_id, client_seq);
CREATE INDEX hd_changes_entity ON hd_changes (entity, entity_id);
