// The recording catalogue (录音库) in the 质检 pane: the table, masking, import with progress off the GUI thread,
// linking by hand, verifying files, opening a recording.
#include "common/messages.h"
#include "desk.h"
#include "qa/qapane.h"
#include "qa/recordingimportdialog.h"
#include "qa/recordinglinkdialog.h"
#include "qa/recordinglistmodel.h"
#include "qa/recordingswidget.h"
#include "recordings/audioformat.h"
#include "recordings/demorecordings.h"
#include "recordings/recordingrepository.h"
#include "telephony/screenpop.h"
#include "tickets/categories.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderservice.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

using namespace hotline;
using namespace hotline::test;

namespace {

void writeCall(const QString& path, int seed, int seconds = 2)
{
    recordings::PcmAudio a;
    for (int i = 0; i < seconds * 8000; ++i) {
        const bool voiced = (i / 2000) % 2 == 0;
        a.samples.append(voiced ? static_cast<qint16>(8000 * std::sin(2 * M_PI * (180 + 20 * seed) * i / 8000.0))
                                : qint16(0));
    }
    REQUIRE(recordings::writeWav(path, a, recordings::AudioEncoding::ALaw).ok());
}

struct MessageCatcher {
    MessageCatcher()
    {
        ui::Messages::setHandler([this](ui::Messages::Kind kind, const QString&, const QString& text) {
            kinds << kind;
            texts << text;
        });
    }
    ~MessageCatcher() { ui::Messages::setHandler({}); }
    QList<ui::Messages::Kind> kinds;
    QStringList texts;
};

ui::RecordingsWidget* openCatalogue(Desk& desk)
{
    ui::QaPane* qa = desk.window->qaPane();
    REQUIRE(qa != nullptr);
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(2); // 质检 (Alt+3)
    REQUIRE(qa->isVisible());
    ui::RecordingsWidget* w = qa->recordings();
    REQUIRE(w != nullptr);
    qa->tabs()->setCurrentWidget(w);
    return w;
}

ui::RecordingImportDialog* runImport(ui::RecordingsWidget* w, const QString& folder)
{
    ui::RecordingImportDialog* dialog = w->openImportDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("folderLineEdit"));
    edit->setText(QDir::toNativeSeparators(folder));
    QSignalSpy done(dialog, &ui::RecordingImportDialog::importFinished);
    dialog->findChild<QPushButton*>(QStringLiteral("startPushButton"))->click();
    REQUIRE(done.wait(30000));
    return dialog;
}

} // namespace

TEST_CASE("the QA inspector imports a folder in the catalogue tab with progress and a list of failures")
{
    QTemporaryDir dir;
    QTemporaryDir pbx;
    Desk desk(dir.filePath(QStringLiteral("store.db")), QStringLiteral("赵质检"), security::Role::QaInspector);
    MessageCatcher messages;
    for (int i = 0; i < 12; ++i) {
        const QString minute = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        writeCall(pbx.filePath(QStringLiteral("20250930_09") + minute + QStringLiteral("00_1001_1391234") +
                               QString::number(5000 + i) + QStringLiteral("_C") + minute + QStringLiteral(".wav")),
                  i);
    }
    QFile bad(pbx.filePath(QStringLiteral("20250930_120000_1001_13912345678_BAD.wav")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("RIFF....WAVEfmt ");
    bad.close();

    ui::RecordingsWidget* w = openCatalogue(desk);
    CHECK(desk.window->qaPane()->tabs()->tabText(0) == QStringLiteral("录音库"));
    CHECK(w->model()->rowCount() == 0);
    // The progress bar moves while the import runs off the GUI thread.
    ui::RecordingImportDialog* dialog = w->openImportDialog();
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("importProgressBar"));
    QList<int> values;
    QObject::connect(progress, &QProgressBar::valueChanged, progress, [&](int v) { values << v; });
    dialog->close();
    dialog = runImport(w, pbx.path());
    CHECK_FALSE(dialog->isRunning());
    CHECK(dialog->report().imported == 12);
    CHECK(dialog->report().failed() == 1);
    CHECK(values.contains(13));
    CHECK(values.size() >= 3);
    auto* failures = dialog->findChild<QTreeWidget*>(QStringLiteral("failuresTreeWidget"));
    REQUIRE(failures->topLevelItemCount() == 1);
    CHECK(failures->topLevelItem(0)->text(0) == QStringLiteral("20250930_120000_1001_13912345678_BAD.wav"));
    CHECK_FALSE(failures->topLevelItem(0)->text(1).isEmpty());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("importStatusLabel"))->text().contains(QStringLiteral("12")));
    CHECK(messages.texts.isEmpty());
    // The catalogue reloaded, newest first; a QA inspector sees callers masked.
    REQUIRE(w->model()->rowCount() == 12);
    auto* table = w->table();
    CHECK(table->model()->index(0, ui::RecordingListModel::Started).data().toString() ==
          QStringLiteral("2025-09-30 09:11:00"));
    CHECK(table->model()->index(0, ui::RecordingListModel::Caller).data().toString() == QStringLiteral("139****5011"));
    CHECK(table->model()->index(0, ui::RecordingListModel::Format).data().toString().contains(QStringLiteral("A")));
    CHECK(table->model()->index(0, ui::RecordingListModel::Duration).data().toString() == QStringLiteral("0:02"));
    // Sortable: the oldest first after a click on the start header.
    table->sortByColumn(ui::RecordingListModel::Started, Qt::AscendingOrder);
    CHECK(table->model()->index(0, ui::RecordingListModel::Started).data().toString() ==
          QStringLiteral("2025-09-30 09:00:00"));

    // The settings are offered again; importing again adds nothing.
    dialog->close();
    ui::RecordingImportDialog* again = w->openImportDialog();
    CHECK(QDir::fromNativeSeparators(again->findChild<QLineEdit*>(QStringLiteral("folderLineEdit"))->text()) ==
          pbx.path());
    QSignalSpy done(again, &ui::RecordingImportDialog::importFinished);
    again->start();
    REQUIRE(done.wait(30000));
    CHECK(again->report().imported == 0);
    CHECK(again->report().skipped == 12);

    // The filters: search by the caller's number, unlinked only.
    auto* search = w->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("13912345003"));
    QTRY_COMPARE(w->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(w->model()->rowCount(), 12);
    w->findChild<QCheckBox*>(QStringLiteral("unlinkedCheckBox"))->setChecked(true);
    CHECK(w->model()->rowCount() == 12);
}

TEST_CASE("Ctrl+I opens the import dialog and Cancel stops the import, keeping what was done")
{
    QTemporaryDir dir;
    QTemporaryDir pbx;
    Desk desk(dir.filePath(QStringLiteral("store.db")), QStringLiteral("张组长"), security::Role::TeamLead);
    MessageCatcher messages;
    constexpr int kFiles = 300;
    for (int i = 0; i < kFiles; ++i) {
        const QString time =
            QStringLiteral("10%1%2").arg(i / 60, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0'));
        writeCall(pbx.filePath(QStringLiteral("20250930_") + time + QStringLiteral("_1001_13912345678_C") +
                               QString::number(i) + QStringLiteral(".wav")),
                  i, 1);
    }
    ui::RecordingsWidget* w = openCatalogue(desk);
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_I, Qt::ControlModifier);
    auto* dialog = w->findChild<ui::RecordingImportDialog*>();
    REQUIRE(dialog != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("folderLineEdit"))->setText(pbx.path());
    QSignalSpy done(dialog, &ui::RecordingImportDialog::importFinished);
    dialog->start();
    CHECK(dialog->isRunning());
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("startPushButton"))->isEnabled());
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelPushButton"));
    REQUIRE(cancel->isEnabled());
    cancel->click(); // the worker stops after the file it is on
    REQUIRE(done.wait(30000));
    CHECK(done.first().at(0).toBool() == false);
    CHECK(dialog->report().cancelled);
    CHECK(dialog->report().imported < kFiles);
    CHECK(w->model()->rowCount() == dialog->report().imported);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("importStatusLabel"))->text().startsWith(QStringLiteral("已取消")));
    CHECK(messages.texts.isEmpty());
    // Importing again finishes the job.
    QSignalSpy rest(dialog, &ui::RecordingImportDialog::importFinished);
    dialog->start();
    REQUIRE(rest.wait(60000));
    CHECK(dialog->report().imported + dialog->report().skipped == kFiles);
    CHECK(w->model()->rowCount() == kFiles);
}

TEST_CASE("linking a recording by hand, unlinking, verifying a missing file, opening by Enter")
{
    QTemporaryDir dir;
    QTemporaryDir pbx;
    Desk desk(dir.filePath(QStringLiteral("store.db")), QStringLiteral("赵质检"), security::Role::QaInspector);
    MessageCatcher messages;
    // A work order from the caller, received far from the call: not linked by the import.
    const security::Operator agent =
        ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("李娜"), security::Role::Agent);
    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids);
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("13912345678");
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    d.contactName = QStringLiteral("陈静");
    d.question = QStringLiteral("个税汇算清缴怎么办理？");
    d.answer = QStringLiteral("请登录个人所得税APP办理。");
    for (const tickets::Category& c : tickets::CategoryRepository(desk.ws->db->connection()).all().value()) {
        if (!c.parentId.isEmpty()) {
            d.categoryId = c.id;
            break;
        }
    }
    d.receivedAt = beijing(QStringLiteral("2025-09-29 15:00"));
    auto wo = service.create(d, agent);
    REQUIRE(wo.ok());
    const QString file = pbx.filePath(QStringLiteral("20250930_090000_1001_13912345678_C1.wav"));
    writeCall(file, 1);

    ui::RecordingsWidget* w = openCatalogue(desk);
    runImport(w, pbx.path())->close();
    REQUIRE(w->model()->rowCount() == 1);
    CHECK(w->table()->model()->index(0, ui::RecordingListModel::WorkOrder).data().toString() ==
          QStringLiteral("未关联"));
    const QString id = w->model()->at(0)->id;
    REQUIRE(w->selectRecording(id));

    // 关联工单…: the caller's work order is offered; choosing it links.
    auto* link = w->findChild<QPushButton*>(QStringLiteral("linkPushButton"));
    REQUIRE(link->isEnabled());
    QTimer::singleShot(0, [&] {
        auto* dialog = w->findChild<ui::RecordingLinkDialog*>();
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->candidates()->topLevelItemCount() == 1);
        CHECK(dialog->candidates()->topLevelItem(0)->text(0) == wo->ticketNo);
        // Typing an unknown number finds nothing; the real one selects it.
        dialog->ticketNoEdit()->setText(QStringLiteral("NO-SUCH"));
        CHECK_FALSE(dialog->findTicket());
        dialog->ticketNoEdit()->setText(wo->ticketNo);
        CHECK(dialog->findTicket());
        CHECK(dialog->workOrderId() == wo->id);
        dialog->accept();
    });
    link->click();
    CHECK(w->table()->model()->index(0, ui::RecordingListModel::WorkOrder).data().toString() == wo->ticketNo);
    CHECK(w->model()->at(0)->linkMethod == recordings::LinkMethod::Manual);
    auto* unlink = w->findChild<QPushButton*>(QStringLiteral("unlinkPushButton"));
    REQUIRE(unlink->isEnabled());
    unlink->click();
    CHECK_FALSE(w->model()->at(0)->linked());

    // 校验文件: the file gone is flagged in red.
    QFile::remove(file);
    w->selectRecording(id);
    w->findChild<QPushButton*>(QStringLiteral("verifyPushButton"))->click();
    REQUIRE(messages.kinds.size() == 1);
    CHECK(messages.kinds.first() == ui::Messages::Kind::Warning);
    const QModelIndex state = w->table()->model()->index(0, ui::RecordingListModel::FileState);
    CHECK(state.data().toString() == QStringLiteral("文件缺失"));
    CHECK(state.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc6, 0x28, 0x28));
    CHECK_FALSE(state.data(Qt::DecorationRole).value<QIcon>().isNull());

    // Enter and double-click ask for the recording.
    QSignalSpy open(w, &ui::RecordingsWidget::openRecording);
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.first().first().toString() == id);
}

TEST_CASE("an agent sees no catalogue tab")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("store.db")));
    CHECK(desk.window->qaPane()->recordings() == nullptr);
}

TEST_CASE("a screen-pop with a call id shows it read-only as 通话流水号 in the new work order")
{
    QTemporaryDir dir;
    Desk desk(dir.filePath(QStringLiteral("desk.db")));
    const QString socket = QStringLiteral("hotlinedesk-callid-") + QString::number(QCoreApplication::applicationPid());
    qputenv("HOTLINEDESK_SOCKET", socket.toUtf8());
    telephony::ScreenPopServer server;
    REQUIRE(server.listen().ok());
    QObject::connect(&server, &telephony::ScreenPopServer::popRequested, desk.window.get(), &ui::MainWindow::popCaller);
    QProcess cli;
    cli.start(QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli"),
              {QStringLiteral("pop"), QStringLiteral("--caller"), QStringLiteral("13912345678"),
               QStringLiteral("--call-id"), QStringLiteral("PBX-20250930-0042")});
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 10000);
    CHECK(cli.exitCode() == 0);
    ui::NewWorkOrderDialog* dialog = desk.openDialog();
    REQUIRE(dialog != nullptr);
    QLineEdit* callId = dialog->fields()->callIdEdit();
    CHECK(callId->isVisible());
    CHECK(callId->isReadOnly());
    CHECK(callId->text() == QStringLiteral("PBX-20250930-0042"));
    CHECK(dialog->fields()->draft().callId == QStringLiteral("PBX-20250930-0042"));
    qunsetenv("HOTLINEDESK_SOCKET");
    dialog->close();
    // Without a call id the field stays hidden.
    desk.window->popCaller(QStringLiteral("13912345678"));
    ui::NewWorkOrderDialog* plain = nullptr;
    for (auto* d : desk.window->findChildren<ui::NewWorkOrderDialog*>()) {
        if (d->isVisible()) {
            plain = d;
        }
    }
    REQUIRE(plain != nullptr);
    CHECK_FALSE(plain->fields()->callIdEdit()->isVisible());
}

// Not run by default: `test_gui "[.screenshot]"` writes the catalogue and the import dialog as PNGs to look at.
TEST_CASE("catalogue screenshots", "[.screenshot]")
{
    QTemporaryDir dir;
    QTemporaryDir pbx;
    Desk desk(dir.filePath(QStringLiteral("store.db")), QStringLiteral("梁淑芬"), security::Role::TeamLead);
    MessageCatcher messages;
    const security::Operator agent =
        ensureAccount(*desk.ws, desk.clock, desk.ids, QStringLiteral("黄晓雯"), security::Role::Agent);
    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids);
    QString topic;
    for (const tickets::Category& c : tickets::CategoryRepository(desk.ws->db->connection()).all().value()) {
        if (!c.parentId.isEmpty()) {
            topic = c.id;
            break;
        }
    }
    for (int i = 0; i < 12; ++i) {
        const QDateTime start = beijing(QStringLiteral("2025-09-29 09:00")).addSecs(i * 1700);
        const QString caller = QStringLiteral("1391234%1").arg(5000 + i);
        if (i % 5 != 4) {
            tickets::WorkOrderDraft d;
            d.callerNumber = caller;
            d.categoryId = topic;
            d.question = QStringLiteral("综合所得汇算清缴怎么申报？");
            d.answer = QStringLiteral("请通过个人所得税APP办理。");
            d.resolvedOnFirstContact = true;
            d.receivedAt = start;
            d.callId = i % 2 == 0 ? QStringLiteral("CID%1").arg(i) : QString();
            REQUIRE(service.create(d, agent).ok());
        }
        const recordings::AudioEncoding enc[] = {recordings::AudioEncoding::ALaw, recordings::AudioEncoding::MuLaw,
                                                 recordings::AudioEncoding::Pcm16};
        REQUIRE(recordings::writeWav(pbx.filePath(QStringLiteral("%1_%2_%3_%4.wav")
                                                      .arg(start.toString(QStringLiteral("yyyyMMdd_HHmmss")),
                                                           agent.name, caller, QStringLiteral("CID%1").arg(i))),
                                     recordings::synthesizeCall(60 + i * 13, 12366u + quint32(i)), enc[i % 3])
                    .ok());
    }
    QFile bad(pbx.filePath(QStringLiteral("20250929_170000_1001_13912345678_BAD.wav")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("RIFF....WAVEfmt ");
    bad.close();
    QFile odd(pbx.filePath(QStringLiteral("greeting.wav")));
    QFile::copy(pbx.filePath(QStringLiteral("20250929_170000_1001_13912345678_BAD.wav")), odd.fileName());

    ui::RecordingsWidget* w = openCatalogue(desk);
    desk.window->resize(1280, 760);
    ui::RecordingImportDialog* dialog = runImport(w, pbx.path());
    dialog->grab().save(QStringLiteral("/tmp/catalogue-import.png"));
    dialog->close();
    QFile::remove(pbx.filePath(QStringLiteral("20250929_102500_黄晓雯_13912345003_CID3.wav")));
    w->table()->selectAll();
    w->verifySelected();
    w->table()->clearSelection();
    QApplication::processEvents();
    desk.window->grab().save(QStringLiteral("/tmp/catalogue.png"));
}
