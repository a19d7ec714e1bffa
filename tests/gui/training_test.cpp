// 培训 tab: the year's count against the requirement of two shown prominently, a session added through the editor with
// its attendee checklist, and the tab read-only for agents. A hidden case renders the tab to PNG.

#include "common/messages.h"
#include "desk.h"
#include "knowledge/linkdialog.h"
#include "knowledge/linklistwidget.h"
#include "materials/clientversion.h"
#include "materials/materiallibrary.h"
#include "service/clientversiondialog.h"
#include "service/clientversionswidget.h"
#include "service/mailserverdialog.h"
#include "service/materialswidget.h"
#include "service/sendmaterialdialog.h"
#include "service/servicepane.h"
#include "service/trainingdialog.h"
#include "service/trainingwidget.h"
#include "training/training.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>

using namespace hotline;

namespace {

QString countText(bool met, int held, int planned)
{
    return ui::TrainingWidget::tr("%1 %2: %3 held of at least %4 required · %5 planned")
        .arg(met ? QStringLiteral("✔") : QStringLiteral("✘"))
        .arg(2025)
        .arg(held)
        .arg(2)
        .arg(planned);
}

ui::TrainingWidget* showTrainingTab(test::Desk& desk)
{
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(3);
    auto* widget = desk.window->servicePane()->findChild<ui::TrainingWidget*>();
    REQUIRE(widget != nullptr);
    desk.window->servicePane()->tabs()->setCurrentWidget(widget);
    QTest::qWait(20);
    return widget;
}

training::Training session(const QString& topic, const QString& at)
{
    training::Training t;
    t.topic = topic;
    t.startsAt = test::beijing(at);
    t.durationMinutes = 120;
    t.trainer = QStringLiteral("张敏");
    t.location = QStringLiteral("三楼培训室");
    return t;
}

} // namespace

TEST_CASE("the training tab shows the year's count against two and adds a session with its attendees")
{
    test::TempStore store;
    test::Desk desk(store.path, QStringLiteral("张敏"), security::Role::TeamLead);
    ui::TrainingWidget* tab = showTrainingTab(desk);
    CHECK(tab->yearSpin()->value() == 2025);
    CHECK(tab->countLabel()->text() == countText(false, 0, 0));
    CHECK(tab->countLabel()->styleSheet().contains(QStringLiteral("#b00020")));
    REQUIRE(training::saveTraining(*desk.ws->db,
                                   session(QStringLiteral("扣缴端新版本培训"), QStringLiteral("2025-06-10 09:00")),
                                   desk.ws->currentOperator, desk.ids, desk.clock)
                .ok());
    tab->reload();
    CHECK(tab->list()->topLevelItemCount() == 1);

    // Ins opens the editor; the second session of the year is held yesterday with the lead attending.
    tab->list()->setFocus();
    QTest::keyClick(tab->list(), Qt::Key_Insert);
    auto* dialog = tab->findChild<ui::TrainingDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->topicEdit()->setText(QStringLiteral("综合所得申报常见问题"));
    dialog->trainerEdit()->setText(QStringLiteral("王强"));
    dialog->startEdit()->setDateTime(QDateTime(QDate(2025, 9, 29), QTime(14, 0)));
    QTreeWidget* attendees = dialog->attendeeList();
    REQUIRE(attendees->topLevelItemCount() >= 2); // the administrator and 张敏
    QTreeWidgetItem* lead = attendees->findItems(QStringLiteral("张敏"), Qt::MatchExactly).value(0);
    REQUIRE(lead != nullptr);
    lead->setCheckState(ui::TrainingDialog::Attended, Qt::Checked);
    CHECK(lead->checkState(ui::TrainingDialog::Invited) == Qt::Checked); // marking present invites
    dialog->save();
    CHECK(dialog->result() == QDialog::Accepted);
    QTest::qWait(20);

    CHECK(tab->list()->topLevelItemCount() == 2);
    CHECK(tab->countLabel()->text() == countText(true, 2, 0));
    CHECK(tab->countLabel()->styleSheet().contains(QStringLiteral("#1a7f37")));
    auto stored = training::listTrainings(desk.ws->db->connection(), 2025);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    const training::Training& held = stored->last();
    CHECK(held.startsAt == test::beijing(QStringLiteral("2025-09-29 14:00")));
    REQUIRE(held.attendees.size() == 1);
    CHECK(held.attendees.first().attended);
    QList<QTreeWidgetItem*> rows = tab->list()->findItems(QStringLiteral("综合所得申报常见问题"), Qt::MatchExactly);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first()->text(ui::TrainingWidget::Attendance) == QStringLiteral("1 / 1"));

    // A bad value stays in the dialog with the reason.
    tab->addSession();
    auto* bad = tab->findChildren<ui::TrainingDialog*>().last();
    bad->save();
    CHECK(bad->errorLabel()->isVisibleTo(bad));
    CHECK_FALSE(bad->errorLabel()->text().isEmpty());
    bad->reject();

    // Another year has none.
    tab->yearSpin()->setValue(2024);
    CHECK(tab->list()->topLevelItemCount() == 0);
}

TEST_CASE("agents see the training tab read-only")
{
    test::TempStore store;
    test::Desk desk(store.path);
    ui::TrainingWidget* tab = showTrainingTab(desk);
    CHECK_FALSE(tab->findChild<QPushButton*>(QStringLiteral("newTrainingButton"))->isVisible());
    QTest::keyClick(tab->list(), Qt::Key_Insert);
    CHECK(tab->findChild<ui::TrainingDialog*>() == nullptr);
}

TEST_CASE("a topic course gets its time in the link dialog and the KB course list shows it while upcoming")
{
    test::TempStore store;
    test::Desk desk(store.path, QStringLiteral("张敏"), security::Role::TeamLead);
    knowledge::KbLink course;
    course.kind = knowledge::LinkKind::Course;
    ui::LinkDialog dialog(*desk.ws, course);
    REQUIRE(dialog.liveCheck()->isVisibleTo(&dialog));
    dialog.titleEdit()->setText(QStringLiteral("专题课程：扣缴端新版本操作"));
    dialog.urlEdit()->setText(QStringLiteral("https://example.gov.cn/live/123"));
    dialog.liveCheck()->setChecked(true);
    dialog.startsEdit()->setDateTime(QDateTime(QDate(2025, 10, 15), QTime(14, 0)));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.link().startsAt == test::beijing(QStringLiteral("2025-10-15 14:00")));

    ui::LinkListWidget list(*desk.ws, knowledge::LinkKind::Course);
    list.reload();
    REQUIRE(list.list()->topLevelItemCount() == 1);
    CHECK_FALSE(list.list()->isColumnHidden(ui::LinkListWidget::Starts));
    CHECK(list.list()->topLevelItem(0)->text(ui::LinkListWidget::Starts) == QStringLiteral("2025-10-15 14:00"));
    desk.clock.set(test::beijing(QStringLiteral("2025-10-16 09:00")));
    list.reload();
    CHECK(list.list()->topLevelItem(0)->text(ui::LinkListWidget::Starts).isEmpty());

    knowledge::KbLink news;
    news.kind = knowledge::LinkKind::News;
    ui::LinkDialog newsDialog(*desk.ws, news);
    CHECK_FALSE(newsDialog.liveCheck()->isVisibleTo(&newsDialog));
}

TEST_CASE("render the service tabs to PNG files", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    test::TempStore store;
    test::Desk desk(store.path, QStringLiteral("张敏"), security::Role::TeamLead);
    desk.window->resize(1280, 800);
    for (const auto& [topic, at] : {std::pair{"扣缴端 V3.1.221 新功能培训", "2025-03-12 14:00"},
                                    std::pair{"综合所得年度汇算政策解读", "2025-06-18 09:30"},
                                    std::pair{"12366 服务规范与投诉防范", "2025-11-20 14:00"}}) {
        training::Training t = session(QString::fromUtf8(topic), QString::fromUtf8(at));
        t.attendees = {{desk.ws->currentOperator.id, {}, true}};
        REQUIRE(training::saveTraining(*desk.ws->db, t, desk.ws->currentOperator, desk.ids, desk.clock).ok());
    }
    ui::TrainingWidget* tab = showTrainingTab(desk);
    tab->reload();
    QTest::qWait(50);
    CHECK(desk.window->grab().save(out + QStringLiteral("/service-training.png")));
    auto* dialog =
        new ui::TrainingDialog(*desk.ws, training::listTrainings(desk.ws->db->connection(), 2025)->first(), tab);
    dialog->show();
    QTest::qWait(50);
    CHECK(dialog->grab().save(out + QStringLiteral("/service-training-dialog.png")));
    dialog->close();

    // 资料库 with a file, a link and a flagged file; 版本验证 with two releases.
    QTemporaryDir sources;
    materials::MaterialLibrary library(*desk.ws->db, materials::MaterialLibrary::folderFor(desk.ws->db->path()),
                                       desk.clock, desk.ids);
    const auto addFile = [&](materials::Kind kind, const QString& title, const QString& version, const QString& name,
                             int kb) {
        const QString path = QDir(sources.path()).filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kb * 1024, static_cast<char>(kb % 251)));
        f.close();
        materials::MaterialDraft d;
        d.kind = kind;
        d.title = title;
        d.releaseVersion = version;
        d.sourcePath = path;
        auto m = library.add(d, desk.ws->currentOperator);
        REQUIRE(m.ok());
        return m.value();
    };
    addFile(materials::Kind::Manual, QStringLiteral("扣缴端操作手册"), QStringLiteral("V3.1.221"),
            QStringLiteral("扣缴端操作手册V3.1.221.pdf"), 2300);
    const materials::Material upgrade =
        addFile(materials::Kind::Upgrade, QStringLiteral("扣缴端升级包"), QStringLiteral("V3.1.222"),
                QStringLiteral("upgrade-3.1.222.exe"), 5600);
    addFile(materials::Kind::ScreenRecording, QStringLiteral("人员信息采集操作录屏"), QString(),
            QStringLiteral("人员信息采集.mp4"), 700);
    materials::MaterialDraft link;
    link.kind = materials::Kind::Install;
    link.title = QStringLiteral("扣缴端安装包（官网下载）");
    link.releaseVersion = QStringLiteral("V3.1.222");
    link.url = QStringLiteral("https://etax.chinatax.gov.cn/download/kjd-setup.exe");
    REQUIRE(library.add(link, desk.ws->currentOperator).ok());
    {
        QFile f(library.absolutePath(upgrade));
        REQUIRE(f.open(QIODevice::Append));
        f.write("x");
    }
    auto* materialsTab = desk.window->servicePane()->findChild<ui::MaterialsWidget*>();
    desk.window->servicePane()->tabs()->setCurrentWidget(materialsTab);
    materialsTab->verifyAll();
    QTest::qWait(50);
    CHECK(desk.window->grab().save(out + QStringLiteral("/service-materials.png")));
    auto* send = new ui::SendMaterialDialog(*desk.ws, materialsTab->library(), upgrade.id, {}, materialsTab);
    send->recipientEdit()->setText(QStringLiteral("chen.jing@example.com"));
    send->show();
    QTest::qWait(50);
    CHECK(send->grab().save(out + QStringLiteral("/service-send.png")));
    send->close();

    materials::ClientVersion v;
    v.clientVersion = QStringLiteral("V3.1.221");
    v.releasedOn = QDate(2025, 8, 20);
    v.deadlineOn = QDate(2025, 9, 5);
    v.checklist = materials::defaultChecklist();
    for (auto& item : v.checklist) {
        item.passed = true;
    }
    auto saved = materials::saveClientVersion(*desk.ws->db, v, desk.ws->currentOperator, desk.ids, desk.clock);
    REQUIRE(saved.ok());
    REQUIRE(
        materials::verifyClientVersion(*desk.ws->db, saved->id, saved->version, desk.ws->currentOperator, desk.clock)
            .ok());
    v.clientVersion = QStringLiteral("V3.1.222");
    v.releasedOn = QDate(2025, 9, 26);
    v.deadlineOn = QDate(2025, 10, 3);
    v.checklist = materials::defaultChecklist();
    v.checklist[0].passed = true;
    v.checklist[1].passed = false;
    v.checklist[1].note = QStringLiteral("CA 登录偶发超时，已反馈");
    v.manualRevised = true;
    v.manualNote = QStringLiteral("《扣缴端操作手册》第 4 章");
    v.materialId = upgrade.id;
    auto second = materials::saveClientVersion(*desk.ws->db, v, desk.ws->currentOperator, desk.ids, desk.clock);
    REQUIRE(second.ok());
    auto* versionsTab = desk.window->servicePane()->findChild<ui::ClientVersionsWidget*>();
    desk.window->servicePane()->tabs()->setCurrentWidget(versionsTab);
    versionsTab->reload();
    QTest::qWait(50);
    CHECK(desk.window->grab().save(out + QStringLiteral("/service-versions.png")));
    auto* editor = new ui::ClientVersionDialog(*desk.ws, second.value(), false, versionsTab);
    editor->show();
    QTest::qWait(50);
    CHECK(editor->grab().save(out + QStringLiteral("/service-version-dialog.png")));
    editor->close();
    auto* mail = new ui::MailServerDialog(*desk.ws, desk.window.get());
    mail->show();
    QTest::qWait(50);
    CHECK(mail->grab().save(out + QStringLiteral("/service-mailserver.png")));
    mail->close();
}
