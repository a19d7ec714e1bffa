-- HotlineDesk local store, schema 11: reports. The team lead's improvement plan (改进方案) for a month, written in
-- the app and printed in that month's service analysis report (月度分析报告). One plan per month; every save keeps
-- the previous text in improvement_plan_versions so the report sent to the bureau can always be reproduced.
CREATE TABLE improvement_plans (
    id          TEXT PRIMARY KEY,
    month       TEXT NOT NULL UNIQUE,        -- 'YYYY-MM', Beijing calendar month
    body        TEXT NOT NULL,               -- plain text, paragraphs separated by blank lines
    author_id   TEXT NOT NULL REFERENCES operators(id),
    updated_at  INTEGER NOT NULL,            -- UTC ms
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE improvement_plan_versions (
    id          TEXT PRIMARY KEY,
    plan_id     TEXT NOT NULL REFERENCES improvement_plans(id),
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,
    author_id   TEXT NOT NULL REFERENCES operators(id),
    saved_at    INTEGER NOT NULL,
    UNIQUE (plan_id, version)
);

-- The daily and monthly reports count work orders by the day they were resolved.
CREATE INDEX work_orders_resolved ON work_orders(resolved_at);
