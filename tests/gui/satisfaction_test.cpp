#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "db/query.h"
#include "desk.h"
#include "knowledge/kbexchangeactions.h"
#include "satisfaction/returnvisitdialog.h"
#include "satisfaction/returnvisits.h"
#include "satisfaction/returnvisitswidget.h"
#include "satisfaction/satisfactionlabel.h"
#include "satisfaction/surveyimportdialog.h"
#include "tickets/workorderdetail.h"
#include "tickets/workorderservice.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
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

int count(const test::Desk& desk, const QString& sql)
{
    auto q = db::exec(desk.ws->db->connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toInt();
}

// A survey export of `rows` answers on 30 September (four in five 满意), plus one row with a bad rating at the end.
QString writeSurvey(const QTemporaryDir& dir, int rows)
{
    QByteArray csv("通话流水号,主叫号码,通话时间,评价\n");
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("GUI-%1,1390771%2,2025-09-30 %3:%4:00,%5\n")
                   .arg(i)
                   .arg(i % 10000, 4, 10, QLatin1Char('0'))
                   .arg(9 + i % 8, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 5 == 0 ? QStringLiteral("不满意") : QStringLiteral("满意"))
                   .toUtf8();
    }
    csv += "GUI-BAD,13907719999,2025-09-30 10:00:00,很好\n";
    const QString path = dir.filePath(QStringLiteral("survey.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    return path;
}

// What the return-visit dialog's time edit shows for t: Beijing wall time.
QDateTime beijingWall(const QDateTime& t)
{
    const QDateTime b = t.toTimeZone(calendar::beijingTime());
    return QDateTime(b.date(), b.time());
}

QAction* importAction(const test::Desk& desk)
{
    auto* action = desk.window->findChild<QAction*>(QStringLiteral("importSurveyAction"));
    REQUIRE(action != nullptr);
    return action;
}

ui::SurveyImportDialog* openImport(const test::Desk& desk)
{
    importAction(desk)->trigger();
    auto* dialog = desk.window->findChild<ui::SurveyImportDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

QString newWorkOrder(test::Desk& desk, const security::Operator& owner)
{
    auto cat = db::exec(desk.ws->db->connection(),
                        QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY name LIMIT 1"));
    REQUIRE(cat.ok());
    REQUIRE(cat.value().next());
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("0771-5551234");
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    d.contactName = QStringLiteral("陈静");
    d.channel = tickets::Channel::Phone;
    d.categoryId = cat.value().value(0).toString();
    d.question = QStringLiteral("小规模纳税人季度销售额未超过30万元，是否免征增值税？");
    d.answer = QStringLiteral("符合条件的可以享受免征增值税优惠。");
    d.receivedAt = desk.clock.now().addSecs(-3600);
    auto w = tickets::WorkOrderService(*desk.ws->db, desk.clock, desk.ids, desk.ws->deadlines).create(d, owner);
    REQUIRE(w.ok());
    return w->id;
}

} // namespace

TEST_CASE("a team lead imports survey results off the GUI thread with progress and sees the refused rows")
{
    QTemporaryDir dir;
    const QString csv = writeSurvey(dir, 3000);
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    Capture capture;
    auto* label = desk.window->findChild<ui::SatisfactionLabel*>();
    REQUIRE(label != nullptr);
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("—")));

    CHECK(importAction(desk)->isVisible());
    auto* dialog = openImport(desk);
    ui::FileChooser::setNextAnswers({csv});
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("surveyBrowsePushButton")), Qt::LeftButton);
    CHECK(dialog->fileEdit()->text() == QDir::toNativeSeparators(csv));

    QList<int> values;
    QObject::connect(dialog->progressBar(), &QProgressBar::valueChanged, dialog, [&values](int v) { values << v; });
    QSignalSpy finished(dialog, &ui::SurveyImportDialog::finished);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    CHECK(dialog->isRunning());
    CHECK_FALSE(dialog->importButton()->isEnabled()); // the GUI stays responsive, the button waits
    REQUIRE((finished.count() > 0 || finished.wait(120000)));
    CHECK(finished.first().at(0).toBool());
    CHECK_FALSE(dialog->isRunning());
    // Progress moved through intermediate values before the end.
    CHECK(std::any_of(values.begin(), values.end(), [](int v) { return v > 0 && v < 3001; }));

    CHECK(dialog->summaryLabel()->text().contains(QStringLiteral("3000")));
    CHECK(dialog->summaryLabel()->text() ==
          QCoreApplication::translate("hotline::ui::SurveyImportDialog",
                                      "Imported %1 (%2 not matched to a work order), %3 already imported, %4 refused.")
              .arg(3000)
              .arg(3000)
              .arg(0)
              .arg(1));
    REQUIRE(dialog->failureList()->topLevelItemCount() == 1);
    CHECK(dialog->failureList()->topLevelItem(0)->text(0) == QStringLiteral("3002"));
    CHECK(dialog->failureList()->topLevelItem(0)->text(1).contains(QStringLiteral("很好")));
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM satisfaction_surveys")) == 3000);
    CHECK(capture.shown.isEmpty());

    // The status bar shows September's rate against the target: 2400 / 3000 = 80 %, below, in red.
    CHECK(label->text().contains(QStringLiteral("80.00%")));
    CHECK(label->text().contains(QStringLiteral("90%")));
    CHECK(label->styleSheet().contains(QStringLiteral("#b00020")));
    dialog->cancel(); // Close
}

TEST_CASE("cancelling a survey import stores nothing, and agents are not offered the import")
{
    QTemporaryDir dir;
    const QString csv = writeSurvey(dir, 20000);
    {
        test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
        Capture capture;
        auto* dialog = openImport(desk);
        dialog->setFile(csv);
        QSignalSpy finished(dialog, &ui::SurveyImportDialog::finished);
        dialog->start();
        REQUIRE(dialog->isRunning());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        CHECK(dialog->isVisible()); // Cancel stops the import, it does not close the dialog
        REQUIRE((finished.count() > 0 || finished.wait(120000)));
        CHECK(dialog->summaryLabel()->text() ==
              QCoreApplication::translate("hotline::ui::SurveyImportDialog", "Cancelled: nothing was imported."));
        CHECK(count(desk, QStringLiteral("SELECT count(*) FROM satisfaction_surveys")) == 0);

        // A file that is not a survey export is refused with the reason.
        QFile other(dir.filePath(QStringLiteral("other.csv")));
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("a,b\n1,2\n");
        other.close();
        dialog->setFile(other.fileName());
        QSignalSpy again(dialog, &ui::SurveyImportDialog::finished);
        dialog->start();
        REQUIRE((again.count() > 0 || again.wait(60000)));
        CHECK_FALSE(again.first().at(0).toBool());
        REQUIRE(capture.shown.size() == 1);
        CHECK(capture.shown.first().contains(QStringLiteral("通话时间")));
    }
    test::Desk agent(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("李娜"), security::Role::Agent);
    CHECK_FALSE(importAction(agent)->isVisible());
    CHECK_FALSE(agent.window->findChild<ui::SatisfactionLabel*>()->isVisible());
}

TEST_CASE("an agent records a return visit on their work order with Ctrl+Shift+R and sees it listed")
{
    QTemporaryDir dir;
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")));
    Capture capture;
    const QString mine = newWorkOrder(desk, desk.ws->currentOperator);
    const security::Operator other =
        test::ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("王强"), security::Role::Agent);
    const QString theirs = newWorkOrder(desk, other);
    desk.pane()->reloadAll();

    desk.pane()->selectWorkOrder(theirs);
    auto* visits = desk.pane()->detail()->findChild<ui::ReturnVisitsWidget*>();
    REQUIRE(visits != nullptr);
    CHECK_FALSE(visits->visitButton()->isEnabled());

    desk.pane()->selectWorkOrder(mine);
    REQUIRE(visits->visitButton()->isEnabled());
    CHECK(visits->list()->topLevelItemCount() == 0);
    visits->list()->setFocus();
    QTest::keyClick(visits->list(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = desk.window->findChild<ui::ReturnVisitDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->verdictCombo()->setCurrentIndex(1); // 基本满意
    dialog->methodCombo()->setCurrentIndex(1);  // 短信
    dialog->noteEdit()->setPlainText(QStringLiteral("纳税人表示已按指引完成申报"));

    // A time in the future is refused with the reason, and the dialog stays open.
    dialog->timeEdit()->setDateTime(beijingWall(desk.clock.now().addDays(1)));
    dialog->save();
    REQUIRE(capture.shown.size() == 1);
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM return_visits")) == 0);

    dialog->timeEdit()->setDateTime(beijingWall(desk.clock.now().addSecs(-600)));
    dialog->save();
    CHECK(capture.shown.size() == 1);
    REQUIRE(visits->list()->topLevelItemCount() == 1);
    CHECK(visits->list()->topLevelItem(0)->text(1) == QStringLiteral("李娜"));
    CHECK(visits->list()->topLevelItem(0)->text(3) ==
          satisfaction::displayName(satisfaction::Rating::BasicallySatisfied));
    CHECK(visits->list()->topLevelItem(0)->text(4) == QStringLiteral("纳税人表示已按指引完成申报"));
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM return_visits WHERE method = 'sms' AND verdict = "
                                     "'basically_satisfied'")) == 1);
}

TEST_CASE("satisfaction screenshots", "[.screenshot]")
{
    QTemporaryDir dir;
    const QString csv = writeSurvey(dir, 300);
    test::Desk desk(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("张敏"), security::Role::TeamLead);
    Capture capture;
    const QString out = qEnvironmentVariable("HOTLINE_SCREENSHOTS", QDir::tempPath());
    auto* dialog = openImport(desk);
    dialog->setFile(csv);
    QSignalSpy finished(dialog, &ui::SurveyImportDialog::finished);
    dialog->start();
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    CHECK(dialog->grab().save(out + QStringLiteral("/surveyimport.png")));
    dialog->cancel();
    const QString wo = newWorkOrder(desk, desk.ws->currentOperator);
    desk.pane()->reloadAll();
    desk.pane()->selectWorkOrder(wo);
    auto* visits = desk.pane()->detail()->findChild<ui::ReturnVisitsWidget*>();
    visits->recordVisit();
    auto* visit = desk.window->findChild<ui::ReturnVisitDialog*>();
    REQUIRE(visit != nullptr);
    CHECK(visit->grab().save(out + QStringLiteral("/returnvisit.png")));
    visit->noteEdit()->setPlainText(QStringLiteral("纳税人表示满意"));
    visit->timeEdit()->setDateTime(beijingWall(desk.clock.now().addSecs(-60)));
    visit->save();
    desk.window->refreshStatusBar();
    CHECK(desk.window->grab().save(out + QStringLiteral("/satisfaction-main.png")));
}
