// The demo store's online consultation channel: the portal's service account, and the last weeks' conversations made
// through the real ChatService with a manual clock walking through them (demodata.h).
#include "chat/chatservice.h"
#include "chat/quickphrases.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "security/accountrepository.h"
#include "security/operator.h"

#include <algorithm>
#include <random>

namespace hotline::demo {
namespace {

using security::Operator;

// A taxpayer's question to an online agent and the agent's answer (current IIT rules: the 2023 special additional
// deduction amounts, 国发〔2023〕13号).
struct Exchange {
    const char* question;
    const char* answer;
};

const Exchange kAgentExchanges[] = {
    {"请问子女教育专项附加扣除现在每个月扣多少？孩子上幼儿园能扣吗？",
     "自2023年1月1日起，子女教育专项附加扣除标准为每个子女每月2000元。子女年满3周岁至小学入学前处于学前教育阶段的，"
     "也可以扣除，所以上幼儿园的孩子可以享受。可以由父母一方按100%扣除，也可以双方各按50%扣除，扣除方式在一个纳税年度内"
     "不能变更。"},
    {"员工的孩子刚出生，3岁以下婴幼儿照护怎么扣？",
     "3岁以下婴幼儿照护专项附加扣除按每个婴幼儿每月2000元定额扣除，从婴幼儿出生的当月至年满3周岁的前一个月。可以由父母"
     "一方按100%扣除，也可以双方各按50%扣除。员工在个人所得税App填报后，单位在扣缴端下载更新专项附加扣除信息即可在预扣"
     "时扣除。"},
    {"员工有一个姐姐，赡养老人专项附加扣除怎么分？",
     "非独生子女应当与兄弟姐妹分摊每月3000元的扣除额度，每人每月分摊的额度不能超过1500元。可以均摊、约定分摊或者由被"
     "赡养人指定分摊，约定或指定分摊的须签订书面分摊协议。独生子女按每月3000元扣除。"},
    {"员工在读在职研究生，继续教育可以扣除吗？",
     "可以。学历（学位）继续教育在学历（学位）教育期间按照每月400元定额扣除，同一学历（学位）继续教育的扣除期限不能超过"
     "48个月。取得技能人员职业资格或专业技术人员职业资格继续教育相关证书的，在取得证书的当年按照3600元定额扣除。"},
    {"住房贷款利息和住房租金能不能同时扣除？",
     "不能同时享受。纳税人及其配偶在一个纳税年度内只能选择住房贷款利息或者住房租金其中一项扣除。首套住房贷款利息按每月"
     "1000元扣除，扣除期限最长不超过240个月；在南宁租房的，住房租金扣除标准为每月1500元。"},
    {"员工去年自费看病花了不少钱，大病医疗在哪里扣？",
     "大病医疗在次年3月1日至6月30日办理年度汇算时扣除，单位平时预扣预缴时不能扣。一个纳税年度内，与基本医保相关的医药"
     "费用支出，扣除医保报销后个人负担（医保目录范围内的自付部分）累计超过15000元的部分，在80000元限额内据实扣除。"},
    {"员工月工资不到5000元，还要申报个税吗？",
     "工资薪金按累计预扣法计算，每月可以减除基本减除费用5000元（全年60000元），再减除个人缴纳的三险一金等专项扣除和专项"
     "附加扣除。累计计算后应纳税所得额不大于零的，不用预扣税款，但扣缴单位仍要为员工办理全员全额扣缴申报。"},
    {"扣缴端申报时提示“人员信息未验证通过”怎么办？",
     "请在扣缴端【人员信息采集】中核对该员工的姓名、证件类型和证件号码是否与身份证件一致，修改后点击【报送】，再点击"
     "【获取反馈】。如果仍未通过，请员工携带身份证件原件到办税服务厅核验身份信息。"},
};

// What taxpayers ask the robot outside office hours (the demo knowledge base answers most of them).
const char* const kRobotQuestions[] = {
    "专项附加扣除有哪几项？现行扣除标准是多少？",
    "个税的基本减除费用是多少？",
    "全年一次性奖金单独计税怎么算？",
    "在南宁工作租房，住房租金扣除标准是多少？",
    "年中新入职第一次取得工资，累计减除费用怎么算？",
    "劳务报酬所得平时怎么预扣个税？",
    "解除劳动合同取得的一次性补偿金怎么计税？",
    "广西的扣缴单位应该下载哪个版本的扣缴端？",
    "员工在两个单位同时领工资，个税怎么处理？",
    "退休人员再任职取得的收入怎么计税？",
};

const char* const kComments[] = {"", "", "", "回答很专业，谢谢！", "解答清楚，很有耐心。", "", "很快就解决了问题。"};

class ChatFiller {
public:
    ChatFiller(db::Database& db, IdGenerator& ids, const QDateTime& now, Operator service, QList<Operator> agents)
        : m_now(now.toUTC()), m_clock(m_now), m_service(db, m_clock, ids, std::move(service)),
          m_agents(std::move(agents)), m_rng(12366)
    {
    }

    Result<ChatDemoSummary> run(int weeks)
    {
        if (Outcome loaded = m_service.reload(); !loaded) {
            return loaded.error();
        }
        const QDate today = m_now.toTimeZone(calendar::beijingTime()).date();
        const QDate first = today.addDays(-7 * weeks);
        enum class Kind { Agents, Robot, LeaveMessage };
        QList<std::pair<QDateTime, Kind>> moments;
        for (QDate day = first; day <= today; day = day.addDays(1)) {
            for (const QTime slot :
                 {QTime(9, 15), QTime(10, 5), QTime(10, 50), QTime(14, 10), QTime(15, 0), QTime(16, 20)}) {
                if (below(100) < 45) {
                    moments.append({at(day, slot.addSecs(60 * below(20))), Kind::Agents});
                }
            }
            moments.append({at(day, QTime(19, 30).addSecs(60 * below(120))), Kind::Robot});
            if (below(100) < 50) {
                moments.append({at(day, QTime(7, 20).addSecs(60 * below(60))), Kind::Robot});
            }
            if (!m_service.inOfficeHours(at(day, QTime(10, 0)))) { // a day off: the robot all day
                moments.append({at(day, QTime(10, 0).addSecs(60 * below(300))), Kind::Robot});
            }
        }
        // The 登记回访: 20 minutes after the last robot conversation that leaves room for it before now.
        QDateTime leaveAt;
        for (const auto& [t, kind] : moments) {
            const QDateTime candidate = t.addSecs(1200);
            if (kind == Kind::Robot && fits(candidate, 600) && !m_service.inOfficeHours(candidate) &&
                !m_service.inOfficeHours(candidate.addSecs(600))) {
                leaveAt = std::max(leaveAt, candidate);
            }
        }
        if (leaveAt.isValid()) {
            moments.append({leaveAt, Kind::LeaveMessage});
        }
        std::stable_sort(moments.begin(), moments.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [t, kind] : moments) {
            Outcome made = kind == Kind::Agents  ? agentConversation(t)
                           : kind == Kind::Robot ? robotConversation(t)
                                                 : leaveMessage(t);
            if (!made) {
                return made.error();
            }
        }
        return m_summary;
    }

private:
    static QDateTime at(const QDate& d, const QTime& t) { return QDateTime(d, t, calendar::beijingTime()).toUTC(); }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    // A conversation from t taking `secs` is over before now.
    bool fits(const QDateTime& t, int secs) const { return t.addSecs(secs) <= m_now; }
    QString client()
    {
        const int n = m_clients++;
        return QStringLiteral("10.66.%1.%2").arg(n / 200).arg(n % 200 + 20);
    }
    QString clientId() { return QStringLiteral("demo-%1").arg(++m_messages); }
    static QString u(const char* text) { return QString::fromUtf8(text); }

    Outcome agentConversation(const QDateTime& t)
    {
        if (!fits(t, 900) || !m_service.inOfficeHours(t) || !m_service.inOfficeHours(t.addSecs(600))) {
            return Ok{};
        }
        const Operator& agent = m_agents.at(m_summary.served % int(m_agents.size())); // taking turns
        const Exchange& x = kAgentExchanges[below(int(std::size(kAgentExchanges)))];
        m_clock.set(t);
        auto started = m_service.start(client());
        if (!started) {
            return started.error();
        }
        const QString id = started->conversation.id;
        ++m_summary.conversations;
        m_clock.set(t.addSecs(25));
        if (auto asked = m_service.postTaxpayerMessage(id, clientId(), u(x.question), client()); !asked) {
            return asked.error();
        }
        m_clock.set(t.addSecs(70 + below(90)));
        if (Outcome beat = m_service.heartbeat(agent); !beat) {
            return beat;
        }
        if (auto taken = m_service.accept(id, agent); !taken) {
            return taken.error();
        }
        ++m_summary.served;
        const QList<QPair<int, QString>> replies = {
            {20, QStringLiteral("您好，我是12366在线坐席%1，很高兴为您服务。").arg(agent.name)}, {90, u(x.answer)}};
        for (const auto& [after, text] : replies) {
            m_clock.set(m_clock.now().addSecs(after + below(40)));
            if (auto sent = m_service.postAgentMessage(id, clientId(), text, agent); !sent) {
                return sent.error();
            }
        }
        m_clock.set(m_clock.now().addSecs(60 + below(60)));
        if (auto thanks = m_service.postTaxpayerMessage(id, clientId(), QStringLiteral("明白了，谢谢！"), client());
            !thanks) {
            return thanks.error();
        }
        m_clock.set(m_clock.now().addSecs(20));
        if (auto bye = m_service.postAgentMessage(id, clientId(),
                                                  QStringLiteral("不客气，还有其他问题欢迎随时咨询12366。"), agent);
            !bye) {
            return bye.error();
        }
        m_clock.set(m_clock.now().addSecs(30));
        if (below(100) < 85) { // most taxpayers rate
            const int roll = below(100);
            const int level = roll < 62 ? 5 : roll < 86 ? 4 : roll < 96 ? 3 : 2;
            const QString comment = level >= 4   ? u(kComments[below(int(std::size(kComments)))])
                                    : level == 3 ? QStringLiteral("回答可以再具体一些。")
                                                 : QStringLiteral("排队时间太长了。");
            if (auto rated = m_service.rate(id, level, comment); !rated) {
                return rated.error();
            }
            ++m_summary.ratings;
        }
        m_clock.set(m_clock.now().addSecs(10));
        if (auto closed = m_service.closeByTaxpayer(id); !closed) {
            return closed.error();
        }
        return Ok{};
    }

    Outcome robotConversation(const QDateTime& t)
    {
        if (!fits(t, 600) || m_service.inOfficeHours(t)) {
            return Ok{};
        }
        m_clock.set(t);
        auto started = m_service.start(client());
        if (!started) {
            return started.error();
        }
        const QString id = started->conversation.id;
        ++m_summary.conversations;
        ++m_summary.robot;
        const int questions = 1 + below(2);
        for (int i = 0; i < questions; ++i) {
            m_clock.set(m_clock.now().addSecs(30 + below(90)));
            auto answered = m_service.postTaxpayerMessage(
                id, clientId(), u(kRobotQuestions[below(int(std::size(kRobotQuestions)))]), client());
            if (!answered) {
                return answered.error();
            }
            for (const chat::ChatEvent& e : answered.value()) {
                if (e.kind != chat::EventKind::Answer || below(100) >= 80) {
                    continue; // not every answer gets 有用 / 没用
                }
                const bool confident = e.data.contains(QStringLiteral("articleId"));
                m_clock.set(m_clock.now().addSecs(20 + below(40)));
                auto rated = m_service.feedback(id, e.seq, confident && below(100) < 82);
                if (!rated) {
                    return rated.error();
                }
                ++m_summary.feedback;
            }
        }
        m_clock.set(m_clock.now().addSecs(30));
        if (auto closed = m_service.closeByTaxpayer(id); !closed) {
            return closed.error();
        }
        return Ok{};
    }

    // 登记回访 outside office hours: the robot cannot help, the taxpayer leaves a name, phone and question.
    Outcome leaveMessage(const QDateTime& t)
    {
        m_clock.set(t);
        auto started = m_service.start(client());
        if (!started) {
            return started.error();
        }
        const QString id = started->conversation.id;
        ++m_summary.conversations;
        ++m_summary.robot;
        const QString question =
            QStringLiteral("我单位扣缴端申报个税时一直提示“申报密码错误”，重置后还是不行，周末没法打电话，请工作日"
                           "回电指导一下。");
        m_clock.set(m_clock.now().addSecs(40));
        if (auto asked = m_service.postTaxpayerMessage(id, clientId(), question, client()); !asked) {
            return asked.error();
        }
        m_clock.set(m_clock.now().addSecs(90));
        chat::LeaveMessageRequest request{clientId(), QStringLiteral("覃女士"), QStringLiteral("13807716688"),
                                          question};
        auto left = m_service.leaveMessage(id, request);
        if (!left) {
            return left.error();
        }
        ++m_summary.leftMessages;
        m_clock.set(m_clock.now().addSecs(20));
        if (auto closed = m_service.closeByTaxpayer(id); !closed) {
            return closed.error();
        }
        return Ok{};
    }

    QDateTime m_now;
    ManualClock m_clock;
    chat::ChatService m_service;
    QList<Operator> m_agents;
    std::mt19937 m_rng;
    int m_clients = 0;
    int m_messages = 0;
    ChatDemoSummary m_summary;
};

} // namespace

QString serviceAccountName()
{
    return QStringLiteral("网上咨询平台");
}

Result<ChatDemoSummary> fillDemoChats(db::Database& db, IdGenerator& ids, const QDateTime& now, int weeks)
{
    if (!now.isValid() || weeks < 1 || weeks > 26) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the demo chats need a time and 1 to 26 weeks"));
    }
    ManualClock clock(now.toUTC());
    // The portal's service account: files 登记回访 as itself, never logs in (no password).
    auto service = security::OperatorRepository(db.connection())
                       .ensure(serviceAccountName(), security::Role::OnlineAgent, ids, clock);
    if (!service) {
        return service.error();
    }
    auto all = security::AccountRepository(db.connection()).all();
    if (!all) {
        return all.error();
    }
    QList<Operator> agents;
    Operator lead;
    for (const security::Account& a : all.value()) {
        if (a.active && a.op.role == security::Role::OnlineAgent && a.hasPassword()) {
            agents << a.op;
        } else if (a.active && a.op.role == security::Role::TeamLead && lead.id.isEmpty()) {
            lead = a.op;
        }
    }
    std::sort(agents.begin(), agents.end(), [](const Operator& a, const Operator& b) { return a.name < b.name; });
    if (agents.isEmpty() || lead.id.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the demo chats need the demo online agents and team lead"));
    }
    // The default 服务用语, kept by the team lead, in place before the first conversation.
    clock.set(now.toUTC().addDays(-7 * weeks - 1));
    auto phrases = chat::seedDefaultQuickPhrases(db, lead.id, ids, clock);
    if (!phrases) {
        return phrases.error();
    }
    auto made = ChatFiller(db, ids, now, service.value(), agents).run(weeks);
    if (!made) {
        return made.error();
    }
    ChatDemoSummary summary = made.value();
    summary.quickPhrases = phrases.value();
    return summary;
}

} // namespace hotline::demo
