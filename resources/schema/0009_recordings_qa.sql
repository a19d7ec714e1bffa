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

-- The default 100-point scorecard of a 12366 hotline (12366 热线通话质检评分表), version 1. Fatal items (致命项) carry
-- no points: hitting one sets the total to zero. Fixed ids (uuid5) so every workstation ships the same template.
INSERT INTO qa_templates (id, name, active, updated_at) VALUES
    ('92fd7079-6d09-5450-a83a-e03a0dbb2b9d', '12366 热线通话质检评分表', 1, 0);
INSERT INTO qa_template_versions (id, template_id, version, pass_mark, max_total, definition, created_by, created_at)
VALUES ('ef0839d9-998a-5c3b-aabe-8e5483bbeac9', '92fd7079-6d09-5450-a83a-e03a0dbb2b9d', 1, 80, 100, json('
{"dimensions": [
  {"key": "attitude", "name": "服务态度", "items": [
    {"key": "greeting", "name": "规范用语（开头语、结束语）", "max_points": 10, "fatal": false,
     "standard": "接通后使用标准开头语（“您好，12366纳税服务热线，工号××为您服务”），结束时确认“请问还有其他可以帮您的吗”并使用标准结束语，待纳税人先挂机。缺开头语或结束语各扣3分，未报工号扣2分，抢先挂机扣4分。"},
    {"key": "courtesy", "name": "耐心礼貌", "max_points": 10, "fatal": false,
     "standard": "全程使用“请”“您”等礼貌用语，语气平和友善。打断纳税人讲话每次扣2分，语气生硬、不耐烦或叹气扣3—5分，使用“不知道”“不归我们管”等忌语每次扣3分。"},
    {"key": "no_shirking", "name": "不推诿", "max_points": 10, "fatal": false,
     "standard": "执行首问负责制：能当场答复的当场答复，不能答复的如实登记转办并告知纳税人答复时限。无理由让纳税人自行咨询主管税务机关或改日再打扣5分，转办未告知时限扣3分。"},
    {"key": "disclose_taxpayer_info", "name": "泄露纳税人信息", "max_points": 0, "fatal": true,
     "standard": "未核实身份即告知纳税人的涉税信息（申报、缴税、个人收入、身份证号、联系电话等），或向第三方透露纳税人信息。一经查实，本次评分为零分。"},
    {"key": "quarrel", "name": "辱骂或与纳税人争吵", "max_points": 0, "fatal": true,
     "standard": "使用侮辱性语言、讽刺挖苦纳税人，或与纳税人发生争吵。一经查实，本次评分为零分。"}
  ]},
  {"key": "skills", "name": "服务技巧", "items": [
    {"key": "listening", "name": "倾听与确认", "max_points": 8, "fatal": false,
     "standard": "完整听取纳税人诉求，必要时复述确认（税种、所属期、身份类型等关键要素）。未确认关键信息导致答非所问扣4分，重复询问纳税人已说明的信息每次扣2分。"},
    {"key": "call_control", "name": "引导与控制通话", "max_points": 6, "fatal": false,
     "standard": "有效引导话题，通话节奏紧凑，对情绪激动的纳税人先安抚再解答。被纳税人带偏、通话拖沓扣2—3分，未经告知让纳税人长时间等待（超过30秒）扣3分。"},
    {"key": "voice", "name": "语速语调", "max_points": 6, "fatal": false,
     "standard": "普通话标准，吐字清晰，语速适中，语调亲切。语速过快或过慢致纳税人要求重复扣2分，声音含糊、背景嘈杂或使用方言扣2分。"}
  ]},
  {"key": "knowledge", "name": "技术能力", "items": [
    {"key": "policy_accuracy", "name": "政策解答准确", "max_points": 15, "fatal": false,
     "standard": "政策依据正确、口径统一、解答完整（含适用条件、时间节点）。解答不完整扣5分，口径不准确但未造成后果扣8分，答复含糊、未给出明确结论扣5分。"},
    {"key": "withholding_client", "name": "扣缴端操作指导正确", "max_points": 10, "fatal": false,
     "standard": "对自然人电子税务局（扣缴端）、电子税务局、个人所得税App的操作指导步骤正确、表述清楚。操作路径错误扣5分，步骤遗漏致纳税人无法完成操作扣3分。"},
    {"key": "first_call_resolution", "name": "问题一次解决", "max_points": 10, "fatal": false,
     "standard": "能当场解决的问题在本次通话中解决（当场解决）。可当场解决却转办或让纳税人再次来电扣6分，未主动告知相关联的注意事项扣2分。"},
    {"key": "wrong_policy_complaint", "name": "政策解答错误引发投诉", "max_points": 0, "fatal": true,
     "standard": "政策解答错误，造成纳税人损失或引发投诉、舆情。一经查实，本次评分为零分。"}
  ]},
  {"key": "records", "name": "问题记录", "items": [
    {"key": "ticket_complete", "name": "工单信息完整", "max_points": 5, "fatal": false,
     "standard": "工单的纳税人识别号、联系电话、问题描述等要素齐全、准确。每缺一项或错一项扣1分，应建工单未建扣5分。"},
    {"key": "category_accuracy", "name": "分类准确", "max_points": 5, "fatal": false,
     "standard": "工单的业务分类、紧急程度和难易程度选择正确。分类错误扣3分，难易程度错误扣2分。"},
    {"key": "answer_record", "name": "答复记录清楚", "max_points": 5, "fatal": false,
     "standard": "答复内容如实记录，表述规范、要点完整，与通话内容一致。记录过简（如只写“已答复”）扣3分，记录与实际答复不符扣5分。"}
  ]}
]}
'), 'system', 0);
