// The online consultation channel's rules (libcore/chat/chatservice.h) on a real store: routing on the working-day
// calendar, the queue, the robot, 转人工, 登记回访, ratings, closing, limits, idempotent writes and the event log.

#include "chatfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace hotline;
using chat::ChatEvent;
using chat::EventKind;
using chat::State;

namespace {

using test::ChatFixture;

QString what(const ChatEvent& e)
{
    return e.data.value(QStringLiteral("what")).toString();
}

bool hasNotice(const QList<ChatEvent>& events, const char* w)
{
    return std::any_of(events.begin(), events.end(),
                       [w](const ChatEvent& e) { return e.kind == EventKind::Notice && what(e) == QLatin1String(w); });
}

} // namespace

TEST_CASE("a conversation started in office hours on a working day queues, any other time the robot answers")
{
    struct Case {
        const char* at;
        State expected;
    };
    // 2025-09-30 Tuesday; 12:30 is the lunch break; 2025-10-03 国庆 (a Friday off); 2025-10-04 an ordinary Saturday;
    // 2025-10-11 a Saturday worked (调休); 2025-09-28 a Sunday worked (调休); 17:30 is closing time.
    const Case cases[] = {
        {"2025-09-30 10:00", State::Queued}, {"2025-09-30 12:30", State::Robot}, {"2025-09-30 13:30", State::Queued},
        {"2025-09-30 17:29", State::Queued}, {"2025-09-30 17:30", State::Robot}, {"2025-09-30 08:59", State::Robot},
        {"2025-10-03 10:00", State::Robot},  {"2025-10-04 10:00", State::Robot}, {"2025-10-11 10:00", State::Queued},
        {"2025-09-28 15:00", State::Queued}, {"2025-09-30 22:00", State::Robot}};
    ChatFixture f;
    int n = 0;
    for (const Case& c : cases) {
        f.setClock(QString::fromUtf8(c.at));
        INFO(c.at);
        const chat::Started s = f.start(QStringLiteral("198.51.100.%1").arg(++n));
        CHECK(s.conversation.state == c.expected);
        CHECK(s.conversation.routed == (c.expected == State::Queued ? chat::Routed::Agents : chat::Routed::Robot));
        CHECK(f.service->inOfficeHours(f.clock.now()) == (c.expected == State::Queued));
        REQUIRE_FALSE(s.events.isEmpty());
        CHECK(what(s.events.first()) == QStringLiteral("welcome"));
        CHECK(s.events.first().seq == 1);
        CHECK(hasNotice(s.events, chat::notice::kQueued) == (c.expected == State::Queued));
    }
}

TEST_CASE("a token reaches its own conversation only and is stored as a hash")
{
    ChatFixture f;
    const chat::Started a = f.start();
    const chat::Started b = f.start();
    CHECK(a.token.size() == 32);
    CHECK(a.token != b.token);
    CHECK(f.service->conversationForToken(a.token).value() == a.conversation.id);
    CHECK(f.service->conversationForToken(b.token).value() == b.conversation.id);
    for (const QString& bad : {QString(), QStringLiteral("x"), a.token.toUpper(), QString(a.token).replace(0, 1, u'0'),
                               QString(a.token + QStringLiteral("0")), QStringLiteral("' OR 1=1 --")}) {
        if (bad == a.token) {
            continue;
        }
        auto r = f.service->conversationForToken(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::AuthenticationFailed);
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM conversation_tokens WHERE token_hash = '%1'").arg(a.token)) ==
          0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM conversation_tokens")) == 2);
}

TEST_CASE("outside office hours the robot answers from published articles and records 有用 once per answer")
{
    ChatFixture f(QStringLiteral("2025-09-30 20:00"));
    const chat::Started s = f.start();
    const QList<ChatEvent> reply = f.say(s.conversation.id, QStringLiteral("年终奖怎么计税"));
    REQUIRE(reply.size() == 2);
    CHECK(reply[0].kind == EventKind::Message);
    CHECK(reply[0].author == chat::Author::Taxpayer);
    CHECK(reply[1].kind == EventKind::Answer);
    CHECK(reply[1].author == chat::Author::Robot);
    CHECK(reply[1].data.value(QStringLiteral("confident")).toBool());
    CHECK(reply[1].data.value(QStringLiteral("articleId")).toString() == QStringLiteral("KB0152"));
    CHECK(reply[1].data.value(QStringLiteral("inReplyTo")).toInteger() == reply[0].seq);
    CHECK_FALSE(reply[1].text.isEmpty());
    CHECK_FALSE(reply[1].data.value(QStringLiteral("related")).toArray().isEmpty());

    auto useful = f.service->feedback(s.conversation.id, reply[1].seq, true);
    REQUIRE(useful.ok());
    CHECK(useful->kind == EventKind::Feedback);
    auto twice = f.service->feedback(s.conversation.id, reply[1].seq, false);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    auto notAnswer = f.service->feedback(s.conversation.id, reply[0].seq, true);
    REQUIRE_FALSE(notAnswer.ok());
    CHECK(notAnswer.error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM robot_feedback WHERE helpful = 1 AND article_id = 'KB0152'")) ==
          1);

    // A miss outside office hours offers 登记回访 and says so in the status.
    const QList<ChatEvent> miss = f.say(s.conversation.id, QStringLiteral("今天南宁的天气怎么样"));
    CHECK_FALSE(miss[1].data.value(QStringLiteral("confident")).toBool());
    CHECK(hasNotice(miss, chat::notice::kMessageOffered));
    CHECK_FALSE(hasNotice(miss, chat::notice::kHandoffOffered));
    const chat::ChatStatus st = f.status(s.conversation.id);
    CHECK(st.messageOffered);
    CHECK_FALSE(st.handoffAvailable);
    CHECK(st.conversation.robotMisses == 1);
    // 转人工 is refused outside office hours.
    auto handoff = f.service->requestAgent(s.conversation.id);
    REQUIRE_FALSE(handoff.ok());
    CHECK(handoff.error().code == ErrorCode::IllegalTransition);
}

TEST_CASE("in office hours 转人工 is always available to a robot conversation and offered after two misses")
{
    // Started over the lunch break, so the robot answers; at 13:30 office hours begin.
    ChatFixture f(QStringLiteral("2025-09-30 12:10"));
    const chat::Started s = f.start();
    CHECK(s.conversation.state == State::Robot);
    CHECK_FALSE(f.status(s.conversation.id).handoffAvailable);
    f.setClock(QStringLiteral("2025-09-30 13:31"));
    CHECK(f.status(s.conversation.id).handoffAvailable);
    const QList<ChatEvent> first = f.say(s.conversation.id, QStringLiteral("今天南宁的天气怎么样"));
    CHECK_FALSE(hasNotice(first, chat::notice::kHandoffOffered));
    const QList<ChatEvent> second = f.say(s.conversation.id, QStringLiteral("明天会下雨吗"));
    CHECK(hasNotice(second, chat::notice::kHandoffOffered));

    REQUIRE(f.service->heartbeat(f.alice).ok());
    auto queued = f.service->requestAgent(s.conversation.id);
    REQUIRE(queued.ok());
    CHECK(hasNotice(queued.value(), chat::notice::kQueued));
    CHECK_FALSE(hasNotice(queued.value(), chat::notice::kMessageOffered)); // an agent is online
    const chat::ChatStatus st = f.status(s.conversation.id);
    CHECK(st.conversation.state == State::Queued);
    CHECK(st.queuePosition == 1);
    CHECK_FALSE(st.handoffAvailable);
    // Asking again changes nothing.
    auto again = f.service->requestAgent(s.conversation.id);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
}

TEST_CASE("the queue is first in first out with positions, agents take up to their cap, one conversation once")
{
    ChatFixture f;
    chat::ChatSettings cap = f.service->settings();
    cap.agentCapacity = 2;
    f.service->setSettings(cap);
    QList<chat::Started> waiting;
    for (int i = 0; i < 4; ++i) {
        waiting.append(f.start(QStringLiteral("198.51.100.%1").arg(i)));
        f.clock.advanceSecs(10);
    }
    f.say(waiting[0].conversation.id, QStringLiteral("申报时提示人员信息不完整怎么办"));
    for (int i = 0; i < 4; ++i) {
        CHECK(f.status(waiting[i].conversation.id).queuePosition == i + 1);
        CHECK(f.status(waiting[i].conversation.id).queueLength == 4);
    }
    // Nobody was online: every one of them was offered to leave a message straight away.
    CHECK(hasNotice(waiting[0].events, chat::notice::kMessageOffered));
    CHECK(f.status(waiting[0].conversation.id).messageOffered);

    // Only roles that serve chats.
    for (const security::Operator& op : {f.phoneAgent, f.technician}) {
        CHECK(f.service->heartbeat(op).error().code == ErrorCode::Forbidden);
        CHECK(f.service->accept(QStringLiteral("next"), op).error().code == ErrorCode::Forbidden);
        CHECK(f.service->queue(op).error().code == ErrorCode::Forbidden);
    }
    REQUIRE(f.service->heartbeat(f.alice).ok());
    auto queue = f.service->queue(f.alice);
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 4);
    CHECK(queue->first().position == 1);
    CHECK(queue->first().firstQuestion == QStringLiteral("申报时提示人员信息不完整怎么办"));
    CHECK(queue->first().waitedSecs == 40);

    auto first = f.service->accept(QStringLiteral("next"), f.alice);
    REQUIRE(first.ok());
    CHECK(first->id == waiting[0].conversation.id);
    CHECK(first->state == State::Serving);
    CHECK(first->agentId == f.alice.id);
    CHECK(f.status(waiting[1].conversation.id).queuePosition == 1);
    CHECK(f.status(waiting[3].conversation.id).queuePosition == 3);
    CHECK(f.status(waiting[0].conversation.id).agentName == QStringLiteral("谭雪梅"));
    CHECK(hasNotice(f.log(waiting[0].conversation.id), chat::notice::kAccepted));

    // A chosen one out of turn, then the cap.
    REQUIRE(f.service->accept(waiting[2].conversation.id, f.alice).ok());
    auto full = f.service->accept(QStringLiteral("next"), f.alice);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().code == ErrorCode::Conflict);
    // Taken already.
    auto taken = f.service->accept(waiting[2].conversation.id, f.bob);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    REQUIRE(f.service->accept(QString(), f.bob).ok());
    CHECK(f.status(waiting[3].conversation.id).queuePosition == 1);
    CHECK(f.service->serving(f.alice)->size() == 2);
    CHECK(f.service->serving(f.bob)->size() == 1);

    QList<chat::AgentPresence> online = f.service->agentsOnline();
    REQUIRE(online.size() == 2);
    // Presence ends without heartbeats.
    f.clock.advanceSecs(f.service->settings().presenceTimeoutSecs + 1);
    REQUIRE(f.service->heartbeat(f.bob).ok());
    online = f.service->agentsOnline();
    REQUIRE(online.size() == 1);
    CHECK(online.first().name == QStringLiteral("黄振宇"));
    CHECK(online.first().serving == 1);
}

TEST_CASE("a message retried with the same id is stored once and the retry gets the first answer back")
{
    ChatFixture f(QStringLiteral("2025-09-30 20:00"));
    const chat::Started s = f.start();
    const QList<ChatEvent> first = f.say(s.conversation.id, QStringLiteral("年终奖怎么计税"), QStringLiteral("m-1"));
    const QList<ChatEvent> retry = f.say(s.conversation.id, QStringLiteral("年终奖怎么计税"), QStringLiteral("m-1"));
    REQUIRE(retry.size() == first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        CHECK(retry[i].seq == first[i].seq);
        CHECK(retry[i].id == first[i].id);
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM conversation_events WHERE kind = 'message'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM conversation_events WHERE kind = 'answer'")) == 1);

    // An agent's retry too.
    ChatFixture g;
    const chat::Started q = g.start();
    REQUIRE(g.service->accept(q.conversation.id, g.alice).ok());
    auto a =
        g.service->postAgentMessage(q.conversation.id, QStringLiteral("a-1"), QStringLiteral("您好，请讲。"), g.alice);
    auto b =
        g.service->postAgentMessage(q.conversation.id, QStringLiteral("a-1"), QStringLiteral("您好，请讲。"), g.alice);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->first().seq == b->first().seq);
    CHECK(a->first().agentName == QStringLiteral("谭雪梅"));
    CHECK(g.count(QStringLiteral("SELECT count(*) FROM conversation_events WHERE author = 'agent'")) == 1);
}

TEST_CASE("the event log is numbered without gaps, replays from any point and is announced after each commit")
{
    ChatFixture f;
    const chat::Started s = f.start();
    REQUIRE(f.service->accept(s.conversation.id, f.alice).ok());
    for (int i = 0; i < 5; ++i) {
        f.say(s.conversation.id, QStringLiteral("第%1个问题").arg(i));
        REQUIRE(f.service->postAgentMessage(s.conversation.id, f.ids.next(), QStringLiteral("回复%1").arg(i), f.alice)
                    .ok());
    }
    const QList<ChatEvent> all = f.log(s.conversation.id);
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(all[i].seq == i + 1);
    }
    CHECK(f.status(s.conversation.id).conversation.lastSeq == all.size());
    auto tail = f.service->events(s.conversation.id, 7);
    REQUIRE(tail.ok());
    REQUIRE(tail->size() == all.size() - 7);
    CHECK(tail->first().seq == 8);
    CHECK(f.service->events(s.conversation.id, all.size())->isEmpty());
    // Every stored event was announced once, in order.
    REQUIRE(f.emitted.size() == all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(f.emitted[i].seq == all[i].seq);
        CHECK(f.emitted[i].id == all[i].id);
    }
    // The JSON the page gets names no operator.
    const QJsonObject json = all.last().toJson();
    CHECK(json.value(QStringLiteral("agentName")).toString() == QStringLiteral("谭雪梅"));
    CHECK_FALSE(json.contains(QStringLiteral("agentId")));
    CHECK_FALSE(QJsonDocument(json).toJson().contains(f.alice.id.toUtf8()));
}

TEST_CASE("the limits: message length, messages a minute, new conversations an hour, robot questions a day")
{
    ChatFixture f(QStringLiteral("2025-09-30 20:00"));
    const chat::Started s = f.start();
    const QString id = s.conversation.id;

    // 500 characters (Chinese counts one each) pass; 501 are refused, not cut.
    auto longest = f.service->postTaxpayerMessage(id, QStringLiteral("len-500"), QString(500, u'税'),
                                                  QStringLiteral("203.0.113.7"));
    CHECK(longest.ok());
    auto tooLong = f.service->postTaxpayerMessage(id, QStringLiteral("len-501"), QString(501, u'税'),
                                                  QStringLiteral("203.0.113.7"));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == ErrorCode::InvalidInput);
    CHECK(tooLong.error().field == QStringLiteral("text"));
    auto empty = f.service->postTaxpayerMessage(id, QStringLiteral("empty"), QStringLiteral("   "),
                                                QStringLiteral("203.0.113.7"));
    CHECK(empty.error().code == ErrorCode::InvalidInput);

    // 20 a minute (the first one above counts).
    for (int i = 1; i < 20; ++i) {
        f.say(id, QStringLiteral("问题%1").arg(i));
    }
    auto twentyFirst = f.service->postTaxpayerMessage(id, QStringLiteral("m21"), QStringLiteral("再问一个"),
                                                      QStringLiteral("203.0.113.7"));
    REQUIRE_FALSE(twentyFirst.ok());
    CHECK(twentyFirst.error().code == ErrorCode::RateLimited);
    CHECK(twentyFirst.error().field.toInt() >= 1);
    CHECK(twentyFirst.error().field.toInt() <= 60);
    f.clock.advanceSecs(61);
    f.say(id, QStringLiteral("一分钟后可以再问"));

    // 6 new conversations an hour per address; another address is not affected.
    ChatFixture g;
    for (int i = 0; i < 6; ++i) {
        g.start(QStringLiteral("192.0.2.1"));
    }
    auto seventh = g.service->start(QStringLiteral("192.0.2.1"));
    REQUIRE_FALSE(seventh.ok());
    CHECK(seventh.error().code == ErrorCode::RateLimited);
    CHECK(g.service->start(QStringLiteral("192.0.2.2")).ok());
    g.clock.advanceSecs(3601);
    CHECK(g.service->start(QStringLiteral("192.0.2.1")).ok());

    // Robot questions a day per address (configured down to 3 here).
    ChatFixture h(QStringLiteral("2025-09-30 20:00"));
    chat::ChatSettings few = h.service->settings();
    few.robotQuestionsPerDay = 3;
    h.service->setSettings(few);
    const QString c1 = h.start().conversation.id;
    const QString c2 = h.start().conversation.id;
    h.say(c1, QStringLiteral("年终奖怎么计税"));
    h.say(c1, QStringLiteral("扣缴端怎么备份"));
    h.say(c2, QStringLiteral("子女教育怎么扣除"));
    auto fourth = h.service->postTaxpayerMessage(c2, QStringLiteral("q4"), QStringLiteral("大病医疗怎么扣除"),
                                                 QStringLiteral("203.0.113.7"));
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().code == ErrorCode::RateLimited);
    CHECK(h.service
              ->postTaxpayerMessage(c2, QStringLiteral("q5"), QStringLiteral("大病医疗怎么扣除"),
                                    QStringLiteral("198.51.100.9"))
              .ok());
}

TEST_CASE("a closed conversation refuses messages from either side, and idle ones close on the timer")
{
    ChatFixture f;
    const chat::Started s = f.start();
    REQUIRE(f.service->accept(s.conversation.id, f.alice).ok());
    auto closed = f.service->closeByTaxpayer(s.conversation.id);
    REQUIRE(closed.ok());
    CHECK(hasNotice(closed.value(), chat::notice::kClosed));
    CHECK(f.service->closeByTaxpayer(s.conversation.id)->isEmpty()); // closing twice changes nothing
    auto late = f.service->postTaxpayerMessage(s.conversation.id, QStringLiteral("late"), QStringLiteral("还在吗"),
                                               QStringLiteral("203.0.113.7"));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::IllegalTransition);
    auto agentLate =
        f.service->postAgentMessage(s.conversation.id, QStringLiteral("x"), QStringLiteral("在的"), f.alice);
    REQUIRE_FALSE(agentLate.ok());
    CHECK(agentLate.error().code == ErrorCode::IllegalTransition);

    // A chat running at closing time is not cut off; it closes after ten minutes of silence.
    f.setClock(QStringLiteral("2025-09-30 17:25"));
    const chat::Started evening = f.start(QStringLiteral("198.51.100.1"));
    const chat::Started waiting = f.start(QStringLiteral("198.51.100.2"));
    REQUIRE(f.service->accept(evening.conversation.id, f.bob).ok());
    f.setClock(QStringLiteral("2025-09-30 17:34"));
    f.say(evening.conversation.id, QStringLiteral("下班了还能继续问吗"));
    REQUIRE(
        f.service
            ->postAgentMessage(evening.conversation.id, QStringLiteral("b-1"), QStringLiteral("可以的，请讲"), f.bob)
            .ok());
    REQUIRE(f.service->tick().ok());
    CHECK(f.status(evening.conversation.id).conversation.state == State::Serving);
    f.setClock(QStringLiteral("2025-09-30 17:44"));
    CHECK(f.service->tick().value() == 1);
    const chat::ChatStatus after = f.status(evening.conversation.id);
    CHECK(after.conversation.state == State::Closed);
    CHECK(after.conversation.closedBy == chat::ClosedBy::Idle);
    CHECK(after.mayRate); // served by a person
    // Waiting is not idleness: the queued one is offered a message after three minutes, closed only after 30.
    CHECK(f.status(waiting.conversation.id).conversation.state == State::Queued);
    CHECK(hasNotice(f.log(waiting.conversation.id), chat::notice::kMessageOffered));
    f.setClock(QStringLiteral("2025-09-30 17:56"));
    REQUIRE(f.service->tick().ok());
    CHECK(f.status(waiting.conversation.id).conversation.state == State::Closed);
}

TEST_CASE("登记回访 files an online work order and a callback due the next working day, once per request")
{
    // Friday 2025-09-26 19:00: the next working day is Sunday 28 September (调休).
    ChatFixture f(QStringLiteral("2025-09-26 19:00"));
    const chat::Started s = f.start();
    f.say(s.conversation.id, QStringLiteral("今天南宁的天气怎么样"));
    chat::LeaveMessageRequest r{QStringLiteral("lm-1"), QStringLiteral("王会计"), QStringLiteral("138 0771 2345"),
                                QStringLiteral("扣缴端申报时提示“校验不通过”，请回电话指导")};

    chat::LeaveMessageRequest badPhone = r;
    badPhone.phone = QStringLiteral("12345");
    auto refused = f.service->leaveMessage(s.conversation.id, badPhone);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("phone"));
    chat::LeaveMessageRequest noName = r;
    noName.name = QStringLiteral("  ");
    CHECK(f.service->leaveMessage(s.conversation.id, noName).error().field == QStringLiteral("name"));
    chat::LeaveMessageRequest noQuestion = r;
    noQuestion.question.clear();
    CHECK(f.service->leaveMessage(s.conversation.id, noQuestion).error().field == QStringLiteral("question"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_orders")) == 0);

    auto left = f.service->leaveMessage(s.conversation.id, r);
    INFO((left ? QString() : left.error().message).toStdString());
    REQUIRE(left.ok());
    CHECK_FALSE(left->ticketNo.isEmpty());
    INFO(left->callbackDeadline.toTimeZone(calendar::beijingTime()).toString(Qt::ISODate).toStdString());
    CHECK(left->callbackDeadline == test::beijing(QStringLiteral("2025-09-28 17:30")));
    QSqlQuery q(f.store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT channel, contact_name, contact_number, owner_id, category_id, question "
                                  "FROM work_orders")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("online"));
    CHECK(q.value(1).toString() == QStringLiteral("王会计"));
    CHECK(q.value(2).toString() == QStringLiteral("13807712345"));
    CHECK(q.value(3).toString() == f.portal.id);
    CHECK(q.value(4).toString() == QLatin1String(chat::kLeftMessageTopicId));
    CHECK(q.value(5).toString().contains(QStringLiteral("校验不通过")));
    REQUIRE(q.exec(QStringLiteral("SELECT number, status, work_order_id FROM callbacks")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("13807712345"));
    CHECK(q.value(1).toString() == QStringLiteral("pending"));
    CHECK(q.value(2).toString() == left->workOrderId);
    CHECK(hasNotice(f.log(s.conversation.id), chat::notice::kCallbackRegistered));
    CHECK(f.status(s.conversation.id).conversation.ticketNo == left->ticketNo);

    // The page's retry registers nothing twice.
    auto retry = f.service->leaveMessage(s.conversation.id, r);
    REQUIRE(retry.ok());
    CHECK(retry->ticketNo == left->ticketNo);
    CHECK(retry->callbackDeadline == left->callbackDeadline);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_orders")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM callbacks")) == 1);
    // Everything goes to the central store.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'work_order'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'callback'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'conversation_event'")) ==
          f.count(QStringLiteral("SELECT count(*) FROM conversation_events")));
}

TEST_CASE("a conversation a person served is rated once, 1 to 5 with a comment of at most 200 characters")
{
    ChatFixture f;
    const chat::Started robotOnly = [&f] {
        f.setClock(QStringLiteral("2025-09-30 20:00"));
        return f.start(QStringLiteral("198.51.100.1"));
    }();
    auto notServed = f.service->rate(robotOnly.conversation.id, 5, {});
    REQUIRE_FALSE(notServed.ok());
    CHECK(notServed.error().code == ErrorCode::IllegalTransition);

    f.setClock(QStringLiteral("2025-09-30 10:00"));
    const chat::Started s = f.start();
    REQUIRE(f.service->accept(s.conversation.id, f.alice).ok());
    CHECK(f.status(s.conversation.id).mayRate);
    for (int bad : {0, 6, -1}) {
        auto r = f.service->rate(s.conversation.id, bad, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("level"));
    }
    CHECK(f.service->rate(s.conversation.id, 4, QString(201, u'好')).error().field == QStringLiteral("comment"));
    REQUIRE(f.service->closeByAgent(s.conversation.id, f.alice).ok());
    auto rated = f.service->rate(s.conversation.id, 4, QString(200, u'好'));
    REQUIRE(rated.ok());
    CHECK(rated->kind == EventKind::Rating);
    auto again = f.service->rate(s.conversation.id, 1, {});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM chat_ratings WHERE level = 4 AND agent_id = '%1'")
                      .arg(f.alice.id)) == 1);
    const chat::ChatStatus st = f.status(s.conversation.id);
    CHECK(st.rated);
    CHECK_FALSE(st.mayRate);
}

TEST_CASE("agents reply only in their own conversations, transfer to an online colleague, close and link")
{
    ChatFixture f;
    const chat::Started s = f.start();
    REQUIRE(f.service->heartbeat(f.alice).ok());
    // Before accepting, nobody replies.
    auto early = f.service->postAgentMessage(s.conversation.id, QStringLiteral("e"), QStringLiteral("您好"), f.alice);
    REQUIRE_FALSE(early.ok());
    REQUIRE(f.service->accept(s.conversation.id, f.alice).ok());
    auto notMine = f.service->postAgentMessage(s.conversation.id, QStringLiteral("n"), QStringLiteral("您好"), f.bob);
    REQUIRE_FALSE(notMine.ok());
    CHECK(notMine.error().code == ErrorCode::Forbidden);
    CHECK(f.service->agentEvents(s.conversation.id, 0, f.bob).error().code == ErrorCode::Forbidden);
    CHECK(f.service->agentEvents(s.conversation.id, 0, f.lead).ok()); // a lead reads any

    // Bob is not online yet.
    auto offline = f.service->transfer(s.conversation.id, f.bob.id, f.alice);
    REQUIRE_FALSE(offline.ok());
    CHECK(offline.error().code == ErrorCode::Conflict);
    REQUIRE(f.service->heartbeat(f.bob).ok());
    auto toPhoneAgent = f.service->transfer(s.conversation.id, f.phoneAgent.id, f.alice);
    REQUIRE_FALSE(toPhoneAgent.ok());
    auto moved = f.service->transfer(s.conversation.id, f.bob.id, f.alice);
    REQUIRE(moved.ok());
    CHECK(moved->agentId == f.bob.id);
    CHECK(f.status(s.conversation.id).agentName == QStringLiteral("黄振宇"));
    CHECK(f.service->postAgentMessage(s.conversation.id, QStringLiteral("a"), QStringLiteral("您好"), f.alice)
              .error()
              .code == ErrorCode::Forbidden);
    REQUIRE(
        f.service->postAgentMessage(s.conversation.id, QStringLiteral("b"), QStringLiteral("您好，我来为您解答"), f.bob)
            .ok());

    auto badLink = f.service->linkWorkOrder(s.conversation.id, {}, {}, f.bob);
    CHECK(badLink.error().code == ErrorCode::InvalidInput);
    auto linked =
        f.service->linkWorkOrder(s.conversation.id, QStringLiteral("wo-1"), QStringLiteral("GX20250930-0001"), f.bob);
    REQUIRE(linked.ok());
    CHECK(linked->ticketNo == QStringLiteral("GX20250930-0001"));
    REQUIRE(f.service->closeByAgent(s.conversation.id, f.bob).ok());
    const chat::ChatStatus st = f.status(s.conversation.id);
    CHECK(st.conversation.closedBy == chat::ClosedBy::Agent);
    CHECK(st.conversation.workOrderId == QStringLiteral("wo-1"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'conversation'")) >= 5);
}

TEST_CASE("the chat settings come from the store's settings table, bad values ignored")
{
    ChatFixture f;
    QSqlQuery q(f.store.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('chat.robot_questions_per_day', '250'), "
                                  "('chat.agent_capacity', '0'), ('chat.max_message_chars', 'abc'), "
                                  "('chat.idle_close_secs', '900')")));
    REQUIRE(f.service->reload().ok());
    CHECK(f.service->settings().robotQuestionsPerDay == 250);
    CHECK(f.service->settings().agentCapacity == 3);
    CHECK(f.service->settings().maxMessageChars == 500);
    CHECK(f.service->settings().idleCloseSecs == 900);
}
