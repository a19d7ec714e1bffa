// 热点问题: real counts of linked work orders over Beijing-day periods, pinned first, unpublished left out; the links
// themselves stored with the work order's save.

#include "db/query.h"
#include "knowledge/hotquestions.h"
#include "knowledge/kbimport.h"
#include "sync/changelog.h"
#include "testsupport.h"
#include "ticketfixture.h"

#include <QFile>

using namespace hotline;
using knowledge::HotPeriod;

namespace {

struct HotFixture : test::TicketFixture {
    HotFixture()
    {
        QFile f(QStringLiteral(HOTLINE_TEST_DATA_DIR "/kb/mini.json"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        REQUIRE(knowledge::importKnowledgeJson(*store.db, f.readAll(), colleague.id, lead.id, ids, clock).ok());
    }
    // A work order saved at `when` (Beijing) with the answers of these articles inserted.
    QString answered(const QString& when, const QStringList& articles)
    {
        clock.set(test::beijing(when));
        tickets::WorkOrderDraft d = draft();
        d.articleIds = articles;
        auto w = service->create(d, agent);
        INFO((w ? QString() : w.error().message).toStdString());
        REQUIRE(w.ok());
        return w->id;
    }
    // "T2=3 T1=2": the ranking as id=count, pinned ones marked with a *.
    QString ranking(HotPeriod period, knowledge::DayRange custom = {})
    {
        const auto days = period == HotPeriod::Custom ? custom : knowledge::periodDays(period, QDate(2025, 10, 2));
        auto hot = knowledge::hotQuestions(store.db->connection(), days);
        INFO((hot ? QString() : hot.error().message).toStdString());
        REQUIRE(hot.ok());
        QStringList out;
        for (const knowledge::HotQuestion& h : hot.value()) {
            out << h.id + (h.pinnedAt.isValid() ? QStringLiteral("*") : QString()) + QLatin1Char('=') +
                       QString::number(h.workOrders);
        }
        return out.join(QLatin1Char(' '));
    }
};

void links(HotFixture& f)
{
    f.answered(QStringLiteral("2025-10-02 09:00"), {QStringLiteral("T1")});
    f.answered(QStringLiteral("2025-10-02 00:30"), {QStringLiteral("T1"), QStringLiteral("T2")});
    f.answered(QStringLiteral("2025-10-01 23:59"), {QStringLiteral("T2")});
    f.answered(QStringLiteral("2025-09-29 10:00"), {QStringLiteral("T2")});
    for (const char* day : {"2025-09-10 10:00", "2025-09-11 10:00", "2025-09-12 10:00", "2025-09-03 08:00"}) {
        f.answered(QString::fromLatin1(day), {QStringLiteral("T3")});
    }
    f.answered(QStringLiteral("2025-09-02 23:00"), {QStringLiteral("T3")}); // a day before the last 30
    f.answered(QStringLiteral("2025-08-20 10:00"), {QStringLiteral("T1")});
}

} // namespace

TEST_CASE("periods are Beijing calendar days ending today, weeks from Monday")
{
    const QDate thu(2025, 10, 2);
    CHECK(knowledge::periodDays(HotPeriod::Today, thu).from == thu);
    CHECK(knowledge::periodDays(HotPeriod::ThisWeek, thu).from == QDate(2025, 9, 29));
    CHECK(knowledge::periodDays(HotPeriod::ThisWeek, QDate(2025, 9, 29)).from == QDate(2025, 9, 29));
    CHECK(knowledge::periodDays(HotPeriod::ThisWeek, QDate(2025, 10, 5)).from == QDate(2025, 9, 29)); // a Sunday
    CHECK(knowledge::periodDays(HotPeriod::ThisMonth, thu).from == QDate(2025, 10, 1));
    CHECK(knowledge::periodDays(HotPeriod::Last30Days, thu).from == QDate(2025, 9, 3));
    CHECK(knowledge::periodDays(HotPeriod::Last30Days, thu).to == thu);
    CHECK_FALSE(knowledge::periodDays(HotPeriod::Custom, thu).from.isValid());
}

TEST_CASE("hot questions count the distinct work orders linked within the period")
{
    HotFixture f;
    links(f);
    CHECK(f.ranking(HotPeriod::Today) == QStringLiteral("T1=2 T2=1"));
    CHECK(f.ranking(HotPeriod::ThisMonth) == QStringLiteral("T1=2 T2=2"));
    CHECK(f.ranking(HotPeriod::ThisWeek) == QStringLiteral("T2=3 T1=2"));
    CHECK(f.ranking(HotPeriod::Last30Days) == QStringLiteral("T3=4 T2=3 T1=2"));
    CHECK(f.ranking(HotPeriod::Custom, {QDate(2025, 8, 1), QDate(2025, 8, 31)}) == QStringLiteral("T1=1"));
    CHECK(f.ranking(HotPeriod::Custom, {QDate(2025, 7, 1), QDate(2025, 7, 31)}).isEmpty());
    // A custom range the wrong way round is refused, not answered with nothing.
    auto backwards = knowledge::hotQuestions(f.store.db->connection(), {QDate(2025, 9, 30), QDate(2025, 9, 1)});
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().field == QStringLiteral("period"));
    CHECK_FALSE(knowledge::hotQuestions(f.store.db->connection(), {QDate(), QDate(2025, 9, 1)}).ok());
}

TEST_CASE("saving a work order again with the same article does not count it twice")
{
    HotFixture f;
    const QString id = f.answered(QStringLiteral("2025-10-02 09:00"), {QStringLiteral("T1")});
    auto w = f.service->view(id, f.agent).value();
    tickets::WorkOrderDraft d = tickets::draftOf(w);
    d.articleIds = {QStringLiteral("T1"), QStringLiteral("T1")};
    d.answer += QStringLiteral("（已补充）");
    f.clock.set(test::beijing(QStringLiteral("2025-10-02 10:00")));
    REQUIRE(f.service->edit(id, d, w.version, f.agent).ok());
    CHECK(f.ranking(HotPeriod::Today) == QStringLiteral("T1=1"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_order_articles")) == 1);

    // A save that changes nothing but adds a link stores the link.
    w = f.service->view(id, f.agent).value();
    d = tickets::draftOf(w);
    d.articleIds = {QStringLiteral("T2")};
    REQUIRE(f.service->edit(id, d, w.version, f.agent).ok());
    CHECK(f.ranking(HotPeriod::Today) == QStringLiteral("T1=1 T2=1"));
    auto linked = knowledge::linkedArticles(f.store.db->connection(), id).value();
    REQUIRE(linked.size() == 2);
    CHECK(linked.first().id == QStringLiteral("T1"));
    CHECK(linked.first().title == QStringLiteral("全年一次性奖金怎么计税？"));

    // Links travel through the outbox with the work order.
    auto changes = sync::pendingChanges(f.store.db->connection(), 1000).value();
    CHECK(std::count_if(changes.begin(), changes.end(),
                        [](const sync::Change& c) { return c.entity == QLatin1String("work_order_article"); }) == 2);
}

TEST_CASE("a work order citing an unknown article is not saved, nor is any link")
{
    HotFixture f;
    tickets::WorkOrderDraft d = f.draft();
    d.articleIds = {QStringLiteral("T1"), QStringLiteral("NO-SUCH")};
    auto w = f.service->create(d, f.agent);
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_orders")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_order_articles")) == 0);
}

TEST_CASE("an article linked by hand to an existing work order counts once")
{
    HotFixture f;
    const QString id = f.answered(QStringLiteral("2025-10-02 09:00"), {});
    CHECK(f.ranking(HotPeriod::Today).isEmpty());
    REQUIRE(knowledge::linkArticle(*f.store.db, id, QStringLiteral("T2"), f.agent, f.ids, f.clock).ok());
    CHECK(f.ranking(HotPeriod::Today) == QStringLiteral("T2=1"));
    auto again = knowledge::linkArticle(*f.store.db, id, QStringLiteral("T2"), f.agent, f.ids, f.clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(knowledge::linkArticle(*f.store.db, QStringLiteral("nope"), QStringLiteral("T1"), f.agent, f.ids, f.clock)
              .error()
              .code == ErrorCode::NotFound);
    CHECK(knowledge::linkArticle(*f.store.db, id, QStringLiteral("nope"), f.agent, f.ids, f.clock).error().code ==
          ErrorCode::NotFound);
    CHECK(f.ranking(HotPeriod::Today) == QStringLiteral("T2=1"));
}

TEST_CASE("pinned articles come first, newest pin first, even without links, and unpublished ones never show")
{
    HotFixture f;
    links(f);
    f.clock.set(test::beijing(QStringLiteral("2025-10-02 12:00")));
    REQUIRE(knowledge::setPinned(*f.store.db, QStringLiteral("T1"), true, f.lead, f.clock).ok());
    CHECK(f.ranking(HotPeriod::Last30Days) == QStringLiteral("T1*=2 T3=4 T2=3"));
    f.clock.advanceSecs(60);
    REQUIRE(knowledge::setPinned(*f.store.db, QStringLiteral("T2"), true, f.lead, f.clock).ok());
    CHECK(f.ranking(HotPeriod::Last30Days) == QStringLiteral("T2*=3 T1*=2 T3=4"));
    // Pinned ones show in a period without any link.
    CHECK(f.ranking(HotPeriod::Custom, {QDate(2025, 7, 1), QDate(2025, 7, 31)}) == QStringLiteral("T2*=0 T1*=0"));

    // Only those who curate the knowledge base pin.
    auto byAgent = knowledge::setPinned(*f.store.db, QStringLiteral("T3"), true, f.agent, f.clock);
    REQUIRE_FALSE(byAgent.ok());
    CHECK(byAgent.error().code == ErrorCode::Forbidden);
    CHECK(knowledge::setPinned(*f.store.db, QStringLiteral("nope"), true, f.lead, f.clock).error().code ==
          ErrorCode::NotFound);

    REQUIRE(knowledge::setPinned(*f.store.db, QStringLiteral("T1"), false, f.lead, f.clock).ok());
    CHECK(f.ranking(HotPeriod::Last30Days) == QStringLiteral("T2*=3 T3=4 T1=2"));

    // An archived article leaves the list, and cannot be pinned.
    REQUIRE(
        db::exec(f.store.db->connection(), QStringLiteral("UPDATE kb_articles SET status = 'archived' WHERE id = 'T3'"))
            .ok());
    CHECK(f.ranking(HotPeriod::Last30Days) == QStringLiteral("T2*=3 T1=2"));
    auto archived = knowledge::setPinned(*f.store.db, QStringLiteral("T3"), true, f.lead, f.clock);
    REQUIRE_FALSE(archived.ok());
    CHECK(archived.error().code == ErrorCode::InvalidInput);

    // Pins travel as updates of pinned_at (pin, pin, unpin; pinning twice records nothing).
    REQUIRE(knowledge::setPinned(*f.store.db, QStringLiteral("T2"), true, f.lead, f.clock).ok());
    auto changes = sync::pendingChanges(f.store.db->connection(), 1000).value();
    QStringList pins;
    for (const sync::Change& c : changes) {
        if (c.entity == QLatin1String("kb_article") && c.operation == sync::Operation::Update) {
            pins << c.entityId + (c.fields.value(QStringLiteral("pinned_at")).isNull() ? QStringLiteral("-")
                                                                                       : QStringLiteral("+"));
        }
    }
    CHECK(pins.join(QLatin1Char(' ')) == QStringLiteral("T1+ T2+ T1-"));
}
