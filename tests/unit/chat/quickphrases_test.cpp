// 服务用语: only the team lead changes the wording (online agents and phone agents are refused by libcore), every
// change reaches the outbox in its own transaction, texts are checked (1–500 characters, never truncated), phrases are
// listed by category and order, and 恢复默认 fills only an empty list.

#include "chat/agentsettings.h"
#include "chat/quickphrases.h"
#include "security/operator.h"
#include "sync/changelog.h"
#include "testsupport.h"
#include "ticketfixture.h"

#include <QSqlQuery>

using namespace hotline;
using chat::QuickPhrase;

namespace {

QString texts(const QList<QuickPhrase>& phrases)
{
    QStringList out;
    for (const QuickPhrase& p : phrases) {
        out << p.text;
    }
    return out.join(QLatin1Char('|'));
}

QList<sync::Change> phraseChanges(const test::TicketFixture& f)
{
    QList<sync::Change> out;
    for (const sync::Change& c : sync::pendingChanges(f.store.db->connection(), 10000).value()) {
        if (c.entity == QStringLiteral("quick_phrase")) {
            out << c;
        }
    }
    return out;
}

QList<QuickPhrase> active(const test::TicketFixture& f)
{
    return chat::listQuickPhrases(f.store.db->connection()).value();
}

} // namespace

TEST_CASE("a service phrase needs a text of 1 to 500 characters and a short category")
{
    QuickPhrase p;
    p.category = QStringLiteral("  问候 ");
    p.text = QStringLiteral("  您好，请问有什么可以帮您？\n");
    auto ok = chat::validateQuickPhrase(p);
    REQUIRE(ok.ok());
    CHECK(ok->text == QStringLiteral("您好，请问有什么可以帮您？"));
    CHECK(ok->category == QStringLiteral("问候"));

    p.text = QString(500, QChar(0x7A0E));
    CHECK(chat::validateQuickPhrase(p).ok());
    p.text = QString(501, QChar(0x7A0E));
    auto tooLong = chat::validateQuickPhrase(p);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == ErrorCode::InvalidInput);
    CHECK(tooLong.error().field == QStringLiteral("text"));
    CHECK(tooLong.error().message.contains(QStringLiteral("501")));
    for (const QString& empty : {QString(), QStringLiteral("   "), QStringLiteral("\n\t")}) {
        p.text = empty;
        CHECK(chat::validateQuickPhrase(p).error().field == QStringLiteral("text"));
    }
    p.text = QStringLiteral("请稍等。");
    p.category = QString(21, QChar(0x95EE));
    CHECK(chat::validateQuickPhrase(p).error().field == QStringLiteral("category"));
}

TEST_CASE("only a team lead changes the service phrases: agents and online agents are refused")
{
    test::TicketFixture f;
    security::OperatorRepository ops(f.store.db->connection());
    const security::Operator online =
        ops.create(QStringLiteral("周敏"), security::Role::OnlineAgent, f.ids, f.clock).value();
    auto mine =
        chat::addQuickPhrase(*f.store.db, QStringLiteral("问候"), QStringLiteral("您好！"), f.lead, f.ids, f.clock);
    REQUIRE(mine.ok());
    const int changesBefore = int(phraseChanges(f).size());

    for (const security::Operator& who : {f.agent, online, f.colleague}) {
        INFO(who.name.toStdString());
        auto add = chat::addQuickPhrase(*f.store.db, {}, QStringLiteral("请稍等。"), who, f.ids, f.clock);
        REQUIRE_FALSE(add.ok());
        CHECK(add.error().code == ErrorCode::Forbidden);
        CHECK(chat::editQuickPhrase(*f.store.db, mine->id, {}, QStringLiteral("改"), 1, who, f.clock).error().code ==
              ErrorCode::Forbidden);
        CHECK(chat::reorderQuickPhrases(*f.store.db, {mine->id}, who, f.clock).error().code == ErrorCode::Forbidden);
        CHECK(chat::deactivateQuickPhrase(*f.store.db, mine->id, who, f.clock).error().code == ErrorCode::Forbidden);
        CHECK(chat::restoreDefaultQuickPhrases(*f.store.db, who, f.ids, f.clock).error().code == ErrorCode::Forbidden);
    }
    // A lead whose account was deactivated is refused too (the stored account decides, not the role in hand).
    QSqlQuery off(f.store.db->connection());
    REQUIRE(off.exec(QStringLiteral("UPDATE operators SET active = 0 WHERE name = '张敏'")));
    CHECK(chat::addQuickPhrase(*f.store.db, {}, QStringLiteral("请稍等。"), f.lead, f.ids, f.clock).error().code ==
          ErrorCode::Forbidden);
    CHECK(texts(active(f)) == QStringLiteral("您好！"));
    CHECK(phraseChanges(f).size() == changesBefore);
}

TEST_CASE("service phrases are added, edited, reordered and taken out of use, each with its outbox entry")
{
    test::TicketFixture f;
    auto hello =
        chat::addQuickPhrase(*f.store.db, QStringLiteral("问候"), QStringLiteral("您好！"), f.lead, f.ids, f.clock);
    auto wait = chat::addQuickPhrase(*f.store.db, QStringLiteral("查询"), QStringLiteral("请稍等，正在为您查询。"),
                                     f.lead, f.ids, f.clock);
    auto bye = chat::addQuickPhrase(*f.store.db, QStringLiteral("结束"), QStringLiteral("感谢您的咨询！"), f.lead,
                                    f.ids, f.clock);
    auto hello2 = chat::addQuickPhrase(*f.store.db, QStringLiteral("问候"), QStringLiteral("很高兴为您服务。"), f.lead,
                                       f.ids, f.clock);
    REQUIRE((hello.ok() && wait.ok() && bye.ok() && hello2.ok()));
    // A category stands where its first phrase stands; inside it, by order.
    CHECK(texts(active(f)) == QStringLiteral("您好！|很高兴为您服务。|请稍等，正在为您查询。|感谢您的咨询！"));

    QList<sync::Change> changes = phraseChanges(f);
    REQUIRE(changes.size() == 4);
    CHECK(changes[0].operation == sync::Operation::Insert);
    CHECK(changes[0].entityId == hello->id);
    CHECK(changes[0].operatorId == f.lead.id);
    CHECK(changes[0].fields.value(QStringLiteral("text")).toString() == QStringLiteral("您好！"));
    CHECK(changes[0].fields.value(QStringLiteral("category")).toString() == QStringLiteral("问候"));
    CHECK(changes[0].fields.value(QStringLiteral("active")).toInt() == 1);
    CHECK(changes[0].fields.value(QStringLiteral("updated_by")).toString() == f.lead.id);

    auto edited = chat::editQuickPhrase(*f.store.db, wait->id, QStringLiteral("查询"),
                                        QStringLiteral("请稍等，正在为您查询相关政策。"), 1, f.lead, f.clock);
    REQUIRE(edited.ok());
    CHECK(edited->version == 2);
    changes = phraseChanges(f);
    REQUIRE(changes.size() == 5);
    CHECK(changes.last().operation == sync::Operation::Update);
    CHECK(changes.last().fields.value(QStringLiteral("text")).toString() ==
          QStringLiteral("请稍等，正在为您查询相关政策。"));
    CHECK_FALSE(changes.last().fields.contains(QStringLiteral("category"))); // only what changed
    CHECK(changes.last().fields.value(QStringLiteral("version")).toInt() == 2);

    // A stale version is refused; so is an empty or over-long text, and nothing is written.
    auto stale = chat::editQuickPhrase(*f.store.db, wait->id, {}, QStringLiteral("旧"), 1, f.lead, f.clock);
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(chat::editQuickPhrase(*f.store.db, wait->id, {}, QStringLiteral(" "), 2, f.lead, f.clock).error().field ==
          QStringLiteral("text"));
    CHECK(chat::editQuickPhrase(*f.store.db, wait->id, {}, QString(501, QChar(0x7A0E)), 2, f.lead, f.clock)
              .error()
              .field == QStringLiteral("text"));
    CHECK(chat::editQuickPhrase(*f.store.db, QStringLiteral("no-such-id"), {}, QStringLiteral("a"), 1, f.lead, f.clock)
              .error()
              .code == ErrorCode::NotFound);
    CHECK(phraseChanges(f).size() == 5);

    // Reordering writes only the phrases that moved.
    REQUIRE(chat::reorderQuickPhrases(*f.store.db, {bye->id, hello->id, hello2->id, wait->id}, f.lead, f.clock).ok());
    CHECK(texts(active(f)) == QStringLiteral("感谢您的咨询！|您好！|很高兴为您服务。|请稍等，正在为您查询相关政策。"));
    changes = phraseChanges(f);
    CHECK(changes.size() == 5 + 4); // every one moved (0→1, 1→3, 2→0, 3→2)
    REQUIRE(chat::reorderQuickPhrases(*f.store.db, {bye->id, hello->id}, f.lead, f.clock).ok());
    CHECK(phraseChanges(f).size() == 9); // already there: nothing written
    CHECK(chat::reorderQuickPhrases(*f.store.db, {bye->id, bye->id}, f.lead, f.clock).error().code ==
          ErrorCode::InvalidInput);
    CHECK(chat::reorderQuickPhrases(*f.store.db, {hello->id, QStringLiteral("gone")}, f.lead, f.clock).error().code ==
          ErrorCode::NotFound);
    CHECK(texts(active(f)) ==
          QStringLiteral("感谢您的咨询！|您好！|很高兴为您服务。|请稍等，正在为您查询相关政策。")); // rolled back

    // Taken out of use: gone from the agents' list, still in the lead's, and not changeable.
    REQUIRE(chat::deactivateQuickPhrase(*f.store.db, hello2->id, f.lead, f.clock).ok());
    CHECK(phraseChanges(f).last().fields.value(QStringLiteral("active")).toInt() == 0);
    CHECK(texts(active(f)) == QStringLiteral("感谢您的咨询！|您好！|请稍等，正在为您查询相关政策。"));
    CHECK(chat::listQuickPhrases(f.store.db->connection(), true).value().size() == 4);
    CHECK(chat::deactivateQuickPhrase(*f.store.db, hello2->id, f.lead, f.clock).error().code ==
          ErrorCode::IllegalTransition);
    CHECK(chat::editQuickPhrase(*f.store.db, hello2->id, {}, QStringLiteral("再用"), 2, f.lead, f.clock).error().code ==
          ErrorCode::IllegalTransition);
}

TEST_CASE("the default wording is restored only into an empty list, and seeded once")
{
    test::TicketFixture f;
    auto restored = chat::restoreDefaultQuickPhrases(*f.store.db, f.lead, f.ids, f.clock);
    REQUIRE(restored.ok());
    CHECK(restored.value() == chat::defaultQuickPhrases().size());
    CHECK(restored.value() >= 4);
    const QList<QuickPhrase> list = active(f);
    CHECK(list.first().text == QStringLiteral("您好，这里是12366纳税服务热线在线咨询，请问有什么可以帮您？"));
    CHECK(texts(list).contains(QStringLiteral("感谢您的咨询，祝您工作顺利！")));
    CHECK(phraseChanges(f).size() == restored.value());
    for (const QuickPhrase& p : chat::defaultQuickPhrases()) {
        CHECK(chat::validateQuickPhrase(p).ok());
    }

    // Not over phrases in use.
    auto again = chat::restoreDefaultQuickPhrases(*f.store.db, f.lead, f.ids, f.clock);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(active(f).size() == restored.value());
    // All taken out of use: offered again.
    for (const QuickPhrase& p : list) {
        REQUIRE(chat::deactivateQuickPhrase(*f.store.db, p.id, f.lead, f.clock).ok());
    }
    CHECK(chat::restoreDefaultQuickPhrases(*f.store.db, f.lead, f.ids, f.clock).value() == restored.value());

    // Seeding (demo data) adds nothing to a store that has any phrase, and fills an empty one.
    CHECK(chat::seedDefaultQuickPhrases(*f.store.db, f.agent.id, f.ids, f.clock).value() == 0);
    test::TicketFixture empty;
    CHECK(chat::seedDefaultQuickPhrases(*empty.store.db, empty.lead.id, empty.ids, empty.clock).value() ==
          restored.value());
    CHECK(chat::seedDefaultQuickPhrases(*empty.store.db, empty.lead.id, empty.ids, empty.clock).value() == 0);
}

TEST_CASE("the agents' listener address is checked before it is stored")
{
    test::TicketFixture f;
    CHECK(chat::agentUrl(*f.store.db).value() == QStringLiteral("http://127.0.0.1:8781"));
    REQUIRE(chat::setAgentUrl(*f.store.db, QStringLiteral(" https://chat.tax.local:9443/ ")).ok());
    CHECK(chat::agentUrl(*f.store.db).value() == QStringLiteral("https://chat.tax.local:9443"));
    for (const char* bad : {"127.0.0.1:8781", "ftp://h/", "http://", "http://h/agent", "http://h:1?x=1",
                            "javascript:alert(1)", "http://a b"}) {
        INFO(bad);
        auto r = chat::setAgentUrl(*f.store.db, QString::fromUtf8(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("agent_url"));
    }
    CHECK(chat::agentUrl(*f.store.db).value() == QStringLiteral("https://chat.tax.local:9443"));
    REQUIRE(chat::setAgentUrl(*f.store.db, {}).ok());
    CHECK(chat::agentUrl(*f.store.db).value() == QStringLiteral("http://127.0.0.1:8781"));
}
