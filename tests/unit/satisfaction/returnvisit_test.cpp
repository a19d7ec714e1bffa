#include "satisfaction/returnvisits.h"
#include "satisfactionfixture.h"

using namespace hotline;
using namespace hotline::satisfaction;
using hotline::test::beijing;

TEST_CASE("return visits: the owner or a lead records them, listed oldest first, each with an outbox entry")
{
    hotline::test::SatisfactionFixture f;
    const QString wo = f.workOrder(f.agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"));
    f.clock.set(beijing(QStringLiteral("2025-10-08 09:00")));
    ReturnVisitService visits(f.store.db->connection(), f.clock, f.ids);

    auto first = visits.record({wo, beijing(QStringLiteral("2025-10-02 10:00")), VisitMethod::Phone, Rating::Satisfied,
                                QStringLiteral("  纳税人表示问题已解决  ")},
                               f.agent);
    REQUIRE(first.ok());
    CHECK(first->note == QStringLiteral("纳税人表示问题已解决"));
    auto byLead =
        visits.record({wo, beijing(QStringLiteral("2025-10-01 16:00")), VisitMethod::Sms, std::nullopt, {}}, f.lead);
    INFO((byLead ? QString() : byLead.error().message).toStdString());
    REQUIRE(byLead.ok());

    auto list = visits.list(wo, f.colleague);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).visitorName == QStringLiteral("张敏"));
    CHECK(list->at(0).method == VisitMethod::Sms);
    CHECK_FALSE(list->at(0).verdict.has_value());
    CHECK(list->at(1).visitorName == QStringLiteral("李娜"));
    CHECK(list->at(1).verdict == Rating::Satisfied);
    CHECK(list->at(1).visitedAt == beijing(QStringLiteral("2025-10-02 10:00")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'return_visit'")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM return_visits WHERE verdict = 'unreachable'")) == 1);
}

TEST_CASE("return visits: refused for others' work orders, bad times, long notes, unknown work orders")
{
    hotline::test::SatisfactionFixture f;
    const QString wo = f.workOrder(f.agent, QStringLiteral("2025-09-30 09:00"), QStringLiteral("0771-5551234"));
    f.clock.set(beijing(QStringLiteral("2025-10-08 09:00")));
    ReturnVisitService visits(f.store.db->connection(), f.clock, f.ids);
    const ReturnVisitDraft ok{
        wo, beijing(QStringLiteral("2025-10-02 10:00")), VisitMethod::Phone, Rating::Satisfied, {}};

    for (const auto* who : {&f.colleague, &f.inspector}) {
        auto r = visits.record(ok, *who);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
    auto future = ok;
    future.visitedAt = beijing(QStringLiteral("2025-10-08 10:00"));
    auto r1 = visits.record(future, f.agent);
    REQUIRE_FALSE(r1.ok());
    CHECK(r1.error().field == QStringLiteral("visited_at"));
    auto early = ok;
    early.visitedAt = beijing(QStringLiteral("2025-09-30 08:59"));
    CHECK_FALSE(visits.record(early, f.agent).ok());
    auto longNote = ok;
    longNote.note = QString(kMaxVisitNoteLength + 1, QChar(0x8BF4));
    auto r2 = visits.record(longNote, f.agent);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().field == QStringLiteral("note"));
    auto unknown = ok;
    unknown.workOrderId = QStringLiteral("no-such-id");
    auto r3 = visits.record(unknown, f.lead);
    REQUIRE_FALSE(r3.ok());
    CHECK(r3.error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM return_visits")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'return_visit'")) == 0);
}
