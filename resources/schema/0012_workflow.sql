-- rebuilds tables (operators: two new roles; the migration runner turns foreign keys off and checks them itself)
-- HotlineDesk local store, schema 12: the service workflow around the work order — transfers to the remote expert
-- team or a business department (转办), callbacks (回呼), complaints (投诉), planned return visits (回访计划),
-- training (培训), the materials library and what was sent from it (资料), and 扣缴端 version records (版本验证).

-- Two new roles: the remote expert team (远程专业团队) answers transfers; the quality manager (质量管理员) owns
-- complaints. SQLite cannot change a CHECK in place: the table is rebuilt with the same columns and rows.
CREATE TABLE operators_new (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    role                TEXT NOT NULL CHECK (role IN ('agent','technician','online_agent','qa','lead','admin',
                                                      'expert','quality_manager')),
    created_at          INTEGER NOT NULL,
    password_hash       TEXT NOT NULL DEFAULT '',
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER,
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_changed_at INTEGER,
    agent_code          TEXT NOT NULL DEFAULT ''
);
INSERT INTO operators_new (id, name, role, created_at, password_hash, failed_attempts, locked_until, active,
                           password_changed_at, agent_code)
SELECT id, name, role, created_at, password_hash, failed_attempts, locked_until, active, password_changed_at,
       agent_code
FROM operators;
DROP TABLE operators;
ALTER TABLE operators_new RENAME TO operators;

-- 转办: a question handed from a work order to the remote expert team or a named business department, with a due
-- time. The work order shows 已转办 while one is open; the answer comes back into its timeline and the work order
-- returns to its owner. holder_id is the expert who took it from the team's queue (NULL while it waits there).
CREATE TABLE transfers (
    id            TEXT PRIMARY KEY,
    work_order_id TEXT NOT NULL REFERENCES work_orders(id),
    target_kind   TEXT NOT NULL CHECK (target_kind IN ('expert_team', 'department')),
    department    TEXT NOT NULL DEFAULT '',   -- the department's name when target_kind = 'department'
    question      TEXT NOT NULL,
    due_at        INTEGER NOT NULL,           -- UTC ms
    requested_by  TEXT NOT NULL REFERENCES operators(id),
    requested_at  INTEGER NOT NULL,
    holder_id     TEXT REFERENCES operators(id),
    status        TEXT NOT NULL CHECK (status IN ('open', 'answered', 'withdrawn')),
    answer        TEXT NOT NULL DEFAULT '',
    answered_by   TEXT REFERENCES operators(id),
    answered_at   INTEGER,
    updated_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK (target_kind = 'expert_team' OR department <> '')
);
CREATE INDEX transfers_open ON transfers(status, target_kind, due_at);
CREATE INDEX transfers_work_order ON transfers(work_order_id);

-- 回呼 / 电话外呼: a call the hotline owes a taxpayer. The retry rules (attempts, spacing, office hours on working
-- days) live in libcore; a callback past its deadline without contact is escalated to the lead.
CREATE TABLE callbacks (
    id            TEXT PRIMARY KEY,
    work_order_id TEXT REFERENCES work_orders(id),
    number        TEXT NOT NULL,              -- digits as dialled
    reason        TEXT NOT NULL,
    earliest_at   INTEGER NOT NULL,           -- UTC ms: not before
    deadline_at   INTEGER NOT NULL,
    assignee_id   TEXT NOT NULL REFERENCES operators(id),
    status        TEXT NOT NULL CHECK (status IN ('pending', 'reached', 'failed', 'escalated', 'cancelled')),
    created_by    TEXT NOT NULL REFERENCES operators(id),
    created_at    INTEGER NOT NULL,
    escalated_at  INTEGER,
    closed_at     INTEGER,
    updated_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK (deadline_at > earliest_at)
);
CREATE INDEX callbacks_queue ON callbacks(status, earliest_at);
CREATE INDEX callbacks_work_order ON callbacks(work_order_id);

CREATE TABLE callback_attempts (
    id           TEXT PRIMARY KEY,
    callback_id  TEXT NOT NULL REFERENCES callbacks(id),
    attempted_at INTEGER NOT NULL,
    operator_id  TEXT NOT NULL REFERENCES operators(id),
    outcome      TEXT NOT NULL CHECK (outcome IN ('connected', 'no_answer', 'busy', 'wrong_number')),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX callback_attempts_callback ON callback_attempts(callback_id, attempted_at);

-- 投诉: a complaint register apart from ordinary work orders. The quality manager who owns it investigates, records
-- the result and the reply to the complainant, and closes it; every step is a complaint_events row.
CREATE TABLE complaints (
    id                TEXT PRIMARY KEY,
    complaint_no      TEXT NOT NULL UNIQUE,
    received_at       INTEGER NOT NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'online', 'letter', 'email', 'visit', 'superior')),
    complainant_name  TEXT NOT NULL DEFAULT '',
    complainant_phone TEXT NOT NULL DEFAULT '',
    subject_kind      TEXT NOT NULL CHECK (subject_kind IN ('agent', 'answer', 'software', 'other')),
    subject_agent_id  TEXT REFERENCES operators(id),
    work_order_id     TEXT REFERENCES work_orders(id),
    recording_id      TEXT REFERENCES recordings(id),
    summary           TEXT NOT NULL,
    severity          TEXT NOT NULL CHECK (severity IN ('minor', 'normal', 'serious')),
    owner_id          TEXT REFERENCES operators(id),
    status            TEXT NOT NULL CHECK (status IN ('open', 'investigating', 'replied', 'closed')),
    investigation     TEXT NOT NULL DEFAULT '',
    result            TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'upheld', 'partly_upheld', 'not_upheld')),
    reply             TEXT NOT NULL DEFAULT '',
    replied_at        INTEGER,
    closed_at         INTEGER,
    created_by        TEXT NOT NULL REFERENCES operators(id),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaints_received ON complaints(received_at);
CREATE INDEX complaints_open ON complaints(status, owner_id);
CREATE INDEX complaints_work_order ON complaints(work_order_id);
CREATE INDEX complaints_recording ON complaints(recording_id);

CREATE TABLE complaint_events (
    id           TEXT PRIMARY KEY,
    complaint_id TEXT NOT NULL REFERENCES complaints(id),
    at           INTEGER NOT NULL,
    operator_id  TEXT NOT NULL REFERENCES operators(id),
    kind         TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, at);

-- 回访计划: a list of work orders to visit again, e.g. a random share of last week's closed ones, drawn with a
-- recorded seed and dealt to agents. A visit made from the list names its item (return_visits.plan_item_id).
CREATE TABLE return_visit_plans (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    period_from   INTEGER NOT NULL,           -- UTC ms, closed work orders resolved in [from, to)
    period_to     INTEGER NOT NULL,
    share_percent INTEGER NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
    seed          INTEGER NOT NULL,
    created_by    TEXT NOT NULL REFERENCES operators(id),
    created_at    INTEGER NOT NULL,
    CHECK (period_to > period_from)
);
CREATE TABLE return_visit_plan_items (
    id            TEXT PRIMARY KEY,
    plan_id       TEXT NOT NULL REFERENCES return_visit_plans(id),
    work_order_id TEXT NOT NULL REFERENCES work_orders(id),
    assignee_id   TEXT NOT NULL REFERENCES operators(id),
    UNIQUE (plan_id, work_order_id)
);
CREATE INDEX return_visit_plan_items_assignee ON return_visit_plan_items(assignee_id);
-- The scripted questionnaire's second question: was the problem resolved (1) or not (0); NULL when not asked.
ALTER TABLE return_visits ADD COLUMN resolved INTEGER CHECK (resolved IN (0, 1));
ALTER TABLE return_visits ADD COLUMN plan_item_id TEXT REFERENCES return_visit_plan_items(id);

-- 培训: training sessions for the hotline's staff (at least two a year are required) and who attended.
CREATE TABLE trainings (
    id               TEXT PRIMARY KEY,
    topic            TEXT NOT NULL,
    starts_at        INTEGER NOT NULL,        -- UTC ms
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    trainer          TEXT NOT NULL,
    location         TEXT NOT NULL DEFAULT '',
    materials        TEXT NOT NULL DEFAULT '', -- what was handed out: titles, links, material ids
    created_by       TEXT NOT NULL REFERENCES operators(id),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX trainings_starts ON trainings(starts_at);
CREATE TABLE training_attendees (
    id          TEXT PRIMARY KEY,
    training_id TEXT NOT NULL REFERENCES trainings(id),
    operator_id TEXT NOT NULL REFERENCES operators(id),
    attended    INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    updated_at  INTEGER NOT NULL,
    UNIQUE (training_id, operator_id)
);
-- A topic course announced to taxpayers (专题课程) is a course link with the time it runs; NULL for recorded ones.
ALTER TABLE kb_links ADD COLUMN starts_at INTEGER;

-- 资料库: install and upgrade packages, operation manuals, screen recordings — a stored file (with its SHA-256) or a
-- link — and every time one was sent to a taxpayer, against the work order.
CREATE TABLE materials (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('install', 'upgrade', 'manual', 'screen_recording', 'other')),
    title           TEXT NOT NULL,
    release_version TEXT NOT NULL DEFAULT '', -- the material's own version, e.g. the 扣缴端's V3.1.221
    file_name       TEXT NOT NULL DEFAULT '', -- as imported
    stored_path     TEXT NOT NULL DEFAULT '', -- inside the managed materials folder
    url             TEXT NOT NULL DEFAULT '', -- http or https
    size_bytes      INTEGER,
    sha256          TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_by      TEXT NOT NULL REFERENCES operators(id),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK ((stored_path <> '') <> (url <> ''))
);
CREATE TABLE material_sends (
    id            TEXT PRIMARY KEY,
    material_id   TEXT NOT NULL REFERENCES materials(id),
    work_order_id TEXT REFERENCES work_orders(id),
    recipient     TEXT NOT NULL,              -- e-mail address
    subject       TEXT NOT NULL,
    attached      INTEGER NOT NULL CHECK (attached IN (0, 1)), -- the file itself (1) or its link (0)
    sha256        TEXT NOT NULL DEFAULT '',  -- of the file as sent
    status        TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
    error         TEXT NOT NULL DEFAULT '',
    message_id    TEXT NOT NULL DEFAULT '',
    sent_by       TEXT NOT NULL REFERENCES operators(id),
    sent_at       INTEGER NOT NULL
);
CREATE INDEX material_sends_work_order ON material_sends(work_order_id);

-- 扣缴端版本: each release of the withholding client, the bureau's deadline, the verification checklist and its
-- result (JSON [{"item": ..., "passed": true|false|null, "note": ...}]), who verified it, and whether (and which)
-- operation manuals were revised.
CREATE TABLE client_versions (
    id             TEXT PRIMARY KEY,
    client_version TEXT NOT NULL UNIQUE,
    released_on    TEXT NOT NULL,             -- ISO date
    deadline_on    TEXT,                      -- ISO date, the bureau's deadline; NULL when none was set
    notes          TEXT NOT NULL DEFAULT '',
    checklist      TEXT NOT NULL DEFAULT '[]',
    result         TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'passed', 'failed')),
    verified_by    TEXT REFERENCES operators(id),
    verified_at    INTEGER,
    manual_revised INTEGER NOT NULL DEFAULT 0 CHECK (manual_revised IN (0, 1)),
    manual_note    TEXT NOT NULL DEFAULT '',
    material_id    TEXT REFERENCES materials(id),
    created_by     TEXT NOT NULL REFERENCES operators(id),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
