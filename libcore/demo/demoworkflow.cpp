// The demo store's service workflow: transfers, callbacks, complaints, a return-visit plan and the lead's
// improvement plan, made through the workflow services at working-day times relative to now (demodata.h).
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "recordings/recordingrepository.h"
#include "reports/improvementplan.h"
#include "satisfaction/returnvisits.h"
#include "security/accountrepository.h"
#include "tickets/categories.h"
#include "tickets/deadlines.h"
#include "tickets/workorderrepository.h"
#include "tickets/workorderservice.h"
#include "workflow/callbackservice.h"
#include "workflow/complaintservice.h"
#include "workflow/returnvisitplan.h"
#include "workflow/transferservice.h"

#include <QHash>

#include <algorithm>

namespace hotline::demo {
namespace {

using security::Operator;
using security::Role;

struct People {
    QList<Operator> agents;
    Operator lead;
    Operator expert;
    Operator qualityManager;
};

Result<People> people(db::Database& db)
{
    auto all = security::AccountRepository(db.connection()).all();
    if (!all) {
        return all.error();
    }
    People p;
    for (const security::Account& a : all.value()) {
        if (!a.active) {
            continue;
        }
        if (a.op.role == Role::Agent) {
            p.agents << a.op;
        } else if (a.op.role == Role::TeamLead && p.lead.id.isEmpty()) {
            p.lead = a.op;
        } else if (a.op.role == Role::Expert && p.expert.id.isEmpty()) {
            p.expert = a.op;
        } else if (a.op.role == Role::QualityManager && p.qualityManager.id.isEmpty()) {
            p.qualityManager = a.op;
        }
    }
    std::sort(p.agents.begin(), p.agents.end(), [](const Operator& a, const Operator& b) { return a.name < b.name; });
    if (p.agents.size() < 2 || p.lead.id.isEmpty() || p.expert.id.isEmpty() || p.qualityManager.id.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("the demo workflow needs the demo agents, team lead, expert and quality manager"));
    }
    return p;
}

// Working days and office moments around now.
class Days {
public:
    Days(const tickets::DeadlinePolicy& policy, const QDateTime& now)
        : m_cal(policy.calendar), m_now(now), m_today(now.toTimeZone(calendar::beijingTime()).date())
    {
        QDate d = m_today;
        for (int i = 0; i < 12; ++i) {
            do {
                d = d.addDays(-1);
            } while (!m_cal.isWorkingDay(d));
            m_past << d;
        }
        // The working day whose afternoon is still ahead, and the one after it.
        m_current = m_cal.isWorkingDay(m_today) && now < at(m_today, 17, 0) ? m_today : m_cal.nextWorkingDay(m_today);
        m_next = m_cal.nextWorkingDay(m_current);
    }

    static QDateTime at(const QDate& d, int h, int m) { return QDateTime(d, QTime(h, m), calendar::beijingTime()); }
    // The n-th working day before today (1: the last one).
    QDateTime ago(int n, int h, int m) const { return at(m_past.at(n - 1), h, m); }
    // Today's moment if it has passed and today is a working day, else the last working day's.
    QDateTime recent(int h, int m) const
    {
        const QDateTime t = at(m_today, h, m);
        return m_cal.isWorkingDay(m_today) && t < m_now ? t : ago(1, h, m);
    }
    QDateTime currentDay(int h, int m) const { return at(m_current, h, m); }
    QDateTime nextDay(int h, int m) const { return at(m_next, h, m); }
    QDate today() const { return m_today; }

private:
    calendar::WorkCalendar m_cal;
    QDateTime m_now;
    QDate m_today;
    QList<QDate> m_past;
    QDate m_current;
    QDate m_next;
};

struct Call {
    QString unit;
    QString contact;
    QString number;
    QString category; // "group / topic"
    tickets::Difficulty difficulty;
    QString question;
};

class Filler {
public:
    Filler(db::Database& db, IdGenerator& ids, const QDateTime& now, tickets::DeadlinePolicy policy, People people)
        : m_db(db), m_ids(ids), m_now(now), m_clock(now), m_policy(std::move(policy)), m_people(std::move(people)),
          m_days(m_policy, now), m_orders(db, m_clock, ids, m_policy), m_transfers(db, m_clock, ids, m_policy),
          m_callbacks(db, m_clock, ids, m_policy)
    {
    }

    Result<WorkflowSummary> run()
    {
        auto categories = tickets::CategoryRepository(m_db.connection()).all();
        if (!categories) {
            return categories.error();
        }
        for (const tickets::Category& c : categories.value()) {
            m_categoryIds.insert(tickets::CategoryRepository::pathOf(categories.value(), c.id), c.id);
        }
        for (auto step :
             {&Filler::transfers, &Filler::callbacks, &Filler::complaints, &Filler::visits, &Filler::improvementPlan}) {
            if (Outcome s = (this->*step)(); !s) {
                return s.error();
            }
        }
        return m_summary;
    }

private:
    void setClock(const QDateTime& t) { m_clock.set(std::min(t, m_now)); }
    const Operator& agent(int i) const { return m_people.agents.at(i % m_people.agents.size()); }
    bool isAgent(const QString& id) const
    {
        return std::any_of(m_people.agents.begin(), m_people.agents.end(),
                           [&id](const Operator& op) { return op.id == id; });
    }
    bool inOffice(const QDateTime& t) const
    {
        const QDateTime local = t.toTimeZone(calendar::beijingTime());
        if (!m_policy.calendar.isWorkingDay(local.date())) {
            return false;
        }
        return std::any_of(
            m_policy.hours.periods.begin(), m_policy.hours.periods.end(),
            [&local](const calendar::OfficePeriod& p) { return local.time() >= p.start && local.time() < p.end; });
    }

    // A call taken by the agent and put in progress a few minutes later.
    Result<tickets::WorkOrder> take(const Call& c, const QDateTime& received, const Operator& by)
    {
        tickets::WorkOrderDraft d;
        d.channel = tickets::Channel::Phone;
        d.unitName = c.unit;
        d.contactName = c.contact;
        d.contactNumber = c.number;
        d.callerNumber = c.number;
        d.categoryId = m_categoryIds.value(c.category);
        d.difficulty = c.difficulty;
        d.question = c.question;
        d.receivedAt = received;
        setClock(received.addSecs(240));
        auto made = m_orders.create(d, by);
        if (!made) {
            return made.error();
        }
        setClock(received.addSecs(420));
        return m_orders.changeStatus(made->id, tickets::Status::InProgress, {}, by);
    }

    Outcome transfers()
    {
        using workflow::TransferTarget;
        struct Plan {
            Call call;
            QDateTime received;
            TransferTarget target;
            QString department;
            QString question;
            QDateTime takenAt;    // invalid: nobody took it
            QDateTime answeredAt; // invalid: still open
            QString answer;
        };
        const Days& d = m_days;
        const QList<Plan> plans = {
            // Waiting too long: nobody of the expert team has taken it.
            {{QStringLiteral("南宁市青秀区绿城餐饮管理有限公司"), QStringLiteral("韦春燕"),
              QStringLiteral("13977145210"), QStringLiteral("个税业务 / 减免优惠"), tickets::Difficulty::Hard,
              QStringLiteral("单位一名员工为残疾人，扣缴端申报时如何填报残疾人减征？广西的减征幅度和限额是多少？")},
             d.ago(4, 9, 20),
             TransferTarget::ExpertTeam,
             {},
             QStringLiteral("残疾人减征的广西地方标准及扣缴端“减免事项附报表”填写口径，请专家确认后答复。"),
             {},
             {},
             {}},
            // Answered by the expert and back with the agent.
            {{QStringLiteral("广西邕江晨光物流有限公司"), QStringLiteral("覃美玲"), QStringLiteral("18977162384"),
              QStringLiteral("扣缴端软件 / 专项附加扣除采集"), tickets::Difficulty::Hard,
              QStringLiteral("员工在个税APP填报了大病医疗，单位扣缴端下载专项附加扣除信息时没有该项，是否需要单位在预扣"
                             "预缴时扣除？")},
             d.ago(3, 14, 10),
             TransferTarget::ExpertTeam,
             {},
             QStringLiteral("大病医疗能否在扣缴端下载并在预扣预缴阶段扣除，请专家给出口径。"),
             d.ago(3, 15, 30),
             d.ago(2, 10, 20),
             QStringLiteral(
                 "大病医疗只能在次年3月1日至6月30日综合所得年度汇算时扣除，预扣预缴阶段不扣除，扣缴端不下载该项属正常。"
                 "请告知员工在年度汇算时通过个税APP填报。")},
            // A department's answer recorded by the agent.
            {{QStringLiteral("南宁市西乡塘区鑫桂建材经营部"), QStringLiteral("莫志强"), QStringLiteral("15977138806"),
              QStringLiteral("个税业务 / 征收管理"), tickets::Difficulty::Hard,
              QStringLiteral("灵活就业人员的社保费在扣缴端无法申报，应到哪里缴纳？已缴的养老保险能否在个税中扣除？")},
             d.ago(2, 9, 50),
             TransferTarget::Department,
             QStringLiteral("社保费征收科"),
             QStringLiteral("灵活就业人员社保费缴费渠道及个人缴纳的基本养老保险费税前扣除问题。"),
             {},
             d.ago(1, 15, 0),
             QStringLiteral("社保费征收科答复：灵活就业人员通过广西税务社保缴费小程序或办税服务厅缴费，不通过扣缴端；"
                            "个人缴纳的基本养老保险费可在经营所得或综合所得年度汇算时按规定扣除。")},
            // Taken by the expert, the answer still being worked out.
            {{QStringLiteral("柳州市城中区恒达汽车配件有限公司"), QStringLiteral("蒙丽萍"),
              QStringLiteral("13807723957"), QStringLiteral("扣缴端软件 / 下载安装与升级"), tickets::Difficulty::Hard,
              QStringLiteral("扣缴端升级到最新版本后打开报“数据库版本不一致”，已申报的数据还在吗？如何恢复？")},
             d.ago(1, 10, 5),
             TransferTarget::ExpertTeam,
             {},
             QStringLiteral("升级后数据库版本不一致，需远程协助判断能否从备份恢复。"),
             d.ago(1, 14, 0),
             {},
             {}},
        };
        int i = 0;
        for (const Plan& p : plans) {
            const Operator& owner = agent(i++);
            auto w = take(p.call, p.received, owner);
            if (!w) {
                return w.error();
            }
            setClock(p.received.addSecs(2400));
            auto t = m_transfers.request({w->id, p.target, p.department, p.question, {}}, owner);
            if (!t) {
                return t.error();
            }
            if (p.takenAt.isValid()) {
                setClock(p.takenAt);
                if (auto s = m_transfers.take(t->id, m_people.expert); !s) {
                    return s.error();
                }
            }
            if (p.answeredAt.isValid()) {
                setClock(p.answeredAt);
                const Operator& by = p.target == TransferTarget::ExpertTeam ? m_people.expert : owner;
                if (auto s = m_transfers.answer(t->id, p.answer, by); !s) {
                    return s.error();
                }
            }
            ++m_summary.transfers;
        }
        return Ok{};
    }

    Outcome callbacks()
    {
        using workflow::AttemptOutcome;
        struct Plan {
            Call call;
            QDateTime received;
            QString reason;
            QDateTime earliest; // invalid: when made
            QDateTime deadline;
            QList<std::pair<QDateTime, AttemptOutcome>> attempts;
            QString note; // of the last attempt
            bool escalate = false;
        };
        const Days& d = m_days;
        const QList<Plan> plans = {
            {{QStringLiteral("桂林市七星区漓江旅行社有限公司"), QStringLiteral("李秀兰"), QStringLiteral("13878301256"),
              QStringLiteral("扣缴端软件 / 更正与作废"), tickets::Difficulty::Normal,
              QStringLiteral("上月工资薪金申报错了一名员工的收入额，扣缴端如何更正申报？")},
             d.recent(9, 15),
             QStringLiteral("纳税人正在开会，约定稍后回电指导更正申报"),
             {},
             d.currentDay(17, 30),
             {},
             {},
             false},
            {{QStringLiteral("梧州市万秀区鸿运五金经营部"), QStringLiteral("梁伟"), QStringLiteral("13737442918"),
              QStringLiteral("个税业务 / 专项附加扣除"), tickets::Difficulty::Normal,
              QStringLiteral("员工父母年满60岁，兄妹三人如何分摊赡养老人扣除？需要签书面协议吗？")},
             d.recent(10, 30),
             QStringLiteral("纳税人需与兄妹商量分摊方式，约定下一个工作日回电确认"),
             d.nextDay(9, 0),
             d.nextDay(17, 30),
             {},
             {},
             false},
            {{QStringLiteral("北海市海城区银滩海产品有限公司"), QStringLiteral("陈志明"), QStringLiteral("15078961347"),
              QStringLiteral("扣缴端软件 / 人员信息采集"), tickets::Difficulty::Normal,
              QStringLiteral("新入职外籍员工的人员信息采集报“证件号码校验不通过”，怎么处理？")},
             d.ago(1, 9, 40),
             QStringLiteral("需核实护照号码后回电"),
             {},
             d.currentDay(17, 30),
             {{d.ago(1, 10, 30), AttemptOutcome::NoAnswer}, {d.ago(1, 15, 0), AttemptOutcome::NoAnswer}},
             QStringLiteral("两次拨打均无人接听，下一个工作日上午再拨"),
             false},
            {{QStringLiteral("玉林市玉州区兴业贸易有限公司"), QStringLiteral("黄志红"), QStringLiteral("13977545063"),
              QStringLiteral("扣缴端软件 / 综合所得申报"), tickets::Difficulty::Normal,
              QStringLiteral("劳务报酬申报后提示“存在未报送人员”，是否影响本月申报？")},
             d.ago(1, 14, 0),
             QStringLiteral("答应查询后回电告知"),
             {},
             d.currentDay(17, 30),
             {{d.ago(1, 16, 10), AttemptOutcome::Connected}},
             QStringLiteral("已告知：该提示只是提醒，不影响本月已申报人员，纳税人表示明白"),
             false},
            {{QStringLiteral("钦州市钦南区港湾建筑工程有限公司"), QStringLiteral("农海燕"),
              QStringLiteral("18677714620"), QStringLiteral("扣缴端软件 / 税款缴纳"), tickets::Difficulty::Normal,
              QStringLiteral("三方协议扣款失败，当月个税逾期了会不会产生滞纳金？")},
             d.ago(3, 9, 30),
             QStringLiteral("核实扣款失败原因后回电"),
             {},
             d.ago(2, 12, 0),
             {{d.ago(3, 10, 30), AttemptOutcome::Busy}},
             QStringLiteral("占线"),
             true},
            {{QStringLiteral("百色市右江区田阳芒果种植专业合作社"), QStringLiteral("罗建华"),
              QStringLiteral("13597655182"), QStringLiteral("扣缴端软件 / 注册登录与密码"), tickets::Difficulty::Normal,
              QStringLiteral("办税人员变更后扣缴端登录提示“实名账号无权限”，怎么办？")},
             d.ago(1, 16, 0),
             QStringLiteral("办税人员下午才到单位，约定下午两点后回电"),
             d.currentDay(14, 0),
             d.currentDay(17, 30),
             {},
             {},
             false},
        };
        int i = 0;
        for (const Plan& p : plans) {
            const Operator& owner = agent(i++);
            auto w = take(p.call, p.received, owner);
            if (!w) {
                return w.error();
            }
            setClock(p.received.addSecs(900));
            workflow::CallbackRequest r{w->id, p.call.number, p.reason, p.earliest, p.deadline, {}};
            auto c = m_callbacks.create(r, owner);
            if (!c) {
                return c.error();
            }
            for (qsizetype a = 0; a < p.attempts.size(); ++a) {
                setClock(p.attempts.at(a).first);
                const QString note = a + 1 == p.attempts.size() ? p.note : QStringLiteral("无人接听");
                if (auto s = m_callbacks.recordAttempt(c->id, p.attempts.at(a).second, note, owner); !s) {
                    return s.error();
                }
            }
            if (p.escalate) {
                const QDateTime at = p.deadline.addSecs(5400);
                setClock(at);
                if (auto s = m_callbacks.escalateOverdue(m_clock.now(), m_people.lead); !s) {
                    return s.error();
                }
            }
            ++m_summary.callbacks;
        }
        return Ok{};
    }

    Outcome complaints()
    {
        using namespace workflow;
        ComplaintService service(m_db.connection(), m_clock, m_ids);
        const Days& d = m_days;
        // 1. Serious, about an agent's answer on a recorded call; registered by the lead, nobody on it yet.
        std::optional<tickets::WorkOrder> recorded;
        auto recordings = recordings::RecordingRepository(m_db.connection()).list({});
        if (!recordings) {
            return recordings.error();
        }
        tickets::WorkOrderRepository orders(m_db.connection());
        // The complainant called back within office hours of the same day, about an agent's answer.
        QDateTime complainedAt;
        for (const recordings::Recording& r : recordings.value()) {
            auto w = r.workOrderId.isEmpty() ? Result<std::optional<tickets::WorkOrder>>(std::nullopt)
                                             : orders.find(r.workOrderId);
            if (!w || !w.value() || w.value()->contactNumber.isEmpty() || !isAgent(w.value()->ownerId)) {
                continue;
            }
            const QDateTime t = w.value()->receivedAt.addSecs(5400);
            if (inOffice(t) && t < m_now.addSecs(-600)) {
                recorded = *w.value();
                complainedAt = t;
                break;
            }
            if (!recorded) {
                recorded = *w.value();
                complainedAt = std::min(t, m_now.addSecs(-600));
            }
        }
        ComplaintDraft first;
        first.channel = ComplaintChannel::Phone;
        first.subject = ComplaintSubject::Agent;
        first.severity = ComplaintSeverity::Serious;
        first.summary = QStringLiteral(
            "纳税人来电投诉：坐席答复其子女教育专项附加扣除可由夫妻双方各按100%扣除，单位按此在扣缴端申报后被提示"
            "重复享受需更正，纳税人认为答复错误、态度敷衍，要求调取录音核实并给予书面答复。");
        if (recorded) {
            first.workOrderId = recorded->id;
            first.subjectAgentId = recorded->ownerId;
            first.complainantName = recorded->contactName;
            first.complainantPhone = recorded->contactNumber;
            first.receivedAt = complainedAt;
        } else {
            first.subjectAgentId = agent(0).id;
            first.complainantName = QStringLiteral("莫志强");
            first.complainantPhone = QStringLiteral("15977138806");
            first.receivedAt = d.recent(11, 0);
        }
        setClock(first.receivedAt.addSecs(300));
        if (auto s = service.registerComplaint(first, m_people.lead); !s) {
            return s.error();
        }
        // 2. Being investigated by the quality manager.
        ComplaintDraft second;
        second.receivedAt = d.ago(2, 15, 20);
        second.channel = ComplaintChannel::Online;
        second.complainantName = QStringLiteral("覃丽芳");
        second.complainantPhone = QStringLiteral("13635172049");
        second.subject = ComplaintSubject::Answer;
        second.severity = ComplaintSeverity::Normal;
        second.summary =
            QStringLiteral("纳税人在12366纳税服务平台留言：两次来电咨询扣缴端“综合所得申报”提示“存在未报送人员”"
                           "如何处理，得到的答复不一致，导致申报延误。");
        setClock(second.receivedAt.addSecs(300));
        auto c2 = service.registerComplaint(second, m_people.lead);
        if (!c2) {
            return c2.error();
        }
        setClock(d.ago(2, 16, 0));
        if (auto s = service.assign(c2->id, m_people.qualityManager.id, m_people.qualityManager); !s) {
            return s.error();
        }
        setClock(d.ago(1, 10, 30));
        if (auto s = service.addInvestigationNote(
                c2->id,
                QStringLiteral("已调取两次通话录音：第一次答复为可忽略该提示，第二次答复为须先报送人员信息，"
                               "正与知识库条目核对口径。"),
                m_people.qualityManager);
            !s) {
            return s.error();
        }
        // 3. Closed with a result and the reply.
        ComplaintDraft third;
        third.receivedAt = d.ago(8, 10, 0);
        third.channel = ComplaintChannel::Superior;
        third.complainantName = QStringLiteral("谢建国");
        third.complainantPhone = QStringLiteral("18977068815");
        third.subject = ComplaintSubject::Software;
        third.severity = ComplaintSeverity::Minor;
        third.summary =
            QStringLiteral("上级转来：纳税人反映扣缴端升级后申报期最后一天无法登录，热线长时间占线未能接通。");
        setClock(third.receivedAt.addSecs(600));
        auto c3 = service.registerComplaint(third, m_people.lead);
        if (!c3) {
            return c3.error();
        }
        const Operator& qm = m_people.qualityManager;
        setClock(d.ago(8, 11, 0));
        auto step = service.assign(c3->id, qm.id, qm);
        if (step) {
            setClock(d.ago(7, 9, 40));
            step = service.addInvestigationNote(
                c3->id,
                QStringLiteral("核实：当日扣缴端升级后部分单位需重新授权，来电量为平日三倍，接通率下降属实；"
                               "软件本身可正常登录。"),
                qm);
        }
        if (step) {
            setClock(d.ago(6, 10, 0));
            step = service.setResult(c3->id, ComplaintResult::PartlyUpheld, qm);
        }
        if (step) {
            setClock(d.ago(6, 15, 30));
            step = service.reply(c3->id,
                                 QStringLiteral("已电话答复纳税人：登录问题系升级后需重新授权，已指导完成；"
                                                "申报高峰期将增加坐席并开通网上留言回呼。纳税人表示认可。"),
                                 d.ago(6, 15, 30), qm);
        }
        if (step) {
            setClock(d.ago(5, 9, 30));
            step = service.close(c3->id, qm);
        }
        if (!step) {
            return step.error();
        }
        m_summary.complaints = 3;
        return Ok{};
    }

    Outcome visits()
    {
        using namespace workflow;
        ReturnVisitPlanService plans(m_db.connection(), m_clock, m_ids);
        const QDateTime morning = Days::at(m_days.today(), 9, 10);
        const QDateTime planAt = morning < m_now ? morning : m_now.addSecs(-1800);
        setClock(planAt);
        PlanDraft draft;
        std::tie(draft.from, draft.to) = defaultPlanPeriod(m_days.today());
        draft.sharePercent = kDefaultVisitSharePercent;
        draft.agentIds = {agent(0).id, agent(1).id};
        draft.seed = 12366;
        draft.title =
            QStringLiteral("回访计划 %1 至 %2").arg(draft.from.toString(Qt::ISODate), draft.to.toString(Qt::ISODate));
        auto plan = plans.create(draft, m_people.qualityManager);
        if (!plan) {
            // A small demo may have no work order resolved last week: then there is no plan.
            return plan.error().code == ErrorCode::InvalidInput ? Outcome(Ok{}) : Outcome(plan.error());
        }
        m_summary.visitPlanItems = plan->total;
        satisfaction::ReturnVisitService visits(m_db.connection(), m_clock, m_ids);
        struct Visit {
            int agent;
            std::optional<satisfaction::Rating> verdict;
            std::optional<bool> resolved;
            QString note;
        };
        const QList<Visit> made = {
            {0, satisfaction::Rating::Satisfied, true, QStringLiteral("纳税人表示问题已解决，对答复满意")},
            {1, std::nullopt, std::nullopt, QStringLiteral("两次拨打无人接听")},
            {0, satisfaction::Rating::BasicallySatisfied, true,
             QStringLiteral("已按指导完成更正申报，建议接通再快一些")},
        };
        int minutes = 20;
        for (const Visit& v : made) {
            auto mine = plans.myVisits(agent(v.agent));
            if (!mine) {
                return mine.error();
            }
            // The most recently resolved of those still to visit (the list shows them first).
            const auto pending =
                std::find_if(mine->rbegin(), mine->rend(), [](const PlanItem& i) { return !i.done(); });
            if (pending == mine->rend()) {
                continue;
            }
            const PlanItem& item = *pending;
            setClock(planAt.addSecs(60 * minutes));
            minutes += 25;
            satisfaction::ReturnVisitDraft r;
            r.workOrderId = item.workOrderId;
            r.visitedAt = m_clock.now();
            r.verdict = v.verdict;
            r.resolved = v.resolved;
            r.note = v.note;
            r.planItemId = item.id;
            if (auto s = visits.record(r, agent(v.agent)); !s) {
                return s.error();
            }
            ++m_summary.visits;
        }
        return Ok{};
    }

    Outcome improvementPlan()
    {
        const QDate month = m_days.today().addMonths(-1);
        QDate first(m_days.today().year(), m_days.today().month(), 1);
        while (!m_policy.calendar.isWorkingDay(first)) {
            first = first.addDays(1);
        }
        const QDateTime written = Days::at(first, 16, 0);
        setClock(written < m_now ? written : m_now);
        const QString body = QStringLiteral(
            "一、业务培训：本月专项附加扣除和扣缴端升级相关来电占比最高，疑难工单多集中在大病医疗扣除时点、"
            "赡养老人分摊和升级后数据库版本不一致。下月第一周组织两次专题培训（专项附加扣除政策口径、扣缴端新版本"
            "操作与数据恢复），由远程专业团队授课，培训后逐人测试，未达标的坐席跟班复训。\n\n"
            "二、回呼及时性：本月仍有回呼超过约定时限未联系上纳税人并升级至班长。要求坐席登记回呼时约定具体时段，"
            "未接通的按规则间隔30分钟再拨，班长每天上午、下午各检查一次回呼队列，当天到期的优先处理。\n\n"
            "三、知识库更新：针对两次答复口径不一致的投诉，技术员在一周内复核“存在未报送人员”“子女教育扣除比例”等"
            "条目，补充相似问和政策依据；扣缴端每次升级后两个工作日内更新操作类条目，并在班前会通报。");
        auto saved =
            reports::saveImprovementPlan(m_db, month.year(), month.month(), body, 0, m_people.lead, m_ids, m_clock);
        if (!saved) {
            return saved.error();
        }
        m_summary.improvementPlan = true;
        return Ok{};
    }

    db::Database& m_db;
    IdGenerator& m_ids;
    QDateTime m_now;
    ManualClock m_clock;
    tickets::DeadlinePolicy m_policy;
    People m_people;
    Days m_days;
    tickets::WorkOrderService m_orders;
    workflow::TransferService m_transfers;
    workflow::CallbackService m_callbacks;
    QHash<QString, QString> m_categoryIds;
    WorkflowSummary m_summary;
};

} // namespace

Result<WorkflowSummary> fillDemoWorkflow(db::Database& db, IdGenerator& ids, const QDateTime& now)
{
    auto policy = tickets::DeadlinePolicy::load(db);
    if (!policy) {
        return policy.error();
    }
    auto who = people(db);
    if (!who) {
        return who.error();
    }
    Filler filler(db, ids, now, std::move(policy).value(), std::move(who).value());
    return filler.run();
}

} // namespace hotline::demo
