-- HotlineDesk local store, schema 4: personal accounts (login credentials, lock-out, deactivation) and the
-- tamper-evident audit log.

-- Credentials live on the operator row. password_hash is libsodium's self-describing Argon2id string ('' = the
-- person cannot log in until an administrator sets a password). failed_attempts and locked_until are this
-- workstation's view of consecutive failed logins; locked_until is UTC milliseconds.
ALTER TABLE operators ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE operators ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE operators ADD COLUMN locked_until INTEGER;
ALTER TABLE operators ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE operators ADD COLUMN password_changed_at INTEGER;

-- Failed logins under names that have no account, counted like those of real accounts so that the lock-out
-- message never tells whether a name exists.
CREATE TABLE login_throttle (
    name            TEXT PRIMARY KEY,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER,
    last_failed_at  INTEGER NOT NULL
);

-- Append-only, hash-chained: each station numbers its own entries 1, 2, 3, ... and each entry's hash covers the
-- hash of the one before (prev_hash) and its own canonical fields, so an edited, removed or reordered entry is
-- found by walking the chain (security/auditlog.cpp).
CREATE TABLE audit_log (
    seq         INTEGER NOT NULL,
    id          TEXT NOT NULL UNIQUE,
    station     TEXT NOT NULL,
    at          INTEGER NOT NULL,
    operator_id TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    target      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    PRIMARY KEY (station, seq)
);
CREATE INDEX audit_log_at ON audit_log(at);

-- Our own code never changes or removes an entry; these stop anything else that goes through SQL by accident.
-- (Someone who drops them on purpose is caught by the hash chain.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
