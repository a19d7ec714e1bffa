-- HotlineDesk local store, schema 5: the knowledge base (知识库). Articles are searched through kb_fts with our
-- tokenizer in word mode; every saved text is kept in kb_article_versions.

CREATE TABLE kb_categories (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO kb_categories (id, name, sort_order) VALUES
    ('242d4f9e-ce33-52e9-bc6a-31d820458b4d', '政策法规·中央', 1),
    ('b06a4f38-6c84-5056-95c0-cf754324a8cd', '政策法规·地方', 2),
    ('5b7c3742-23d3-5e4f-826c-3043baf2a330', '分项所得解读', 3),
    ('2f4932eb-c957-5ae5-971b-51adaba5f10c', '税收减免优惠', 4),
    ('1b7f703d-e91f-5b4e-9664-c74bf0e36718', '征收管理', 5),
    ('26e05214-c059-50cd-acc9-406bc8db8921', '扣缴端操作指南', 6),
    ('19b05bbf-2ed1-555b-86ca-2dbe1810ebe1', '热点问题', 7);

-- Policy documents (文号) cited by articles; repealing or amending one sends its articles back to review.
CREATE TABLE kb_policies (
    id         TEXT PRIMARY KEY,
    number     TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL,
    issued     TEXT,
    status     TEXT NOT NULL DEFAULT 'effective' CHECK (status IN ('effective', 'amended', 'repealed')),
    updated_at INTEGER NOT NULL
);

CREATE TABLE kb_articles (
    id             TEXT PRIMARY KEY,
    category_id    TEXT NOT NULL REFERENCES kb_categories(id),
    title          TEXT NOT NULL,
    similar        TEXT NOT NULL DEFAULT '',   -- alternative phrasings (相似问), one a line
    tags           TEXT NOT NULL DEFAULT '',   -- comma-separated
    body_html      TEXT NOT NULL,
    body_text      TEXT NOT NULL,              -- the body without markup, for search and snippets
    policy_ids     TEXT NOT NULL DEFAULT '',   -- comma-separated kb_policies ids
    effective_date TEXT,
    expiry_date    TEXT,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'pending', 'published', 'archived')),
    review_note    TEXT NOT NULL DEFAULT '',
    author_id      TEXT NOT NULL REFERENCES operators(id),
    reviewer_id    TEXT REFERENCES operators(id),
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX kb_articles_category ON kb_articles(category_id, status);

CREATE TABLE kb_article_versions (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES kb_articles(id),
    version    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    similar    TEXT NOT NULL,
    body_html  TEXT NOT NULL,
    saved_by   TEXT NOT NULL,
    saved_at   INTEGER NOT NULL,
    UNIQUE (article_id, version)
);

-- Title and 相似问 are weighed above the body when ranking (see libcore/knowledge/kbsearch.cpp).
CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, similar, body_text, content='kb_articles', content_rowid='rowid', tokenize='hotline_cjk words'
);
CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_articles BEGIN
    INSERT INTO kb_fts(rowid, title, similar, body_text) VALUES (new.rowid, new.title, new.similar, new.body_text);
END;
CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_articles BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, similar, body_text)
    VALUES ('delete', old.rowid, old.title, old.similar, old.body_text);
END;
CREATE TRIGGER kb_fts_update AFTER UPDATE OF title, similar, body_text ON kb_articles BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, similar, body_text)
    VALUES ('delete', old.rowid, old.title, old.similar, old.body_text);
    INSERT INTO kb_fts(rowid, title, similar, body_text) VALUES (new.rowid, new.title, new.similar, new.body_text);
END;
