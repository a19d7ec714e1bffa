#include "qa/scorecard.h"
#include "qa/scorecardrepository.h"
#include "scorecardfixture.h"

using namespace hotline;

namespace {

qa::ScorecardDefinition small()
{
    return {{{QStringLiteral("attitude"),
              QStringLiteral("服务态度"),
              {{QStringLiteral("greeting"), QStringLiteral("规范用语"), 10, QStringLiteral("缺开头语扣3分"), false},
               {QStringLiteral("leak"), QStringLiteral("泄露纳税人信息"), 0, QStringLiteral("零分"), true}}},
             {QStringLiteral("knowledge"),
              QStringLiteral("技术能力"),
              {{QStringLiteral("policy"), QStringLiteral("政策解答准确"), 15.5, QString(), false}}}}};
}

QString errorOf(const qa::ScorecardDefinition& d, double passMark)
{
    Outcome r = qa::validate(d, passMark);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InvalidInput);
    return r.error().message;
}

} // namespace

TEST_CASE("a scorecard definition round-trips through its stored JSON")
{
    const qa::ScorecardDefinition d = small();
    CHECK(d.maxTotal() == 25.5);
    CHECK(d.itemCount() == 3);
    auto back = qa::parseDefinition(qa::definitionJson(d));
    REQUIRE(back.ok());
    REQUIRE(back->dimensions.size() == 2);
    CHECK(back->dimensions.at(0).items.at(1).fatal);
    CHECK(back->dimensions.at(1).items.at(0).maxPoints == 15.5);
    CHECK(back->dimensions.at(0).items.at(0).standard == QStringLiteral("缺开头语扣3分"));
    CHECK(qa::definitionJson(back.value()) == qa::definitionJson(d));
    CHECK(back->dimensionOf(QStringLiteral("policy"))->name == QStringLiteral("技术能力"));
    CHECK(back->item(QStringLiteral("nope")) == nullptr);
    CHECK(qa::validate(d, 20).ok());
    CHECK(qa::validate(d, 0).ok());
    CHECK(qa::validate(d, 25.5).ok());
}

TEST_CASE("a definition that is not JSON of the stored shape is refused")
{
    CHECK_FALSE(qa::parseDefinition("not json").ok());
    CHECK_FALSE(qa::parseDefinition("[1, 2]").ok());
    CHECK_FALSE(qa::parseDefinition(R"({"dims": []})").ok());
    CHECK_FALSE(qa::parseDefinition(R"({"dimensions": [{"key": "a", "name": "A"}]})").ok());
    auto noPoints = qa::parseDefinition(R"({"dimensions": [{"key": "a", "name": "服务态度", "items": [{"key": "x",
        "name": "耐心", "max_points": "ten"}]}]})");
    REQUIRE_FALSE(noPoints.ok());
    CHECK(noPoints.error().message.contains(QStringLiteral("服务态度")));
}

TEST_CASE("validation names the item at fault")
{
    auto d = small();
    d.dimensions[0].items[0].name = QStringLiteral("  ");
    CHECK(errorOf(d, 10).contains(QStringLiteral("Item 1 of 服务态度")));

    d = small();
    d.dimensions[1].items[0].key = QStringLiteral("greeting");
    CHECK(errorOf(d, 10).contains(QStringLiteral("政策解答准确")));

    d = small();
    d.dimensions[1].items[0].key = QStringLiteral("has space");
    CHECK(errorOf(d, 10).contains(QStringLiteral("政策解答准确")));

    d = small();
    d.dimensions[0].items[0].maxPoints = 0;
    CHECK(errorOf(d, 10).contains(QStringLiteral("规范用语")));

    d = small();
    d.dimensions[0].items[0].maxPoints = -5;
    CHECK(errorOf(d, 10).contains(QStringLiteral("规范用语")));

    d = small();
    d.dimensions[0].items[0].maxPoints = 2.3; // not on half points
    CHECK(errorOf(d, 10).contains(QStringLiteral("规范用语")));

    d = small();
    d.dimensions[0].items[1].maxPoints = 5; // a fatal item carries no points
    CHECK(errorOf(d, 10).contains(QStringLiteral("泄露纳税人信息")));

    d = small();
    d.dimensions[1].name.clear();
    CHECK(errorOf(d, 10).contains(QStringLiteral("Dimension 2")));

    d = small();
    d.dimensions[1].key = QStringLiteral("attitude");
    CHECK(errorOf(d, 10).contains(QStringLiteral("技术能力")));

    // Only a fatal item: nothing to score.
    d = small();
    d.dimensions.removeLast();
    d.dimensions[0].items.removeFirst();
    CHECK(errorOf(d, 0).contains(QStringLiteral("at least one item")));
    CHECK(errorOf(qa::ScorecardDefinition{}, 0).contains(QStringLiteral("at least one item")));

    Outcome above = qa::validate(small(), 25.6);
    REQUIRE_FALSE(above.ok());
    CHECK(above.error().field == QStringLiteral("pass_mark"));
    CHECK(above.error().message.contains(QStringLiteral("25.5")));
    CHECK_FALSE(qa::validate(small(), -1).ok());
}

TEST_CASE("new keys never collide with keys in use")
{
    auto d = small();
    d.dimensions[0].items[0].key = QStringLiteral("item_1");
    CHECK(qa::unusedKey(d, QStringLiteral("item")) == QStringLiteral("item_2"));
    CHECK(qa::unusedKey(d, QStringLiteral("dimension")) == QStringLiteral("dimension_1"));
}

TEST_CASE("the shipped scorecard is a 100-point 12366 scorecard with pass mark 80")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v = s.shipped();
    CHECK(v.version == 1);
    CHECK(v.templateName == QStringLiteral("12366 热线通话质检评分表"));
    CHECK(v.createdBy == QStringLiteral("system"));
    CHECK(v.maxTotal == 100);
    CHECK(v.definition.maxTotal() == 100);
    CHECK(v.passMark == 80);
    CHECK(qa::validate(v.definition, v.passMark).ok());
    QStringList names;
    double perDimension[4] = {};
    for (int i = 0; i < v.definition.dimensions.size(); ++i) {
        names << v.definition.dimensions.at(i).name;
        for (const qa::ScorecardItem& item : v.definition.dimensions.at(i).items) {
            perDimension[i] += item.maxPoints;
            CHECK_FALSE(item.standard.isEmpty());
        }
    }
    CHECK(names == QStringList{QStringLiteral("服务态度"), QStringLiteral("服务技巧"), QStringLiteral("技术能力"),
                               QStringLiteral("问题记录")});
    CHECK(perDimension[0] == 30);
    CHECK(perDimension[1] == 20);
    CHECK(perDimension[2] == 35);
    CHECK(perDimension[3] == 15);
    QStringList fatal;
    for (const qa::ScorecardDimension& d : v.definition.dimensions) {
        for (const qa::ScorecardItem& item : d.items) {
            if (item.fatal) {
                fatal << item.name;
            }
        }
    }
    CHECK(fatal == QStringList{QStringLiteral("泄露纳税人信息"), QStringLiteral("辱骂或与纳税人争吵"),
                               QStringLiteral("政策解答错误引发投诉")});
    // Per-dimension summaries read the stored JSON with SQLite's json_each: the shape must hold for them.
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_template_versions v, json_each(v.definition, "
                                 "'$.dimensions') d, json_each(d.value, '$.items') i WHERE v.id = ? AND "
                                 "json_extract(i.value, '$.fatal') = 0"),
                  {v.id}) == 12);
    CHECK(s.count(QStringLiteral("SELECT sum(json_extract(i.value, '$.max_points')) FROM qa_template_versions v, "
                                 "json_each(v.definition, '$.dimensions') d, json_each(d.value, '$.items') i "
                                 "WHERE v.id = ? AND json_extract(d.value, '$.key') = 'knowledge'"),
                  {v.id}) == 35);
}

TEST_CASE("editing a scorecard adds a version and keeps the old one")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v1 = s.shipped();
    qa::ScorecardDefinition edited = v1.definition;
    edited.dimensions[0].items[0].maxPoints = 8;
    edited.dimensions[3].items.append(
        {QStringLiteral("follow_up"), QStringLiteral("回访记录"), 2, QStringLiteral("未记录回访结果扣2分"), false});
    s.clock.advanceSecs(3600);
    auto v2 = qa::saveScorecardVersion(s.db(), v1.templateId, QStringLiteral("12366 热线评分表（2027版）"), 85, edited,
                                       s.lead, s.ids, s.clock);
    REQUIRE(v2.ok());
    CHECK(v2->version == 2);
    CHECK(v2->maxTotal == 100);
    CHECK(v2->passMark == 85);
    CHECK(v2->createdBy == s.lead.id);

    // Version 1 is untouched and still loads as it was.
    auto old = qa::scorecardVersion(s.db(), v1.id);
    REQUIRE(old.ok());
    CHECK(old->version == 1);
    CHECK(old->passMark == 80);
    CHECK(old->definition.item(QStringLiteral("greeting"))->maxPoints == 10);
    CHECK(old->definition.item(QStringLiteral("follow_up")) == nullptr);

    auto current = qa::currentScorecard(s.db());
    REQUIRE(current.ok());
    CHECK(current->id == v2->id);
    CHECK(current->templateName == QStringLiteral("12366 热线评分表（2027版）"));
    auto all = qa::scorecardVersions(s.db(), v1.templateId);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).version == 2);
    CHECK(all->at(1).version == 1);
    auto templates = qa::scorecardTemplates(s.db());
    REQUIRE(templates.ok());
    REQUIRE(templates->size() == 1);
    CHECK(templates->at(0).latestVersion == 2);

    // Both rows reach the change log.
    REQUIRE(s.changes(QStringLiteral("qa_template_version")).size() == 1);
    CHECK(s.changes(QStringLiteral("qa_template_version")).at(0).entityId == v2->id);
    CHECK(s.changes(QStringLiteral("qa_template_version")).at(0).fields.value(QStringLiteral("version")).toInt() == 2);
    REQUIRE(s.changes(QStringLiteral("qa_template")).size() == 1);
    CHECK(s.changes(QStringLiteral("qa_template")).at(0).operation == sync::Operation::Update);

    // Saving again without a change adds nothing.
    auto same = qa::saveScorecardVersion(s.db(), v1.templateId, QStringLiteral("12366 热线评分表（2027版）"), 85,
                                         edited, s.lead, s.ids, s.clock);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().message.contains(QStringLiteral("version 2")));
    auto third = qa::saveScorecardVersion(s.db(), v1.templateId, QStringLiteral("12366 热线评分表（2027版）"), 90,
                                          edited, s.lead, s.ids, s.clock);
    REQUIRE(third.ok());
    CHECK(third->version == 3);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_template_versions")) == 3);
}

TEST_CASE("only the QA lead edits scorecards, and an invalid edit saves nothing")
{
    test::ScorecardStore s;
    const qa::ScorecardVersion v1 = s.shipped();
    qa::ScorecardDefinition edited = v1.definition;
    edited.dimensions[1].items[0].maxPoints = 6;
    for (const security::Operator& op : {s.inspector, s.agent, s.admin}) {
        auto r = qa::saveScorecardVersion(s.db(), v1.templateId, v1.templateName, 80, edited, op, s.ids, s.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
    edited.dimensions[1].items[0].name.clear();
    auto bad = qa::saveScorecardVersion(s.db(), v1.templateId, v1.templateName, 80, edited, s.lead, s.ids, s.clock);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    auto tooHigh =
        qa::saveScorecardVersion(s.db(), v1.templateId, v1.templateName, 101, v1.definition, s.lead, s.ids, s.clock);
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.error().field == QStringLiteral("pass_mark"));
    auto noName =
        qa::saveScorecardVersion(s.db(), v1.templateId, QStringLiteral(" "), 80, v1.definition, s.lead, s.ids, s.clock);
    CHECK_FALSE(noName.ok());
    auto noTemplate = qa::saveScorecardVersion(s.db(), QStringLiteral("missing"), v1.templateName, 70, v1.definition,
                                               s.lead, s.ids, s.clock);
    REQUIRE_FALSE(noTemplate.ok());
    CHECK(noTemplate.error().code == ErrorCode::NotFound);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM qa_template_versions")) == 1);
    CHECK(s.changes(QStringLiteral("qa_template_version")).isEmpty());
    CHECK_FALSE(qa::scorecardVersion(s.db(), QStringLiteral("missing")).ok());
}
