// 扣缴端版本: a version is recorded once, with the default checklist of the client's upgrade checks; verifying needs
// every item decided and gives passed or failed; changing the checklist afterwards sets it back to pending.

#include "materials/clientversion.h"
#include "materials/materiallibrary.h"
#include "testsupport.h"
#include "ticketfixture.h"

using namespace hotline;
using namespace hotline::materials;

namespace {

ClientVersion release(const QString& version = QStringLiteral("V3.1.221"))
{
    ClientVersion v;
    v.clientVersion = version;
    v.releasedOn = QDate(2025, 9, 20);
    v.deadlineOn = QDate(2025, 10, 15);
    v.notes = QStringLiteral("新增经营所得预缴申报入口");
    v.checklist = defaultChecklist();
    return v;
}

void decideAll(ClientVersion& v, bool passed)
{
    for (ChecklistItem& i : v.checklist) {
        i.passed = passed;
    }
}

} // namespace

TEST_CASE("the default checklist holds the client's real upgrade checks")
{
    QStringList items;
    for (const ChecklistItem& i : defaultChecklist()) {
        items << i.item;
        CHECK_FALSE(i.passed.has_value());
    }
    CHECK(items.size() >= 8);
    for (const char* expected :
         {"Install and upgrade", "Log in", "Personnel information collection", "Comprehensive income declaration",
          "Classified income declaration", "Tax payment", "Correction declaration", "Backup and restore"}) {
        CHECK(items.contains(QString::fromLatin1(expected)));
    }
    auto back = checklistFromJson(checklistJson(defaultChecklist()));
    REQUIRE(back.ok());
    CHECK(back->size() == items.size());
    CHECK_FALSE(checklistFromJson("{not json").ok());
}

TEST_CASE("verifying a version needs every item decided and records result, verifier and time")
{
    test::TicketFixture f;
    auto saved = saveClientVersion(*f.store.db, release(), f.colleague, f.ids, f.clock); // a technician
    REQUIRE(saved.ok());
    CHECK(saved->result == VerificationResult::Pending);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'client_version'")) == 1);

    ClientVersion v = saved.value();
    v.checklist[0].passed = true;
    v.checklist[1].passed = false;
    v.checklist[1].note = QStringLiteral("CA 登录偶发超时");
    auto partial = saveClientVersion(*f.store.db, v, f.colleague, f.ids, f.clock);
    REQUIRE(partial.ok());
    auto early = verifyClientVersion(*f.store.db, v.id, partial->version, f.colleague, f.clock);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("checklist"));
    CHECK(early.error().message.contains(QStringLiteral("Personnel information collection")));

    SECTION("all passed")
    {
        ClientVersion all = partial.value();
        decideAll(all, true);
        auto stored = saveClientVersion(*f.store.db, all, f.colleague, f.ids, f.clock);
        REQUIRE(stored.ok());
        f.clock.advanceSecs(3600);
        auto verified = verifyClientVersion(*f.store.db, all.id, stored->version, f.lead, f.clock);
        REQUIRE(verified.ok());
        CHECK(verified->result == VerificationResult::Passed);
        CHECK(verified->verifiedBy == f.lead.id);
        CHECK(verified->verifiedByName == QStringLiteral("张敏"));
        CHECK(verified->verifiedAt == f.clock.now());

        // A changed checklist after verification is a new verification.
        ClientVersion changed = verified.value();
        changed.checklist.append({QStringLiteral("远程协助"), std::nullopt, {}});
        auto reset = saveClientVersion(*f.store.db, changed, f.lead, f.ids, f.clock);
        REQUIRE(reset.ok());
        CHECK(reset->result == VerificationResult::Pending);
        CHECK(reset->verifiedBy.isEmpty());
        CHECK_FALSE(reset->verifiedAt.isValid());
    }
    SECTION("one failed item fails the version; the note is kept")
    {
        ClientVersion all = partial.value();
        decideAll(all, true);
        all.checklist[1].passed = false;
        auto stored = saveClientVersion(*f.store.db, all, f.colleague, f.ids, f.clock);
        REQUIRE(stored.ok());
        auto verified = verifyClientVersion(*f.store.db, all.id, stored->version, f.colleague, f.clock);
        REQUIRE(verified.ok());
        CHECK(verified->result == VerificationResult::Failed);
        CHECK(verified->checklist[1].note == QStringLiteral("CA 登录偶发超时"));
    }
    SECTION("a stale version number is refused")
    {
        CHECK(verifyClientVersion(*f.store.db, v.id, saved->version, f.lead, f.clock).error().code ==
              ErrorCode::Conflict);
        CHECK(saveClientVersion(*f.store.db, saved.value(), f.lead, f.ids, f.clock).error().code ==
              ErrorCode::Conflict);
    }
}

TEST_CASE("a version record with bad input, a duplicate version or by an agent is refused")
{
    test::TicketFixture f;
    REQUIRE(saveClientVersion(*f.store.db, release(), f.lead, f.ids, f.clock).ok());
    auto twice = saveClientVersion(*f.store.db, release(QStringLiteral(" V3.1.221 ")), f.lead, f.ids, f.clock);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(twice.error().field == QStringLiteral("client_version"));

    const auto field = [&](const ClientVersion& v) {
        auto r = saveClientVersion(*f.store.db, v, f.lead, f.ids, f.clock);
        REQUIRE_FALSE(r.ok());
        return r.error().field;
    };
    ClientVersion v = release(QStringLiteral("V3.1.222"));
    v.clientVersion = QStringLiteral(" ");
    CHECK(field(v) == QStringLiteral("client_version"));
    v = release(QStringLiteral("V3.1.222"));
    v.releasedOn = {};
    CHECK(field(v) == QStringLiteral("released_on"));
    v = release(QStringLiteral("V3.1.222"));
    v.deadlineOn = QDate(2025, 9, 1);
    CHECK(field(v) == QStringLiteral("deadline_on"));
    v = release(QStringLiteral("V3.1.222"));
    v.manualRevised = true;
    CHECK(field(v) == QStringLiteral("manual_note"));
    v = release(QStringLiteral("V3.1.222"));
    v.checklist.append(v.checklist.first());
    CHECK(field(v) == QStringLiteral("checklist"));
    v = release(QStringLiteral("V3.1.222"));
    v.checklist.clear();
    CHECK(field(v) == QStringLiteral("checklist"));
    v = release(QStringLiteral("V3.1.222"));
    v.materialId = QStringLiteral("no-such-material");
    CHECK(field(v) == QStringLiteral("material"));

    auto byAgent = saveClientVersion(*f.store.db, release(QStringLiteral("V3.1.223")), f.agent, f.ids, f.clock);
    REQUIRE_FALSE(byAgent.ok());
    CHECK(byAgent.error().code == ErrorCode::Forbidden);

    v = release(QStringLiteral("V3.1.224"));
    v.deadlineOn = {};
    v.manualRevised = true;
    v.manualNote = QStringLiteral("《扣缴端操作手册》第4章");
    auto noDeadline = saveClientVersion(*f.store.db, v, f.lead, f.ids, f.clock);
    REQUIRE(noDeadline.ok());
    CHECK_FALSE(noDeadline->deadlineOn.isValid());
    CHECK(noDeadline->manualRevised);
    auto list = listClientVersions(f.store.db->connection());
    REQUIRE(list.ok());
    CHECK(list->size() == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM client_versions")) == 2);
}
