#include "../qa/feedbackrows.h"
#include "qa/sampling.h"
#include "workflow/complaintservice.h"

using namespace hotline;
using hotline::test::QaRows;

namespace {

const QDate kWeek(2026, 11, 16); // Monday; the clock is Friday 2026-11-27

QString reasonOf(const qa::SampleDraw& d, const QString& recordingId)
{
    for (const qa::SampleItem& it : d.items) {
        if (it.recordingId == recordingId) {
            return it.reason == qa::SampleReason::Complaint ? QStringLiteral("complaint") : QStringLiteral("random");
        }
    }
    return {};
}

} // namespace

TEST_CASE("the calls of registered complaints always join the weekly sample")
{
    QaRows w;
    // 张三 takes eight ordinary calls; two random ones are drawn per agent.
    QStringList calls;
    for (int i = 0; i < 8; ++i) {
        calls << w.recording(w.zhang, QStringLiteral("2026-11-%1 10:00").arg(16 + i % 7),
                             w.workOrder(test::kOrdinaryTopic, w.zhang));
    }
    // A complaint names one call directly, another through its work order (no recording given, found from it).
    const QString woOfSecond = w.workOrder(test::kOrdinaryTopic, w.zhang);
    const QString second = w.recording(w.zhang, QStringLiteral("2026-11-19 11:00"), woOfSecond);
    // A call of the week before, complained about this week, joins this week.
    const QString earlier = w.recording(w.li, QStringLiteral("2026-11-12 15:00"));
    // And one in the complaint category as before (the category rule stays).
    const QString categoryCall =
        w.recording(w.li, QStringLiteral("2026-11-18 15:00"), w.workOrder(test::kComplaintTopic, w.li));

    workflow::ComplaintService complaints(w.conn(), w.clock, w.ids);
    auto file = [&](const QString& recordingId, const QString& workOrderId, const QString& received) {
        workflow::ComplaintDraft d;
        d.receivedAt = test::beijing(received);
        d.subject = workflow::ComplaintSubject::Answer;
        d.summary = QStringLiteral("答复错误");
        d.recordingId = recordingId;
        d.workOrderId = workOrderId;
        REQUIRE(complaints.registerComplaint(d, w.lead).ok());
    };
    file(calls.at(3), {}, QStringLiteral("2026-11-20 09:00"));
    file({}, woOfSecond, QStringLiteral("2026-11-20 10:00"));
    file(earlier, {}, QStringLiteral("2026-11-17 10:00"));

    for (qint64 seed : {1, 2, 3}) {
        auto d = qa::drawWeek(w.conn(), kWeek, w.inspectorA, w.ids, w.clock, {seed, seed > 1});
        REQUIRE(d.ok());
        CHECK(reasonOf(d.value(), calls.at(3)) == QStringLiteral("complaint"));
        CHECK(reasonOf(d.value(), second) == QStringLiteral("complaint"));
        CHECK(reasonOf(d.value(), earlier) == QStringLiteral("complaint"));
        CHECK(reasonOf(d.value(), categoryCall) == QStringLiteral("complaint"));
        int random = 0;
        for (const qa::SampleItem& it : d.value().items) {
            random += it.agentId == w.zhang.id && it.reason == qa::SampleReason::Random ? 1 : 0;
        }
        CHECK(random == 2); // the complaint calls are on top of the random picks, not among them
        w.clock.advanceSecs(60);
    }
    // Drawn for its own week (after the complaint came in), it is a complaint call there too.
    auto before = qa::drawWeek(w.conn(), kWeek.addDays(-7), w.inspectorA, w.ids, w.clock, {1, false});
    REQUIRE(before.ok());
    CHECK(reasonOf(before.value(), earlier) == QStringLiteral("complaint"));
    // A call no complaint names is not one.
    CHECK(reasonOf(before.value(), calls.at(0)).isEmpty()); // of another week
}
