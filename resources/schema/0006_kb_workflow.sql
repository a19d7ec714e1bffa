-- HotlineDesk local store, schema 6: the knowledge base's review trail, hot questions, courses and news, the
-- editable synonym dictionary and the questions the answer robot could not answer.

-- Every review step of an article: submitted, approved (published), rejected with the reviewer's reason, archived,
-- sent back to review because a cited policy was repealed or amended, restored to an older version. Append-only.
CREATE TABLE kb_article_events (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES kb_articles(id),
    version    INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('created', 'saved', 'submitted', 'approved', 'rejected', 'archived',
                                               'sent_back', 'restored')),
    note       TEXT NOT NULL DEFAULT '',
    actor_id   TEXT NOT NULL,
    at         INTEGER NOT NULL
);
CREATE INDEX kb_article_events_article ON kb_article_events(article_id, at);

-- 热点问题 pinned by hand (NULL: not pinned; pinned ones come first, most recently pinned first).
ALTER TABLE kb_articles ADD COLUMN pinned_at INTEGER;
-- A draft made from a resolved work order remembers it.
ALTER TABLE kb_articles ADD COLUMN source_work_order_id TEXT;

-- Work orders answered with an article (its answer inserted into the work order, or linked by hand). 热点问题 are
-- ranked by how many work orders of a period link each article.
CREATE TABLE work_order_articles (
    id            TEXT PRIMARY KEY,
    work_order_id TEXT NOT NULL REFERENCES work_orders(id),
    article_id    TEXT NOT NULL REFERENCES kb_articles(id),
    linked_by     TEXT NOT NULL,
    linked_at     INTEGER NOT NULL,
    UNIQUE (work_order_id, article_id)
);
CREATE INDEX work_order_articles_article ON work_order_articles(article_id, linked_at);

-- 个税必学 (video courses, kind 'course') and 资讯中心 (news, kind 'news'): curated links opened in the browser.
CREATE TABLE kb_links (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('course', 'news')),
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT '',
    published_on TEXT NOT NULL,   -- ISO date
    url          TEXT NOT NULL,   -- http or https only (checked in libcore)
    created_by   TEXT NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX kb_links_kind ON kb_links(kind, published_on);

-- The synonym dictionary (同义词): one group of words meaning the same per row, words separated by line breaks.
-- Seeded with the shipped groups under fixed ids so every workstation and the central store agree on them.
CREATE TABLE kb_synonyms (
    id         TEXT PRIMARY KEY,
    words      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
INSERT INTO kb_synonyms (id, words, updated_at) VALUES
    ('79a71112-2ae3-58a5-9382-a7c9488d7182', '个税' || char(10) || '个人所得税', 0),
    ('13fb501e-2d3d-512c-8c08-1fca9e5e3355', '扣缴端' || char(10) || '扣缴客户端' || char(10) || '自然人电子税务局扣缴端' || char(10) || '自然人税收管理系统扣缴客户端', 0),
    ('f4642661-7450-56c8-aa68-2dd9e0050ea3', '专项附加扣除' || char(10) || '专扣', 0),
    ('4f5e3366-192e-58d8-8dbd-7c03c1f2e05c', '汇算' || char(10) || '汇算清缴' || char(10) || '年度汇算' || char(10) || '综合所得年度汇算', 0),
    ('55093ae5-e994-56c8-bd59-61f9be8221ff', '年终奖' || char(10) || '全年一次性奖金' || char(10) || '年终一次性奖金', 0),
    ('86df7901-40f0-5609-abe2-db0882c09930', '劳务报酬' || char(10) || '劳务费', 0),
    ('8ae2e141-b4a6-59c2-8e4f-3f99dce9e628', '稿酬' || char(10) || '稿费', 0),
    ('a831e157-0054-5bff-9f60-3ccda4c62c6d', '特许权使用费' || char(10) || '版税', 0),
    ('f6cb9f46-8126-5986-8aec-347c8f6f700a', '婴幼儿照护' || char(10) || '3岁以下婴幼儿照护' || char(10) || '三岁以下婴幼儿照护', 0),
    ('bfdc2faa-28c7-586b-9046-deb64206318a', '住房租金' || char(10) || '房租', 0),
    ('86f39205-0bd5-5836-bc61-555911705c4b', '住房贷款利息' || char(10) || '房贷利息' || char(10) || '房贷', 0),
    ('db56e878-640d-5255-a8f6-2c05449c5580', '大病医疗' || char(10) || '医疗支出', 0),
    ('1ad2cacb-c546-5ae6-8e46-6b1270c721ea', '继续教育' || char(10) || '职业资格继续教育' || char(10) || '学历继续教育', 0),
    ('dbc50f2c-b865-5558-980d-1f32f2e3163e', '申报密码' || char(10) || '扣缴申报密码', 0),
    ('fe6aef45-f553-53dc-8009-7f048835b243', '退税' || char(10) || '退个税', 0),
    ('76ea81b9-4f57-596f-8089-b4602453c7f6', '补税' || char(10) || '补缴税款', 0),
    ('5432958f-3cff-509b-85b4-27376a6dcd03', '三方协议' || char(10) || '三方扣款协议' || char(10) || '委托扣款协议', 0),
    ('89bae46b-d389-5411-9cbc-f399c015e3ca', '纳税人识别号' || char(10) || '税号' || char(10) || '统一社会信用代码', 0),
    ('0919e6d1-55bd-513d-a482-65b03e9c690b', '身份证' || char(10) || '身份证件' || char(10) || '居民身份证', 0),
    ('691ed6ba-621b-54de-9a3a-49d68c6e29b0', '预扣预缴' || char(10) || '预扣', 0),
    ('a9d306d4-8779-5383-b7fb-2b61c7ed4037', '人员信息采集' || char(10) || '人员采集' || char(10) || '员工信息采集', 0),
    ('5f63c465-ba58-5b38-a13b-7fb6e0d2a1d2', '小规模纳税人' || char(10) || '小规模', 0),
    ('81d9aa3f-e290-54ea-a219-58e85a6db2aa', '一般纳税人' || char(10) || '一般人', 0),
    ('87743c77-d41c-540b-841c-64af9d20e8aa', '发票' || char(10) || '增值税发票', 0),
    ('e8920d0b-9353-5e0c-949c-8b2137100a79', '企业所得税' || char(10) || '企税', 0);

-- Questions the robot had no confident answer for (the "KB gaps" list), until someone closes them, e.g. by writing
-- the missing article.
CREATE TABLE kb_gaps (
    id              TEXT PRIMARY KEY,
    question        TEXT NOT NULL,
    asked_by        TEXT NOT NULL,
    asked_at        INTEGER NOT NULL,
    best_article_id TEXT,             -- the best (not good enough) match, if any
    confidence      REAL NOT NULL DEFAULT 0,
    work_order_id   TEXT,             -- registered for follow-up as this work order
    closed_at       INTEGER,
    closed_by       TEXT,
    article_id      TEXT              -- the article that now answers it
);
CREATE INDEX kb_gaps_open ON kb_gaps(closed_at, asked_at);
