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

-- The seed category tree, with fixed ids so that every workstation and the central store agree on them.
INSERT INTO categories (id, parent_id, name, sort_order) VALUES
    ('3afead6e-a7d6-5201-9467-d4188fbd0f4a', NULL, '扣缴端软件', 1),
    ('362790f0-57fe-5bdf-860d-ad4f826efe2f', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '下载安装与升级', 1),
    ('42de65f8-035d-5d7f-a022-116ed3454b6d', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '注册登录与密码', 2),
    ('f3584411-6a89-5b96-9bfb-248e6ac6b5d4', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '人员信息采集', 3),
    ('edafba35-74a2-5222-97c6-243b9a89e321', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '专项附加扣除采集', 4),
    ('a09135bf-191e-5291-a323-fd4427fa3f87', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '综合所得申报', 5),
    ('150019f1-1540-5585-9a58-f0881e632f75', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '分类所得申报', 6),
    ('a9b5def5-f67e-507d-b3e1-87c8b1654b87', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '非居民所得申报', 7),
    ('b804992b-d9fc-5999-86a6-51332cb2e390', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '税款缴纳', 8),
    ('be48d737-9ac5-5d08-a7ee-b99825cf81ad', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '更正与作废', 9),
    ('c4d95ad0-3710-59b1-a073-ff8fd0f9757f', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '查询与导出', 10),
    ('8acdd3bc-f123-5e6c-937e-3e721ba0e341', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '备份与迁移', 11),
    ('f583c176-121e-561d-a4ed-21d5f3e7e2f6', '3afead6e-a7d6-5201-9467-d4188fbd0f4a', '网络与设置', 12),
    ('98548045-4449-535e-a768-2ff1728c6266', NULL, '个税业务', 2),
    ('b8972ff1-1c8e-5fe0-be4a-60e65a3c72f2', '98548045-4449-535e-a768-2ff1728c6266', '综合所得', 1),
    ('cd003b5f-622d-5d5b-a350-c27c44eadd10', '98548045-4449-535e-a768-2ff1728c6266', '经营所得', 2),
    ('56b513b5-5aa6-5c81-8c0c-8235d861efb1', '98548045-4449-535e-a768-2ff1728c6266', '分类所得', 3),
    ('41398427-4282-5d1c-a36d-374854c52737', '98548045-4449-535e-a768-2ff1728c6266', '专项附加扣除', 4),
    ('7f6a4ad1-8bde-5346-acef-f68d8bc829e9', '98548045-4449-535e-a768-2ff1728c6266', '年度汇算', 5),
    ('39840788-72b3-58a3-844f-499f0c8b186e', '98548045-4449-535e-a768-2ff1728c6266', '减免优惠', 6),
    ('b6a2c437-96fa-5d63-82ea-e0bdbf147165', '98548045-4449-535e-a768-2ff1728c6266', '征收管理', 7),
    ('d34eeebb-be66-5592-aeb5-9a430e961b02', NULL, '投诉建议', 3),
    ('c54fcd9f-19ca-5607-8c4a-6e80301cff0e', 'd34eeebb-be66-5592-aeb5-9a430e961b02', '投诉', 1),
    ('b588cd5e-4d34-5799-be83-a87a5ebeeee1', 'd34eeebb-be66-5592-aeb5-9a430e961b02', '建议', 2),
    ('5c5a1289-2cf0-5acc-abd8-3407a7974889', 'd34eeebb-be66-5592-aeb5-9a430e961b02', '表扬', 3);
