-- HotlineDesk local store, schema 9: call recordings and quality inspection (质检) — the recording catalogue, markers
-- on a recording, versioned scorecard templates, evaluations with their per-item deductions, findings of live
-- monitoring, the weekly sampling plan, and the feedback trail (已阅, appeal, the lead's decision).

-- The PBX's call id of the call a work order was taken on (the screen-pop passes it; empty when unknown).
-- Recordings are linked to work orders by it.
ALTER TABLE work_orders ADD COLUMN call_id TEXT NOT NULL DEFAULT '';
CREATE INDEX work_orders_call_id ON work_orders(call_id) WHERE call_id <> '';

-- An operator's PBX agent number (坐席工号): recordings name agents by it.
ALTER TABLE operators ADD COLUMN agent_code TEXT NOT NULL DEFAULT '';

-- One recorded call. The file stays where the PBX left it (storage 'in_place', path absolute) or is copied into the
-- managed folder (storage 'managed', path relative to it). Its SHA-256 is kept: a file missing or changed since import
-- is flagged (file_state) and never played silently. The same content is never catalogued twice.
CREATE TABLE recordings (
    id             TEXT PRIMARY KEY,
    call_id        TEXT NOT NULL DEFAULT '',
    agent_code     TEXT NOT NULL DEFAULT '',  -- as the PBX names the agent
    agent_id       TEXT REFERENCES operators(id), -- the operator with that agent code or name, when one matches
    caller_number  TEXT NOT NULL DEFAULT '',
    started_at     INTEGER NOT NULL,          -- UTC ms
    duration_ms    INTEGER NOT NULL,
    direction      TEXT NOT NULL DEFAULT 'unknown' CHECK (direction IN ('inbound', 'outbound', 'unknown')),
    format         TEXT NOT NULL CHECK (format IN ('pcm16', 'alaw', 'mulaw', 'mp3')),
    sample_rate    INTEGER NOT NULL,
    channels       INTEGER NOT NULL,
    file_name      TEXT NOT NULL,             -- as imported, for people
    path           TEXT NOT NULL,
    storage        TEXT NOT NULL CHECK (storage IN ('in_place', 'managed')),
    size_bytes     INTEGER NOT NULL,
    sha256         TEXT NOT NULL UNIQUE,      -- lowercase hex
    file_state     TEXT NOT NULL DEFAULT 'ok' CHECK (file_state IN ('ok', 'missing', 'changed')),
    checked_at     INTEGER,
    work_order_id  TEXT REFERENCES work_orders(id),
    link_method    TEXT CHECK (link_method IN ('call_id', 'caller_window', 'manual')),
    imported_by    TEXT NOT NULL,
    imported_at    INTEGER NOT NULL
);
CREATE INDEX recordings_started ON recordings(started_at);
CREATE INDEX recordings_agent ON recordings(agent_id, started_at);
CREATE INDEX recordings_call_id ON recordings(call_id) WHERE call_id <> '';
CREATE INDEX recordings_work_order ON recordings(work_order_id);

-- Waveform overview peaks, computed once per recording and kept on this workstation only (not synced).
CREATE TABLE recording_peaks (
    recording_id TEXT PRIMARY KEY REFERENCES recordings(id),
    sha256       TEXT NOT NULL,               -- of the file the peaks were computed from
    buckets      INTEGER NOT NULL,
    peaks        BLOB NOT NULL                -- buckets pairs of (min, max) as signed 16-bit little-endian
);

-- Timestamped markers with comments on a recording (e.g. 02:13 政策解答有误).
CREATE TABLE recording_markers (
    id           TEXT PRIMARY KEY,
    recording_id TEXT NOT NULL REFERENCES recordings(id),
    position_ms  INTEGER NOT NULL CHECK (position_ms >= 0),
    comment      TEXT NOT NULL,
    author_id    TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX recording_markers_recording ON recording_markers(recording_id, position_ms);

-- Scorecard templates. Each change is a new version; an evaluation keeps the version it was scored with.
CREATE TABLE qa_templates (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at INTEGER NOT NULL
);
-- definition: JSON {"dimensions": [{"key", "name", "items": [{"key", "name", "max_points", "standard", "fatal"}]}]};
-- item keys are stable across versions. pass_mark and the total are in points.
CREATE TABLE qa_template_versions (
    id          TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES qa_templates(id),
    version     INTEGER NOT NULL,
    pass_mark   REAL NOT NULL,
    max_total   REAL NOT NULL,
    definition  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX qa_template_versions_template ON qa_template_versions(template_id, version, created_at);

-- One scored recording. status follows the feedback: submitted → acknowledged (已阅) or appealed → upheld / changed.
CREATE TABLE qa_evaluations (
    id                  TEXT PRIMARY KEY,
    recording_id        TEXT NOT NULL REFERENCES recordings(id),
    template_version_id TEXT NOT NULL REFERENCES qa_template_versions(id),
    agent_id            TEXT NOT NULL REFERENCES operators(id),
    work_order_id       TEXT REFERENCES work_orders(id),
    inspector_id        TEXT NOT NULL REFERENCES operators(id),
    scored_at           INTEGER NOT NULL,
    total               REAL NOT NULL,
    fatal               INTEGER NOT NULL DEFAULT 0 CHECK (fatal IN (0, 1)),
    passed              INTEGER NOT NULL CHECK (passed IN (0, 1)),
    comment             TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'submitted'
                        CHECK (status IN ('submitted', 'acknowledged', 'appealed', 'upheld', 'changed')),
    updated_at          INTEGER NOT NULL
);
CREATE INDEX qa_evaluations_agent ON qa_evaluations(agent_id, scored_at);
CREATE INDEX qa_evaluations_recording ON qa_evaluations(recording_id);
CREATE INDEX qa_evaluations_scored ON qa_evaluations(scored_at);

-- Per-item deductions of an evaluation (items not listed lost nothing). A fatal item hit sets the total to zero.
CREATE TABLE qa_evaluation_items (
    id            TEXT PRIMARY KEY,
    evaluation_id TEXT NOT NULL REFERENCES qa_evaluations(id),
    item_key      TEXT NOT NULL,
    deduction     REAL NOT NULL CHECK (deduction >= 0),
    fatal         INTEGER NOT NULL DEFAULT 0 CHECK (fatal IN (0, 1)),
    reason        TEXT NOT NULL DEFAULT '',
    marker_id     TEXT REFERENCES recording_markers(id)
);
CREATE INDEX qa_evaluation_items_evaluation ON qa_evaluation_items(evaluation_id);

-- The feedback trail of an evaluation, append-only: acknowledged (已阅), appealed (with the agent's reason), upheld or
-- changed by the lead (old and new total, reason).
CREATE TABLE qa_evaluation_events (
    id            TEXT PRIMARY KEY,
    evaluation_id TEXT NOT NULL REFERENCES qa_evaluations(id),
    action        TEXT NOT NULL CHECK (action IN ('submitted', 'acknowledged', 'appealed', 'upheld', 'changed')),
    reason        TEXT NOT NULL DEFAULT '',
    old_total     REAL,
    new_total     REAL,
    actor_id      TEXT NOT NULL,
    at            INTEGER NOT NULL
);
CREATE INDEX qa_evaluation_events_evaluation ON qa_evaluation_events(evaluation_id, at);

-- 实时监控: a finding logged while listening to a live call.
CREATE TABLE qa_live_findings (
    id                TEXT PRIMARY KEY,
    agent_id          TEXT NOT NULL REFERENCES operators(id),
    observed_at       INTEGER NOT NULL,
    caller_number     TEXT NOT NULL DEFAULT '',
    finding           TEXT NOT NULL,
    corrected_on_spot INTEGER NOT NULL CHECK (corrected_on_spot IN (0, 1)),
    inspector_id      TEXT NOT NULL REFERENCES operators(id),
    created_at        INTEGER NOT NULL
);
CREATE INDEX qa_live_findings_agent ON qa_live_findings(agent_id, observed_at);

-- The weekly sampling plan: one draw per week (Monday, Beijing date), reproducible from its seed.
CREATE TABLE qa_sample_draws (
    id         TEXT PRIMARY KEY,
    week_start TEXT NOT NULL,                 -- ISO date of the Monday
    seed       INTEGER NOT NULL,
    per_agent  INTEGER NOT NULL CHECK (per_agent >= 1),
    drawn_by   TEXT NOT NULL,
    drawn_at   INTEGER NOT NULL
);
CREATE INDEX qa_sample_draws_week ON qa_sample_draws(week_start, drawn_at);
CREATE TABLE qa_sample_items (
    id           TEXT PRIMARY KEY,
    draw_id      TEXT NOT NULL REFERENCES qa_sample_draws(id),
    recording_id TEXT NOT NULL REFERENCES recordings(id),
    agent_id     TEXT NOT NULL REFERENCES operators(id),
    reason       TEXT NOT NULL CHECK (reason IN ('random', 'complaint')),
    inspector_id TEXT REFERENCES operators(id)
);
CREATE INDEX qa_sample_items_draw ON qa_sample_items(draw_id, agent_id);
