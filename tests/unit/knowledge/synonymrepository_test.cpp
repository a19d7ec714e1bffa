#include "knowledge/synonymrepository.h"
#include "security/operator.h"
#include "sync/changelog.h"
#include "testsupport.h"

using namespace hotline;

namespace {

struct SynStore {
    SynStore()
    {
        security::OperatorRepository ops(store.db->connection());
        lead = ops.create(QStringLiteral("班长"), security::Role::TeamLead, ids, clock).value();
        agent = ops.create(QStringLiteral("坐席"), security::Role::Agent, ids, clock).value();
        qa = ops.create(QStringLiteral("质检"), security::Role::QaInspector, ids, clock).value();
    }
    knowledge::SynonymRepository repo() { return knowledge::SynonymRepository(store.db->connection()); }
    QList<sync::Change> changes(const QString& entity)
    {
        QList<sync::Change> out;
        for (const sync::Change& c : sync::pendingChanges(store.db->connection(), 10000).value()) {
            if (c.entity == entity) {
                out << c;
            }
        }
        return out;
    }
    test::TempStore store;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    security::Operator lead;
    security::Operator agent;
    security::Operator qa;
};

} // namespace

TEST_CASE("the store's synonym dictionary starts as the shipped one")
{
    SynStore s;
    const auto groups = s.repo().groups().value();
    REQUIRE(groups.size() == knowledge::Synonyms::builtin().groups().size());
    for (qsizetype i = 0; i < groups.size(); ++i) {
        CHECK(groups[i].words == knowledge::Synonyms::builtin().groups()[i]);
    }
    CHECK(s.repo().load().value().groupOf(QStringLiteral("专扣")).contains(QStringLiteral("专项附加扣除")));
}

TEST_CASE("team leads add, edit and remove synonym groups, each change in the outbox")
{
    SynStore s;
    auto added =
        s.repo().add({QStringLiteral(" 小孩上学 "), QStringLiteral("子女教育"), QString(), QStringLiteral("子女教育")},
                     s.lead, s.ids, s.clock);
    REQUIRE(added.ok());
    CHECK(added->words == QStringList{QStringLiteral("小孩上学"), QStringLiteral("子女教育")}); // trimmed, once each
    CHECK(s.repo().load().value().groupOf(QStringLiteral("小孩上学")).contains(QStringLiteral("子女教育")));

    REQUIRE(s.repo()
                .update(added->id, {QStringLiteral("小孩上学"), QStringLiteral("子女教育"), QStringLiteral("孩子读书")},
                        s.lead, s.clock)
                .ok());
    CHECK(s.repo().load().value().groupOf(QStringLiteral("孩子读书")).size() == 3);

    REQUIRE(s.repo().remove(added->id, s.lead, s.clock).ok());
    CHECK(s.repo().load().value().groupOf(QStringLiteral("孩子读书")) == QStringList{QStringLiteral("孩子读书")});

    const auto changes = s.changes(QStringLiteral("kb_synonym"));
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].operation == sync::Operation::Insert);
    CHECK(changes[0].fields.value(QStringLiteral("words")).toString() == QStringLiteral("小孩上学\n子女教育"));
    CHECK(changes[1].operation == sync::Operation::Update);
    CHECK(changes[2].operation == sync::Operation::Delete);
    CHECK(changes[2].entityId == added->id);
}

TEST_CASE("a synonym group is refused with a clear reason")
{
    SynStore s;
    struct Case {
        QStringList words;
        ErrorCode code;
        const char* says;
    };
    const Case cases[] = {
        {{}, ErrorCode::InvalidInput, "two different words"},
        {{QStringLiteral("退税")}, ErrorCode::InvalidInput, "two different words"},
        {{QStringLiteral("退税"), QStringLiteral(" 退税 "), QStringLiteral("  ")},
         ErrorCode::InvalidInput,
         "two different"},
        {{QStringLiteral("App"), QStringLiteral("app")},
         ErrorCode::InvalidInput,
         "two different"},                                                             // case is no difference
        {{QStringLiteral("个税"), QStringLiteral("税")}, ErrorCode::Conflict, "个税"}, // in the shipped group
        {{QStringLiteral("房贷"), QStringLiteral("按揭")}, ErrorCode::Conflict, "房贷"},
        {{QStringLiteral("一\n二"), QStringLiteral("三")}, ErrorCode::InvalidInput, "one line"},
        {{QString(41, QChar(0x7a0e)), QStringLiteral("三")}, ErrorCode::InvalidInput, "40"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.words.join(QLatin1Char('|')));
        auto r = s.repo().add(c.words, s.lead, s.ids, s.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == c.code);
        CHECK(r.error().message.contains(QString::fromUtf8(c.says)));
        CHECK(r.error().field == QStringLiteral("words"));
    }
    CHECK(s.repo().groups().value().size() == knowledge::Synonyms::builtin().groups().size());
    CHECK(s.changes(QStringLiteral("kb_synonym")).isEmpty());

    // Editing a group may keep its own words; a missing group is NotFound.
    const QString tax = s.repo().groups().value().first().id;
    CHECK(s.repo()
              .update(tax, {QStringLiteral("个税"), QStringLiteral("个人所得税"), QStringLiteral("个调税")}, s.lead,
                      s.clock)
              .ok());
    CHECK(s.repo().update(tax, {QStringLiteral("个税"), QStringLiteral("专扣")}, s.lead, s.clock).error().code ==
          ErrorCode::Conflict);
    CHECK(s.repo()
              .update(QStringLiteral("nope"), {QStringLiteral("甲"), QStringLiteral("乙")}, s.lead, s.clock)
              .error()
              .code == ErrorCode::NotFound);
    CHECK(s.repo().remove(QStringLiteral("nope"), s.lead, s.clock).error().code == ErrorCode::NotFound);
}

TEST_CASE("only team leads and administrators change the synonym dictionary")
{
    SynStore s;
    for (const security::Operator* who : {&s.agent, &s.qa}) {
        CAPTURE(who->name);
        auto added = s.repo().add({QStringLiteral("甲"), QStringLiteral("乙")}, *who, s.ids, s.clock);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().code == ErrorCode::Forbidden);
        const QString first = s.repo().groups().value().first().id;
        CHECK(s.repo().update(first, {QStringLiteral("甲"), QStringLiteral("乙")}, *who, s.clock).error().code ==
              ErrorCode::Forbidden);
        CHECK(s.repo().remove(first, *who, s.clock).error().code == ErrorCode::Forbidden);
    }
    CHECK(s.repo().groups().value().size() == knowledge::Synonyms::builtin().groups().size());
}
