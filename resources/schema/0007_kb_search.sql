-- HotlineDesk local store, schema 7: knowledge-base search aids. Pinyin initials of each article's title, 相似问 and
-- tags (专项附加扣除 → zxfjkc), kept by triggers through hotline_initials(), a function every connection registers
-- (libcore/text/pinyin.h); indexed as fragments, so any run of initials is found. And a view of kb_fts's vocabulary:
-- how many articles hold a word, which the ranking uses to weigh rare words above common ones.

CREATE VIRTUAL TABLE kb_initials USING fts5(initials, tokenize='hotline_cjk');
INSERT INTO kb_initials (rowid, initials)
    SELECT rowid, hotline_initials(title || char(10) || similar || char(10) || tags) FROM kb_articles;
CREATE TRIGGER kb_initials_insert AFTER INSERT ON kb_articles BEGIN
    INSERT INTO kb_initials (rowid, initials)
    VALUES (new.rowid, hotline_initials(new.title || char(10) || new.similar || char(10) || new.tags));
END;
CREATE TRIGGER kb_initials_delete AFTER DELETE ON kb_articles BEGIN
    DELETE FROM kb_initials WHERE rowid = old.rowid;
END;
CREATE TRIGGER kb_initials_update AFTER UPDATE OF title, similar, tags ON kb_articles BEGIN
    UPDATE kb_initials SET initials = hotline_initials(new.title || char(10) || new.similar || char(10) || new.tags)
    WHERE rowid = new.rowid;
END;

CREATE VIRTUAL TABLE kb_fts_vocab USING fts5vocab(kb_fts, row);
