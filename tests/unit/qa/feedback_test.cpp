#include "feedbackrows.h"
#include "qa/feedback.h"

using namespace hotline;
using namespace hotline::qa;
using hotline::test::QaRows;

namespace {

struct Scored : QaRows {
    Scored()
    {
        version = templateVersion();
        zhangEval = evaluation(recording(zhang, QStringLiteral("2026-11-16 10:00")), zhang, version,
                               QStringLiteral("2026-11-20 15:00"), 70, false,
                               {{QStringLiteral("policy"), 20}, {QStringLiteral("greet"), 10}});
        zhangOlder = evaluation(recording(zhang, QStringLiteral("2026-11-02 10:00")), zhang, version,
                                QStringLiteral("2026-11-05 15:00"), 95, true, {{QStringLiteral("patience"), 5}});
        liEval = evaluation(recording(li, QStringLiteral("2026-11-17 10:00")), li, version,
                            QStringLiteral("2026-11-21 15:00"), 0, false, {{QStringLiteral("leak"), 0, true}}, true);
    }
    QString status(const QString& id) const
    {
        auto q = db::exec(conn(), QStringLiteral("SELECT status FROM qa_evaluations WHERE id = ?"), {id});
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toString();
    }
    int changes(const QString& entity) const
    {
        return count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = ?"), {entity});
    }
    QString version, zhangEval, zhangOlder, liEval;
};

ErrorCode refusal(const Outcome& o)
{
    REQUIRE_FALSE(o.ok());
    CHECK_FALSE(o.error().message.isEmpty());
    return o.error().code;
}

} // namespace

TEST_CASE("an agent lists only their own evaluations, and cannot read another agent's through libcore")
{
    Scored s;
    auto mine = myEvaluations(s.conn(), s.zhang);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 2);
    CHECK(mine->at(0).id == s.zhangEval); // newest first
    CHECK(mine->at(1).id == s.zhangOlder);
    CHECK(mine->at(0).total == 70);
    CHECK_FALSE(mine->at(0).passed);
    CHECK(mine->at(0).maxTotal == 100);
    CHECK(mine->at(0).passMark == 80);
    CHECK(mine->at(0).status == EvaluationStatus::Submitted);
    CHECK(mine->at(0).inspectorName == QStringLiteral("质检甲"));
    CHECK(mine->at(0).callStartedAt == test::beijing(QStringLiteral("2026-11-16 10:00")));
    for (const EvaluationSummary& e : mine.value()) {
        CHECK(e.agentId == s.zhang.id);
    }
    // An inspector or a lead has no evaluations of their own.
    CHECK(myEvaluations(s.conn(), s.inspectorA).value().isEmpty());

    CHECK(agentEvaluations(s.conn(), s.zhang.id, s.zhang).value().size() == 2);
    CHECK(agentEvaluations(s.conn(), s.li.id, s.zhang).error().code == ErrorCode::Forbidden);
    CHECK(agentEvaluations(s.conn(), s.li.id, s.wang).error().code == ErrorCode::Forbidden);
    CHECK(agentEvaluations(s.conn(), s.li.id, s.admin).error().code == ErrorCode::Forbidden);
    CHECK(agentEvaluations(s.conn(), s.li.id, s.inspectorB).value().size() == 1);
    CHECK(agentEvaluations(s.conn(), s.zhang.id, s.lead).value().size() == 2);
    CHECK(evaluationDetail(s.conn(), s.liEval, s.zhang).error().code == ErrorCode::Forbidden);
    CHECK(evaluationDetail(s.conn(), s.liEval, s.admin).error().code == ErrorCode::Forbidden);
    CHECK(evaluationDetail(s.conn(), s.liEval, s.li).ok());
    CHECK(evaluationDetail(s.conn(), QStringLiteral("nope"), s.lead).error().code == ErrorCode::NotFound);

    // A deactivated agent reads nothing, not even their own.
    s.exec(QStringLiteral("UPDATE operators SET active = 0 WHERE id = ?"), {s.zhang.id});
    CHECK(myEvaluations(s.conn(), s.zhang).error().code == ErrorCode::Forbidden);
    // Someone passing another's id with a made-up role is still only that operator.
    security::Operator pretender{s.li.id, s.li.name, security::Role::TeamLead};
    CHECK(agentEvaluations(s.conn(), s.zhang.id, pretender).error().code == ErrorCode::Forbidden);
}

TEST_CASE("the details show each deduction with its item and dimension from the template version")
{
    Scored s;
    auto d = evaluationDetail(s.conn(), s.zhangEval, s.zhang);
    REQUIRE(d.ok());
    REQUIRE(d->items.size() == 2);
    // In the template's order: 服务态度 / 规范问候 before 技术能力 / 政策解答.
    CHECK(d->items[0].itemKey == QStringLiteral("greet"));
    CHECK(d->items[0].itemName == QStringLiteral("规范问候"));
    CHECK(d->items[0].dimensionName == QStringLiteral("服务态度"));
    CHECK(d->items[0].maxPoints == 10);
    CHECK(d->items[0].deduction == 10);
    CHECK(d->items[1].itemName == QStringLiteral("政策解答"));
    CHECK(d->items[1].dimensionName == QStringLiteral("技术能力"));
    CHECK(d->items[1].deduction == 20);
    CHECK(d->items[1].reason == QStringLiteral("扣分原因"));
    CHECK(d->events.isEmpty());
    auto fatal = evaluationDetail(s.conn(), s.liEval, s.lead);
    REQUIRE(fatal.ok());
    CHECK(fatal->summary.fatal);
    REQUIRE(fatal->items.size() == 1);
    CHECK(fatal->items[0].fatal);
}

TEST_CASE("acknowledge, appeal, uphold: each step once, by the right person, logged and sent")
{
    Scored s;
    const auto& db = s.conn();
    // Only the evaluated agent marks it as read; once.
    CHECK(refusal(acknowledgeEvaluation(db, s.zhangEval, s.li, s.ids, s.clock)) == ErrorCode::Forbidden);
    CHECK(refusal(acknowledgeEvaluation(db, s.zhangEval, s.lead, s.ids, s.clock)) == ErrorCode::Forbidden);
    CHECK(refusal(acknowledgeEvaluation(db, QStringLiteral("nope"), s.zhang, s.ids, s.clock)) == ErrorCode::NotFound);
    Outcome acknowledged = acknowledgeEvaluation(db, s.zhangEval, s.zhang, s.ids, s.clock);
    INFO((acknowledged.ok() ? QString() : acknowledged.error().message).toStdString());
    REQUIRE(acknowledged.ok());
    CHECK(s.status(s.zhangEval) == QStringLiteral("acknowledged"));
    CHECK(s.changes(QStringLiteral("qa_evaluation")) == 1);
    CHECK(s.changes(QStringLiteral("qa_evaluation_event")) == 1);
    CHECK(refusal(acknowledgeEvaluation(db, s.zhangEval, s.zhang, s.ids, s.clock)) == ErrorCode::IllegalTransition);

    // An appeal needs a reason and the agent; the lead cannot decide what was not appealed.
    CHECK(refusal(upholdEvaluation(db, s.zhangEval, QStringLiteral("无误"), s.lead, s.ids, s.clock)) ==
          ErrorCode::IllegalTransition);
    CHECK(refusal(appealEvaluation(db, s.zhangEval, QStringLiteral("  "), s.zhang, s.ids, s.clock)) ==
          ErrorCode::InvalidInput);
    CHECK(refusal(appealEvaluation(db, s.zhangEval, QStringLiteral("理由"), s.li, s.ids, s.clock)) ==
          ErrorCode::Forbidden);
    CHECK(refusal(appealEvaluation(db, s.zhangEval, QStringLiteral("理由"), s.inspectorA, s.ids, s.clock)) ==
          ErrorCode::Forbidden);
    CHECK(s.status(s.zhangEval) == QStringLiteral("acknowledged"));
    s.clock.advanceSecs(60);
    REQUIRE(
        appealEvaluation(db, s.zhangEval, QStringLiteral(" 政策解答并无错误，见录音02:13 "), s.zhang, s.ids, s.clock)
            .ok());
    CHECK(s.status(s.zhangEval) == QStringLiteral("appealed"));
    CHECK(refusal(appealEvaluation(db, s.zhangEval, QStringLiteral("再次"), s.zhang, s.ids, s.clock)) ==
          ErrorCode::IllegalTransition);
    CHECK(refusal(acknowledgeEvaluation(db, s.zhangEval, s.zhang, s.ids, s.clock)) == ErrorCode::IllegalTransition);

    // The lead's list of appeals, with the agent's reason; nobody else's.
    auto appeals = appealedEvaluations(db, s.lead);
    REQUIRE(appeals.ok());
    REQUIRE(appeals->size() == 1);
    CHECK(appeals->first().id == s.zhangEval);
    CHECK(appeals->first().appealReason == QStringLiteral("政策解答并无错误，见录音02:13"));
    CHECK(appealedEvaluations(db, s.inspectorA).error().code == ErrorCode::Forbidden);
    CHECK(appealedEvaluations(db, s.zhang).error().code == ErrorCode::Forbidden);

    // Only the lead decides, with a reason.
    CHECK(refusal(upholdEvaluation(db, s.zhangEval, QStringLiteral("无误"), s.inspectorA, s.ids, s.clock)) ==
          ErrorCode::Forbidden);
    CHECK(refusal(upholdEvaluation(db, s.zhangEval, QStringLiteral("无误"), s.zhang, s.ids, s.clock)) ==
          ErrorCode::Forbidden);
    CHECK(refusal(upholdEvaluation(db, s.zhangEval, QString(), s.lead, s.ids, s.clock)) == ErrorCode::InvalidInput);
    s.clock.advanceSecs(60);
    REQUIRE(upholdEvaluation(db, s.zhangEval, QStringLiteral("录音中确有错误答复"), s.lead, s.ids, s.clock).ok());
    CHECK(s.status(s.zhangEval) == QStringLiteral("upheld"));
    CHECK(refusal(upholdEvaluation(db, s.zhangEval, QStringLiteral("再次"), s.lead, s.ids, s.clock)) ==
          ErrorCode::IllegalTransition);
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, 90, QStringLiteral("再次"), s.lead, s.ids, s.clock)) ==
          ErrorCode::IllegalTransition);
    CHECK(refusal(appealEvaluation(db, s.zhangEval, QStringLiteral("再次"), s.zhang, s.ids, s.clock)) ==
          ErrorCode::IllegalTransition);
    CHECK(appealedEvaluations(db, s.lead).value().isEmpty());

    auto d = evaluationDetail(db, s.zhangEval, s.zhang);
    REQUIRE(d.ok());
    CHECK(d->summary.total == 70); // upheld: unchanged
    REQUIRE(d->events.size() == 3);
    CHECK(d->events[0].action == EvaluationStatus::Acknowledged);
    CHECK(d->events[0].actorName == QStringLiteral("张三"));
    CHECK_FALSE(d->events[0].oldTotal);
    CHECK(d->events[1].action == EvaluationStatus::Appealed);
    CHECK(d->events[2].action == EvaluationStatus::Upheld);
    CHECK(d->events[2].reason == QStringLiteral("录音中确有错误答复"));
    CHECK(d->events[2].actorName == QStringLiteral("组长"));
    CHECK(d->events[2].oldTotal == 70);
    CHECK(d->events[2].newTotal == 70);
    CHECK(d->events[2].at == s.clock.now());
    CHECK(s.changes(QStringLiteral("qa_evaluation")) == 3);
    CHECK(s.changes(QStringLiteral("qa_evaluation_event")) == 3);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'qa_evaluation' AND fields LIKE "
                                 "'%upheld%'")) == 1);
}

TEST_CASE("a changed score is stored with pass or fail recomputed, and logged with the old and new totals")
{
    Scored s;
    const auto& db = s.conn();
    // Straight from 'submitted' (not read first) an appeal is allowed.
    REQUIRE(appealEvaluation(db, s.zhangEval, QStringLiteral("扣分过重"), s.zhang, s.ids, s.clock).ok());
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, 85, QStringLiteral("改判"), s.inspectorA, s.ids, s.clock)) ==
          ErrorCode::Forbidden);
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, 101, QStringLiteral("改判"), s.lead, s.ids, s.clock)) ==
          ErrorCode::InvalidInput);
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, -1, QStringLiteral("改判"), s.lead, s.ids, s.clock)) ==
          ErrorCode::InvalidInput);
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, std::nan(""), QStringLiteral("改判"), s.lead, s.ids,
                                        s.clock)) == ErrorCode::InvalidInput);
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, 70, QStringLiteral("改判"), s.lead, s.ids, s.clock)) ==
          ErrorCode::InvalidInput);
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, 85, QStringLiteral(""), s.lead, s.ids, s.clock)) ==
          ErrorCode::InvalidInput);
    CHECK(s.status(s.zhangEval) == QStringLiteral("appealed"));
    REQUIRE(
        changeEvaluationScore(db, s.zhangEval, 85, QStringLiteral("政策口径已更新，答复无误"), s.lead, s.ids, s.clock)
            .ok());
    auto d = evaluationDetail(db, s.zhangEval, s.zhang);
    REQUIRE(d.ok());
    CHECK(d->summary.status == EvaluationStatus::Changed);
    CHECK(d->summary.total == 85);
    CHECK(d->summary.passed); // 85 ≥ the pass mark 80
    REQUIRE(d->events.size() == 2);
    CHECK(d->events[1].action == EvaluationStatus::Changed);
    CHECK(d->events[1].oldTotal == 70);
    CHECK(d->events[1].newTotal == 85);
    CHECK(d->events[1].reason == QStringLiteral("政策口径已更新，答复无误"));
    // The inspector's deductions stay as recorded.
    CHECK(d->items.size() == 2);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'qa_evaluation' AND fields LIKE "
                                 "'%\"total\":85%' AND fields LIKE '%\"passed\":1%'")) == 1);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'qa_evaluation_event' AND fields LIKE "
                                 "'%\"old_total\":70%' AND fields LIKE '%\"new_total\":85%'")) == 1);
    CHECK(refusal(changeEvaluationScore(db, s.zhangEval, 90, QStringLiteral("再改"), s.lead, s.ids, s.clock)) ==
          ErrorCode::IllegalTransition);

    // A fatal evaluation changed to a passing total is no longer fatal; one changed to a failing total fails.
    REQUIRE(appealEvaluation(db, s.liEval, QStringLiteral("未泄露信息"), s.li, s.ids, s.clock).ok());
    REQUIRE(changeEvaluationScore(db, s.liEval, 60, QStringLiteral("核实未泄露"), s.lead, s.ids, s.clock).ok());
    auto li = evaluationDetail(db, s.liEval, s.li);
    REQUIRE(li.ok());
    CHECK(li->summary.total == 60);
    CHECK_FALSE(li->summary.fatal);
    CHECK_FALSE(li->summary.passed); // 60 < 80
    CHECK(li->events.last().oldTotal == 0);
    CHECK(li->events.last().newTotal == 60);
}
