-- HotlineDesk local store, schema 10: satisfaction data (满意度) — the results of the telephone system's post-call
-- survey, imported from its CSV export, and the return visits (回访) agents make on work orders. The rating scale and
-- the satisfaction rate are defined once, in libcore/satisfaction/rating.h.

-- One post-call survey answer. rating_raw is the rating as the export gave it (满意, 4, ...), rating its normalised
-- value. dedup_key is the natural key that makes re-importing a file add nothing twice: 'call:' || call_id when the
-- export names the call, else 'caller:' || the caller's digits || '@' || call_at.
CREATE TABLE satisfaction_surveys (
    id             TEXT PRIMARY KEY,
    call_id        TEXT NOT NULL DEFAULT '',
    caller_number  TEXT NOT NULL DEFAULT '',
    call_at        INTEGER NOT NULL,          -- UTC ms
    rating_raw     TEXT NOT NULL,
    rating         TEXT NOT NULL CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
    work_order_id  TEXT REFERENCES work_orders(id),
    match_method   TEXT CHECK (match_method IN ('call_id', 'caller_window')),
    import_batch   TEXT NOT NULL,
    source_file    TEXT NOT NULL,             -- file name only, as imported
    source_line    INTEGER NOT NULL,          -- 1-based line in that file (the header is line 1)
    dedup_key      TEXT NOT NULL UNIQUE,
    imported_by    TEXT NOT NULL,
    imported_at    INTEGER NOT NULL
);
CREATE INDEX satisfaction_surveys_call_at ON satisfaction_surveys(call_at);
CREATE INDEX satisfaction_surveys_work_order ON satisfaction_surveys(work_order_id);

-- A return visit (回访) to the taxpayer of a work order: who made it, when, how the taxpayer was reached and what they
-- said. verdict 'unreachable' (未联系上) records the attempt and is never counted in the satisfaction rate.
CREATE TABLE return_visits (
    id            TEXT PRIMARY KEY,
    work_order_id TEXT NOT NULL REFERENCES work_orders(id),
    visitor_id    TEXT NOT NULL REFERENCES operators(id),
    visited_at    INTEGER NOT NULL,           -- UTC ms
    method        TEXT NOT NULL CHECK (method IN ('phone', 'sms', 'email', 'onsite', 'other')),
    verdict       TEXT NOT NULL CHECK (verdict IN ('satisfied', 'basically_satisfied', 'dissatisfied', 'unreachable')),
    note          TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL
);
CREATE INDEX return_visits_work_order ON return_visits(work_order_id, visited_at);
CREATE INDEX return_visits_visited ON return_visits(visited_at);
