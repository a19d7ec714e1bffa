// Conversations leave the portal's store through the change log and arrive whole at a workstation: the conversation
// row, its event log, the rating and the robot feedback (the transcript an agent reads and links to a work order).

#include "chatfixture.h"
#include "db/query.h"
#include "db/transaction.h"
#include "sync/changelog.h"
#include "syncmerge.h"

#include <QFile>

using namespace hotline;

TEST_CASE("a conversation, its events, rating and robot feedback reach a workstation through the sync merge")
{
    test::ChatFixture portal(QStringLiteral("2025-09-30 08:50"));
    // The workstation starts as a copy of the portal's store (same accounts and knowledge base).
    QTemporaryDir dirB;
    const QString pathB = dirB.filePath(QStringLiteral("b.db"));
    REQUIRE(db::exec(portal.store.db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    REQUIRE(QFile::copy(portal.store.path, pathB));
    auto b = db::Database::open(pathB);
    REQUIRE(b.ok());
    const int before = sync::pendingCount(portal.store.db->connection()).value();

    const chat::Started s = portal.start();
    const QList<chat::ChatEvent> answer = portal.say(s.conversation.id, QStringLiteral("年终奖怎么计税"));
    REQUIRE(portal.service->feedback(s.conversation.id, answer.last().seq, true).ok());
    portal.setClock(QStringLiteral("2025-09-30 09:05"));
    REQUIRE(portal.service->heartbeat(portal.alice).ok());
    REQUIRE(portal.service->requestAgent(s.conversation.id).ok());
    REQUIRE(portal.service->accept(QStringLiteral("next"), portal.alice).ok());
    REQUIRE(portal.service
                ->postAgentMessage(s.conversation.id, QStringLiteral("a1"), QStringLiteral("您好，请问还有什么问题？"),
                                   portal.alice)
                .ok());
    REQUIRE(portal.service->closeByAgent(s.conversation.id, portal.alice).ok());
    REQUIRE(portal.service->rate(s.conversation.id, 5, QStringLiteral("解答很清楚")).ok());

    auto changes = sync::pendingChanges(portal.store.db->connection(), 5000);
    REQUIRE(changes.ok());
    const sync::MergeCounts counts =
        test::mergeChanges(b.value()->connection(), changes.value().mid(before), QStringLiteral("portal"),
                           portal.clock.now().toMSecsSinceEpoch());
    CHECK(counts.rejected == 0);
    CHECK(counts.applied == changes->size() - before);

    const QString sql = QStringLiteral(
        "SELECT c.state, c.closed_by, c.served, c.agent_id, c.last_seq, "
        "(SELECT count(*) FROM conversation_events e WHERE e.conversation_id = c.id), "
        "(SELECT group_concat(seq || ':' || kind || ':' || author || ':' || text || ':' || data, '|') FROM "
        "(SELECT * FROM conversation_events e WHERE e.conversation_id = c.id ORDER BY seq)), "
        "(SELECT level || ':' || comment || ':' || agent_id FROM chat_ratings r WHERE r.conversation_id = c.id), "
        "(SELECT helpful || ':' || article_id FROM robot_feedback f WHERE f.conversation_id = c.id) "
        "FROM conversations c WHERE c.id = ?");
    auto there = db::exec(b.value()->connection(), sql, {s.conversation.id});
    auto here = db::exec(portal.store.db->connection(), sql, {s.conversation.id});
    REQUIRE(there.ok());
    REQUIRE(here.ok());
    REQUIRE(there.value().next());
    REQUIRE(here.value().next());
    for (int i = 0; i < 9; ++i) {
        INFO(i);
        CHECK(there.value().value(i).toString() == here.value().value(i).toString());
    }
    CHECK(there.value().value(0).toString() == QStringLiteral("closed"));
    CHECK(there.value().value(3).toString() == portal.alice.id);
    CHECK(there.value().value(5).toInt() == there.value().value(4).toInt());
    CHECK(there.value().value(7).toString().startsWith(QStringLiteral("5:解答很清楚:")));
    CHECK(there.value().value(8).toString() == QStringLiteral("1:KB0152"));
    // The token never leaves the portal.
    auto tokens = db::exec(b.value()->connection(), QStringLiteral("SELECT count(*) FROM conversation_tokens"));
    REQUIRE(tokens.value().next());
    CHECK(tokens.value().value(0).toInt() == 0);
}
