-- HotlineDesk local store, schema 13: the online consultation channel (网上咨询, C11). The portal service
-- (hotlinedesk-portal) writes conversations and their event logs in its own store and syncs them through the central
-- store like a workstation; workstations read the transcripts and link them to work orders. libcore/chat defines
-- every value.

-- One taxpayer's conversation. routed says where it started: outside office hours with the robot, in office hours
-- queued for the online agents. state: robot (the robot answers), queued (waiting for an agent), serving (an agent
-- has it), closed. last_seq is the sequence number of its latest event.
CREATE TABLE conversations (
    id               TEXT PRIMARY KEY,
    routed           TEXT NOT NULL CHECK (routed IN ('robot', 'agents')),
    state            TEXT NOT NULL CHECK (state IN ('robot', 'queued', 'serving', 'closed')),
    started_at       INTEGER NOT NULL,          -- UTC ms
    queued_at        INTEGER,                   -- when it last joined the queue (its place in it)
    agent_id         TEXT REFERENCES operators(id),  -- the agent serving it (or who served it last)
    served           INTEGER NOT NULL DEFAULT 0 CHECK (served IN (0, 1)),  -- a person has taken it at least once
    accepted_at      INTEGER,
    closed_at        INTEGER,
    closed_by        TEXT CHECK (closed_by IN ('taxpayer', 'agent', 'idle')),
    robot_misses     INTEGER NOT NULL DEFAULT 0, -- robot answers without confidence so far
    last_seq         INTEGER NOT NULL DEFAULT 0,
    last_activity_at INTEGER NOT NULL,
    work_order_id    TEXT,                      -- the linked work order (made on a workstation: no reference here)
    ticket_no        TEXT NOT NULL DEFAULT '',
    updated_at       INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    CHECK ((state = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX conversations_queue ON conversations(state, queued_at);
CREATE INDEX conversations_agent ON conversations(agent_id, state);
CREATE INDEX conversations_started ON conversations(started_at);

-- The conversation's event log, append-only, numbered 1, 2, 3 … without gaps per conversation. kind:
--   message   text from the taxpayer or an agent (author taxpayer / agent, agent_id set for an agent)
--   answer    the robot's answer (data: articleId, title, confident, related [{id, title}])
--   notice    what happened (data.what: queued, accepted, transferred, closed, handoff_offered, message_offered,
--             callback_registered, ...) with text for people
--   feedback  有用 / 没用 on an answer (data: answerSeq, helpful)
--   rating    the taxpayer's rating of the person who served (data: level, comment)
-- client_id is the id the writer made for the message; a retry with the same id is the same event.
CREATE TABLE conversation_events (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    seq             INTEGER NOT NULL CHECK (seq > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('message', 'answer', 'notice', 'feedback', 'rating')),
    author          TEXT NOT NULL CHECK (author IN ('taxpayer', 'agent', 'robot', 'system')),
    agent_id        TEXT REFERENCES operators(id),
    text            TEXT NOT NULL DEFAULT '',
    data            TEXT NOT NULL DEFAULT '{}',  -- JSON object
    client_id       TEXT NOT NULL DEFAULT '',
    at              INTEGER NOT NULL,            -- UTC ms
    UNIQUE (conversation_id, seq)
);
CREATE UNIQUE INDEX conversation_events_client ON conversation_events(conversation_id, author, client_id)
    WHERE client_id <> '';

-- The rating of a conversation a person served (once), 1 非常不满意 … 5 非常满意. The satisfaction rate counts
-- 5, 4 as 满意, 3 as 基本满意, 2, 1 as 不满意 (satisfaction/rating.h).
CREATE TABLE chat_ratings (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL UNIQUE REFERENCES conversations(id),
    agent_id        TEXT REFERENCES operators(id),
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    comment         TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 200),
    rated_at        INTEGER NOT NULL
);
CREATE INDEX chat_ratings_rated ON chat_ratings(rated_at);

-- 有用 / 没用 on a robot answer (once per answer).
CREATE TABLE robot_feedback (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    answer_seq      INTEGER NOT NULL,
    article_id      TEXT NOT NULL DEFAULT '',
    helpful         INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    at              INTEGER NOT NULL,
    UNIQUE (conversation_id, answer_seq)
);
CREATE INDEX robot_feedback_at ON robot_feedback(at);

-- 服务用语: the standard service wording online agents insert with a click, kept by the team lead.
CREATE TABLE quick_phrases (
    id          TEXT PRIMARY KEY,
    category    TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL CHECK (text <> ''),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_by  TEXT NOT NULL REFERENCES operators(id),
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

-- The portal's own secrets, never synced: the SHA-256 of each conversation's token (the token itself is known only to
-- the taxpayer's page).
CREATE TABLE conversation_tokens (
    token_hash      TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL UNIQUE REFERENCES conversations(id)
);

-- The category of the work orders the portal files for 登记回访 (the agent who calls back may reclassify them); fixed
-- ids like the seed tree's (schema 2), so every store agrees.
INSERT OR IGNORE INTO categories (id, parent_id, name, sort_order) VALUES
    ('1ab3276c-bd9b-555e-bec5-c5a0446648f6', NULL, '网上咨询', 4),
    ('18017a79-3ae5-50ac-a81f-1c74b6d58aa2', '1ab3276c-bd9b-555e-bec5-c5a0446648f6', '留言回访', 1);
