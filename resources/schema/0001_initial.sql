-- HotlineDesk local store, schema 1. Rows carry client-made UUIDs; times are UTC milliseconds since the epoch.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE operators (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('agent','technician','online_agent','qa','lead','admin')),
    created_at INTEGER NOT NULL
);

-- The business category tree: two levels (a top-level group and its topics).
CREATE TABLE categories (
    id         TEXT PRIMARY KEY,
    parent_id  TEXT REFERENCES categories(id),
    name       TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (parent_id, name)
);

CREATE TABLE work_orders (
    id             TEXT PRIMARY KEY,
    ticket_no      TEXT NOT NULL UNIQUE,
    caller_number  TEXT NOT NULL DEFAULT '',
    unit_name      TEXT NOT NULL DEFAULT '',
    taxpayer_id    TEXT NOT NULL DEFAULT '',
    contact_name   TEXT NOT NULL DEFAULT '',
    contact_number TEXT NOT NULL DEFAULT '',
    channel        TEXT NOT NULL CHECK (channel IN ('phone','online','email','fax','onsite')),
    category_id    TEXT REFERENCES categories(id),
    difficulty     TEXT NOT NULL CHECK (difficulty IN ('normal','hard')),
    question       TEXT NOT NULL,
    answer         TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('new','in_progress','awaiting_reply','transferred',
                                                   'awaiting_visit','resolved','closed')),
    owner_id       TEXT NOT NULL REFERENCES operators(id),
    created_by     TEXT NOT NULL REFERENCES operators(id),
    received_at    INTEGER NOT NULL,
    due_at         INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    resolved_at    INTEGER,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX work_orders_received ON work_orders(received_at);
CREATE INDEX work_orders_open_due ON work_orders(status, due_at);
CREATE INDEX work_orders_caller ON work_orders(caller_number);
CREATE INDEX work_orders_contact ON work_orders(contact_number);
CREATE INDEX work_orders_unit ON work_orders(unit_name);
CREATE INDEX work_orders_owner ON work_orders(owner_id);
CREATE INDEX work_orders_category ON work_orders(category_id);

-- Free-text search over what agents type and callers say (our own CJK bigram tokenizer).
CREATE VIRTUAL TABLE work_orders_fts USING fts5(
    question, answer, unit_name, taxpayer_id, caller_number, contact_number, contact_name,
    content='work_orders', content_rowid='rowid', tokenize='hotline_cjk', detail='full'
);
CREATE TRIGGER work_orders_fts_insert AFTER INSERT ON work_orders BEGIN
    INSERT INTO work_orders_fts(rowid, question, answer, unit_name, taxpayer_id, caller_number, contact_number,
                                contact_name)
    VALUES (new.rowid, new.question, new.answer, new.unit_name, new.taxpayer_id, new.caller_number,
            new.contact_number, new.contact_name);
END;
CREATE TRIGGER work_orders_fts_delete AFTER DELETE ON work_orders BEGIN
    INSERT INTO work_orders_fts(work_orders_fts, rowid, question, answer, unit_name, taxpayer_id, caller_number,
                                contact_number, contact_name)
    VALUES ('delete', old.rowid, old.question, old.answer, old.unit_name, old.taxpayer_id, old.caller_number,
            old.contact_number, old.contact_name);
END;
CREATE TRIGGER work_orders_fts_update
AFTER UPDATE OF question, answer, unit_name, taxpayer_id, caller_number, contact_number, contact_name ON work_orders
BEGIN
    INSERT INTO work_orders_fts(work_orders_fts, rowid, question, answer, unit_name, taxpayer_id, caller_number,
                                contact_number, contact_name)
    VALUES ('delete', old.rowid, old.question, old.answer, old.unit_name, old.taxpayer_id, old.caller_number,
            old.contact_number, old.contact_name);
    INSERT INTO work_orders_fts(rowid, question, answer, unit_name, taxpayer_id, caller_number, contact_number,
                                contact_name)
    VALUES (new.rowid, new.question, new.answer, new.unit_name, new.taxpayer_id, new.caller_number,
            new.contact_number, new.contact_name);
END;

-- The timeline of a work order: every status change, edit, note and transfer, append-only.
CREATE TABLE work_order_events (
    id            TEXT PRIMARY KEY,
    work_order_id TEXT NOT NULL REFERENCES work_orders(id),
    at            INTEGER NOT NULL,
    operator_id   TEXT NOT NULL REFERENCES operators(id),
    kind          TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX work_order_events_order ON work_order_events(work_order_id, at);

-- The outbox: one row per change, written in the same transaction as the change; the sync ships it in seq order.
CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    operation   TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),
    fields      TEXT NOT NULL,
    operator_id TEXT,
    changed_at  INTEGER NOT NULL
);

-- Working-day calendar years imported after the build (the shipped years live in resources).
CREATE TABLE calendar_days (
    day    TEXT PRIMARY KEY,
    is_off INTEGER NOT NULL CHECK (is_off IN (0, 1)),
    name   TEXT NOT NULL DEFAULT ''
);

