#include "knowledge/articleservice.h"
#include "knowledge/kbcategories.h"
#include "knowledge/kbrepository.h"
#include "knowledge/policyservice.h"
#include "knowledge/workorderdraft.h"
#include "sync/changelog.h"
#include "ticketfixture.h"

using namespace hotline;
using knowledge::ArticleStatus;

namespace {

struct ReviewFixture : test::TicketFixture {
    ReviewFixture()
    {
        qa = security::OperatorRepository(store.db->connection())
                 .create(QStringLiteral("质检员"), security::Role::QaInspector, ids, clock)
                 .value();
    }
    knowledge::ArticleService articles() { return knowledge::ArticleService(store.db->connection(), ids, clock); }
    knowledge::PolicyService policies() { return knowledge::PolicyService(store.db->connection(), ids, clock); }
    QString categoryId(const QString& name)
    {
        return knowledge::KbRepository(store.db->connection()).categoryIdByName(name).value();
    }
    knowledge::Article draftText(const QString& title = QStringLiteral("子女教育专项附加扣除标准"))
    {
        knowledge::Article a;
        a.title = title;
        a.categoryId = categoryId(QStringLiteral("分项所得解读"));
        a.bodyHtml = QStringLiteral("<p>按每个子女每月2000元的标准定额扣除。</p>");
        a.similar = {QStringLiteral("子女教育每月扣多少")};
        a.tags = {QStringLiteral("专项附加扣除")};
        return a;
    }
    knowledge::Article saved(const knowledge::Article& a, const security::Operator& by)
    {
        auto r = articles().save(a, by);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    knowledge::Article reload(const QString& id) { return articles().find(id).value(); }
    int changes(const QString& entity)
    {
        auto all = sync::pendingChanges(store.db->connection(), 100000).value();
        return int(std::count_if(all.begin(), all.end(), [&](const sync::Change& c) { return c.entity == entity; }));
    }
    QStringList actions(const QString& id)
    {
        QStringList out;
        for (const auto& e : articles().events(id).value()) {
            out << e.action;
        }
        return out;
    }
    security::Operator qa;
};

} // namespace

TEST_CASE("an article goes draft, pending, published, archived with an event and change-log entries at each step")
{
    ReviewFixture f;
    auto a = f.saved(f.draftText(), f.agent);
    CHECK(a.status == ArticleStatus::Draft);
    CHECK(a.version == 1);
    CHECK(a.authorId == f.agent.id);
    CHECK(f.changes(QStringLiteral("kb_article")) == 1);
    CHECK(f.changes(QStringLiteral("kb_article_version")) == 1);

    REQUIRE(f.articles().submit(a.id, 1, f.agent).ok());
    CHECK(f.reload(a.id).status == ArticleStatus::Pending);
    REQUIRE(f.articles().approve(a.id, 1, f.lead, QStringLiteral("数字已核对")).ok());
    auto published = f.reload(a.id);
    CHECK(published.status == ArticleStatus::Published);
    CHECK(published.reviewerId == f.lead.id);
    CHECK(f.articles().reviewNote(a.id).value() == QStringLiteral("数字已核对"));
    REQUIRE(f.articles().archive(a.id, 1, f.qa, QStringLiteral("政策已到期")).ok());
    CHECK(f.reload(a.id).status == ArticleStatus::Archived);

    CHECK(f.actions(a.id) == QStringList{QStringLiteral("created"), QStringLiteral("submitted"),
                                         QStringLiteral("approved"), QStringLiteral("archived")});
    CHECK(f.changes(QStringLiteral("kb_article_event")) == 4);
    CHECK(f.changes(QStringLiteral("kb_article")) == 4); // insert + three status updates
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_article_events WHERE note = '政策已到期'")) == 1);
}

TEST_CASE("transitions from the wrong status are refused and change nothing")
{
    ReviewFixture f;
    auto a = f.saved(f.draftText(), f.agent);
    CHECK(f.articles().approve(a.id, 1, f.lead).error().code == ErrorCode::IllegalTransition);
    CHECK(f.articles().reject(a.id, 1, f.lead, QStringLiteral("不对")).error().code == ErrorCode::IllegalTransition);
    CHECK(f.articles().archive(a.id, 1, f.lead).error().code == ErrorCode::IllegalTransition);
    REQUIRE(f.articles().submit(a.id, 1, f.agent).ok());
    CHECK(f.articles().submit(a.id, 1, f.agent).error().code == ErrorCode::IllegalTransition);
    CHECK(f.articles().archive(a.id, 1, f.lead).error().code == ErrorCode::IllegalTransition);
    REQUIRE(f.articles().approve(a.id, 1, f.lead).ok());
    CHECK(f.articles().approve(a.id, 1, f.qa).error().code == ErrorCode::IllegalTransition);
    CHECK(f.articles().submit(a.id, 1, f.agent).error().code == ErrorCode::IllegalTransition);
    CHECK(f.reload(a.id).status == ArticleStatus::Published);
    CHECK(f.articles().submit(QStringLiteral("no-such-id"), 1, f.agent).error().code == ErrorCode::NotFound);
}

TEST_CASE("the reviewer is never the author nor whoever saved the text under review")
{
    ReviewFixture f;
    auto own = f.saved(f.draftText(), f.lead);
    REQUIRE(f.articles().submit(own.id, 1, f.lead).ok());
    auto approved = f.articles().approve(own.id, 1, f.lead);
    REQUIRE_FALSE(approved.ok());
    CHECK(approved.error().code == ErrorCode::Forbidden);
    CHECK(approved.error().message.contains(QStringLiteral("another reviewer")));
    CHECK(f.articles().reject(own.id, 1, f.lead, QStringLiteral("自己退回")).error().code == ErrorCode::Forbidden);
    CHECK(f.reload(own.id).status == ArticleStatus::Pending);
    CHECK(f.articles().approve(own.id, 1, f.qa).ok()); // another reviewer may

    // A reviewer who edited the agent's text may not approve that text either.
    auto edited = f.saved(f.draftText(QStringLiteral("住房租金扣除标准")), f.agent);
    edited.bodyHtml = QStringLiteral("<p>直辖市、省会城市每月1500元。</p>");
    edited = f.saved(edited, f.qa);
    CHECK(edited.authorId == f.agent.id);
    REQUIRE(f.articles().submit(edited.id, 2, f.agent).ok());
    CHECK(f.articles().approve(edited.id, 2, f.qa).error().code == ErrorCode::Forbidden);
    CHECK(f.articles().approve(edited.id, 2, f.lead).ok());
    // Nor archive their own article.
    CHECK(f.articles().archive(own.id, 1, f.lead).error().code == ErrorCode::Forbidden);
}

TEST_CASE("an agent writes and submits but cannot approve, reject or archive")
{
    ReviewFixture f;
    auto a = f.saved(f.draftText(), f.colleague);
    REQUIRE(f.articles().submit(a.id, 1, f.agent).ok()); // any writer may submit
    auto approved = f.articles().approve(a.id, 1, f.agent);
    REQUIRE_FALSE(approved.ok());
    CHECK(approved.error().code == ErrorCode::Forbidden);
    CHECK(f.articles().reject(a.id, 1, f.agent, QStringLiteral("理由")).error().code == ErrorCode::Forbidden);
    CHECK(f.reload(a.id).status == ArticleStatus::Pending);
    REQUIRE(f.articles().approve(a.id, 1, f.lead).ok());
    CHECK(f.articles().archive(a.id, 1, f.agent).error().code == ErrorCode::Forbidden);
    CHECK(f.reload(a.id).status == ArticleStatus::Published);
}

TEST_CASE("a rejection needs a reason, which is kept on the article and in its event")
{
    ReviewFixture f;
    auto a = f.saved(f.draftText(), f.agent);
    REQUIRE(f.articles().submit(a.id, 1, f.agent).ok());
    for (const QString& blank : {QString(), QStringLiteral("  \n ")}) {
        auto r = f.articles().reject(a.id, 1, f.lead, blank);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("reason"));
    }
    CHECK(f.reload(a.id).status == ArticleStatus::Pending);
    REQUIRE(f.articles().reject(a.id, 1, f.lead, QStringLiteral(" 请补充政策依据 ")).ok());
    CHECK(f.reload(a.id).status == ArticleStatus::Draft);
    CHECK(f.articles().reviewNote(a.id).value() == QStringLiteral("请补充政策依据"));
    const auto events = f.articles().events(a.id).value();
    REQUIRE(events.size() == 3);
    CHECK(events.last().action == QStringLiteral("rejected"));
    CHECK(events.last().note == QStringLiteral("请补充政策依据"));
    CHECK(events.last().actorName == f.lead.name);
    // Fixed and submitted again, it can be published.
    a = f.reload(a.id);
    a.bodyHtml += QStringLiteral("<p>依据：国发〔2023〕13号。</p>");
    a = f.saved(a, f.agent);
    REQUIRE(f.articles().submit(a.id, 2, f.agent).ok());
    REQUIRE(f.articles().approve(a.id, 2, f.lead).ok());
}

TEST_CASE("every saved version is kept, a stale copy is refused, an unchanged save stores nothing")
{
    ReviewFixture f;
    auto a = f.saved(f.draftText(), f.agent);
    auto mine = a;
    auto theirs = a;
    mine.bodyHtml = QStringLiteral("<p>按每个子女每月2000元的标准定额扣除。</p><p>父母可各扣50%。</p>");
    mine = f.saved(mine, f.agent);
    CHECK(mine.version == 2);
    theirs.title = QStringLiteral("子女教育扣除");
    auto stale = f.articles().save(theirs, f.colleague);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("version 2")));
    CHECK(f.reload(a.id).title == QStringLiteral("子女教育专项附加扣除标准"));
    // The stale version number is refused for status changes too.
    CHECK(f.articles().submit(a.id, 1, f.agent).error().code == ErrorCode::Conflict);

    auto same = f.saved(mine, f.agent);
    CHECK(same.version == 2);
    const auto versions = f.articles().versions(a.id).value();
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].version == 1);
    CHECK(versions[1].version == 2);
    CHECK(versions[0].bodyHtml == QStringLiteral("<p>按每个子女每月2000元的标准定额扣除。</p>"));
    CHECK(versions[1].bodyHtml.contains(QStringLiteral("50%")));
    CHECK(versions[1].savedByName == f.agent.name);
    CHECK(f.changes(QStringLiteral("kb_article_version")) == 2);
}

TEST_CASE("editing a published article makes it a draft that needs review again")
{
    ReviewFixture f;
    auto a = f.saved(f.draftText(), f.agent);
    REQUIRE(f.articles().submit(a.id, 1, f.agent).ok());
    REQUIRE(f.articles().approve(a.id, 1, f.lead).ok());
    a = f.reload(a.id);
    a.bodyHtml = QStringLiteral("<p>每月2000元，父母各50%或一方100%。</p>");
    a = f.saved(a, f.agent);
    CHECK(a.status == ArticleStatus::Draft);
    CHECK(f.reload(a.id).status == ArticleStatus::Draft);
    CHECK(f.actions(a.id).last() == QStringLiteral("saved"));
    CHECK_FALSE(f.articles().events(a.id).value().last().note.isEmpty());
}

TEST_CASE("bad article input is refused with the field at fault")
{
    ReviewFixture f;
    auto noTitle = f.draftText(QStringLiteral("   "));
    CHECK(f.articles().save(noTitle, f.agent).error().field == QStringLiteral("title"));
    auto noBody = f.draftText();
    noBody.bodyHtml = QStringLiteral("<p> </p>");
    CHECK(f.articles().save(noBody, f.agent).error().field == QStringLiteral("body"));
    auto noCategory = f.draftText();
    noCategory.categoryId = QStringLiteral("nope");
    CHECK(f.articles().save(noCategory, f.agent).error().field == QStringLiteral("category"));
    auto badDates = f.draftText();
    badDates.effective = QDate(2024, 1, 1);
    badDates.expires = QDate(2023, 12, 31);
    CHECK(f.articles().save(badDates, f.agent).error().field == QStringLiteral("expires"));
    auto badPolicy = f.draftText();
    badPolicy.policyIds = {QStringLiteral("missing")};
    CHECK(f.articles().save(badPolicy, f.agent).error().field == QStringLiteral("policies"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_articles")) == 0);
    CHECK(f.changes(QStringLiteral("kb_article")) == 0);
}

TEST_CASE("repealing or amending a policy sends the articles citing it back to review, saying why")
{
    ReviewFixture f;
    auto policy = f.policies().add(QStringLiteral("国家税务总局公告2023年第14号"),
                                   QStringLiteral("关于办理2023年度个人所得税综合所得汇算清缴事项的公告"),
                                   QDate(2023, 2, 2), f.lead);
    REQUIRE(policy.ok());
    auto other = f.policies().add({}, QStringLiteral("另一份文件"), {}, f.lead).value();
    CHECK(f.policies()
              .add(QStringLiteral("国家税务总局公告2023年第14号"), QStringLiteral("重复"), {}, f.lead)
              .error()
              .code == ErrorCode::Conflict);
    CHECK(f.policies().add({}, QStringLiteral("代理人添加"), {}, f.agent).error().code == ErrorCode::Forbidden);

    auto published = f.draftText(QStringLiteral("汇算的时间"));
    published.policyIds = {policy->id};
    published = f.saved(published, f.agent);
    REQUIRE(f.articles().submit(published.id, 1, f.agent).ok());
    REQUIRE(f.articles().approve(published.id, 1, f.lead).ok());
    auto pending = f.draftText(QStringLiteral("汇算的条件"));
    pending.policyIds = {other.id, policy->id};
    pending = f.saved(pending, f.agent);
    REQUIRE(f.articles().submit(pending.id, 1, f.agent).ok());
    auto draft = f.draftText(QStringLiteral("汇算的草稿"));
    draft.policyIds = {policy->id};
    draft = f.saved(draft, f.agent);
    auto unrelated = f.draftText(QStringLiteral("无关条目"));
    unrelated.policyIds = {other.id};
    unrelated = f.saved(unrelated, f.agent);
    REQUIRE(f.articles().submit(unrelated.id, 1, f.agent).ok());
    REQUIRE(f.articles().approve(unrelated.id, 1, f.lead).ok());

    CHECK(f.policies().changeStatus(policy->id, knowledge::PolicyStatus::Repealed, {}, f.agent).error().code ==
          ErrorCode::Forbidden);
    CHECK(f.policies().changeStatus(policy->id, knowledge::PolicyStatus::Effective, {}, f.lead).error().code ==
          ErrorCode::IllegalTransition);
    f.clock.advanceSecs(60);
    auto sent = f.policies().changeStatus(policy->id, knowledge::PolicyStatus::Repealed,
                                          QStringLiteral("由2024年第2号公告替代"), f.qa);
    REQUIRE(sent.ok());
    CHECK(sent.value() == 2);
    CHECK(f.reload(published.id).status == ArticleStatus::Pending);
    CHECK(f.reload(pending.id).status == ArticleStatus::Pending);
    CHECK(f.reload(draft.id).status == ArticleStatus::Draft);
    CHECK(f.reload(unrelated.id).status == ArticleStatus::Published);
    CHECK(f.actions(published.id).last() == QStringLiteral("sent_back"));

    const auto queue = f.articles().reviewQueue().value();
    REQUIRE(queue.size() == 2);
    for (const auto& item : queue) {
        CHECK(item.sentBack);
        CHECK(item.reason.contains(QStringLiteral("国家税务总局公告2023年第14号")));
        CHECK(item.reason.contains(QStringLiteral("repealed")));
        CHECK(item.reason.contains(QStringLiteral("由2024年第2号公告替代")));
        CHECK(item.authorName == f.agent.name);
    }
    CHECK(f.policies().all().value().first().status == knowledge::PolicyStatus::Repealed);
    CHECK(f.policies().changeStatus(policy->id, knowledge::PolicyStatus::Amended, {}, f.lead).error().code ==
          ErrorCode::IllegalTransition);
    CHECK(f.changes(QStringLiteral("kb_policy")) == 3);

    // Amending the other one sends back its published article (the pending one is already waiting).
    auto amended = f.policies().changeStatus(other.id, knowledge::PolicyStatus::Amended, {}, f.lead);
    REQUIRE(amended.ok());
    CHECK(amended.value() == 2);
    CHECK(f.reload(unrelated.id).status == ArticleStatus::Pending);
    CHECK(f.articles().events(unrelated.id).value().last().note.contains(QStringLiteral("amended")));
}

TEST_CASE("the review queue lists pending articles oldest first with author and reason")
{
    ReviewFixture f;
    auto first = f.saved(f.draftText(QStringLiteral("先提交的")), f.agent);
    auto second = f.saved(f.draftText(QStringLiteral("后提交的")), f.colleague);
    f.saved(f.draftText(QStringLiteral("草稿不在队列")), f.agent);
    f.clock.advanceSecs(10);
    REQUIRE(f.articles().submit(first.id, 1, f.agent).ok());
    f.clock.advanceSecs(10);
    REQUIRE(f.articles().submit(second.id, 1, f.colleague).ok());
    auto queue = f.articles().reviewQueue().value();
    REQUIRE(queue.size() == 2);
    CHECK(queue[0].title == QStringLiteral("先提交的"));
    CHECK(queue[0].authorName == f.agent.name);
    CHECK(queue[1].authorName == f.colleague.name);
    CHECK(queue[0].since < queue[1].since);
    CHECK_FALSE(queue[0].sentBack);
    CHECK(queue[0].reason.isEmpty());
    REQUIRE(f.articles().approve(first.id, 1, f.lead).ok());
    CHECK(f.articles().reviewQueue().value().size() == 1);
}

TEST_CASE("a resolved work order becomes a draft without taxpayer data, an open one is refused")
{
    ReviewFixture f;
    auto d = f.draft();
    d.question = QStringLiteral("陈静来电：南宁市青秀区绿城餐饮管理有限公司（91450100MA5K3L8Q7Y）员工身份证号"
                                "450103199001011234在扣缴端采集时提示人员信息未验证通过，联系电话13907711234，"
                                "怎么处理？");
    d.answer = QStringLiteral("请在人员信息采集中点击获取反馈。\n如仍未通过，请联系0771-5551234。");
    auto open = f.service->create(d, f.agent).value();
    auto refused = f.articles().draftFromWorkOrder(open.id, f.agent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::IllegalTransition);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_articles")) == 0);

    d.resolvedOnFirstContact = true;
    auto resolved = f.service->create(d, f.agent).value();
    auto made = f.articles().draftFromWorkOrder(resolved.id, f.agent);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    const auto& a = made.value();
    CHECK(a.status == ArticleStatus::Draft);
    CHECK(a.authorId == f.agent.id);
    CHECK(a.title.size() <= knowledge::kDraftTitleLength);
    CHECK(a.title.endsWith(QStringLiteral("…")));
    REQUIRE(a.similar.size() == 1);
    const QString all = a.title + a.similar.join(QString()) + a.bodyHtml;
    for (const QString& secret :
         {QStringLiteral("91450100MA5K3L8Q7Y"), QStringLiteral("450103199001011234"), QStringLiteral("13907711234"),
          QStringLiteral("5551234"), QStringLiteral("陈静"), QStringLiteral("绿城餐饮")}) {
        CHECK_FALSE(all.contains(secret));
    }
    CHECK(a.similar.first().contains(QStringLiteral("怎么处理")));
    CHECK(a.bodyHtml.contains(QStringLiteral("<p>请在人员信息采集中点击获取反馈。</p>")));
    CHECK(f.reload(a.id).categoryId == f.categoryId(QStringLiteral("扣缴端操作指南")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM kb_articles WHERE source_work_order_id = '") + resolved.id +
                  QStringLiteral("'")) == 1);

    // Closed counts as resolved too; another category maps by its topic, else to 热点问题.
    d.categoryId = f.topicId(QStringLiteral("个税业务"), QStringLiteral("减免优惠"));
    d.question = QStringLiteral("残疾人劳务报酬能减征吗？");
    auto other = f.service->create(d, f.agent).value();
    REQUIRE(f.service->changeStatus(other.id, tickets::Status::Closed, {}, f.agent).ok());
    auto second = f.articles().draftFromWorkOrder(other.id, f.agent);
    REQUIRE(second.ok());
    CHECK(second->title == QStringLiteral("残疾人劳务报酬能减征吗？"));
    CHECK(second->similar.isEmpty());
    CHECK(second->categoryId == f.categoryId(QStringLiteral("税收减免优惠")));
    CHECK(f.articles().draftFromWorkOrder(QStringLiteral("missing"), f.agent).error().code == ErrorCode::NotFound);
}

TEST_CASE("personal data is masked, ordinary numbers are not")
{
    CHECK(knowledge::scrubPersonalData(QStringLiteral("手机139 0771 1234，座机(0771)5551234")) ==
          QStringLiteral("手机*************，座机*************"));
    CHECK(knowledge::scrubPersonalData(QStringLiteral("身份证45010319900101123X号")) ==
          QStringLiteral("身份证******************号"));
    const QString ordinary = QStringLiteral("每月扣除2000元，60000元基本减除费用，12366热线，2023年第14号，20%税率");
    CHECK(knowledge::scrubPersonalData(ordinary) == ordinary);
    CHECK(knowledge::scrubPersonalData(QStringLiteral("张三说"), {QStringLiteral("张三")}) == QStringLiteral("某某说"));
    CHECK(knowledge::kbCategoryForWorkOrderCategory(QStringLiteral("投诉建议 / 投诉")) == QStringLiteral("热点问题"));
    CHECK(knowledge::kbCategoryForWorkOrderCategory(QStringLiteral("个税业务 / 综合所得")) ==
          QStringLiteral("分项所得解读"));
}

TEST_CASE("knowledge-base categories are added, renamed and removed only when unused, by curators")
{
    ReviewFixture f;
    knowledge::KbCategoryRepository cats(f.store.db->connection());
    CHECK(cats.all().value().size() == 7);
    CHECK(cats.add(QStringLiteral("社保费"), f.agent, f.ids, f.clock).error().code == ErrorCode::Forbidden);
    CHECK(cats.add(QStringLiteral("社保费"), f.qa, f.ids, f.clock).error().code == ErrorCode::Forbidden);
    auto added = cats.add(QStringLiteral(" 社保费 "), f.lead, f.ids, f.clock);
    REQUIRE(added.ok());
    CHECK(added->name == QStringLiteral("社保费"));
    CHECK(cats.add(QStringLiteral("热点问题"), f.lead, f.ids, f.clock).error().code == ErrorCode::Conflict);
    CHECK(cats.add(QString(), f.lead, f.ids, f.clock).error().code == ErrorCode::InvalidInput);
    REQUIRE(cats.rename(added->id, QStringLiteral("社会保险费"), f.lead, f.clock).ok());
    CHECK(cats.rename(added->id, QStringLiteral("征收管理"), f.lead, f.clock).error().code == ErrorCode::Conflict);
    CHECK(cats.all().value().last().name == QStringLiteral("社会保险费"));

    auto used = f.draftText();
    used.categoryId = added->id;
    f.saved(used, f.agent);
    auto refused = cats.remove(added->id, f.lead, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(cats.remove(f.categoryId(QStringLiteral("热点问题")), f.lead, f.clock).ok()); // unused
    CHECK(cats.remove(QStringLiteral("missing"), f.lead, f.clock).error().code == ErrorCode::NotFound);
    CHECK(cats.all().value().size() == 7);
    CHECK(f.changes(QStringLiteral("kb_category")) == 3);
}
