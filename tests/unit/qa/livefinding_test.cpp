#include "qa/livefinding.h"
#include "scorecardfixture.h"

using namespace hotline;

namespace {

qa::LiveFindingInput finding(const QString& agentId, const QDateTime& at, const QString& what)
{
    return {agentId, at, QStringLiteral("139-0771 1234"), what, true};
}

} // namespace

TEST_CASE("live-monitoring findings are logged and listed by date and agent")
{
    test::ScorecardStore s;
    const QDateTime t1 = test::beijing(QStringLiteral("2026-11-27 09:40"));
    auto f1 =
        qa::logLiveFinding(s.db(), finding(s.agent.id, t1, QStringLiteral("未报工号")), s.inspector, s.ids, s.clock);
    REQUIRE(f1.ok());
    CHECK(f1->callerNumber == QStringLiteral("13907711234"));
    CHECK(f1->agentName == QStringLiteral("张三"));
    CHECK(f1->inspectorId == s.inspector.id);
    CHECK(f1->correctedOnSpot);
    auto f2 = qa::logLiveFinding(
        s.db(), {s.otherAgent.id, t1.addSecs(600), QString(), QStringLiteral("  专项附加扣除口径解释不清  "), false},
        s.lead, s.ids, s.clock);
    REQUIRE(f2.ok());
    CHECK(f2->finding == QStringLiteral("专项附加扣除口径解释不清"));
    CHECK(qa::logLiveFinding(s.db(), finding(s.agent.id, t1.addDays(-1), QStringLiteral("语速过快")), s.lead, s.ids,
                             s.clock)
              .ok());

    const QDateTime day = test::beijing(QStringLiteral("2026-11-27 00:00"));
    auto today = qa::liveFindings(s.db(), day, day.addDays(1), {}, s.inspector);
    REQUIRE(today.ok());
    REQUIRE(today->size() == 2);
    CHECK(today->at(0).id == f2->id); // newest first
    CHECK(today->at(0).inspectorName == QStringLiteral("王班长"));
    CHECK_FALSE(today->at(0).correctedOnSpot);
    CHECK(today->at(1).observedAt == t1);
    auto agentsOnly = qa::liveFindings(s.db(), day.addDays(-7), day.addDays(1), s.agent.id, s.lead);
    REQUIRE(agentsOnly.ok());
    CHECK(agentsOnly->size() == 2);
    CHECK(s.changes(QStringLiteral("qa_live_finding")).size() == 3);
    CHECK(s.changes(QStringLiteral("qa_live_finding")).at(0).fields.value(QStringLiteral("finding")).toString() ==
          QStringLiteral("未报工号"));
}

TEST_CASE("live-monitoring findings: who may, and bad input")
{
    test::ScorecardStore s;
    const QDateTime t = test::beijing(QStringLiteral("2026-11-27 09:40"));
    for (const security::Operator& op : {s.agent, s.admin}) {
        auto r =
            qa::logLiveFinding(s.db(), finding(s.otherAgent.id, t, QStringLiteral("未报工号")), op, s.ids, s.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
        CHECK(qa::liveFindings(s.db(), t.addDays(-1), t.addDays(1), {}, op).error().code == ErrorCode::Forbidden);
    }
    auto field = [&](const qa::LiveFindingInput& in) {
        auto r = qa::logLiveFinding(s.db(), in, s.inspector, s.ids, s.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        return r.error().field;
    };
    CHECK(field(finding(QString(), t, QStringLiteral("x"))) == QStringLiteral("agent"));
    CHECK(field(finding(QStringLiteral("nobody"), t, QStringLiteral("x"))) == QStringLiteral("agent"));
    CHECK(field(finding(s.agent.id, t, QStringLiteral("   "))) == QStringLiteral("finding"));
    CHECK(field(finding(s.agent.id, t, QString(501, QLatin1Char('x')))) == QStringLiteral("finding"));
    CHECK(field(finding(s.agent.id, s.clock.now().addSecs(3600), QStringLiteral("x"))) ==
          QStringLiteral("observed_at"));
    CHECK(field(finding(s.agent.id, QDateTime(), QStringLiteral("x"))) == QStringLiteral("observed_at"));
    auto letters = finding(s.agent.id, t, QStringLiteral("x"));
    letters.callerNumber = QStringLiteral("13907abc");
    CHECK(field(letters) == QStringLiteral("caller_number"));
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_live_findings")) == 0);
    CHECK(s.changes(QStringLiteral("qa_live_finding")).isEmpty());
    CHECK(
        qa::logLiveFinding(s.db(), finding(s.agent.id, t, QString(500, QLatin1Char('x'))), s.inspector, s.ids, s.clock)
            .ok());
}
