#include "playerfixture.h"
#include "recordings/markers.h"
#include "sync/changelog.h"

using namespace hotline;
using namespace hotline::recordings;

namespace {

QList<sync::Change> markerChanges(const test::PlayerStore& f)
{
    QList<sync::Change> out;
    for (const sync::Change& c : sync::pendingChanges(f.store.db->connection(), 1000).value()) {
        if (c.entity == QLatin1String("recording_marker")) {
            out.append(c);
        }
    }
    return out;
}

int markerRows(const test::PlayerStore& f)
{
    auto q = db::exec(f.store.db->connection(), QStringLiteral("SELECT count(*) FROM recording_markers"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toInt();
}

} // namespace

TEST_CASE("markers are added, listed by position, edited and removed, each with its outbox entry")
{
    test::PlayerStore f;
    const QString rec = f.addRecording(300000);
    auto later = addMarker(*f.store.db, rec, 133000, QStringLiteral("  政策解答有误 "), f.inspector, f.ids, f.clock);
    REQUIRE(later.ok());
    CHECK(later->comment == QStringLiteral("政策解答有误"));
    CHECK(later->positionMs == 133000);
    CHECK(later->authorId == f.inspector.id);
    CHECK(later->createdAt == f.clock.now());
    f.clock.advanceSecs(10);
    auto earlier = addMarker(*f.store.db, rec, 5000, QStringLiteral("未报工号"), f.inspector, f.ids, f.clock);
    REQUIRE(earlier.ok());
    auto atEnd = addMarker(*f.store.db, rec, 300000, QStringLiteral("结束语缺失"), f.lead, f.ids, f.clock);
    REQUIRE(atEnd.ok());

    auto list = listMarkers(f.store.db->connection(), rec, f.inspector);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).id == earlier->id);
    CHECK(list->at(1).id == later->id);
    CHECK(list->at(2).id == atEnd->id);
    CHECK(list->at(1).comment == QStringLiteral("政策解答有误"));
    CHECK(list->at(1).createdAt == later->createdAt);

    QList<sync::Change> changes = markerChanges(f);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].entityId == later->id);
    CHECK(changes[0].operation == sync::Operation::Insert);
    CHECK(changes[0].operatorId == f.inspector.id);
    CHECK(changes[0].fields.value(QStringLiteral("recording_id")).toString() == rec);
    CHECK(changes[0].fields.value(QStringLiteral("position_ms")).toInteger() == 133000);
    CHECK(changes[0].fields.value(QStringLiteral("comment")).toString() == QStringLiteral("政策解答有误"));
    CHECK(changes[0].fields.value(QStringLiteral("author_id")).toString() == f.inspector.id);

    auto edited = editMarkerComment(*f.store.db, later->id, QStringLiteral("政策解答有误（个税专项附加扣除）"),
                                    f.inspector, f.clock);
    REQUIRE(edited.ok());
    CHECK(edited->comment == QStringLiteral("政策解答有误（个税专项附加扣除）"));
    CHECK(listMarkers(f.store.db->connection(), rec, f.lead).value().at(1).comment == edited->comment);
    changes = markerChanges(f);
    REQUIRE(changes.size() == 4);
    CHECK(changes[3].operation == sync::Operation::Update);
    CHECK(changes[3].fields == QJsonObject{{QStringLiteral("comment"), edited->comment}});
    // The same comment again changes nothing and sends nothing.
    REQUIRE(editMarkerComment(*f.store.db, later->id, edited->comment, f.inspector, f.clock).ok());
    CHECK(markerChanges(f).size() == 4);

    REQUIRE(removeMarker(*f.store.db, earlier->id, f.inspector, f.clock).ok());
    changes = markerChanges(f);
    REQUIRE(changes.size() == 5);
    CHECK(changes[4].operation == sync::Operation::Delete);
    CHECK(changes[4].entityId == earlier->id);
    CHECK(listMarkers(f.store.db->connection(), rec, f.inspector).value().size() == 2);
    CHECK(removeMarker(*f.store.db, earlier->id, f.inspector, f.clock).error().code == ErrorCode::NotFound);
    CHECK(editMarkerComment(*f.store.db, earlier->id, QStringLiteral("x"), f.inspector, f.clock).error().code ==
          ErrorCode::NotFound);
    CHECK(markerChanges(f).size() == 5);

    // Markers of another recording are not listed.
    const QString other = f.addRecording(60000);
    CHECK(listMarkers(f.store.db->connection(), other, f.inspector).value().isEmpty());
}

TEST_CASE("a marker's position and comment are checked, and nothing is stored when refused")
{
    test::PlayerStore f;
    const QString rec = f.addRecording(60000);
    auto check = [&](qint64 pos, const QString& comment, const QString& field) {
        INFO(pos << " " << comment.toStdString());
        auto r = addMarker(*f.store.db, rec, pos, comment, f.inspector, f.ids, f.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == field);
        CHECK_FALSE(r.error().message.isEmpty());
    };
    check(-1, QStringLiteral("x"), QStringLiteral("position_ms"));
    check(60001, QStringLiteral("x"), QStringLiteral("position_ms"));
    check(1000, QString(), QStringLiteral("comment"));
    check(1000, QStringLiteral("   \n "), QStringLiteral("comment"));
    check(1000, QString(kMaxMarkerComment + 1, QLatin1Char('x')), QStringLiteral("comment"));
    CHECK(
        addMarker(*f.store.db, rec, 0, QString(kMaxMarkerComment, QLatin1Char('x')), f.inspector, f.ids, f.clock).ok());
    CHECK(
        addMarker(*f.store.db, QStringLiteral("no-such-recording"), 0, QStringLiteral("x"), f.inspector, f.ids, f.clock)
            .error()
            .code == ErrorCode::NotFound);
    CHECK(markerRows(f) == 1);
    CHECK(markerChanges(f).size() == 1);

    auto m = addMarker(*f.store.db, rec, 2000, QStringLiteral("语速过快"), f.inspector, f.ids, f.clock).value();
    auto badEdit = editMarkerComment(*f.store.db, m.id, QStringLiteral(" "), f.inspector, f.clock);
    REQUIRE_FALSE(badEdit.ok());
    CHECK(badEdit.error().field == QStringLiteral("comment"));
    CHECK(listMarkers(f.store.db->connection(), rec, f.inspector).value().at(1).comment == QStringLiteral("语速过快"));
}

TEST_CASE("only QA inspectors and leads place markers, and only the author or the lead changes one")
{
    test::PlayerStore f;
    const QString rec = f.addRecording(60000);
    f.addEvaluation(rec, f.agent.id);
    for (const security::Operator& op : {f.agent, f.otherAgent, f.admin}) {
        INFO(op.name.toStdString());
        auto r = addMarker(*f.store.db, rec, 1000, QStringLiteral("x"), op, f.ids, f.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
    // A role claimed in hand counts for nothing: the stored role decides.
    security::Operator pretender = f.agent;
    pretender.role = security::Role::QaInspector;
    CHECK(addMarker(*f.store.db, rec, 1000, QStringLiteral("x"), pretender, f.ids, f.clock).error().code ==
          ErrorCode::Forbidden);
    CHECK(markerRows(f) == 0);
    CHECK(markerChanges(f).isEmpty());

    auto m = addMarker(*f.store.db, rec, 1000, QStringLiteral("开头未问候"), f.inspector, f.ids, f.clock).value();
    // Another inspector may neither edit nor remove it; an agent neither; the lead may.
    for (const security::Operator& op : {f.secondInspector, f.agent, f.admin}) {
        INFO(op.name.toStdString());
        CHECK(editMarkerComment(*f.store.db, m.id, QStringLiteral("改"), op, f.clock).error().code ==
              ErrorCode::Forbidden);
        CHECK(removeMarker(*f.store.db, m.id, op, f.clock).error().code == ErrorCode::Forbidden);
    }
    CHECK(markerChanges(f).size() == 1);
    REQUIRE(editMarkerComment(*f.store.db, m.id, QStringLiteral("开头未问候（组长复核）"), f.lead, f.clock).ok());
    REQUIRE(removeMarker(*f.store.db, m.id, f.lead, f.clock).ok());
    CHECK(markerRows(f) == 0);
}

TEST_CASE("reading markers needs ListenRecordings or being the agent of an evaluation of that recording")
{
    test::PlayerStore f;
    const QString mine = f.addRecording(60000);
    const QString notEvaluated = f.addRecording(60000);
    f.addEvaluation(mine, f.agent.id);
    REQUIRE(addMarker(*f.store.db, mine, 1000, QStringLiteral("政策解答有误"), f.inspector, f.ids, f.clock).ok());
    REQUIRE(addMarker(*f.store.db, notEvaluated, 1000, QStringLiteral("语气生硬"), f.inspector, f.ids, f.clock).ok());
    const auto c = f.store.db->connection();

    CHECK(listMarkers(c, mine, f.inspector).value().size() == 1);
    CHECK(listMarkers(c, mine, f.lead).value().size() == 1);
    // The agent reads the markers of their own evaluated call ...
    auto own = listMarkers(c, mine, f.agent);
    REQUIRE(own.ok());
    REQUIRE(own->size() == 1);
    CHECK(own->at(0).comment == QStringLiteral("政策解答有误"));
    // ... but not of a recording of theirs that nobody evaluated, nor another agent's evaluation.
    for (const auto& [op, rec] :
         {std::pair{f.agent, notEvaluated}, std::pair{f.otherAgent, mine}, std::pair{f.admin, mine}}) {
        INFO(op.name.toStdString());
        auto r = listMarkers(c, rec, op);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
        CHECK(authorizeRecordingRead(c, rec, op).error().code == ErrorCode::Forbidden);
    }
    CHECK(listMarkers(c, QStringLiteral("no-such-recording"), f.inspector).error().code == ErrorCode::NotFound);
    // An unknown or deactivated account reads nothing.
    security::Operator ghost{QStringLiteral("ghost"), QStringLiteral("ghost"), security::Role::QaInspector};
    CHECK(listMarkers(c, mine, ghost).error().code == ErrorCode::Forbidden);
    REQUIRE(db::exec(c, QStringLiteral("UPDATE operators SET active = 0 WHERE id = ?"), {f.agent.id}).ok());
    CHECK(listMarkers(c, mine, f.agent).error().code == ErrorCode::Forbidden);
}

TEST_CASE("a marker cited by an evaluation item stays")
{
    test::PlayerStore f;
    const QString rec = f.addRecording(60000);
    f.addEvaluation(rec, f.agent.id);
    auto m = addMarker(*f.store.db, rec, 42000, QStringLiteral("政策解答有误"), f.inspector, f.ids, f.clock).value();
    const auto c = f.store.db->connection();
    REQUIRE(db::exec(c,
                     QStringLiteral("INSERT INTO qa_evaluation_items (id, evaluation_id, item_key, deduction, "
                                    "marker_id) SELECT 'item-1', id, 'policy', 5, ? FROM qa_evaluations"),
                     {m.id})
                .ok());
    auto r = removeMarker(*f.store.db, m.id, f.inspector, f.clock);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(r.error().message.contains(QStringLiteral("00:42")));
    CHECK(markerRows(f) == 1);
    CHECK(markerChanges(f).size() == 1);
}

TEST_CASE("positions are shown as mm:ss, from an hour on as h:mm:ss")
{
    CHECK(formatPosition(0) == QStringLiteral("00:00"));
    CHECK(formatPosition(999) == QStringLiteral("00:00"));
    CHECK(formatPosition(133000) == QStringLiteral("02:13"));
    CHECK(formatPosition(3599999) == QStringLiteral("59:59"));
    CHECK(formatPosition(3600000) == QStringLiteral("1:00:00"));
    CHECK(formatPosition(3723000) == QStringLiteral("1:02:03"));
    CHECK(formatPosition(-5000) == QStringLiteral("00:00"));
}
