#include "feedbackrows.h"
#include "qa/samplepick.h"
#include "qa/sampling.h"

#include <QSet>

using namespace hotline;
using namespace hotline::qa;
using hotline::test::QaRows;

namespace {

const QDate kWeek(2026, 11, 16); // Monday; the clock is Friday 2026-11-27

// recording id → reason, the comparable content of a draw.
QMap<QString, QString> picks(const SampleDraw& d)
{
    QMap<QString, QString> out;
    for (const SampleItem& it : d.items) {
        out.insert(it.recordingId,
                   it.reason == SampleReason::Complaint ? QStringLiteral("complaint") : QStringLiteral("random"));
    }
    return out;
}

int itemsOf(const SampleDraw& d, const QString& agentId, SampleReason reason)
{
    int n = 0;
    for (const SampleItem& it : d.items) {
        n += it.agentId == agentId && it.reason == reason ? 1 : 0;
    }
    return n;
}

struct Week : QaRows {
    Week()
    {
        for (int i = 0; i < 6; ++i) {
            zhangCalls.append(recording(zhang, QStringLiteral("2026-11-%1 10:%2").arg(16 + i).arg(10 + i)));
        }
        for (int i = 0; i < 5; ++i) {
            recording(li, QStringLiteral("2026-11-17 1%1:00").arg(i));
        }
        wangCall = recording(wang, QStringLiteral("2026-11-18 09:00"));
    }
    Result<SampleDraw> draw(std::optional<qint64> seed, bool redraw = false)
    {
        clock.advanceSecs(60); // a redraw is later than the draw it replaces
        return drawWeek(conn(), kWeek, inspectorA, ids, clock, {seed, redraw});
    }
    QStringList zhangCalls;
    QString wangCall;
};

} // namespace

TEST_CASE("the pick is pinned for a seed, so every platform reproduces it")
{
    // std::mt19937_64's output is fixed by the standard (its 10000th value from the default seed is in [rand.predef]);
    // our bounded draw and shuffle are ours, so the picks below hold on any standard library.
    std::mt19937_64 standard;
    standard.discard(9999);
    CHECK(standard() == 9981545732273789042ULL);

    const QStringList candidates{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                 QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("h")};
    std::mt19937_64 gen(12366);
    const QStringList first = pickRandom(candidates, 3, gen);
    std::mt19937_64 again(12366);
    CHECK(pickRandom(candidates, 3, again) == first);
    CHECK(first == QStringList{QStringLiteral("e"), QStringLiteral("c"), QStringLiteral("d")});
    std::mt19937_64 other(12367);
    CHECK(pickRandom(candidates, 3, other) != first);
    // Asking for more than there are gives them all; nothing for none.
    CHECK(pickRandom(candidates, 20, gen).size() == candidates.size());
    CHECK(pickRandom(candidates, 0, gen).isEmpty());
    CHECK(pickRandom({}, 2, gen).isEmpty());
}

TEST_CASE("a week's draw is reproducible from its seed and differs with another seed")
{
    Week w;
    auto first = w.draw(4242);
    REQUIRE(first.ok());
    CHECK(first->seed == 4242);
    CHECK(first->weekStart == kWeek);
    CHECK(first->perAgent == kDefaultPerAgent);
    auto same = w.draw(4242, true);
    REQUIRE(same.ok());
    CHECK(same->id != first->id);
    CHECK(picks(same.value()) == picks(first.value()));
    auto other = w.draw(4243, true);
    REQUIRE(other.ok());
    CHECK(picks(other.value()) != picks(first.value()));
    // The week's plan is the latest draw.
    auto current = weekDraw(w.conn(), kWeek, w.inspectorB);
    REQUIRE(current.ok());
    REQUIRE(current.value());
    CHECK(current.value()->id == other->id);
    CHECK(current.value()->seed == 4243);

    // Without a seed a fresh one is chosen, recorded, and reproduces the draw.
    auto fresh = w.draw(std::nullopt, true);
    REQUIRE(fresh.ok());
    CHECK(fresh->seed >= 0);
    CHECK(fresh->seed <= kMaxSeed);
    auto replay = w.draw(fresh->seed, true);
    REQUIRE(replay.ok());
    CHECK(picks(replay.value()) == picks(fresh.value()));
}

TEST_CASE("every agent gets N random calls when there are that many, and all of them when fewer")
{
    Week w;
    auto d = w.draw(7);
    REQUIRE(d.ok());
    CHECK(itemsOf(d.value(), w.zhang.id, SampleReason::Random) == 2);
    CHECK(itemsOf(d.value(), w.li.id, SampleReason::Random) == 2);
    CHECK(itemsOf(d.value(), w.wang.id, SampleReason::Random) == 1);
    CHECK(picks(d.value()).contains(w.wangCall));
    CHECK(d->items.size() == 5);

    // The lead sets 4 per agent; agents only, never inspectors, may not.
    CHECK(setSamplePerAgent(w.conn(), 4, w.zhang).error().code == ErrorCode::Forbidden);
    CHECK(setSamplePerAgent(w.conn(), 4, w.inspectorA).error().code == ErrorCode::Forbidden);
    CHECK(setSamplePerAgent(w.conn(), 0, w.lead).error().code == ErrorCode::InvalidInput);
    CHECK(setSamplePerAgent(w.conn(), kMaxPerAgent + 1, w.lead).error().code == ErrorCode::InvalidInput);
    CHECK(samplePerAgent(w.conn()).value() == kDefaultPerAgent);
    REQUIRE(setSamplePerAgent(w.conn(), 4, w.lead).ok());
    CHECK(samplePerAgent(w.conn()).value() == 4);
    auto more = w.draw(7, true);
    REQUIRE(more.ok());
    CHECK(more->perAgent == 4);
    CHECK(itemsOf(more.value(), w.zhang.id, SampleReason::Random) == 4);
    CHECK(itemsOf(more.value(), w.li.id, SampleReason::Random) == 4);
    CHECK(itemsOf(more.value(), w.wang.id, SampleReason::Random) == 1);
    // No recording is drawn twice.
    CHECK(picks(more.value()).size() == more->items.size());
}

TEST_CASE("calls linked to complaints are always drawn, on top of the random ones")
{
    Week w;
    const QString c1 =
        w.recording(w.zhang, QStringLiteral("2026-11-19 15:00"), w.workOrder(test::kComplaintTopic, w.zhang));
    const QString c2 =
        w.recording(w.zhang, QStringLiteral("2026-11-20 15:00"), w.workOrder(test::kComplaintTopic, w.zhang));
    const QString liComplaint =
        w.recording(w.li, QStringLiteral("2026-11-21 15:00"), w.workOrder(test::kComplaintTopic, w.li));
    // A suggestion (建议) under the same group is an ordinary call.
    const QString suggestion =
        w.recording(w.li, QStringLiteral("2026-11-21 16:00"), w.workOrder(test::kSuggestionTopic, w.li));
    for (qint64 seed : {1, 2, 3, 99}) {
        INFO(seed);
        auto d = w.draw(seed, seed != 1);
        REQUIRE(d.ok());
        const auto p = picks(d.value());
        CHECK(p.value(c1) == QStringLiteral("complaint"));
        CHECK(p.value(c2) == QStringLiteral("complaint"));
        CHECK(p.value(liComplaint) == QStringLiteral("complaint"));
        CHECK(p.value(suggestion, QStringLiteral("random")) == QStringLiteral("random"));
        CHECK(itemsOf(d.value(), w.zhang.id, SampleReason::Random) == 2);
        CHECK(itemsOf(d.value(), w.zhang.id, SampleReason::Complaint) == 2);
        CHECK(itemsOf(d.value(), w.li.id, SampleReason::Random) == 2);
        CHECK(itemsOf(d.value(), w.li.id, SampleReason::Complaint) == 1);
    }
}

TEST_CASE("a sampling week runs Monday 00:00 to Sunday 24:00 Beijing time")
{
    QaRows r;
    REQUIRE(setSamplePerAgent(r.conn(), kMaxPerAgent, r.lead).ok());
    const QString before = r.recording(r.zhang, QStringLiteral("2026-11-15 23:59"));
    const QString first = r.recording(r.zhang, QStringLiteral("2026-11-16 00:00"));
    const QString last = r.recording(r.zhang, QStringLiteral("2026-11-22 23:59"));
    const QString after = r.recording(r.zhang, QStringLiteral("2026-11-23 00:00"));
    const QString noAgent = r.recording(security::Operator{}, QStringLiteral("2026-11-18 10:00"));
    // 00:00 Monday Beijing is Sunday 16:00 UTC.
    CHECK(weekBoundsMs(kWeek).first == QDateTime(QDate(2026, 11, 15), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK(weekMondayOf(QDate(2026, 11, 22)) == kWeek);
    CHECK(weekMondayOf(QDate(2026, 11, 16)) == kWeek);
    CHECK(weekMondayOf(QDate(2026, 11, 23)) == QDate(2026, 11, 23));
    auto d = drawWeek(r.conn(), kWeek, r.inspectorA, r.ids, r.clock, {1, false});
    REQUIRE(d.ok());
    const auto p = picks(d.value());
    CHECK(p.size() == 2);
    CHECK(p.contains(first));
    CHECK(p.contains(last));
    CHECK_FALSE(p.contains(before));
    CHECK_FALSE(p.contains(after));
    CHECK_FALSE(p.contains(noAgent));
}

TEST_CASE("a draw is refused for a bad week, a bad seed, a second time, an empty week or an agent")
{
    Week w;
    auto refused = [&](QDate week, DrawOptions o, const security::Operator& by) {
        auto d = drawWeek(w.conn(), week, by, w.ids, w.clock, o);
        REQUIRE_FALSE(d.ok());
        CHECK_FALSE(d.error().message.isEmpty());
        return d.error().code;
    };
    CHECK(refused(QDate(2026, 11, 17), {1, false}, w.inspectorA) == ErrorCode::InvalidInput); // a Tuesday
    CHECK(refused(QDate(), {1, false}, w.inspectorA) == ErrorCode::InvalidInput);
    CHECK(refused(QDate(2026, 11, 30), {1, false}, w.inspectorA) == ErrorCode::InvalidInput); // not begun
    CHECK(refused(kWeek, {-1, false}, w.inspectorA) == ErrorCode::InvalidInput);
    CHECK(refused(kWeek, {kMaxSeed + 1, false}, w.inspectorA) == ErrorCode::InvalidInput);
    CHECK(refused(kWeek, {1, false}, w.zhang) == ErrorCode::Forbidden);
    CHECK(refused(kWeek, {1, false}, w.admin) == ErrorCode::Forbidden);
    CHECK(refused(QDate(2026, 11, 9), {1, false}, w.inspectorA) == ErrorCode::NotFound); // no calls
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM qa_sample_draws")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity LIKE 'qa_sample%'")) == 0);

    // The current week may be drawn while it runs (its calls so far).
    REQUIRE(w.recording(w.li, QStringLiteral("2026-11-24 09:00")).size() > 0);
    auto current = drawWeek(w.conn(), QDate(2026, 11, 23), w.lead, w.ids, w.clock, {5, false});
    REQUIRE(current.ok());
    CHECK(current->items.size() == 1);

    auto d = w.draw(11);
    REQUIRE(d.ok());
    // Stored with an outbox entry per row.
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'qa_sample_draw'")) == 2);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'qa_sample_item'")) ==
          w.count(QStringLiteral("SELECT count(*) FROM qa_sample_items")));
    // A second draw of the week is refused, naming the first one's seed; a redraw replaces it.
    auto again = drawWeek(w.conn(), kWeek, w.inspectorB, w.ids, w.clock, {12, false});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("11")));
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM qa_sample_draws WHERE week_start = '2026-11-16'")) == 1);
}

TEST_CASE("the items are dealt to the QA inspectors in turn, else the leads")
{
    Week w;
    auto d = w.draw(3);
    REQUIRE(d.ok());
    int a = 0;
    int b = 0;
    for (const SampleItem& it : d->items) {
        a += it.inspectorId == w.inspectorA.id ? 1 : 0;
        b += it.inspectorId == w.inspectorB.id ? 1 : 0;
    }
    CHECK(a + b == d->items.size());
    CHECK(std::abs(a - b) <= 1);
    CHECK(a > 0);

    // With no inspector left, the lead gets them all.
    w.exec(QStringLiteral("UPDATE operators SET active = 0 WHERE role = 'qa'"));
    auto byLead = drawWeek(w.conn(), kWeek, w.lead, w.ids, w.clock, {3, true});
    REQUIRE(byLead.ok());
    for (const SampleItem& it : byLead->items) {
        CHECK(it.inspectorId == w.lead.id);
        CHECK(it.inspectorName == QStringLiteral("组长"));
    }
}

TEST_CASE("an inspector's queue holds their unscored items and coverage counts scored against planned")
{
    Week w;
    auto d = w.draw(5);
    REQUIRE(d.ok());
    auto queueA = inspectorQueue(w.conn(), kWeek, w.inspectorA);
    auto queueB = inspectorQueue(w.conn(), kWeek, w.inspectorB);
    REQUIRE(queueA.ok());
    REQUIRE(queueB.ok());
    CHECK(queueA->size() + queueB->size() == d->items.size());
    for (const SampleItem& it : queueA.value()) {
        CHECK(it.inspectorId == w.inspectorA.id);
        CHECK_FALSE(it.evaluated);
    }
    for (qsizetype i = 1; i < queueA->size(); ++i) {
        CHECK(queueA->at(i - 1).startedAt <= queueA->at(i).startedAt);
    }
    auto all = inspectorQueue(w.conn(), kWeek, w.lead);
    REQUIRE(all.ok());
    CHECK(all->size() == d->items.size());

    auto coverage = weekCoverage(w.conn(), kWeek, w.inspectorA);
    REQUIRE(coverage.ok());
    REQUIRE(coverage->size() == 3);
    for (const AgentCoverage& c : coverage.value()) {
        CHECK(c.evaluated == 0);
        CHECK(c.planned == (c.agentId == w.wang.id ? 1 : 2));
    }

    // Scoring one of A's items takes it off A's queue and counts for its agent.
    const SampleItem scored = queueA->first();
    const QString version = w.templateVersion();
    w.evaluation(scored.recordingId,
                 scored.agentId == w.zhang.id ? w.zhang
                 : scored.agentId == w.li.id  ? w.li
                                              : w.wang,
                 version, QStringLiteral("2026-11-26 10:00"), 90, true);
    auto after = inspectorQueue(w.conn(), kWeek, w.inspectorA);
    REQUIRE(after.ok());
    CHECK(after->size() == queueA->size() - 1);
    coverage = weekCoverage(w.conn(), kWeek, w.inspectorB);
    REQUIRE(coverage.ok());
    int evaluated = 0;
    for (const AgentCoverage& c : coverage.value()) {
        evaluated += c.evaluated;
        CHECK(c.evaluated == (c.agentId == scored.agentId ? 1 : 0));
    }
    CHECK(evaluated == 1);
    // By agent name (code point order).
    CHECK(coverage->at(0).agentName == QStringLiteral("张三"));
    CHECK(coverage->at(1).agentName == QStringLiteral("李四"));
    CHECK(coverage->at(2).agentName == QStringLiteral("王五"));

    // An unassigned item is in everyone's queue.
    w.exec(QStringLiteral("UPDATE qa_sample_items SET inspector_id = NULL WHERE id = ?"), {queueB->first().id});
    auto withUnassigned = inspectorQueue(w.conn(), kWeek, w.inspectorA);
    REQUIRE(withUnassigned.ok());
    CHECK(withUnassigned->size() == after->size() + 1);

    // Agents see neither; an unknown week is empty.
    CHECK(inspectorQueue(w.conn(), kWeek, w.zhang).error().code == ErrorCode::Forbidden);
    CHECK(weekCoverage(w.conn(), kWeek, w.zhang).error().code == ErrorCode::Forbidden);
    CHECK(weekCoverage(w.conn(), QDate(2026, 11, 2), w.inspectorA).value().isEmpty());
    CHECK(inspectorQueue(w.conn(), QDate(2026, 11, 2), w.inspectorA).value().isEmpty());
}
