#include "testsupport.h"

#include "common/bootstrap.h"
#include "mainwindow.h"
#include "sync/centraldialog.h"
#include "sync/conflictsdialog.h"
#include "sync/syncrepository.h"
#include "sync/syncworker.h"
#include "tickets/categories.h"
#include "tickets/workorderlistmodel.h"
#include "tickets/workorderpane.h"
#include "tickets/workorderrepository.h"
#include "tickets/workorderservice.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QLineEdit>
#include <QTest>

using namespace hotline;

namespace {

struct SyncDesk {
    SyncDesk(const QString& path, int stream, const QString& name) : ids(stream)
    {
        auto opened = ui::openWorkspace(path, clock, ids);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        security::OperatorRepository ops(ws->db->connection());
        ws->currentOperator = ops.create(name, security::Role::Agent, ids, clock).value();
        window = std::make_unique<ui::MainWindow>(*ws);
        window->show();
    }
    void setCentral(const QString& url)
    {
        auto* dialog = new ui::CentralDialog(*ws, window.get());
        QObject::connect(dialog, &ui::CentralDialog::saved, window->syncController(), &ui::SyncController::syncNow);
        dialog->urlEdit()->setText(url);
        dialog->save();
    }
    QString syncText() const { return window->findChild<QLabel*>(QStringLiteral("syncLabel"))->text(); }

    ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_CASE("two workstations share work orders through the central store in the background")
{
    QTemporaryDir dir;
    const QString central = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.db"));
    SyncDesk a(dir.filePath(QStringLiteral("a.db")), 1, QStringLiteral("李娜"));
    SyncDesk b(dir.filePath(QStringLiteral("b.db")), 2, QStringLiteral("王强"));
    QTRY_VERIFY(a.syncText().contains(QStringLiteral("单机工作")));

    tickets::WorkOrderService service(*a.ws->db, a.clock, a.ids, a.ws->deadlines);
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("13907711234");
    d.categoryId = tickets::CategoryRepository(a.ws->db->connection()).all().value().at(1).id;
    d.question = QStringLiteral("工资薪金的专项附加扣除在哪里填报？");
    REQUIRE(service.create(d, a.ws->currentOperator).ok());
    a.setCentral(central);
    QTRY_VERIFY_WITH_TIMEOUT(a.window->syncController()->state().online && a.window->syncController()->state().pending == 0, 10000);
    CHECK(a.syncText().contains(QStringLiteral("在线")));

    b.setCentral(central);
    QTRY_COMPARE_WITH_TIMEOUT(b.window->workOrderPane()->model()->rowCount(), 1, 10000);
    CHECK(b.window->workOrderPane()->model()->index(0, ui::WorkOrderListModel::Question).data().toString().contains(
        QStringLiteral("专项附加扣除")));
}

TEST_CASE("an unreachable central store shows offline and keeps the changes to send")
{
    QTemporaryDir dir;
    SyncDesk a(dir.filePath(QStringLiteral("a.db")), 1, QStringLiteral("李娜"));
    a.setCentral(QStringLiteral("odbc:Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=1;Database=x;Uid=x;"));
    QTRY_VERIFY_WITH_TIMEOUT(!a.window->syncController()->state().running &&
                                 !a.window->syncController()->state().message.isEmpty(),
                             15000);
    CHECK(a.syncText().contains(QStringLiteral("离线")));
    CHECK(a.window->syncController()->state().pending > 0); // the operator record made above waits
}

TEST_CASE("a team lead restores a value that lost a concurrent edit from the conflicts dialog")
{
    QTemporaryDir dir;
    SyncDesk desk(dir.filePath(QStringLiteral("a.db")), 1, QStringLiteral("李娜"));
    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines);
    tickets::WorkOrderDraft d;
    d.channel = tickets::Channel::Online;
    d.categoryId = tickets::CategoryRepository(desk.ws->db->connection()).all().value().at(1).id;
    d.question = QStringLiteral("申报表报送失败");
    d.answer = QStringLiteral("保留下来的答复");
    auto w = service.create(d, desk.ws->currentOperator).value();
    QSqlQuery q(desk.ws->db->connection());
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts (id, entity, entity_id, field, losing_value, losing_client, "
                             "losing_seq, winning_value, winning_seq, detected_at) VALUES ('c1', 'work_order', ?, "
                             "'answer', '[\"被覆盖的答复\"]', 'other', 5, '[\"保留下来的答复\"]', 9, 0)"));
    q.addBindValue(w.id);
    REQUIRE(q.exec());

    ui::ConflictsDialog agentView(*desk.ws);
    CHECK_FALSE(agentView.findChild<QPushButton*>(QStringLiteral("restoreButton"))->isEnabled());

    desk.ws->currentOperator = security::OperatorRepository(desk.ws->db->connection())
                                   .create(QStringLiteral("张敏"), security::Role::TeamLead, desk.ids, desk.clock)
                                   .value();
    ui::ConflictsDialog dialog(*desk.ws);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == w.ticketNo);
    CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("答复内容"));
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("被覆盖的答复"));
    dialog.table()->selectRow(0);
    dialog.restoreSelected();
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(tickets::WorkOrderRepository(desk.ws->db->connection()).find(w.id).value()->answer ==
          QStringLiteral("被覆盖的答复"));
}

TEST_CASE("a refused incoming record is explained in the workstation's language")
{
    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids;
    auto ws = ui::openWorkspace(dir.filePath(QStringLiteral("a.db")), clock, ids).value();
    sync::SyncRepository repo(ws->db->connection());
    sync::JournalEntry e;
    e.seq = 7;
    e.clientId = QStringLiteral("other");
    e.change = {QStringLiteral("spaceship"), QStringLiteral("x1"), sync::Operation::Insert, {}, {}, clock.now()};
    sync::MergeCounts counts;
    REQUIRE(repo.merge(e, {}, QStringLiteral("c"), 0, counts).ok());
    CHECK(counts.rejected == 1);
    QSqlQuery q(ws->db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT reason FROM sync_rejects")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("未知的记录类型")));
}
