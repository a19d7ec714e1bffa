// The demo store's online consultation channel: made through the real ChatService, and what the reports count of it.
#include "../security/securityfixture.h"
#include "calendar/workcalendar.h"
#include "chat/quickphrases.h"
#include "demo/demodata.h"
#include "reports/monthlyreport.h"
#include "reports/onlinefigures.h"
#include "satisfaction/satisfactionrate.h"
#include "security/accountrepository.h"
#include "security/accountservice.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace hotline;

namespace {

int count(db::Database& db, const QString& sql, const QVariantList& bindings = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : bindings) {
        q.addBindValue(v);
    }
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

security::Operator accountNamed(db::Database& db, const QString& name)
{
    auto all = security::AccountRepository(db.connection()).all();
    REQUIRE(all);
    for (const security::Account& a : all.value()) {
        if (a.op.name == name) {
            return a.op;
        }
    }
    FAIL("no account " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("demo chats: the service account, two online agents and weeks of conversations through the ChatService")
{
    const QString moment = QString::fromStdString(
        GENERATE(as<std::string>{}, "2026-11-27 16:00", "2026-11-28 06:40", "2026-10-03 11:00", "2026-12-31 23:50"));
    CAPTURE(moment);
    test::TempStore store;
    db::Database& db = *store.db;
    UuidGenerator ids;
    demo::DemoOptions options;
    options.count = 300;
    options.now = test::beijing(moment);
    auto filled = demo::fillDemo(db, ids, options);
    REQUIRE(filled);
    CHECK(filled->accounts.contains(QStringLiteral("谭雪梅")));
    CHECK(filled->accounts.contains(QStringLiteral("黄振宇")));
    REQUIRE(demo::fillDemoWorkflow(db, ids, options.now));
    auto chats = demo::fillDemoChats(db, ids, options.now);
    INFO((chats ? QString() : chats.error().message).toStdString());
    REQUIRE(chats);
    const demo::ChatDemoSummary& c = chats.value();

    // Three weeks: every working day has agents' chats, every evening the robot's.
    CHECK(c.served >= 15);
    CHECK(c.robot >= 21);
    CHECK(c.ratings >= c.served / 2);
    CHECK(c.ratings <= c.served);
    CHECK(c.feedback > 0);
    CHECK(c.leftMessages == 1);
    CHECK(c.conversations == c.robot + c.served);

    // The store holds exactly that, all closed, nothing after now.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM conversations")) == c.conversations);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM conversations WHERE routed = 'robot'")) == c.robot);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM conversations WHERE routed = 'agents' AND served = 1")) ==
          c.served);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM conversations WHERE state <> 'closed'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM chat_ratings")) == c.ratings);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM chat_ratings WHERE agent_id IS NULL")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM robot_feedback")) == c.feedback);
    const qint64 now = options.now.toMSecsSinceEpoch();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM conversation_events WHERE at > ?"), {now}) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE changed_at > ?"), {now}) == 0);
    // Every row went to the outbox for the central store.
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT entity_id) FROM change_log WHERE entity = 'conversation'")) ==
          c.conversations);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'chat_rating'")) == c.ratings);
    // Agents greeted and answered in every served chat.
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT conversation_id) FROM conversation_events "
                                   "WHERE author = 'agent' AND kind = 'message'")) == c.served);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM conversation_events WHERE kind = 'answer'")) > c.robot);

    // The default 服务用语, by the team lead, before the first conversation, through the outbox.
    const security::Operator lead = accountNamed(db, QStringLiteral("梁淑芬"));
    CHECK(c.quickPhrases == chat::defaultQuickPhrases().size());
    CHECK(c.quickPhrases > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM quick_phrases WHERE active = 1 AND updated_by = ?"),
                {lead.id}) == c.quickPhrases);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM quick_phrases WHERE updated_at >= "
                                   "(SELECT min(started_at) FROM conversations)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'quick_phrase'")) == c.quickPhrases);
    auto listed = chat::listQuickPhrases(db.connection());
    REQUIRE(listed);
    CHECK(listed->size() == c.quickPhrases);

    // The 登记回访: a work order on the channel online and a callback, filed by the service account.
    const security::Operator service = accountNamed(db, demo::serviceAccountName());
    CHECK(service.role == security::Role::OnlineAgent);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM work_orders WHERE channel = 'online' AND created_by = ?"),
                {service.id}) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id "
                                   "WHERE w.channel = 'online'")) == 1);

    // The online agents log in; the service account never does; online agents own no phone work orders.
    ManualClock clock(options.now);
    security::AccountService accounts(db, clock, ids);
    CHECK(accounts.login(QStringLiteral("谭雪梅"), demo::demoPassword()));
    CHECK(accounts.login(QStringLiteral("黄振宇"), demo::demoPassword()));
    CHECK_FALSE(accounts.login(demo::serviceAccountName(), demo::demoPassword()));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM work_orders w JOIN operators o ON o.id = w.owner_id "
                                   "WHERE o.role = 'online_agent' AND w.channel <> 'online'")) == 0);

    // The reports count it: the figures over the demo period are the summary's.
    const QDate today = options.now.toTimeZone(calendar::beijingTime()).date();
    auto online = reports::onlineFigures(db.connection(), today.addDays(-21), today, lead);
    REQUIRE(online);
    CHECK(online->conversations == c.conversations);
    CHECK(online->robotConversations == c.robot);
    CHECK(online->served == c.served);
    CHECK(online->leftMessages == 1);
    CHECK(online->answersRated == c.feedback);
    auto rate = satisfaction::satisfactionRate(db.connection(), today.addDays(-21), today, lead);
    REQUIRE(rate);
    CHECK(rate->chats.total() == c.ratings);
    CHECK(rate->chatsWithoutAgent == 0);
}

TEST_CASE("demo chats refuse a store without the online agents, and a bad period")
{
    test::TempStore store;
    UuidGenerator ids;
    const QDateTime now = test::beijing(QStringLiteral("2026-11-27 16:00"));
    auto made = demo::fillDemoChats(*store.db, ids, now);
    REQUIRE_FALSE(made);
    CHECK(made.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(demo::fillDemoChats(*store.db, ids, now, 0));
    CHECK_FALSE(demo::fillDemoChats(*store.db, ids, QDateTime(), 3));
}
