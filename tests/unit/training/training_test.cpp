// 培训: sessions with attendees and attendance, the yearly count of sessions held against the requirement of two, and
// topic courses for taxpayers kept as KB course links with a start time.

#include "knowledge/kblinks.h"
#include "security/accountrepository.h"
#include "testsupport.h"
#include "ticketfixture.h"
#include "training/training.h"

#include <QSqlQuery>

using namespace hotline;
using training::Training;

namespace {

Training session(const QString& topic, const QString& beijingStart)
{
    Training t;
    t.topic = topic;
    t.startsAt = test::beijing(beijingStart);
    t.durationMinutes = 90;
    t.trainer = QStringLiteral("张敏");
    t.location = QStringLiteral("三楼培训室");
    t.materials = QStringLiteral("扣缴端 V3.1.221 升级说明");
    return t;
}

int outbox(const test::TicketFixture& f, const QString& entity)
{
    return f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = '%1'").arg(entity));
}

} // namespace

TEST_CASE("the yearly training count takes only sessions held: started in that Beijing year and before now")
{
    test::TicketFixture f; // now: 2025-09-30 10:00 Beijing
    for (const auto& [topic, at] :
         {std::pair{"2024年度汇算", "2024-03-05 14:00"},
          std::pair{"跨年夜培训", "2025-01-01 00:30"}, // 2024-12-31 16:30 UTC: Beijing 2025
          std::pair{"扣缴端新版本", "2025-06-10 09:00"}, std::pair{"今天晚些时候", "2025-09-30 15:00"},
          std::pair{"四季度服务规范", "2025-11-20 09:00"}}) {
        REQUIRE(training::saveTraining(*f.store.db, session(QString::fromUtf8(topic), QString::fromUtf8(at)), f.lead,
                                       f.ids, f.clock)
                    .ok());
    }
    auto y2025 = training::trainingYear(f.store.db->connection(), 2025, f.clock);
    REQUIRE(y2025.ok());
    CHECK(y2025->held == 2);
    CHECK(y2025->planned == 2);
    CHECK(y2025->required == 2);
    CHECK(y2025->met());
    auto y2024 = training::trainingYear(f.store.db->connection(), 2024, f.clock);
    REQUIRE(y2024.ok());
    CHECK(y2024->held == 1);
    CHECK(y2024->planned == 0);
    CHECK_FALSE(y2024->met());
    auto y2026 = training::trainingYear(f.store.db->connection(), 2026, f.clock);
    REQUIRE(y2026.ok());
    CHECK(y2026->held == 0);
    CHECK_FALSE(y2026->met());

    // Once the afternoon session has started, it counts as held.
    f.clock.set(test::beijing(QStringLiteral("2025-09-30 15:00")));
    CHECK(training::trainingYear(f.store.db->connection(), 2025, f.clock)->held == 3);

    auto list = training::listTrainings(f.store.db->connection(), 2025);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 4);
    CHECK(list->first().topic == QStringLiteral("跨年夜培训"));
    CHECK(list->last().topic == QStringLiteral("四季度服务规范"));
}

TEST_CASE("attendees are chosen from active operators and their attendance is marked and synced")
{
    test::TicketFixture f;
    Training t = session(QStringLiteral("综合所得申报常见问题"), QStringLiteral("2025-09-29 14:00"));
    t.attendees = {{f.agent.id, {}, false}, {f.colleague.id, {}, false}};
    auto saved = training::saveTraining(*f.store.db, t, f.lead, f.ids, f.clock);
    REQUIRE(saved.ok());
    REQUIRE(saved->attendees.size() == 2);
    CHECK(saved->version == 1);
    CHECK(outbox(f, QStringLiteral("training")) == 1);
    CHECK(outbox(f, QStringLiteral("training_attendee")) == 2);

    // Mark 李娜 present, drop 王强, add 张敏.
    Training edit = saved.value();
    edit.attendees = {{f.agent.id, {}, true}, {f.lead.id, {}, true}};
    auto again = training::saveTraining(*f.store.db, edit, f.lead, f.ids, f.clock);
    REQUIRE(again.ok());
    CHECK(again->version == 2);
    QStringList present;
    for (const auto& a : again->attendees) {
        present << a.name + (a.attended ? QStringLiteral("+") : QStringLiteral("-"));
    }
    present.sort();
    CHECK(present.join(QLatin1Char(',')) == QStringLiteral("张敏+,李娜+"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM training_attendees")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'training_attendee' AND "
                                 "operation = 'delete'")) == 1);
    CHECK(outbox(f, QStringLiteral("training_attendee")) == 5); // 2 inserts, 1 update, 1 insert, 1 delete

    SECTION("a stale version is refused")
    {
        auto stale = training::saveTraining(*f.store.db, saved.value(), f.lead, f.ids, f.clock);
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().code == ErrorCode::Conflict);
    }
    SECTION("removing a session removes its attendees")
    {
        REQUIRE(training::removeTraining(*f.store.db, again->id, f.lead, f.clock).ok());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM trainings")) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM training_attendees")) == 0);
        CHECK(training::removeTraining(*f.store.db, again->id, f.lead, f.clock).error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("a training session with bad input or by a role without ManageTraining is refused and nothing is stored")
{
    test::TicketFixture f;
    const Training good = session(QStringLiteral("纳税服务规范"), QStringLiteral("2025-10-10 09:00"));
    const auto refused = [&](Training t, const QString& field) {
        auto r = training::saveTraining(*f.store.db, t, f.lead, f.ids, f.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == field);
    };
    Training t = good;
    t.topic = QStringLiteral("   ");
    refused(t, QStringLiteral("topic"));
    t = good;
    t.startsAt = {};
    refused(t, QStringLiteral("starts_at"));
    t = good;
    t.durationMinutes = 0;
    refused(t, QStringLiteral("duration"));
    t.durationMinutes = 24 * 60 + 1;
    refused(t, QStringLiteral("duration"));
    t = good;
    t.trainer.clear();
    refused(t, QStringLiteral("trainer"));
    t = good;
    t.attendees = {{f.agent.id, {}, false}, {f.agent.id, {}, true}};
    refused(t, QStringLiteral("attendees"));
    t = good;
    t.attendees = {{QStringLiteral("no-such-operator"), {}, false}};
    refused(t, QStringLiteral("attendees"));

    REQUIRE(security::AccountRepository(f.store.db->connection()).setActive(f.colleague.id, false).ok());
    t = good;
    t.attendees = {{f.colleague.id, QStringLiteral("王强"), false}};
    refused(t, QStringLiteral("attendees"));
    auto active = training::activeOperators(f.store.db->connection());
    REQUIRE(active.ok());
    CHECK(active->size() == 2);

    // Someone deactivated after the session stays on it when it is edited.
    REQUIRE(security::AccountRepository(f.store.db->connection()).setActive(f.colleague.id, true).ok());
    t = good;
    t.attendees = {{f.colleague.id, QStringLiteral("王强"), true}};
    auto kept = training::saveTraining(*f.store.db, t, f.lead, f.ids, f.clock);
    REQUIRE(kept.ok());
    REQUIRE(security::AccountRepository(f.store.db->connection()).setActive(f.colleague.id, false).ok());
    training::Training edited = kept.value();
    edited.topic = QStringLiteral("纳税服务规范（补课）");
    auto again = training::saveTraining(*f.store.db, edited, f.lead, f.ids, f.clock);
    REQUIRE(again.ok());
    CHECK(again->attendees.size() == 1);
    REQUIRE(training::removeTraining(*f.store.db, again->id, f.lead, f.clock).ok());

    auto byAgent = training::saveTraining(*f.store.db, good, f.agent, f.ids, f.clock);
    REQUIRE_FALSE(byAgent.ok());
    CHECK(byAgent.error().code == ErrorCode::Forbidden);
    auto byTechnician = training::saveTraining(*f.store.db, good, f.colleague, f.ids, f.clock);
    REQUIRE_FALSE(byTechnician.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM trainings")) == 0);
    CHECK(outbox(f, QStringLiteral("training")) == 3); // the kept session: insert, update, delete
}

TEST_CASE("a topic course for taxpayers is a KB course link with a start time, listed while upcoming")
{
    test::TicketFixture f;
    knowledge::KbLink live{{},
                           knowledge::LinkKind::Course,
                           QStringLiteral("专题课程：扣缴端新版本操作"),
                           QStringLiteral("线上直播"),
                           QDate(2025, 9, 25),
                           QStringLiteral("https://example.gov.cn/live/123"),
                           test::beijing(QStringLiteral("2025-10-15 14:00"))};
    auto saved = knowledge::saveLink(*f.store.db, live, f.lead, f.ids, f.clock);
    REQUIRE(saved.ok());
    knowledge::KbLink past = live;
    past.title = QStringLiteral("专题课程：年度汇算");
    past.startsAt = test::beijing(QStringLiteral("2025-03-01 14:00"));
    REQUIRE(knowledge::saveLink(*f.store.db, past, f.lead, f.ids, f.clock).ok());
    knowledge::KbLink recorded = live;
    recorded.title = QStringLiteral("录播：个税APP使用");
    recorded.startsAt = {};
    REQUIRE(knowledge::saveLink(*f.store.db, recorded, f.lead, f.ids, f.clock).ok());

    auto listed = knowledge::listLinks(f.store.db->connection(), knowledge::LinkKind::Course);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 3);
    auto upcoming = knowledge::upcomingCourses(f.store.db->connection(), f.clock.now());
    REQUIRE(upcoming.ok());
    REQUIRE(upcoming->size() == 1);
    CHECK(upcoming->first().title == live.title);
    CHECK(upcoming->first().startsAt == live.startsAt);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'kb_link' AND fields LIKE "
                                 "'%starts_at%'")) == 3);

    knowledge::KbLink news = live;
    news.kind = knowledge::LinkKind::News;
    auto refused = knowledge::saveLink(*f.store.db, news, f.lead, f.ids, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("starts_at"));
    for (const char* bad : {"ftp://example.gov.cn/a", "example.gov.cn/live", "https://", "https://exa mple.cn/"}) {
        knowledge::KbLink l = live;
        l.url = QString::fromLatin1(bad);
        CHECK(knowledge::saveLink(*f.store.db, l, f.lead, f.ids, f.clock).error().field == QStringLiteral("url"));
    }
}
