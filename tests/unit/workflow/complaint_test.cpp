#include "../qa/feedbackrows.h"
#include "tickets/workorderrepository.h"
#include "workflow/complaintservice.h"

using namespace hotline;
using namespace hotline::workflow;
using hotline::test::QaRows;

namespace {

struct Register : QaRows {
    Register()
    {
        manager = security::OperatorRepository(conn())
                      .create(QStringLiteral("质管员"), security::Role::QualityManager, ids, clock)
                      .value();
    }
    ComplaintDraft draft() const
    {
        ComplaintDraft d;
        d.receivedAt = test::beijing(QStringLiteral("2026-11-27 09:30"));
        d.channel = ComplaintChannel::Phone;
        d.complainantName = QStringLiteral("陈静");
        d.complainantPhone = QStringLiteral("139 0771 1234");
        d.subject = ComplaintSubject::Agent;
        d.subjectAgentId = zhang.id;
        d.summary = QStringLiteral("坐席答复不耐烦，中途挂断电话");
        d.severity = ComplaintSeverity::Serious;
        return d;
    }
    ComplaintService service{conn(), clock, ids};
    security::Operator manager;
};

} // namespace

TEST_CASE("a complaint goes from registration to closure with every step in its trail")
{
    Register r;
    const QString wo = r.workOrder(test::kOrdinaryTopic, r.zhang);
    const QString call = r.recording(r.zhang, QStringLiteral("2026-11-27 09:00"), wo);
    ComplaintDraft d = r.draft();
    d.workOrderId = wo; // no recording given: the work order's call is found
    const int outboxBefore = r.count(QStringLiteral("SELECT count(*) FROM change_log"));
    auto made = r.service.registerComplaint(d, r.li); // anyone may register one
    REQUIRE(made.ok());
    const Complaint c = made.value();
    const QString station = tickets::WorkOrderRepository(r.conn()).stationCode({}).value();
    CHECK(station.size() == 4);
    CHECK(c.number == QStringLiteral("TS-20261127-%1-001").arg(station));
    CHECK(c.status == ComplaintStatus::Open);
    CHECK(c.recordingId == call);
    CHECK(c.workOrderId == wo);
    CHECK(c.subjectAgentName == QStringLiteral("张三"));
    CHECK(c.complainantPhone == QStringLiteral("139****1234")); // an agent sees it masked
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM complaints WHERE complainant_phone = '13907711234'")) == 1);
    // The complaint and its first event are in the outbox.
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM change_log")) == outboxBefore + 2);

    REQUIRE(r.service.assign(c.id, r.manager.id, r.lead).ok());
    auto noted = r.service.addInvestigationNote(c.id, QStringLiteral("听取录音，坐席语气生硬"), r.manager);
    REQUIRE(noted.ok());
    CHECK(noted.value().status == ComplaintStatus::Investigating);
    CHECK(noted.value().investigation.contains(QStringLiteral("听取录音，坐席语气生硬")));
    CHECK(noted.value().ownerName == QStringLiteral("质管员"));
    REQUIRE(r.service.setResult(c.id, ComplaintResult::PartlyUpheld, r.manager).ok());
    r.clock.advanceSecs(3600);
    auto replied = r.service.reply(c.id, QStringLiteral("已致电致歉，并对坐席进行辅导"), r.clock.now(), r.manager);
    REQUIRE(replied.ok());
    CHECK(replied.value().status == ComplaintStatus::Replied);
    CHECK(replied.value().repliedAt == r.clock.now());
    auto closed = r.service.close(c.id, r.manager);
    REQUIRE(closed.ok());
    CHECK(closed.value().status == ComplaintStatus::Closed);
    CHECK(closed.value().closedAt.isValid());
    CHECK(closed.value().result == ComplaintResult::PartlyUpheld);

    auto detail = r.service.get(c.id, r.manager);
    REQUIRE(detail.ok());
    QStringList kinds;
    for (const ComplaintEvent& e : detail.value().events) {
        kinds << e.kind;
    }
    CHECK(kinds == QStringList{QStringLiteral("registered"), QStringLiteral("assigned"),
                               QStringLiteral("investigation"), QStringLiteral("result"), QStringLiteral("replied"),
                               QStringLiteral("closed")});
    CHECK(detail.value().events.at(1).detail == QStringLiteral("质管员"));
    // Each step wrote the complaint and its event to the outbox.
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'complaint_event'")) == 6);
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'complaint'")) == 6);
    CHECK(r.count(QStringLiteral("SELECT version FROM complaints")) == 6);

    // Reopening needs a reason and brings it back to investigation; the reason is in the trail.
    auto noReason = r.service.reopen(c.id, QStringLiteral("  "), r.manager);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    auto reopened = r.service.reopen(c.id, QStringLiteral("投诉人再次来电，对答复不满意"), r.manager);
    REQUIRE(reopened.ok());
    CHECK(reopened.value().status == ComplaintStatus::Investigating);
    CHECK_FALSE(reopened.value().closedAt.isValid());
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM complaint_events WHERE kind = 'reopened' AND "
                                 "detail = '投诉人再次来电，对答复不满意'")) == 1);
}

TEST_CASE("complaint handling is refused to agents and incomplete closure is refused")
{
    Register r;
    auto made = r.service.registerComplaint(r.draft(), r.zhang);
    REQUIRE(made.ok());
    const QString id = made.value().id;

    auto agentCloses = r.service.close(id, r.zhang);
    REQUIRE_FALSE(agentCloses.ok());
    CHECK(agentCloses.error().code == ErrorCode::Forbidden);
    CHECK(r.service.addInvestigationNote(id, QStringLiteral("我没有"), r.zhang).error().code == ErrorCode::Forbidden);
    CHECK(r.service.assign(id, r.zhang.id, r.inspectorA).error().code == ErrorCode::Forbidden);

    // Only someone who may handle complaints can own one.
    auto toAgent = r.service.assign(id, r.li.id, r.manager);
    REQUIRE_FALSE(toAgent.ok());
    CHECK(toAgent.error().field == QStringLiteral("owner"));
    auto nobody = r.service.assign(id, QString(), r.manager); // (未指派) chosen in the list
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().field == QStringLiteral("owner"));
    CHECK(nobody.error().message.contains(QStringLiteral("Choose")));

    auto noResult = r.service.close(id, r.manager);
    REQUIRE_FALSE(noResult.ok());
    CHECK(noResult.error().field == QStringLiteral("result"));
    REQUIRE(r.service.setResult(id, ComplaintResult::NotUpheld, r.manager).ok());
    auto noReply = r.service.close(id, r.manager);
    REQUIRE_FALSE(noReply.ok());
    CHECK(noReply.error().field == QStringLiteral("reply"));

    CHECK(r.service.reply(id, QStringLiteral(" "), r.clock.now(), r.manager).error().field == QStringLiteral("reply"));
    CHECK(r.service.reply(id, QStringLiteral("已答复"), r.clock.now().addDays(1), r.manager).error().field ==
          QStringLiteral("replied_at"));
    CHECK(r.service.reply(id, QStringLiteral("已答复"), test::beijing(QStringLiteral("2026-11-27 09:00")), r.manager)
              .error()
              .field == QStringLiteral("replied_at")); // before it was received
    CHECK(r.service.addInvestigationNote(id, QString(kMaxComplaintTextLength + 1, QLatin1Char('x')), r.manager)
              .error()
              .field == QStringLiteral("investigation"));
    REQUIRE(r.service.reply(id, QStringLiteral("已答复"), r.clock.now(), r.manager).ok());
    REQUIRE(r.service.close(id, r.manager).ok());
    // A closed complaint changes only by reopening it.
    CHECK(r.service.close(id, r.manager).error().code == ErrorCode::IllegalTransition);
    CHECK(r.service.setResult(id, ComplaintResult::Upheld, r.manager).error().code == ErrorCode::IllegalTransition);
    CHECK(r.service.reopen(QStringLiteral("nope"), QStringLiteral("x"), r.manager).error().code == ErrorCode::NotFound);
    // Nothing refused was written: registered, result, replied, closed.
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM complaint_events")) == 4);
}

TEST_CASE("a complaint with bad input is refused with the field at fault")
{
    Register r;
    auto field = [&r](const ComplaintDraft& d) {
        auto made = r.service.registerComplaint(d, r.li);
        REQUIRE_FALSE(made.ok());
        return made.error().field;
    };
    ComplaintDraft d = r.draft();
    d.complainantPhone = QStringLiteral("12366");
    CHECK(field(d) == QStringLiteral("complainant_phone"));
    d.complainantPhone = QStringLiteral("1390771");
    CHECK(field(d) == QStringLiteral("complainant_phone"));
    d = r.draft();
    d.summary = QStringLiteral("   ");
    CHECK(field(d) == QStringLiteral("summary"));
    d = r.draft();
    d.subjectAgentId.clear();
    CHECK(field(d) == QStringLiteral("subject_agent"));
    d = r.draft();
    d.subject = ComplaintSubject::Software; // an agent named for a software complaint
    CHECK(field(d) == QStringLiteral("subject_agent"));
    d = r.draft();
    d.receivedAt = r.clock.now().addSecs(3600);
    CHECK(field(d) == QStringLiteral("received_at"));
    d = r.draft();
    d.workOrderId = QStringLiteral("missing");
    CHECK(field(d) == QStringLiteral("work_order"));
    d = r.draft();
    d.recordingId = QStringLiteral("missing");
    CHECK(field(d) == QStringLiteral("recording"));
    CHECK(r.count(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    // Without a phone number the complaint is taken (a letter from a superior office may have none).
    d = r.draft();
    d.complainantPhone.clear();
    d.channel = ComplaintChannel::Superior;
    auto taken = r.service.registerComplaint(d, r.li);
    INFO((taken.ok() ? QString() : taken.error().message).toStdString());
    CHECK(taken.ok());
}

TEST_CASE("complaint numbers count per Beijing day")
{
    Register r;
    auto number = [&r](const QString& received) {
        ComplaintDraft d = r.draft();
        d.receivedAt = test::beijing(received);
        auto made = r.service.registerComplaint(d, r.li);
        REQUIRE(made.ok());
        return made.value().number;
    };
    // TS-date-station-sequence: the station code keeps two workstations' numbers apart.
    const QString station = tickets::WorkOrderRepository(r.conn()).stationCode({}).value();
    const auto ts = [&station](const char* day, int n) {
        return QStringLiteral("TS-%1-%2-%3").arg(QLatin1String(day), station).arg(n, 3, 10, QLatin1Char('0'));
    };
    CHECK(number(QStringLiteral("2026-11-26 08:00")) == ts("20261126", 1));
    CHECK(number(QStringLiteral("2026-11-26 23:59")) == ts("20261126", 2));
    // 00:30 in Beijing is still the previous day in UTC: the Beijing date counts.
    CHECK(number(QStringLiteral("2026-11-27 00:30")) == ts("20261127", 1));
    CHECK(number(QStringLiteral("2026-11-26 12:00")) == ts("20261126", 3));
    CHECK(number(QStringLiteral("2026-11-27 09:00")) == ts("20261127", 2));
}

TEST_CASE("an agent reads only the complaints they registered, handlers read all")
{
    Register r;
    auto byLi = r.service.registerComplaint(r.draft(), r.li);
    ComplaintDraft aboutLi = r.draft();
    aboutLi.subjectAgentId = r.li.id;
    aboutLi.severity = ComplaintSeverity::Minor;
    auto byWang = r.service.registerComplaint(aboutLi, r.wang);
    REQUIRE(byLi.ok());
    REQUIRE(byWang.ok());

    auto liSees = r.service.list({}, r.li);
    REQUIRE(liSees.ok());
    REQUIRE(liSees.value().size() == 1); // not the one about them
    CHECK(liSees.value().at(0).id == byLi.value().id);
    CHECK(r.service.get(byWang.value().id, r.li).error().code == ErrorCode::Forbidden);
    CHECK(r.service.get(byLi.value().id, r.li).ok());

    auto all = r.service.list({}, r.manager);
    REQUIRE(all.ok());
    CHECK(all.value().size() == 2);
    ComplaintFilter serious;
    serious.severity = ComplaintSeverity::Serious;
    CHECK(r.service.list(serious, r.manager).value().size() == 1);
    ComplaintFilter unowned;
    unowned.ownerId = QString();
    CHECK(r.service.list(unowned, r.manager).value().size() == 2);
    REQUIRE(r.service.assign(byLi.value().id, r.manager.id, r.manager).ok());
    CHECK(r.service.list(unowned, r.manager).value().size() == 1);
    ComplaintFilter mine;
    mine.ownerId = r.manager.id;
    CHECK(r.service.list(mine, r.manager).value().size() == 1);
    // The lead sees the complainant's phone in full, the quality manager masked (no ViewTaxpayerData).
    CHECK(r.service.get(byLi.value().id, r.lead).value().complaint.complainantPhone == QStringLiteral("13907711234"));
    CHECK(r.service.get(byLi.value().id, r.manager).value().complaint.complainantPhone ==
          QStringLiteral("139****1234"));

    // Closed ones come last.
    REQUIRE(r.service.setResult(byLi.value().id, ComplaintResult::Upheld, r.manager).ok());
    REQUIRE(r.service.reply(byLi.value().id, QStringLiteral("已答复"), r.clock.now(), r.manager).ok());
    REQUIRE(r.service.close(byLi.value().id, r.manager).ok());
    auto ordered = r.service.list({}, r.manager);
    REQUIRE(ordered.value().size() == 2);
    CHECK(ordered.value().at(1).id == byLi.value().id);
}
