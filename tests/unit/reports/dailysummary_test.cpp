#include "../security/securityfixture.h"
#include "reports/dailysummary.h"
#include "satisfaction/returnvisits.h"
#include "tickets/workorderservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTranslator>

using namespace hotline;
using hotline::reports::dailySeries;
using hotline::reports::dailySummary;
using hotline::satisfaction::RateCounts;
using hotline::test::beijing;

namespace {

// 15 September 2025 (a Monday) and around it: work orders in several categories, channels and agents; one resolved
// late, one overdue and open, one received the Friday before and resolved on the 15th, an old open one, one just
// after midnight, and one on the National Day holiday. Survey answers and a return visit on the 15th.
struct DailyDesk : test::SecurityFixture {
    DailyDesk()
    {
        using tickets::Channel;
        using tickets::Difficulty;
        const QString software = QStringLiteral("扣缴端软件");
        const QString business = QStringLiteral("个税业务");
        resolvedAtOnce = make(agent, "2025-09-15 09:10", Channel::Phone, software, QStringLiteral("综合所得申报"),
                              Difficulty::Normal, true);
        overdueOpen = make(agent, "2025-09-15 10:00", Channel::Online, business, QStringLiteral("综合所得"),
                           Difficulty::Normal, false);
        resolvedLate = make(colleague, "2025-09-15 11:00", Channel::Phone, software, QStringLiteral("人员信息采集"),
                            Difficulty::Normal, false);
        hardOpen = make(colleague, "2025-09-15 14:00", Channel::Email, software, QStringLiteral("综合所得申报"),
                        Difficulty::Hard, false);
        lastMinute = make(agent, "2025-09-15 23:59", Channel::Phone, business, QStringLiteral("经营所得"),
                          Difficulty::Normal, false);
        dayBefore = make(agent, "2025-09-12 16:00", Channel::Phone, software, QStringLiteral("综合所得申报"),
                         Difficulty::Normal, false);
        oldOpen = make(colleague, "2025-09-11 10:00", Channel::Fax, business, QStringLiteral("综合所得"),
                       Difficulty::Normal, false);
        nextDay = make(agent, "2025-09-16 00:00", Channel::Phone, software, QStringLiteral("综合所得申报"),
                       Difficulty::Normal, false);
        holiday = make(colleague, "2025-10-01 10:00", Channel::Online, business, QStringLiteral("综合所得"),
                       Difficulty::Normal, false);

        resolve(dayBefore, agent, "2025-09-15 09:30");        // received the Friday before, resolved on the 15th
        resolve(resolvedLate, colleague, "2025-09-16 09:00"); // after its deadline (15th 17:30)

        survey("c1", "2025-09-15 09:15", "satisfied", resolvedAtOnce);
        survey("c2", "2025-09-15 11:05", "dissatisfied", resolvedLate);
        survey("c3", "2025-09-15 12:00", "basically_satisfied", QString()); // not matched to a work order
        survey("c4", "2025-09-16 09:00", "dissatisfied", overdueOpen);      // the next day
        clock.set(beijing(QStringLiteral("2025-09-15 16:00")));
        satisfaction::ReturnVisitService visits(store.db->connection(), clock, ids);
        REQUIRE(visits
                    .record({dayBefore,
                             beijing(QStringLiteral("2025-09-15 15:00")),
                             satisfaction::VisitMethod::Phone,
                             satisfaction::Rating::Satisfied,
                             {}},
                            agent)
                    .ok());
    }

    QString make(const security::Operator& owner, const char* at, tickets::Channel channel, const QString& group,
                 const QString& topic, tickets::Difficulty difficulty, bool resolvedAtOnce)
    {
        QSqlQuery q(store.db->connection());
        q.prepare(QStringLiteral("SELECT t.id FROM categories t JOIN categories g ON g.id = t.parent_id "
                                 "WHERE g.name = ? AND t.name = ?"));
        q.addBindValue(group);
        q.addBindValue(topic);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        tickets::WorkOrderDraft d;
        d.callerNumber = QStringLiteral("13907711234");
        d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
        d.taxpayerId = QStringLiteral("91450100MA5K3L8Q7Y");
        d.contactName = QStringLiteral("陈静");
        d.contactNumber = QStringLiteral("0771-5551234");
        d.channel = channel;
        d.categoryId = q.value(0).toString();
        d.difficulty = difficulty;
        d.question = QStringLiteral("综合所得预扣预缴申报时提示人员信息未验证通过，怎么处理？");
        d.answer = QStringLiteral("请在【人员信息采集】中核对证件信息后重新报送验证。");
        d.resolvedOnFirstContact = resolvedAtOnce;
        d.receivedAt = beijing(QString::fromLatin1(at));
        clock.set(d.receivedAt.addSecs(30));
        auto made = service.create(d, owner);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made);
        return made->id;
    }

    void resolve(const QString& id, const security::Operator& by, const char* at)
    {
        clock.set(beijing(QString::fromLatin1(at)));
        REQUIRE(service.changeStatus(id, tickets::Status::Resolved, {}, by).ok());
    }

    void survey(const char* callId, const char* at, const char* rating, const QString& workOrderId)
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO satisfaction_surveys (id, call_id, call_at, rating_raw, rating, work_order_id, import_batch, "
            "source_file, source_line, dedup_key, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, 'b', 's.csv', "
            "2, ?, ?, 0)")));
        q.addBindValue(QString(QStringLiteral("survey-") + QString::fromLatin1(callId)));
        q.addBindValue(QString::fromLatin1(callId));
        q.addBindValue(beijing(QString::fromLatin1(at)).toMSecsSinceEpoch());
        q.addBindValue(QString::fromLatin1(rating));
        q.addBindValue(QString::fromLatin1(rating));
        q.addBindValue(workOrderId.isEmpty() ? QVariant() : QVariant(workOrderId));
        q.addBindValue(QString(QStringLiteral("call:") + QString::fromLatin1(callId)));
        q.addBindValue(lead.id);
        REQUIRE(q.exec());
    }

    // Plain SQL over the Beijing day: [00:00, 24:00) in UTC milliseconds.
    static QVariantList day(const char* date)
    {
        const QDate d = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
        const QTimeZone bj(QByteArrayLiteral("Asia/Shanghai"));
        return {QDateTime(d, QTime(0, 0), bj).toMSecsSinceEpoch(),
                QDateTime(d.addDays(1), QTime(0, 0), bj).toMSecsSinceEpoch()};
    }
    int sql(const char* query, const char* date, const QVariantList& more = {}) const
    {
        QVariantList b = day(date);
        QString text = QString::fromUtf8(query);
        // :s and :e stand for the day's start and end; written out as positional bindings.
        QVariantList ordered;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.mid(i, 2) == QLatin1String(":s") || text.mid(i, 2) == QLatin1String(":e")) {
                ordered << (text.at(i + 1) == QLatin1Char('s') ? b[0] : b[1]);
                text.replace(i, 2, QStringLiteral("?"));
            }
        }
        return count(text, ordered + more);
    }

    reports::DailySummary summary(const char* date)
    {
        auto s = dailySummary(*store.db, QDate::fromString(QString::fromLatin1(date), Qt::ISODate), lead);
        INFO((s ? QString() : s.error().message).toStdString());
        REQUIRE(s);
        return s.value();
    }

    tickets::WorkOrderService service{*store.db, clock, ids};
    QString resolvedAtOnce, overdueOpen, resolvedLate, hardOpen, lastMinute, dayBefore, oldOpen, nextDay, holiday;
};

const reports::AgentDay* agentNamed(const reports::DailySummary& s, const QString& name)
{
    for (const auto& a : s.agents) {
        if (a.agentName == name) {
            return &a;
        }
    }
    return nullptr;
}

int channel(const reports::DailySummary& s, tickets::Channel c)
{
    for (const auto& x : s.byChannel) {
        if (x.channel == c) {
            return x.received;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("daily summary: every figure of a working day equals plain SQL and the hand count")
{
    DailyDesk f;
    const auto s = f.summary("2025-09-15");
    CHECK(s.date == QDate(2025, 9, 15));
    CHECK(s.workingDay);
    CHECK(s.dayName.isEmpty());

    const char* d = "2025-09-15";
    CHECK(s.received == 5);
    CHECK(s.received == f.sql("SELECT count(*) FROM work_orders WHERE received_at >= :s AND received_at < :e", d));
    CHECK(s.resolved == 2); // the one resolved at once and the one from the Friday before
    CHECK(s.resolved == f.sql("SELECT count(*) FROM work_orders WHERE resolved_at >= :s AND resolved_at < :e", d));
    CHECK(s.resolvedOfDay == 1);
    CHECK(s.resolvedOfDay == f.sql("SELECT count(*) FROM work_orders WHERE received_at >= :s AND received_at < :e "
                                   "AND resolved_at < :e",
                                   d));
    // Open at midnight: overdueOpen, resolvedLate (resolved the next morning), hardOpen, lastMinute, oldOpen.
    CHECK(s.open == 5);
    CHECK(s.open == f.sql("SELECT count(*) FROM work_orders WHERE received_at < :e AND "
                          "(resolved_at IS NULL OR resolved_at >= :e)",
                          d));
    // Overdue at midnight: overdueOpen, resolvedLate and oldOpen (deadline 17:30 or earlier); hardOpen is due on the
    // 17th and lastMinute counts from the 16th.
    CHECK(s.overdue == 3);
    CHECK(s.overdue == f.sql("SELECT count(*) FROM work_orders WHERE received_at < :e AND due_at < :e AND "
                             "(resolved_at IS NULL OR resolved_at >= :e)",
                             d));
    // Of the day's: overdueOpen and resolvedLate missed their deadline; resolvedAtOnce made it.
    CHECK(s.overdueOfDay == 2);
    CHECK(s.overdueOfDay == f.sql("SELECT count(*) FROM work_orders WHERE received_at >= :s AND received_at < :e "
                                  "AND due_at < :e AND (resolved_at IS NULL OR resolved_at > due_at)",
                                  d));

    // Categories: 扣缴端软件 3 (综合所得申报 2, 人员信息采集 1), 个税业务 2 (综合所得 1, 经营所得 1).
    REQUIRE(s.byGroup.size() == 2);
    CHECK(s.byGroup[0].groupName == QStringLiteral("扣缴端软件"));
    CHECK(s.byGroup[0].received == 3);
    CHECK(s.byGroup[1].groupName == QStringLiteral("个税业务"));
    CHECK(s.byGroup[1].received == 2);
    REQUIRE(s.byTopic.size() == 4);
    CHECK(s.byTopic[0].topicName == QStringLiteral("综合所得申报"));
    CHECK(s.byTopic[0].received == 2);
    for (const auto& t : s.byTopic) {
        INFO(t.topicName.toStdString());
        CHECK(t.received == f.count(QStringLiteral("SELECT count(*) FROM work_orders w JOIN categories c ON "
                                                   "c.id = w.category_id JOIN categories g ON g.id = c.parent_id "
                                                   "WHERE g.name = ? AND c.name = ? AND received_at >= ? AND "
                                                   "received_at < ?"),
                                    QVariantList{t.groupName, t.topicName} + DailyDesk::day(d)));
    }

    CHECK(s.byChannel.size() == 5);
    CHECK(channel(s, tickets::Channel::Phone) == 3);
    CHECK(channel(s, tickets::Channel::Online) == 1);
    CHECK(channel(s, tickets::Channel::Email) == 1);
    CHECK(channel(s, tickets::Channel::Fax) == 0);
    CHECK(channel(s, tickets::Channel::OnSite) == 0);
    for (const auto& c : s.byChannel) {
        CHECK(c.received == f.count(QStringLiteral("SELECT count(*) FROM work_orders WHERE channel = ? AND "
                                                   "received_at >= ? AND received_at < ?"),
                                    QVariantList{tickets::key(c.channel)} + DailyDesk::day(d)));
    }

    // Satisfaction: c1 满意, c2 不满意, c3 基本满意 (unmatched) and the return visit 满意 on a work order without a
    // survey; c4 is the next day's.
    CHECK(s.satisfaction == RateCounts{2, 1, 1});
    CHECK(s.satisfaction.percentText() == QStringLiteral("75.00%"));
    CHECK_FALSE(s.satisfaction.meetsTarget());

    // Per agent: 李娜 received 2 (resolvedAtOnce, overdueOpen, lastMinute: 3), resolved 2, overdue 1; 王芳 ...
    REQUIRE(s.agents.size() == 2);
    const auto* lina = agentNamed(s, QStringLiteral("李娜"));
    const auto* wang = agentNamed(s, QStringLiteral("王芳"));
    REQUIRE(lina != nullptr);
    REQUIRE(wang != nullptr);
    CHECK(lina->received == 3);
    CHECK(lina->resolved == 2);
    CHECK(lina->overdue == 1);
    CHECK(lina->satisfaction == RateCounts{2, 0, 0}); // c1 and the return visit
    CHECK(wang->received == 2);
    CHECK(wang->resolved == 0);
    CHECK(wang->overdue == 2); // resolvedLate and oldOpen
    CHECK(wang->satisfaction == RateCounts{0, 0, 1});
    for (const auto* a : {lina, wang}) {
        CHECK(a->received == f.count(QStringLiteral("SELECT count(*) FROM work_orders WHERE owner_id = ? AND "
                                                    "received_at >= ? AND received_at < ?"),
                                     QVariantList{a->agentId} + DailyDesk::day(d)));
        CHECK(a->resolved == f.count(QStringLiteral("SELECT count(*) FROM work_orders WHERE owner_id = ? AND "
                                                    "resolved_at >= ? AND resolved_at < ?"),
                                     QVariantList{a->agentId} + DailyDesk::day(d)));
    }
    CHECK(s.received == lina->received + wang->received);
}

TEST_CASE("daily summary: a holiday counts what was received on it, not yet overdue")
{
    DailyDesk f;
    const auto s = f.summary("2025-10-01");
    CHECK_FALSE(s.workingDay);
    CHECK(s.dayName == QStringLiteral("国庆节、中秋节"));
    CHECK(s.received == 1);
    CHECK(channel(s, tickets::Channel::Online) == 1);
    CHECK(s.resolved == 0);
    // Still open at midnight: overdueOpen, hardOpen, lastMinute, oldOpen, nextDay and the holiday's own.
    CHECK(s.open == 6);
    CHECK(s.overdueOfDay == 0); // due on 9 October, the next working day
    CHECK(s.overdue == 5);
    CHECK(s.overdue == f.sql("SELECT count(*) FROM work_orders WHERE received_at < :e AND due_at < :e AND "
                             "(resolved_at IS NULL OR resolved_at >= :e)",
                             "2025-10-01"));
    // The day before midnight and the first minute of the next day belong to their own days.
    const auto sixteenth = f.summary("2025-09-16");
    CHECK(sixteenth.received == 1);
    CHECK(sixteenth.resolved == 1);
    CHECK(sixteenth.satisfaction == RateCounts{0, 0, 1});
}

TEST_CASE("daily summary: an empty day has zeros, every channel and no rate")
{
    DailyDesk f;
    const auto s = f.summary("2025-09-01");
    CHECK(s.received == 0);
    CHECK(s.resolved == 0);
    CHECK(s.open == 0);
    CHECK(s.overdue == 0);
    CHECK(s.overdueOfDay == 0);
    CHECK(s.byGroup.isEmpty());
    CHECK(s.byTopic.isEmpty());
    CHECK(s.byChannel.size() == 5);
    CHECK(s.agents.isEmpty());
    CHECK(s.satisfaction.total() == 0);
    CHECK(s.satisfaction.percentText() == QStringLiteral("—"));
    CHECK(reports::dailySummaryText(s).contains(QStringLiteral("2025-09-01")));
}

TEST_CASE("daily series: per day received, resolved and overdue as the summary counts them")
{
    DailyDesk f;
    auto series = dailySeries(*f.store.db, QDate(2025, 9, 10), QDate(2025, 9, 16), f.lead);
    REQUIRE(series);
    REQUIRE(series->size() == 7);
    CHECK(series->first().date == QDate(2025, 9, 10));
    CHECK(series->last().date == QDate(2025, 9, 16));
    for (const auto& day : series.value()) {
        const auto s = f.summary(day.date.toString(Qt::ISODate).toLatin1().constData());
        INFO(day.date.toString(Qt::ISODate).toStdString());
        CHECK(day.received == s.received);
        CHECK(day.resolved == s.resolved);
        CHECK(day.overdue == s.overdue);
    }
    CHECK(series->at(5).received == 5); // the 15th
    CHECK(series->at(1).overdue == 1);  // the 11th: oldOpen after 17:30
    CHECK(series->at(4).overdue == 2);  // the 14th: oldOpen and dayBefore (resolved on the 15th)

    // Any window gives every day the same counts: what began before the window or ends after it is counted too.
    for (int a = 0; a < 7; ++a) {
        for (int b = a; b < 7; ++b) {
            auto part = dailySeries(*f.store.db, QDate(2025, 9, 10 + a), QDate(2025, 9, 10 + b), f.lead);
            REQUIRE(part);
            REQUIRE(part->size() == b - a + 1);
            for (int i = 0; i < part->size(); ++i) {
                INFO(a << ".." << b << " day " << i);
                CHECK(part->at(i).date == series->at(a + i).date);
                CHECK(part->at(i).received == series->at(a + i).received);
                CHECK(part->at(i).resolved == series->at(a + i).resolved);
                CHECK(part->at(i).overdue == series->at(a + i).overdue);
            }
        }
    }

    CHECK(dailySeries(*f.store.db, QDate(2025, 9, 16), QDate(2025, 9, 15), f.lead).error().code ==
          ErrorCode::InvalidInput);
    CHECK(dailySeries(*f.store.db, QDate(2024, 1, 1), QDate(2025, 9, 15), f.lead).error().code ==
          ErrorCode::InvalidInput);
    CHECK(dailySeries(*f.store.db, QDate(), QDate(2025, 9, 15), f.lead).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("daily summary: agents and QA inspectors are refused, an administrator may read it, a bad day is refused")
{
    DailyDesk f;
    const QDate day(2025, 9, 15);
    for (const auto* who : {&f.agent, &f.qa}) {
        auto refused = dailySummary(*f.store.db, day, *who);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Forbidden);
        auto series = dailySeries(*f.store.db, day, day, *who);
        REQUIRE_FALSE(series);
        CHECK(series.error().code == ErrorCode::Forbidden);
    }
    auto asAdmin = dailySummary(*f.store.db, day, f.admin);
    REQUIRE(asAdmin);
    CHECK(asAdmin->received == 5);
    auto bad = dailySummary(*f.store.db, QDate(), f.lead);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("hotlinedesk-cli report daily prints the summary in Chinese or as JSON, and refuses agents")
{
    DailyDesk f;
    const QString home = f.store.dir.path();
    const QStringList db{QStringLiteral("--db"), f.store.path};
    const QStringList asLead{QStringLiteral("--as"), QStringLiteral("张敏")};
    const QStringList date{QStringLiteral("--date"), QStringLiteral("2025-09-15")};
    f.store.db.reset(); // the CLI opens the store itself

    auto text = test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("daily")} + date + db + asLead, home);
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("每日汇总 2025-09-15")));
    CHECK(text.out.contains(QStringLiteral("受理量：  5")));
    CHECK(text.out.contains(QStringLiteral("日终逾期：  3")));
    CHECK(text.out.contains(QStringLiteral("75.00%")));
    CHECK(text.out.contains(QStringLiteral("李娜  3 / 2 / 1 / 100.00%")));

    auto json = test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--json")} +
                                 date + db + asLead,
                             home);
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("received")).toInt() == 5);
    CHECK(o.value(QStringLiteral("resolved")).toInt() == 2);
    CHECK(o.value(QStringLiteral("open")).toInt() == 5);
    CHECK(o.value(QStringLiteral("overdue")).toInt() == 3);
    CHECK(o.value(QStringLiteral("overdue_of_day")).toInt() == 2);
    CHECK(o.value(QStringLiteral("channels")).toObject().value(QStringLiteral("phone")).toInt() == 3);
    CHECK(o.value(QStringLiteral("satisfaction")).toObject().value(QStringLiteral("rated")).toInt() == 4);
    CHECK(o.value(QStringLiteral("agents")).toArray().size() == 2);

    auto agent = test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("daily")} + date + db +
                                  QStringList{QStringLiteral("--as"), QStringLiteral("李娜")},
                              home);
    CHECK(agent.exitCode == 3);
    CHECK(test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("daily")} + db + asLead, home).exitCode ==
          2);
    CHECK(test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                                   QStringLiteral("2025-02-30")} +
                           db + asLead,
                       home)
              .exitCode == 2);
    auto unknown = test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("weekly")} + db, home);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("daily")));
}

namespace {

// Every sheet of a workbook read back by openpyxl: {name: [[cell, ...], ...]}.
QJsonObject sheetsOf(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, openpyxl\n"
                            "wb = openpyxl.load_workbook(sys.argv[1])\n"
                            "print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] "
                            "for ws in wb.worksheets}, ensure_ascii=False))\n"),
             path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The row of a sheet whose first cell is `first`.
QJsonArray rowStarting(const QJsonArray& rows, const QString& first)
{
    for (const auto& r : rows) {
        if (r.toArray().at(0).toString() == first) {
            return r.toArray();
        }
    }
    return {};
}

} // namespace

TEST_CASE("daily summary workbook: sheets 汇总 分类 渠道 坐席 read back with the summary's figures, audited")
{
    DailyDesk f;
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/hotlinedesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QString path = f.store.dir.filePath(QStringLiteral("daily.xlsx"));
    auto written = reports::exportDailySummary(*f.store.db, QDate(2025, 9, 15), path, f.lead, f.ids, f.clock);
    QCoreApplication::removeTranslator(&chinese);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    CHECK(written->sha256.size() == 64);
    const QJsonObject book = sheetsOf(path);
    CHECK(book.keys() ==
          QStringList{QStringLiteral("分类"), QStringLiteral("坐席"), QStringLiteral("汇总"), QStringLiteral("渠道")});
    const QJsonArray summary = book.value(QStringLiteral("汇总")).toArray();
    CHECK(rowStarting(summary, QStringLiteral("受理量：")).at(1).toInt() == 5);
    CHECK(rowStarting(summary, QStringLiteral("办结量：")).at(1).toInt() == 2);
    CHECK(rowStarting(summary, QStringLiteral("日终未办结：")).at(1).toInt() == 5);
    CHECK(rowStarting(summary, QStringLiteral("日终逾期：")).at(1).toInt() == 3);
    CHECK(rowStarting(summary, QStringLiteral("当日受理中逾期：")).at(1).toInt() == 2);
    CHECK(rowStarting(summary, QStringLiteral("满意率：")).at(1).toDouble() == Approx(0.75));
    const QJsonArray categories = book.value(QStringLiteral("分类")).toArray();
    CHECK(categories.size() == 5); // header and four topics
    CHECK(categories.at(1).toArray() == QJsonArray{QStringLiteral("扣缴端软件"), QStringLiteral("综合所得申报"), 2});
    const QJsonArray channels = book.value(QStringLiteral("渠道")).toArray();
    CHECK(channels.size() == 6);
    CHECK(rowStarting(channels, QStringLiteral("电话")).at(1).toInt() == 3);
    const QJsonArray agents = book.value(QStringLiteral("坐席")).toArray();
    CHECK(rowStarting(agents, QStringLiteral("李娜")) == QJsonArray{QStringLiteral("李娜"), 3, 2, 1, 2, 1});
    CHECK(rowStarting(agents, QStringLiteral("王芳")) == QJsonArray{QStringLiteral("王芳"), 2, 0, 2, 1, 0});
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND target = "
                                 "'daily_summary' AND operator_id = ? AND detail LIKE ?"),
                  QVariantList{f.lead.id,
                               QString(QStringLiteral("%2025-09-15%") + written->sha256 + QStringLiteral("%"))}) == 1);
    // No taxpayer data in any sheet.
    CHECK_FALSE(QJsonDocument(book).toJson().contains("91450100MA5K3L8Q7Y"));

    // Refused: an agent (no ExportData); a folder that does not exist; nothing written, nothing audited.
    const QString refusedPath = f.store.dir.filePath(QStringLiteral("agent.xlsx"));
    auto agent = reports::exportDailySummary(*f.store.db, QDate(2025, 9, 15), refusedPath, f.agent, f.ids, f.clock);
    REQUIRE_FALSE(agent);
    CHECK(agent.error().code == ErrorCode::Forbidden);
    CHECK_FALSE(QFile::exists(refusedPath));
    auto nowhere =
        reports::exportDailySummary(*f.store.db, QDate(2025, 9, 15),
                                    f.store.dir.filePath(QStringLiteral("missing/daily.xlsx")), f.lead, f.ids, f.clock);
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error().message.contains(QStringLiteral("missing")));
    CHECK(f.audited(QStringLiteral("export"), QStringLiteral("daily_summary")) == 1);
}
