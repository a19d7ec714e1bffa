#include "common/messages.h"
#include "db/query.h"
#include "desk.h"
#include "knowledge/kbexchangeactions.h"
#include "reports/dailysummarywidget.h"
#include "reports/exportdialog.h"
#include "reports/reportspane.h"
#include "security/masking.h"
#include "tickets/workorderservice.h"

#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

using namespace hotline;

namespace {

struct Capture {
    Capture()
    {
        ui::Messages::setHandler([this](ui::Messages::Kind, const QString&, const QString& text) { shown << text; });
    }
    ~Capture()
    {
        ui::Messages::setHandler({});
        ui::FileChooser::setNextAnswers({});
    }
    QStringList shown;
};

const QString kTaxpayerId = QStringLiteral("91450100MA5K3L8Q7Y");

// A work order received at a Beijing time by `owner`, resolved at once or left open.
void workOrder(test::Desk& desk, const security::Operator& owner, const char* at, bool resolved,
               tickets::Channel channel = tickets::Channel::Phone)
{
    auto q = db::exec(desk.ws->db->connection(),
                      QStringLiteral("SELECT t.id FROM categories t JOIN categories g ON g.id = t.parent_id "
                                     "WHERE g.name = '扣缴端软件' AND t.name = '综合所得申报'"));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("13907711234");
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    d.taxpayerId = kTaxpayerId;
    d.contactName = QStringLiteral("陈静");
    d.contactNumber = QStringLiteral("0771-5551234");
    d.channel = channel;
    d.categoryId = q.value().value(0).toString();
    d.question = QStringLiteral("综合所得预扣预缴申报时提示人员信息未验证通过，怎么处理？");
    d.answer = QStringLiteral("请在【人员信息采集】中核对证件信息后重新报送验证。");
    d.resolvedOnFirstContact = resolved;
    d.receivedAt = test::beijing(QString::fromLatin1(at));
    desk.clock.set(d.receivedAt.addSecs(300)); // answered during the call, or saved then
    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids);
    auto made = service.create(d, owner);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
}

ui::DailySummaryWidget* dailyTab(const test::Desk& desk)
{
    QTabWidget* tabs = desk.window->reportsPane()->tabs();
    REQUIRE(tabs->count() >= 1);
    auto* daily = qobject_cast<ui::DailySummaryWidget*>(tabs->widget(0));
    REQUIRE(daily != nullptr);
    return daily;
}

void showReports(test::Desk& desk)
{
    auto* nav = desk.window->findChild<QListWidget*>();
    REQUIRE(nav != nullptr);
    nav->setCurrentRow(4);
    QApplication::processEvents();
}

int count(const test::Desk& desk, const QString& sql)
{
    auto q = db::exec(desk.ws->db->connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toInt();
}

// Every cell of the first sheet, read by openpyxl, joined with tabs.
QString cellsOf(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, openpyxl\n"
                            "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                            "print(ws.max_row)\n"
                            "print('\\t'.join(str(v) for r in ws.iter_rows(values_only=True) for v in r))\n"),
             path});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void waitFor(QSignalSpy& spy)
{
    for (int i = 0; i < 600 && spy.isEmpty(); ++i) {
        spy.wait(100);
    }
    REQUIRE(spy.size() == 1);
}

} // namespace

TEST_CASE("reports: the 每日汇总 tab shows the day's figures and steps days with Ctrl+Left and Ctrl+Right")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("store.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    const auto agent =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("李娜"), security::Role::Agent);
    workOrder(desk, agent, "2025-09-29 09:00", false, tickets::Channel::Online);
    workOrder(desk, agent, "2025-09-30 09:00", true);
    workOrder(desk, agent, "2025-09-30 09:20", false);
    workOrder(desk, desk.ws->currentOperator, "2025-09-30 09:40", false, tickets::Channel::Email);

    showReports(desk);
    auto* daily = dailyTab(desk);
    CHECK(desk.window->reportsPane()->tabs()->tabText(0) == QStringLiteral("每日汇总"));
    REQUIRE(daily->isVisible());
    CHECK(daily->date() == QDate(2025, 9, 30)); // today by the desk's clock
    CHECK(daily->figureLabel(QStringLiteral("received"))->text() == QStringLiteral("3"));
    CHECK(daily->figureLabel(QStringLiteral("resolved"))->text() == QStringLiteral("1"));
    CHECK(daily->figureLabel(QStringLiteral("open"))->text() == QStringLiteral("3"));
    CHECK(daily->figureLabel(QStringLiteral("overdue"))->text() == QStringLiteral("3"));
    CHECK(daily->figureLabel(QStringLiteral("overdue"))->styleSheet().contains(QStringLiteral("#c62828")));
    CHECK(daily->figureLabel(QStringLiteral("satisfaction"))->text() == QStringLiteral("—"));
    REQUIRE(daily->agentTree()->topLevelItemCount() == 2);
    CHECK(daily->channelTree()->topLevelItemCount() == 5);
    CHECK(daily->channelTree()->topLevelItem(0)->text(0) == QStringLiteral("电话")); // most received first
    CHECK(daily->channelTree()->topLevelItem(0)->text(1) == QStringLiteral("2"));
    REQUIRE(daily->categoryTree()->topLevelItemCount() == 1);
    CHECK(daily->categoryTree()->topLevelItem(0)->text(0) == QStringLiteral("扣缴端软件"));
    CHECK(daily->categoryTree()->topLevelItem(0)->child(0)->text(0) == QStringLiteral("综合所得申报"));
    CHECK(daily->categoryChart()->chart()->series().size() == 1);
    CHECK(daily->trendChart()->chart()->series().size() == 2);

    QApplication::setActiveWindow(desk.window.get());
    daily->agentTree()->setFocus();
    QTest::keyClick(daily->agentTree(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(daily->date() == QDate(2025, 9, 29));
    CHECK(daily->figureLabel(QStringLiteral("received"))->text() == QStringLiteral("1"));
    CHECK(daily->figureLabel(QStringLiteral("overdue"))->text() == QStringLiteral("1"));
    QTest::keyClick(daily->agentTree(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(daily->date() == QDate(2025, 9, 28)); // a make-up working day (调休)
    CHECK(daily->figureLabel(QStringLiteral("received"))->text() == QStringLiteral("0"));
    CHECK(daily->figureLabel(QStringLiteral("overdue"))->styleSheet().isEmpty());
    QTest::keyClick(daily->agentTree(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(daily->agentTree(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(daily->figureLabel(QStringLiteral("received"))->text() == QStringLiteral("3"));

    // 导出Excel…: the day's workbook, audited.
    Capture capture;
    const QString xlsx = dir.filePath(QStringLiteral("daily.xlsx"));
    ui::FileChooser::setNextAnswers({xlsx});
    REQUIRE(daily->exportButton()->isVisibleTo(daily));
    daily->exportButton()->click();
    CHECK(QFile::exists(xlsx));
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                     "target = 'daily_summary'")) == 1);
    REQUIRE(capture.shown.size() == 1);
    CHECK(capture.shown.first().contains(QStringLiteral("2025-09-30")));
}

TEST_CASE("reports: the work-order export dialog exports masked from the menu and the pane, cancel leaves no file")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("store.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    workOrder(desk, desk.ws->currentOperator, "2025-09-30 09:00", true);
    workOrder(desk, desk.ws->currentOperator, "2025-09-30 10:00", false);

    auto* menuAction = desk.window->findChild<QAction*>(QStringLiteral("exportWorkOrdersAction"));
    REQUIRE(menuAction != nullptr);
    CHECK(menuAction->isVisible());
    CHECK(menuAction->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    menuAction->trigger();
    auto* fromMenu = desk.window->findChild<ui::ExportDialog*>();
    REQUIRE(fromMenu != nullptr);
    CHECK(fromMenu->isVisible());
    fromMenu->close();
    QApplication::processEvents();

    Capture capture;
    showReports(desk);
    dailyTab(desk)->workOrderExportButton()->click();
    ui::ExportDialog* dialog = nullptr;
    for (auto* d : desk.window->findChildren<ui::ExportDialog*>()) {
        if (d->isVisible()) {
            dialog = d;
        }
    }
    REQUIRE(dialog != nullptr);
    CHECK(dialog->fromEdit()->date() == QDate(2025, 9, 30)); // the day shown in the tab
    CHECK_FALSE(dialog->unmaskedCheckBox()->isChecked());
    CHECK(dialog->unmaskedCheckBox()->isEnabled()); // a team lead sees taxpayer data
    CHECK_FALSE(dialog->purposeEdit()->isEnabled());

    const QString path = dir.filePath(QStringLiteral("orders.xlsx"));
    ui::FileChooser::setNextAnswers({path});
    dialog->browse();
    CHECK(dialog->fileEdit()->text() == QDir::toNativeSeparators(path));
    QSignalSpy finished(dialog, &ui::ExportDialog::finished);
    dialog->start();
    waitFor(finished);
    CHECK(finished.first().first().toBool());
    REQUIRE(QFile::exists(path));
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("2")));
    const QString cells = cellsOf(path);
    CHECK(cells.startsWith(QStringLiteral("3\n"))); // header and two rows
    CHECK_FALSE(cells.contains(kTaxpayerId));
    CHECK(cells.contains(security::maskTaxpayerId(kTaxpayerId)));
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND target = "
                                     "'work_orders' AND detail LIKE '%; masked;%'")) == 1);

    // Cancel: enough work orders that the export reports progress (every 4,096 rows) before it ends.
    REQUIRE(db::exec(desk.ws->db->connection(),
                     QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                                    "INSERT INTO work_orders (id, ticket_no, channel, difficulty, question, status, "
                                    "owner_id, created_by, received_at, due_at, updated_at) "
                                    "SELECT 'bulk-' || i, 'B' || i, 'phone', 'normal', '个税申报问题', 'new', ?, ?, "
                                    "?, ?, ? FROM n"),
                     {desk.ws->currentOperator.id, desk.ws->currentOperator.id,
                      test::beijing(QStringLiteral("2025-09-30 11:00")).toMSecsSinceEpoch(),
                      test::beijing(QStringLiteral("2025-09-30 17:30")).toMSecsSinceEpoch(),
                      test::beijing(QStringLiteral("2025-09-30 11:00")).toMSecsSinceEpoch()})
                .ok());
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.xlsx"));
    dialog->setFile(cancelled);
    QSignalSpy again(dialog, &ui::ExportDialog::finished);
    dialog->start();
    REQUIRE(dialog->isRunning());
    CHECK(dialog->cancelButton()->text() == QStringLiteral("取消"));
    dialog->cancelButton()->click();
    waitFor(again);
    CHECK_FALSE(again.first().first().toBool());
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("取消")));
    CHECK(dialog->exportButton()->isEnabled());
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND target = "
                                     "'work_orders'")) == 1);
    CHECK(capture.shown.size() == 1); // the result of the first export only
}

TEST_CASE("reports: full taxpayer data needs a purpose and is not offered to QA inspectors or agents")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.db"));
    {
        test::Desk desk(store, QStringLiteral("张敏"), security::Role::TeamLead);
        workOrder(desk, desk.ws->currentOperator, "2025-09-30 09:00", true);
        Capture capture;
        ui::ExportDialog dialog(*desk.ws);
        dialog.setPeriod(QDate(2025, 9, 30), QDate(2025, 9, 30));
        const QString path = dir.filePath(QStringLiteral("full.xlsx"));
        dialog.setFile(path);
        dialog.unmaskedCheckBox()->setChecked(true);
        CHECK(dialog.purposeEdit()->isEnabled());
        dialog.start(); // no purpose
        CHECK_FALSE(dialog.isRunning());
        REQUIRE(capture.shown.size() == 1);
        CHECK(capture.shown.first().contains(QStringLiteral("用途")));
        CHECK_FALSE(QFile::exists(path));

        dialog.purposeEdit()->setText(QStringLiteral("税务局稽查局调取 9 月咨询记录"));
        QSignalSpy finished(&dialog, &ui::ExportDialog::finished);
        dialog.start();
        waitFor(finished);
        CHECK(finished.first().first().toBool());
        CHECK(cellsOf(path).contains(kTaxpayerId));
        CHECK(count(desk, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND detail LIKE "
                                         "'%unmasked%purpose: 税务局稽查局调取 9 月咨询记录%'")) == 1);

        // The bad inputs of the form: a period backwards, no file.
        dialog.setPeriod(QDate(2025, 10, 1), QDate(2025, 9, 30));
        dialog.start();
        CHECK_FALSE(dialog.isRunning());
        dialog.setPeriod(QDate(2025, 9, 30), QDate(2025, 9, 30));
        dialog.setFile(QString());
        dialog.start();
        CHECK_FALSE(dialog.isRunning());
        CHECK(capture.shown.size() == 4); // purpose, the export, the period, the file
    }
    for (const auto& [name, role] : {std::pair{QStringLiteral("周洁"), security::Role::QaInspector},
                                     std::pair{QStringLiteral("李娜"), security::Role::Agent}}) {
        INFO(name.toStdString());
        test::Desk desk(store, name, role);
        auto* action = desk.window->findChild<QAction*>(QStringLiteral("exportWorkOrdersAction"));
        REQUIRE(action != nullptr);
        CHECK_FALSE(action->isVisible());
        CHECK(desk.window->reportsPane()->tabs()->count() == 0);
        ui::ExportDialog dialog(*desk.ws);
        CHECK_FALSE(dialog.unmaskedCheckBox()->isEnabled());
        // Even reached some other way, libcore refuses the export itself.
        Capture capture;
        const QString path = dir.filePath(QStringLiteral("refused.xlsx"));
        dialog.setFile(path);
        QSignalSpy finished(&dialog, &ui::ExportDialog::finished);
        dialog.start();
        waitFor(finished);
        CHECK_FALSE(finished.first().first().toBool());
        CHECK_FALSE(QFile::exists(path));
        CHECK(capture.shown.size() == 1);
    }
}

TEST_CASE("render the 每日汇总 tab and the export dialog", "[.screenshot]")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("store.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    const auto agent =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("李娜"), security::Role::Agent);
    const auto colleague =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("王芳"), security::Role::Agent);
    for (int day = 1; day <= 30; ++day) {
        for (int i = 0; i < (day * 7) % 11 + 2; ++i) {
            const QString at = QStringLiteral("2025-09-%1 %2:%3")
                                   .arg(day, 2, 10, QLatin1Char('0'))
                                   .arg(9 + i % 8, 2, 10, QLatin1Char('0'))
                                   .arg(i * 7 % 60, 2, 10, QLatin1Char('0'));
            workOrder(desk, i % 2 ? agent : colleague, at.toLatin1().constData(), i % 3 != 0,
                      i % 4 == 0 ? tickets::Channel::Online : tickets::Channel::Phone);
        }
    }
    desk.clock.set(test::beijing(QStringLiteral("2025-09-30 18:00")));
    dailyTab(desk)->setDate(QDate(2025, 9, 30));
    showReports(desk);
    desk.window->resize(1440, 860);
    QApplication::processEvents();
    QTest::qWait(50);
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    CHECK(desk.window->grab().save(out + QStringLiteral("/reports-daily.png")));
    ui::ExportDialog dialog(*desk.ws);
    dialog.setFile(dir.filePath(QStringLiteral("工单明细.xlsx")));
    dialog.show();
    QTest::qWait(20);
    CHECK(dialog.grab().save(out + QStringLiteral("/export-dialog.png")));
}
