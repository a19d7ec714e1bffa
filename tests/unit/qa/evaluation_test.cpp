#include "qa/evaluation.h"
#include "scorecardfixture.h"

using namespace hotline;

namespace {

qa::Deduction deduct(const QString& key, double points, const QString& reason = QStringLiteral("打断纳税人讲话"))
{
    return {key, points, reason, {}};
}

qa::EvaluationDraft draftFor(const qa::ScorecardVersion& v, const QString& recordingId)
{
    qa::EvaluationDraft d;
    d.recordingId = recordingId;
    d.templateVersionId = v.id;
    return d;
}

} // namespace

TEST_CASE("score arithmetic: deductions, the cap per item, fatal items and the pass mark")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    qa::EvaluationDraft d = draftFor(v, QStringLiteral("r"));

    qa::Score clean = qa::computeScore(v, d);
    CHECK(clean.total == 100);
    CHECK(clean.maxTotal == 100);
    CHECK(clean.passed);
    CHECK_FALSE(clean.fatal);
    CHECK(clean.dimensionPoints.value(QStringLiteral("attitude")) == 30);

    d.deductions = {deduct(QStringLiteral("courtesy"), 3), deduct(QStringLiteral("policy_accuracy"), 8),
                    deduct(QStringLiteral("voice"), 0.5)};
    qa::Score s1 = qa::computeScore(v, d);
    CHECK(s1.total == 88.5);
    CHECK(s1.passed);
    CHECK(s1.dimensionPoints.value(QStringLiteral("attitude")) == 27);
    CHECK(s1.dimensionPoints.value(QStringLiteral("skills")) == 19.5);
    CHECK(s1.dimensionPoints.value(QStringLiteral("knowledge")) == 27);
    CHECK(s1.dimensionPoints.value(QStringLiteral("records")) == 15);

    // Exactly the pass mark passes; half a point below fails.
    d.deductions = {deduct(QStringLiteral("policy_accuracy"), 15), deduct(QStringLiteral("ticket_complete"), 5)};
    CHECK(qa::computeScore(v, d).total == 80);
    CHECK(qa::computeScore(v, d).passed);
    d.deductions << deduct(QStringLiteral("voice"), 0.5);
    CHECK(qa::computeScore(v, d).total == 79.5);
    CHECK_FALSE(qa::computeScore(v, d).passed);

    // An item loses at most its own maximum, even over several deductions.
    d.deductions = {deduct(QStringLiteral("greeting"), 25), deduct(QStringLiteral("voice"), 4),
                    deduct(QStringLiteral("voice"), 4)};
    CHECK(qa::computeScore(v, d).total == 84);
    CHECK(qa::computeScore(v, d).dimensionPoints.value(QStringLiteral("skills")) == 14);

    // Unknown items, fatal items and non-positive deductions count for nothing in the arithmetic.
    d.deductions = {deduct(QStringLiteral("nope"), 5), deduct(QStringLiteral("quarrel"), 5),
                    deduct(QStringLiteral("courtesy"), -4)};
    CHECK(qa::computeScore(v, d).total == 100);

    // A fatal item zeroes the total whatever else.
    d.deductions = {deduct(QStringLiteral("courtesy"), 2)};
    d.fatalItemKeys = {QStringLiteral("disclose_taxpayer_info")};
    qa::Score fatal = qa::computeScore(v, d);
    CHECK(fatal.fatal);
    CHECK(fatal.total == 0);
    CHECK_FALSE(fatal.passed);
    CHECK(fatal.dimensionPoints.value(QStringLiteral("attitude")) == 28);
    // A key that is not a fatal item is no fatal hit.
    d.fatalItemKeys = {QStringLiteral("courtesy")};
    CHECK_FALSE(qa::computeScore(v, d).fatal);
    CHECK(qa::computeScore(v, d).total == 98);

    // A pass mark of 0 still fails a fatal evaluation.
    qa::ScorecardVersion lenient = v;
    lenient.passMark = 0;
    d.fatalItemKeys = {QStringLiteral("quarrel")};
    CHECK_FALSE(qa::computeScore(lenient, d).passed);
}

TEST_CASE("a draft with bad deductions is refused with the item named")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    qa::EvaluationDraft d = draftFor(v, QStringLiteral("r"));
    auto refused = [&](const QString& field, const QString& text) {
        Outcome r = qa::checkDraft(v, d);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == field);
        CHECK(r.error().message.contains(text));
    };
    CHECK(qa::checkDraft(v, d).ok());
    d.deductions = {deduct(QStringLiteral("courtesy"), 3, QStringLiteral("  "))};
    refused(QStringLiteral("courtesy"), QStringLiteral("耐心礼貌"));
    d.deductions = {deduct(QStringLiteral("courtesy"), 10.5)};
    refused(QStringLiteral("courtesy"), QStringLiteral("at most 10 points"));
    d.deductions = {deduct(QStringLiteral("voice"), 4), deduct(QStringLiteral("voice"), 3)};
    refused(QStringLiteral("voice"), QStringLiteral("语速语调"));
    d.deductions = {deduct(QStringLiteral("courtesy"), 2.3)};
    refused(QStringLiteral("courtesy"), QStringLiteral("half points"));
    d.deductions = {deduct(QStringLiteral("courtesy"), 0)};
    refused(QStringLiteral("courtesy"), QStringLiteral("above 0"));
    d.deductions = {deduct(QStringLiteral("courtesy"), -1)};
    refused(QStringLiteral("courtesy"), QStringLiteral("above 0"));
    d.deductions = {deduct(QStringLiteral("nope"), 1)};
    refused(QStringLiteral("nope"), QStringLiteral("no item nope"));
    d.deductions = {deduct(QStringLiteral("quarrel"), 1)};
    refused(QStringLiteral("quarrel"), QStringLiteral("fatal item"));
    d.deductions.clear();
    d.fatalItemKeys = {QStringLiteral("courtesy")};
    refused(QStringLiteral("courtesy"), QStringLiteral("not a fatal item"));
    d.fatalItemKeys = {QStringLiteral("quarrel")};
    refused(QStringLiteral("comment"), QStringLiteral("comment"));
    d.comment = QStringLiteral("与纳税人争吵，03:10 起");
    CHECK(qa::checkDraft(v, d).ok());
    d.fatalItemKeys = {QStringLiteral("quarrel"), QStringLiteral("quarrel")};
    refused(QStringLiteral("quarrel"), QStringLiteral("not a fatal item"));
    d.fatalItemKeys.clear();
    d.deductions = {deduct(QStringLiteral("courtesy"), 10), deduct(QStringLiteral("voice"), 3),
                    deduct(QStringLiteral("voice"), 3)};
    CHECK(qa::checkDraft(v, d).ok());
}

TEST_CASE("only QA inspectors and leads score calls")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    const QString rec = s.addRecording(s.agent.id);
    qa::EvaluationDraft d = draftFor(v, rec);
    d.deductions = {deduct(QStringLiteral("courtesy"), 2)};
    for (const security::Operator& op : {s.agent, s.otherAgent, s.admin}) {
        auto r = qa::submitEvaluation(s.db(), d, op, s.ids, s.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluations")) == 0);
    CHECK(qa::submitEvaluation(s.db(), d, s.inspector, s.ids, s.clock).ok());
    CHECK(qa::submitEvaluation(s.db(), d, s.lead, s.ids, s.clock).ok());
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluations")) == 2);

    // A lead whose own call was recorded does not score it.
    const QString leadsCall = s.addRecording(s.lead.id);
    auto own = qa::submitEvaluation(s.db(), draftFor(v, leadsCall), s.lead, s.ids, s.clock);
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().code == ErrorCode::Forbidden);
}

TEST_CASE("submitting writes the evaluation, its items, its event and the change log together")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    const QString wo = s.addWorkOrder(s.agent.id, QStringLiteral("GS20261127-0001"));
    const QString rec = s.addRecording(s.agent.id, wo);
    const QString marker = s.addMarker(rec, 133000, QStringLiteral("政策解答有误"));
    s.clock.set(test::beijing(QStringLiteral("2026-11-27 15:30")));
    qa::EvaluationDraft d = draftFor(v, rec);
    d.deductions = {{QStringLiteral("policy_accuracy"), 8, QStringLiteral("年终奖单独计税口径错误"), marker},
                    deduct(QStringLiteral("courtesy"), 2.5)};
    d.comment = QStringLiteral("整体较好，注意政策口径");
    auto r = qa::submitEvaluation(s.db(), d, s.inspector, s.ids, s.clock);
    REQUIRE(r.ok());
    CHECK(r->total == 89.5);
    CHECK(r->passed);
    CHECK_FALSE(r->fatal);
    CHECK(r->agentId == s.agent.id);
    CHECK(r->agentName == QStringLiteral("张三"));
    CHECK(r->workOrderId == wo);
    CHECK(r->inspectorId == s.inspector.id);
    CHECK(r->scoredAt == test::beijing(QStringLiteral("2026-11-27 15:30")));
    CHECK(r->status == QStringLiteral("submitted"));

    auto back = qa::loadEvaluation(s.db(), r->id, s.lead);
    REQUIRE(back.ok());
    CHECK(back->total == 89.5);
    CHECK(back->templateVersionId == v.id);
    CHECK(back->inspectorName == QStringLiteral("周质检"));
    CHECK(back->comment == QStringLiteral("整体较好，注意政策口径"));
    CHECK(back->scoredAt == test::beijing(QStringLiteral("2026-11-27 15:30")));
    REQUIRE(back->items.size() == 2);
    CHECK(back->items.at(0).itemKey == QStringLiteral("policy_accuracy"));
    CHECK(back->items.at(0).deduction == 8);
    CHECK(back->items.at(0).markerId == marker);
    CHECK(back->items.at(1).markerId.isEmpty());
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluation_events WHERE evaluation_id = ? AND action = "
                                 "'submitted' AND new_total = 89.5 AND actor_id = ?"),
                  {r->id, s.inspector.id}) == 1);
    CHECK(s.changes(QStringLiteral("qa_evaluation")).size() == 1);
    CHECK(s.changes(QStringLiteral("qa_evaluation")).at(0).fields.value(QStringLiteral("total")).toDouble() == 89.5);
    CHECK(s.changes(QStringLiteral("qa_evaluation_item")).size() == 2);
    CHECK(s.changes(QStringLiteral("qa_evaluation_event")).size() == 1);

    // A fatal hit: stored as a fatal item row, total 0, failed.
    qa::EvaluationDraft f = draftFor(v, rec);
    f.fatalItemKeys = {QStringLiteral("disclose_taxpayer_info")};
    f.comment = QStringLiteral("未核实身份即告知申报记录");
    auto zero = qa::submitEvaluation(s.db(), f, s.lead, s.ids, s.clock);
    REQUIRE(zero.ok());
    CHECK(zero->total == 0);
    CHECK(zero->fatal);
    CHECK_FALSE(zero->passed);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluation_items WHERE evaluation_id = ? AND fatal = 1 AND "
                                 "item_key = 'disclose_taxpayer_info'"),
                  {zero->id}) == 1);
    auto list = qa::evaluationsOfRecording(s.db(), rec, s.inspector);
    REQUIRE(list.ok());
    CHECK(list->size() == 2);
}

TEST_CASE("a refused submission writes nothing")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    const QString rec = s.addRecording(s.agent.id);
    const QString otherRec = s.addRecording(s.otherAgent.id);
    const QString foreignMarker = s.addMarker(otherRec, 1000, QStringLiteral("别的录音"));
    auto refused = [&](const qa::EvaluationDraft& d, ErrorCode code) {
        auto r = qa::submitEvaluation(s.db(), d, s.inspector, s.ids, s.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        return r.error();
    };
    qa::EvaluationDraft d = draftFor(v, QStringLiteral("no-such-recording"));
    refused(d, ErrorCode::NotFound);
    const Error noAgent = refused(draftFor(v, s.addRecording({})), ErrorCode::InvalidInput);
    CHECK(noAgent.message.contains(QStringLiteral("no agent")));
    d = draftFor(v, rec);
    d.templateVersionId = QStringLiteral("no-such-version");
    refused(d, ErrorCode::NotFound);
    d = draftFor(v, rec);
    d.deductions = {deduct(QStringLiteral("courtesy"), 2, QString())};
    CHECK(refused(d, ErrorCode::InvalidInput).field == QStringLiteral("courtesy"));
    d.deductions = {{QStringLiteral("courtesy"), 2, QStringLiteral("语气生硬"), foreignMarker}};
    CHECK(refused(d, ErrorCode::InvalidInput).message.contains(QStringLiteral("marker")));
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluations")) == 0);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluation_items")) == 0);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluation_events")) == 0);
    CHECK(s.changes(QStringLiteral("qa_evaluation")).isEmpty());
}

TEST_CASE("an agent reads their own evaluations and no one else's")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    const QString mine = s.addRecording(s.agent.id);
    const QString theirs = s.addRecording(s.otherAgent.id);
    auto e1 = qa::submitEvaluation(s.db(), draftFor(v, mine), s.inspector, s.ids, s.clock);
    auto e2 = qa::submitEvaluation(s.db(), draftFor(v, theirs), s.inspector, s.ids, s.clock);
    REQUIRE(e1.ok());
    REQUIRE(e2.ok());

    auto own = qa::loadEvaluation(s.db(), e1->id, s.agent);
    REQUIRE(own.ok());
    CHECK(own->total == 100);
    auto other = qa::loadEvaluation(s.db(), e2->id, s.agent);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::Forbidden);
    // A missing id tells an agent nothing more than someone else's does.
    auto missing = qa::loadEvaluation(s.db(), QStringLiteral("missing"), s.agent);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Forbidden);
    auto missingForLead = qa::loadEvaluation(s.db(), QStringLiteral("missing"), s.lead);
    REQUIRE_FALSE(missingForLead.ok());
    CHECK(missingForLead.error().code == ErrorCode::NotFound);

    // Inspectors and leads read all; an administrator, who does not listen to recordings, none.
    CHECK(qa::loadEvaluation(s.db(), e2->id, s.inspector).ok());
    CHECK(qa::loadEvaluation(s.db(), e2->id, s.lead).ok());
    CHECK(qa::loadEvaluation(s.db(), e2->id, s.admin).error().code == ErrorCode::Forbidden);

    CHECK(qa::evaluationsOfRecording(s.db(), theirs, s.agent).value().isEmpty());
    CHECK(qa::evaluationsOfRecording(s.db(), mine, s.agent).value().size() == 1);
    CHECK(qa::evaluationsOfRecording(s.db(), theirs, s.otherAgent).value().size() == 1);

    // A deactivated agent reads nothing, not even their own.
    REQUIRE(db::exec(s.db(), QStringLiteral("UPDATE operators SET active = 0 WHERE id = ?"), {s.agent.id}).ok());
    CHECK(qa::loadEvaluation(s.db(), e1->id, s.agent).error().code == ErrorCode::Forbidden);
    CHECK_FALSE(qa::evaluationsOfRecording(s.db(), mine, s.agent).ok());
}

TEST_CASE("an evaluation keeps the scorecard version it was scored with")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v1 = s.shipped();
    const QString rec = s.addRecording(s.agent.id);
    qa::EvaluationDraft d = draftFor(v1, rec);
    d.deductions = {deduct(QStringLiteral("greeting"), 10)};
    auto e1 = qa::submitEvaluation(s.db(), d, s.inspector, s.ids, s.clock);
    REQUIRE(e1.ok());
    CHECK(e1->total == 90);
    qa::ScorecardDefinition edited = v1.definition;
    edited.dimensions[0].items[0].maxPoints = 5;
    edited.dimensions[1].items[0].maxPoints = 13;
    auto v2 = qa::saveScorecardVersion(s.db(), v1.templateId, v1.templateName, 80, edited, s.lead, s.ids, s.clock);
    REQUIRE(v2.ok());
    // Deducting 10 from an item now worth 5 is refused under the new version.
    d.templateVersionId = v2->id;
    CHECK_FALSE(qa::submitEvaluation(s.db(), d, s.inspector, s.ids, s.clock).ok());
    auto back = qa::loadEvaluation(s.db(), e1->id, s.lead);
    REQUIRE(back.ok());
    CHECK(back->templateVersionId == v1.id);
    CHECK(back->total == 90);
}

TEST_CASE("a submission failing half-way leaves neither the evaluation nor its items nor its change log")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    const QString rec = s.addRecording(s.agent.id);
    // The last row written (the 'submitted' event) is refused by the store.
    REQUIRE(db::exec(s.db(), QStringLiteral("CREATE TEMP TRIGGER refuse_event BEFORE INSERT ON qa_evaluation_events "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
                .ok());
    qa::EvaluationDraft d = draftFor(v, rec);
    d.deductions = {deduct(QStringLiteral("courtesy"), 2)};
    const int logged = s.count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto r = qa::submitEvaluation(s.db(), d, s.inspector, s.ids, s.clock);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("disk full")));
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluations")) == 0);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_evaluation_items")) == 0);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_log")) == logged);
    REQUIRE(db::exec(s.db(), QStringLiteral("DROP TRIGGER refuse_event")).ok());
    CHECK(qa::submitEvaluation(s.db(), d, s.inspector, s.ids, s.clock).ok());
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_log")) == logged + 3);
}
