-- HotlineDesk local store, schema 8: every saved text of an article is kept, even when two workstations saved the
-- same version number of it while offline (each desk numbers its next version from what it has). Schema 5 made
-- (article_id, version) unique, so the sync silently dropped the other desk's text; now both rows stay, ordered by
-- number and then by when they were saved.

CREATE TABLE kb_article_versions_kept (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES kb_articles(id),
    version    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    similar    TEXT NOT NULL,
    body_html  TEXT NOT NULL,
    saved_by   TEXT NOT NULL,
    saved_at   INTEGER NOT NULL
);
INSERT INTO kb_article_versions_kept (id, article_id, version, title, similar, body_html, saved_by, saved_at)
SELECT id, article_id, version, title, similar, body_html, saved_by, saved_at FROM kb_article_versions;
DROP TABLE kb_article_versions;
ALTER TABLE kb_article_versions_kept RENAME TO kb_article_versions;
CREATE INDEX kb_article_versions_article ON kb_article_versions(article_id, version, saved_at);
