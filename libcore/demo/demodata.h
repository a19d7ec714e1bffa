#pragma once
// Realistic Chinese demo work orders for trying HotlineDesk out and for screenshots: Guangxi withholding units,
// agents, and questions with answers about the 扣缴端 and individual income tax (resources/demo/workorders.json),
// spread over the working days of the three months up to now and taken through the status flow as agents would.

#include "core/result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace hotline {
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::demo {

// Every demo account logs in with this password (README, quick start): the administrator "admin" and the demo
// agents, team lead, technician, QA inspector, expert and quality manager. Demo stores are for trying HotlineDesk out,
// never for real data.
QString demoPassword();
QString demoAdminName();

struct DemoOptions {
    int count = 1500;
    QDateTime now;        // the end of the three months
    quint32 seed = 12366; // the same seed gives the same store
    // Called now and then with the number of work orders made so far; return false to stop.
    std::function<bool(int done)> progress;
};

struct DemoSummary {
    int workOrders = 0;
    int open = 0;
    int operators = 0;
    int kbArticles = 0;
    QStringList accounts; // the names that log in with demoPassword()
};

// Fills the store; refuses a store that already holds work orders (demo data never mixes with real data).
Result<DemoSummary> fillDemo(db::Database& db, IdGenerator& ids, const DemoOptions& options);

// For benchmarks and load tests: many work orders fast, through the same service in batches of 10,000 per
// transaction; about two thirds resolved during the call, the rest new. No further status history.
Result<DemoSummary> fillBulk(db::Database& db, IdGenerator& ids, const DemoOptions& options);

// The service workflow on top of a filled demo store (call it after fillDemo and the demo recordings, so the serious
// complaint links a recorded call): transfers to the 远程专业团队 and a department, the agents' callbacks, three
// complaints, last week's return-visit plan with a few visits, and the lead's improvement plan for the previous
// month. Everything goes through the workflow services (outbox, timelines), at times relative to `now` on working
// days and in office hours.
struct WorkflowSummary {
    int transfers = 0;
    int callbacks = 0;
    int complaints = 0;
    int visitPlanItems = 0;
    int visits = 0;
    bool improvementPlan = false;
};
Result<WorkflowSummary> fillDemoWorkflow(db::Database& db, IdGenerator& ids, const QDateTime& now);

// The online consultation channel (网上咨询) on top of a filled demo store (call it after fillDemo, which makes the
// online agents 谭雪梅 and 黄振宇 with demo logins): the portal's service account 网上咨询平台 (role online_agent,
// no password: it never logs in; hotlinedesk-portal --service-account acts as it), and `weeks` weeks of
// conversations up to `now`, made through the real ChatService with a manual clock walking through them — the robot
// outside office hours (answers, 有用 / 没用), the online agents in office hours (replies, most rated 1–5), and one
// 登记回访 (a work order on the channel online and a callback) on the last evening or day off; and the default
// 服务用语 (chat/quickphrases.h), by the team lead, before the first of them.
struct ChatDemoSummary {
    int conversations = 0;
    int robot = 0;  // started with the robot (登记回访 included)
    int served = 0; // by an online agent
    int ratings = 0;
    int feedback = 0; // 有用 / 没用
    int leftMessages = 0;
    int quickPhrases = 0; // the default 服务用语 added
};
QString serviceAccountName();
Result<ChatDemoSummary> fillDemoChats(db::Database& db, IdGenerator& ids, const QDateTime& now, int weeks = 3);

} // namespace hotline::demo
