#include "demo/demodata.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/bulkload.h"
#include "db/database.h"
#include "db/transaction.h"
#include "knowledge/hotquestions.h"
#include "knowledge/kbimport.h"
#include "knowledge/kblinks.h"
#include "robot/robot.h"
#include "security/accountrepository.h"
#include "security/accountservice.h"
#include "security/operator.h"
#include "tickets/categories.h"
#include "tickets/validation.h"
#include "tickets/workorderrepository.h"
#include "tickets/workorderservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <random>

namespace hotline::demo {
namespace {

struct Unit {
    QString name;
    QString areaCode;
    QString division;
    QString type;
    QString creditCode; // made once per unit
};

struct Item {
    QString categoryPath; // "group / topic"
    tickets::Difficulty difficulty;
    QString question;
    QString answer;
};

struct Content {
    QList<Unit> units;
    QStringList contacts;
    QList<QPair<QString, security::Role>> people;
    QList<Item> items;
};

Result<Content> loadContent()
{
    QFile f(QStringLiteral(":/demo/workorders.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::FileUnreadable, QStringLiteral("demo content missing from resources"));
    }
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    Content c;
    for (const QJsonValue v : root.value(QStringLiteral("units")).toArray()) {
        const QJsonObject u = v.toObject();
        c.units.append({u.value(QStringLiteral("name")).toString(),
                        u.value(QStringLiteral("areaCode")).toString(),
                        u.value(QStringLiteral("division")).toString(),
                        u.value(QStringLiteral("type")).toString(),
                        {}});
    }
    for (const QJsonValue v : root.value(QStringLiteral("contacts")).toArray()) {
        c.contacts << v.toString();
    }
    for (const QJsonValue v : root.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject a = v.toObject();
        c.people.append(
            {a.value(QStringLiteral("name")).toString(),
             security::roleFromKey(a.value(QStringLiteral("role")).toString()).value_or(security::Role::Agent)});
    }
    for (const QJsonValue v : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        const QJsonArray cat = i.value(QStringLiteral("category")).toArray();
        c.items.append({cat.at(0).toString() + QStringLiteral(" / ") + cat.at(1).toString(),
                        tickets::difficultyFromKey(i.value(QStringLiteral("difficulty")).toString())
                            .value_or(tickets::Difficulty::Normal),
                        i.value(QStringLiteral("question")).toString(), i.value(QStringLiteral("answer")).toString()});
    }
    if (c.units.isEmpty() || c.contacts.isEmpty() || c.people.isEmpty() || c.items.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("demo content is incomplete"));
    }
    return c;
}

class Generator {
public:
    Generator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(static_cast<int>(list.size()))); }

    QString digits(int n, char first = 0)
    {
        QString s;
        for (int i = 0; i < n; ++i) {
            s += QLatin1Char(i == 0 && first != 0 ? first : static_cast<char>('0' + below(10)));
        }
        return s;
    }

    QString mobile()
    {
        static const char* prefixes[] = {"139", "138", "137", "136", "135", "150", "151", "152", "158",
                                         "159", "182", "187", "188", "130", "131", "132", "155", "156",
                                         "185", "186", "133", "153", "180", "181", "189", "177", "199"};
        return QLatin1String(prefixes[below(27)]) + digits(8);
    }

    QString landline(const QString& areaCode) { return areaCode + digits(7, static_cast<char>('2' + below(7))); }

    QString creditCode(const Unit& u)
    {
        static const QString org = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        QString body = u.type + u.division;
        for (int i = 0; i < 9; ++i) {
            body += org.at(i < 2 ? below(10) : below(static_cast<int>(org.size())));
        }
        return body + tickets::creditCodeCheckChar(body);
    }

    tickets::Channel channel()
    {
        const int r = below(100);
        if (r < 80) {
            return tickets::Channel::Phone;
        }
        if (r < 92) {
            return tickets::Channel::Online;
        }
        if (r < 95) {
            return tickets::Channel::Email;
        }
        return r < 96 ? tickets::Channel::Fax : tickets::Channel::OnSite;
    }

private:
    std::mt19937 m_rng;
};

// A moment inside office hours (a few calls come in just after closing).
QDateTime callTime(Generator& g, const QDate& day)
{
    int minute;
    if (g.chance(0.04)) {
        minute = 17 * 60 + 30 + g.below(60);
    } else if (g.chance(0.45)) {
        minute = 9 * 60 + g.below(180);
    } else {
        minute = 13 * 60 + 30 + g.below(240);
    }
    return QDateTime(day, QTime(minute / 60, minute % 60, g.below(60)), calendar::beijingTime());
}

// What both fillers need before the first work order: content, operators, category ids, credit codes.
struct Setup {
    Content content;
    tickets::DeadlinePolicy policy;
    QList<security::Operator> agents;
    QList<security::Operator> helpers; // technicians and leads take transferred work orders
    QHash<QString, QString> categoryIds;
    QStringList accounts; // names that log in with the demo password
};

// The demo administrator (made if the store has no account yet, else an existing administrator) gives every demo
// person the demo password, through the same audited account service an administrator uses.
Result<QStringList> provideLogins(db::Database& db, IdGenerator& ids, const Clock& clock,
                                  const QList<security::Operator>& people)
{
    security::AccountService accounts(db, clock, ids);
    auto first = accounts.needsFirstAdmin();
    if (!first) {
        return first.error();
    }
    QStringList names;
    security::Operator admin;
    if (first.value()) {
        auto made = accounts.createFirstAdmin(demoAdminName(), demoPassword());
        if (!made) {
            return made.error();
        }
        admin = made.value();
        names << admin.name;
    } else {
        auto all = security::AccountRepository(db.connection()).all();
        if (!all) {
            return all.error();
        }
        for (const security::Account& a : all.value()) {
            if (a.op.role == security::Role::Admin && a.active && a.hasPassword()) {
                admin = a.op;
                break;
            }
        }
        if (admin.id.isEmpty()) {
            return names; // nobody may hand out passwords: the demo people stay without
        }
    }
    for (const security::Operator& op : people) {
        if (Outcome s = accounts.resetPassword(op.id, demoPassword(), admin); !s) {
            return s.error();
        }
        names << op.name;
    }
    return names;
}

Result<Setup> prepare(db::Database& db, IdGenerator& ids, Generator& g, const Clock& clock)
{
    auto counts = tickets::WorkOrderRepository(db.connection()).counts(clock.now(), clock.now());
    if (!counts) {
        return counts.error();
    }
    if (counts->total > 0) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::demo",
                                                     "The store already holds %n work order(s); demo data is only "
                                                     "written into an empty store.",
                                                     nullptr, counts->total));
    }
    auto content = loadContent();
    if (!content) {
        return content.error();
    }
    auto policy = tickets::DeadlinePolicy::load(db);
    if (!policy) {
        return policy.error();
    }
    Setup s{std::move(content).value(), std::move(policy).value(), {}, {}, {}, {}};
    security::OperatorRepository operators(db.connection());
    QList<security::Operator> inspectors;
    for (const auto& [name, role] : s.content.people) {
        auto op = operators.ensure(name, role, ids, clock);
        if (!op) {
            return op.error();
        }
        if (role == security::Role::QaInspector || role == security::Role::Expert ||
            role == security::Role::QualityManager || role == security::Role::OnlineAgent) {
            inspectors.append(op.value()); // scores calls, answers transfers, handles complaints, chats: no work orders
        } else {
            (role == security::Role::Agent ? s.agents : s.helpers).append(op.value());
        }
    }
    auto logins = provideLogins(db, ids, clock, s.agents + s.helpers + inspectors);
    if (!logins) {
        return logins.error();
    }
    s.accounts = logins.value();
    // The login dialog offers the first agent's name.
    (void)operators.setCurrent(s.agents.first().id);
    auto categories = tickets::CategoryRepository(db.connection()).all();
    if (!categories) {
        return categories.error();
    }
    for (const tickets::Category& cat : categories.value()) {
        s.categoryIds.insert(tickets::CategoryRepository::pathOf(categories.value(), cat.id), cat.id);
    }
    for (Unit& u : s.content.units) {
        u.creditCode = g.creditCode(u);
    }
    return s;
}

// Call times on the working days of the 13 weeks up to now, in order.
QList<QDateTime> callTimes(Generator& g, const tickets::DeadlinePolicy& policy, const QDateTime& now, int count)
{
    QList<QDate> days;
    for (QDate d = now.toTimeZone(calendar::beijingTime()).date().addDays(-91); d <= now.date(); d = d.addDays(1)) {
        if (policy.calendar.isWorkingDay(d)) {
            days << d;
        }
    }
    QList<QDateTime> times;
    times.reserve(count);
    while (times.size() < count && !days.isEmpty()) {
        const QDateTime t = callTime(g, g.pick(days));
        if (t < now) {
            times << t;
        }
    }
    std::sort(times.begin(), times.end());
    return times;
}

// A draft as an agent would type it for this call.
tickets::WorkOrderDraft makeDraft(Generator& g, const Setup& s, const Item& item, const QDateTime& received)
{
    const Unit& unit = g.pick(s.content.units);
    tickets::WorkOrderDraft d;
    d.channel = g.channel();
    d.unitName = unit.name;
    d.contactName = g.pick(s.content.contacts);
    d.contactNumber = g.mobile();
    if (d.channel == tickets::Channel::Phone) {
        d.callerNumber = g.chance(0.6) ? g.landline(unit.areaCode) : d.contactNumber;
    }
    d.taxpayerId = g.chance(0.7) ? unit.creditCode : QString();
    d.categoryId = s.categoryIds.value(item.categoryPath);
    d.difficulty = item.difficulty;
    d.question = item.question;
    d.receivedAt = received;
    d.resolvedOnFirstContact = item.difficulty == tickets::Difficulty::Normal && g.chance(0.65);
    d.answer = d.resolvedOnFirstContact ? item.answer : QString();
    return d;
}

} // namespace

QString demoPassword()
{
    return QStringLiteral("Demo12366");
}

QString demoAdminName()
{
    return QStringLiteral("admin");
}

Result<DemoSummary> fillBulk(db::Database& db, IdGenerator& ids, const DemoOptions& options)
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    Generator g(options.seed);
    ManualClock clock(now);
    auto setup = prepare(db, ids, g, clock);
    if (!setup) {
        return setup.error();
    }
    const Setup& s = setup.value();
    db::BulkLoadScope bulk(db.connection());
    tickets::WorkOrderService service(db, clock, ids, s.policy);
    DemoSummary summary;
    summary.operators = static_cast<int>(s.content.people.size());
    summary.accounts = s.accounts;
    const QList<QDateTime> times = callTimes(g, s.policy, now, options.count);
    constexpr int kBatch = 10000;
    for (qsizetype first = 0; first < times.size(); first += kBatch) {
        QList<tickets::WorkOrderDraft> drafts;
        for (qsizetype i = first; i < std::min(first + kBatch, times.size()); ++i) {
            drafts << makeDraft(g, s, g.pick(s.content.items), times[i]);
            summary.open += drafts.last().resolvedOnFirstContact ? 0 : 1;
        }
        clock.set(times[std::min(first + kBatch, times.size()) - 1]);
        auto stored = service.createMany(drafts, g.pick(s.agents));
        if (!stored) {
            return stored.error();
        }
        summary.workOrders += stored.value();
        if (options.progress && !options.progress(summary.workOrders)) {
            break;
        }
    }
    return summary;
}

namespace {

// Each answered work order is linked to the article the robot confidently finds for its question, at the time the
// answer was saved, as if the agent had inserted that article's answer (热点问题 then rank real demand).
struct Answered {
    QString id;
    QString question;
    QString agentId;
    QDateTime at;
};

Outcome linkAnswers(db::Database& db, IdGenerator& ids, const QList<Answered>& answered, const QDateTime& now)
{
    ManualClock clock(now);
    robot::Robot robot(db, clock, ids);
    QHash<QString, QString> articleOf; // the items repeat: one match per distinct question
    db::Transaction tx(db.connection());
    if (!tx.isActive()) {
        return tx.error();
    }
    for (const Answered& a : answered) {
        if (!articleOf.contains(a.question)) {
            auto m = robot.match(a.question);
            articleOf.insert(a.question, m && m->confident ? m->articleId : QString());
        }
        const QString article = articleOf.value(a.question);
        if (article.isEmpty()) {
            continue;
        }
        clock.set(a.at);
        if (Outcome s = knowledge::linkArticles(db.connection(), a.id, {article}, a.agentId, ids, clock); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace

Result<DemoSummary> fillDemo(db::Database& db, IdGenerator& ids, const DemoOptions& options)
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    Generator g(options.seed);
    ManualClock clock(now.addDays(-92));
    auto setup = prepare(db, ids, g, clock);
    if (!setup) {
        return setup.error();
    }
    const Setup& s = setup.value();
    const QList<security::Operator>& agents = s.agents;
    const QList<security::Operator>& helpers = s.helpers;
    security::OperatorRepository operators(db.connection());
    db::BulkLoadScope bulk(db.connection());
    const QList<QDateTime> times = callTimes(g, s.policy, now, options.count);
    tickets::WorkOrderService service(db, clock, ids, s.policy);
    DemoSummary summary;
    summary.operators = static_cast<int>(s.content.people.size());
    summary.accounts = s.accounts;
    auto later = [&now](const QDateTime& t, qint64 secs) { return std::min(t.addSecs(secs), now); };
    QList<Answered> answered; // linked to the articles that answer them once the knowledge base is in
    for (const QDateTime& received : times) {
        const Item& item = g.pick(s.content.items);
        const security::Operator& agent = g.pick(agents);
        tickets::WorkOrderDraft d = makeDraft(g, s, item, received);
        if (d.channel == tickets::Channel::Phone) {
            // The PBX's id of the call, as the screen-pop passes it (recordings are linked by it).
            d.callId = QStringLiteral("CID") +
                       received.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyyMMddHHmmss")) +
                       QString::number(summary.workOrders % 10);
        }
        clock.set(received.addSecs(180 + g.below(420)));
        auto created = service.create(d, agent);
        if (!created) {
            return created.error();
        }
        tickets::WorkOrder w = created.value();
        if (!d.resolvedOnFirstContact) {
            clock.set(later(clock.now(), 300 + g.below(1800)));
            auto started = service.changeStatus(w.id, tickets::Status::InProgress, {}, agent);
            if (!started) {
                return started.error();
            }
            w = started.value();
            security::Operator owner = agent;
            if (item.difficulty == tickets::Difficulty::Hard && g.chance(0.3)) {
                owner = g.pick(helpers);
                auto moved = service.transfer(w.id, owner.id, QStringLiteral("需要专业人员进一步核实处理"), agent);
                if (!moved) {
                    return moved.error();
                }
                w = moved.value();
            }
            if (g.chance(0.15)) {
                clock.set(later(clock.now(), 600 + g.below(3600)));
                (void)service.addNote(w.id, QStringLiteral("已与纳税人电话沟通，需补充资料后再核实。"), owner);
            }
            // Most are answered in time; some are late and a few are still open.
            const qint64 window = std::max<qint64>(clock.now().secsTo(w.dueAt), 600);
            const QDateTime answeredAt =
                clock.now().addSecs(g.chance(0.9) ? g.below(static_cast<int>(window)) : window + g.below(86400));
            if (answeredAt < now && !g.chance(0.03)) {
                clock.set(answeredAt);
                d.answer = item.answer;
                d.resolvedOnFirstContact = false;
                auto answered = service.edit(w.id, d, w.version, owner);
                auto resolved = answered ? service.changeStatus(w.id, tickets::Status::Resolved,
                                                                QStringLiteral("已电话答复纳税人"), owner)
                                         : Result<tickets::WorkOrder>(answered.error());
                if (!resolved) {
                    return resolved.error();
                }
                w = resolved.value();
            } else if (g.chance(0.4)) {
                auto waiting = service.changeStatus(w.id, tickets::Status::AwaitingReply, {}, owner);
                if (waiting) {
                    w = waiting.value();
                }
            }
        }
        if (w.status == tickets::Status::Resolved && received.daysTo(now) > 3 && g.chance(0.85)) {
            clock.set(later(clock.now(), 86400 + g.below(2 * 86400)));
            auto owner = operators.find(w.ownerId);
            if (owner && owner.value()) {
                auto closed = service.changeStatus(w.id, tickets::Status::Closed, {}, *owner.value());
                if (closed) {
                    w = closed.value();
                }
            }
        }
        if (!w.answer.isEmpty()) {
            answered.append({w.id, w.question, w.ownerId, w.resolvedAt.isValid() ? w.resolvedAt : w.updatedAt});
        }
        summary.open += tickets::isOpen(w.status) ? 1 : 0;
        ++summary.workOrders;
        if (options.progress && summary.workOrders % 100 == 0 && !options.progress(summary.workOrders)) {
            break;
        }
    }
    // The knowledge base agents search during calls: written by the technician, approved by the team lead.
    const auto role = [&helpers](security::Role r) {
        const auto it =
            std::find_if(helpers.begin(), helpers.end(), [r](const security::Operator& op) { return op.role == r; });
        return it == helpers.end() ? helpers.first().id : it->id;
    };
    clock.set(now);
    auto kb = knowledge::importKnowledgeJson(db, knowledge::demoKnowledgeJson(), role(security::Role::Technician),
                                             role(security::Role::TeamLead), ids, clock);
    if (!kb) {
        return kb.error();
    }
    summary.kbArticles = kb->articles;
    auto links = knowledge::importLinksJson(db, knowledge::demoLinksJson(), role(security::Role::TeamLead), ids, clock);
    if (!links) {
        return links.error();
    }
    if (Outcome linked = linkAnswers(db, ids, answered, now); !linked) {
        return linked.error();
    }
    return summary;
}

} // namespace hotline::demo
