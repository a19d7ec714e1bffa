// 资料库 tab and 发送给纳税人…: a file and a link added through the dialog, the kind filter and search, 校验 flagging a
// changed file, a material sent from the library and from the work-order detail (Ctrl+Shift+M, recipient prefilled
// from the work order) to a local SMTP server with the result shown and recorded in the timeline; the 版本验证 tab's
// checklist editor; Settings ▸ 邮件服务器… with 测试连接.

#include "../unit/materials/mimeread.h"
#include "core/filehash.h"
#include "db/query.h"
#include "desk.h"
#include "knowledge/kbexchangeactions.h"
#include "materials/clientversion.h"
#include "materials/mailsettings.h"
#include "service/clientversiondialog.h"
#include "service/clientversionswidget.h"
#include "service/mailserverdialog.h"
#include "service/materialdialog.h"
#include "service/materialswidget.h"
#include "service/sendmaterialdialog.h"
#include "service/servicepane.h"
#include "smtptestserver.h"
#include "tickets/categories.h"
#include "tickets/workorderdetail.h"
#include "tickets/workorderservice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTreeWidget>

using namespace hotline;

namespace {

int count(const test::Desk& desk, const QString& sql)
{
    auto q = db::exec(desk.ws->db->connection(), sql);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toInt();
}

template <typename W> W* showServiceTab(test::Desk& desk)
{
    desk.window->findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(3);
    auto* widget = desk.window->servicePane()->findChild<W*>();
    REQUIRE(widget != nullptr);
    desk.window->servicePane()->tabs()->setCurrentWidget(widget);
    QTest::qWait(20);
    return widget;
}

void useServer(test::Desk& desk, quint16 port)
{
    materials::SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = materials::SmtpSecurity::None;
    s.fromAddress = QStringLiteral("service@12366.example.cn");
    s.fromName = QStringLiteral("12366纳税服务热线");
    const Outcome saved = materials::saveSmtpSettings(desk.ws->db->connection(), s, desk.ws->currentOperator);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

ui::MaterialDialog* openedMaterialDialog(QWidget* parent)
{
    auto dialogs = parent->findChildren<ui::MaterialDialog*>();
    REQUIRE_FALSE(dialogs.isEmpty());
    // A window manager activates a new dialog; the offscreen platform needs telling.
    QApplication::setActiveWindow(dialogs.last());
    return dialogs.last();
}

} // namespace

TEST_CASE("the materials tab adds a file and a link, filters, verifies and sends a material to a taxpayer")
{
    test::TempStore store;
    QTemporaryDir sources;
    test::Desk desk(store.path, QStringLiteral("张敏"), security::Role::TeamLead);
    test::SmtpTestServer server;
    useServer(desk, server.port());
    auto* tab = showServiceTab<ui::MaterialsWidget>(desk);

    // Ins: a file, chosen through the file dialog's seam.
    const QByteArray manual = QByteArrayLiteral("%PDF-1.4 扣缴端操作手册");
    ui::FileChooser::setNextAnswers({writeFile(sources, QStringLiteral("扣缴端操作手册.pdf"), manual)});
    tab->list()->setFocus();
    QTest::keyClick(tab->list(), Qt::Key_Insert);
    ui::MaterialDialog* add = openedMaterialDialog(tab);
    CHECK(add->fileRadio()->isChecked());
    add->chooseFile();
    CHECK(add->titleEdit()->text() == QStringLiteral("扣缴端操作手册"));
    add->kindCombo()->setCurrentIndex(add->kindCombo()->findData(QStringLiteral("manual")));
    add->versionEdit()->setText(QStringLiteral("V3.1.221"));
    add->save();
    CHECK(add->result() == QDialog::Accepted);
    QTest::qWait(20);

    // The same content again is refused in the dialog.
    tab->addFile();
    ui::MaterialDialog* dup = openedMaterialDialog(tab);
    dup->fileEdit()->setText(writeFile(sources, QStringLiteral("copy.pdf"), manual));
    dup->titleEdit()->setText(QStringLiteral("副本"));
    dup->save();
    CHECK(dup->errorLabel()->isVisibleTo(dup));
    CHECK(dup->errorLabel()->text().contains(QStringLiteral("扣缴端操作手册")));
    dup->reject();
    QTest::qWait(20);

    // A link; a bad address is refused first.
    tab->addLink();
    ui::MaterialDialog* link = openedMaterialDialog(tab);
    CHECK(link->linkRadio()->isChecked());
    link->kindCombo()->setCurrentIndex(link->kindCombo()->findData(QStringLiteral("install")));
    link->titleEdit()->setText(QStringLiteral("扣缴端安装包"));
    link->urlEdit()->setText(QStringLiteral("etax.example.gov.cn/setup.exe"));
    link->save();
    CHECK(link->errorLabel()->isVisibleTo(link));
    CHECK(link->urlEdit()->hasFocus());
    link->urlEdit()->setText(QStringLiteral("https://etax.example.gov.cn/setup.exe"));
    link->save();
    CHECK(link->result() == QDialog::Accepted);
    QTest::qWait(20);
    CHECK(tab->list()->topLevelItemCount() == 2);

    // Filter by kind, then search.
    tab->kindFilter()->setCurrentIndex(tab->kindFilter()->findData(QStringLiteral("install")));
    REQUIRE(tab->list()->topLevelItemCount() == 1);
    CHECK(tab->list()->topLevelItem(0)->text(ui::MaterialsWidget::Title) == QStringLiteral("扣缴端安装包"));
    tab->kindFilter()->setCurrentIndex(0);
    tab->searchEdit()->setText(QStringLiteral("手册"));
    REQUIRE(tab->list()->topLevelItemCount() == 1);
    tab->searchEdit()->clear();

    // 校验 (F5): all unchanged, then a changed file is flagged.
    tab->findChild<QPushButton*>(QStringLiteral("verifyMaterialsButton"))->click();
    CHECK(tab->statusLabel()->styleSheet().contains(QStringLiteral("#1a7f37")));
    auto all = tab->library().list();
    REQUIRE(all.ok());
    const materials::Material stored = all->first().isFile() ? all->first() : all->last();
    {
        QFile f(tab->library().absolutePath(stored));
        REQUIRE(f.open(QIODevice::Append));
        f.write("!");
    }
    tab->verifyAll();
    CHECK(tab->statusLabel()->styleSheet().contains(QStringLiteral("#b00020")));
    CHECK(tab->statusLabel()->text().contains(QStringLiteral("扣缴端操作手册")));

    // 发送给纳税人… on the link: the send runs on a worker thread and the result is shown and recorded.
    QTreeWidgetItem* linkRow = tab->list()->findItems(QStringLiteral("扣缴端安装包"), Qt::MatchExactly).value(0);
    REQUIRE(linkRow != nullptr);
    tab->list()->setCurrentItem(linkRow);
    tab->findChild<QPushButton*>(QStringLiteral("sendMaterialButton"))->click();
    auto* send = tab->findChild<ui::SendMaterialDialog*>();
    REQUIRE(send != nullptr);
    QApplication::setActiveWindow(send);
    CHECK_FALSE(send->attachCheck()->isEnabled()); // a link
    send->recipientEdit()->setText(QStringLiteral("not-an-address"));
    send->send();
    CHECK_FALSE(send->isSending());
    CHECK(send->recipientEdit()->hasFocus());
    CHECK(server.received().isEmpty());
    send->recipientEdit()->setText(QStringLiteral("chen.jing@example.com"));
    QSignalSpy recorded(send, &ui::SendMaterialDialog::recorded);
    send->send();
    CHECK(send->isSending());
    REQUIRE(recorded.wait(20000));
    REQUIRE(send->result().has_value());
    CHECK(send->result()->sent);
    CHECK(send->statusLabel()->text().contains(QStringLiteral("chen.jing@example.com")));
    REQUIRE(server.received().size() == 1);
    CHECK(test::readMail(server.received().first().data)
              .body.contains(QStringLiteral("https://etax.example.gov.cn/setup.exe")));
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM material_sends WHERE status = 'sent'")) == 1);
    send->reject();
}

TEST_CASE("Ctrl+Shift+M in the work-order detail sends a file with the recipient prefilled and adds to the timeline")
{
    test::TempStore store;
    QTemporaryDir sources;
    test::Desk desk(store.path, QStringLiteral("张敏"), security::Role::TeamLead);
    test::SmtpTestServer server;
    useServer(desk, server.port());
    materials::MaterialLibrary library(*desk.ws->db, materials::MaterialLibrary::folderFor(desk.ws->db->path()),
                                       desk.clock, desk.ids);
    QByteArray bytes(64 * 1024, 'x');
    materials::MaterialDraft d;
    d.kind = materials::Kind::Upgrade;
    d.title = QStringLiteral("扣缴端升级包");
    d.releaseVersion = QStringLiteral("V3.1.222");
    d.sourcePath = writeFile(sources, QStringLiteral("upgrade-3.1.222.exe"), bytes);
    REQUIRE(library.add(d, desk.ws->currentOperator).ok());

    tickets::WorkOrderService service(*desk.ws->db, desk.clock, desk.ids);
    tickets::WorkOrderDraft draft;
    draft.callerNumber = QStringLiteral("0771-5551234");
    draft.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    draft.contactName = QStringLiteral("陈静");
    draft.channel = tickets::Channel::Phone;
    draft.question = QStringLiteral("请把升级包发到 chen.jing@example.com");
    auto categories = tickets::CategoryRepository(desk.ws->db->connection()).all();
    REQUIRE(categories.ok());
    for (const tickets::Category& c : categories.value()) {
        if (!c.parentId.isEmpty()) {
            draft.categoryId = c.id;
            break;
        }
    }
    auto w = service.create(draft, desk.ws->currentOperator);
    REQUIRE(w.ok());
    desk.pane()->reloadAll();
    QTest::qWait(20);
    ui::WorkOrderDetail* detail = desk.pane()->detail();
    detail->showWorkOrder(w->id);
    QTest::qWait(20);
    auto* timeline = detail->findChild<QTreeWidget*>(QStringLiteral("timelineTreeWidget"));
    const int before = timeline->topLevelItemCount();

    detail->setFocus();
    QTest::keyClick(detail, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto* send = detail->findChild<ui::SendMaterialDialog*>();
    REQUIRE(send != nullptr);
    CHECK(send->recipientEdit()->text() == QStringLiteral("chen.jing@example.com"));
    CHECK(send->ticketEdit()->text() == w->ticketNo);
    CHECK(send->ticketEdit()->isReadOnly());
    CHECK(send->attachCheck()->isChecked());
    QSignalSpy recorded(send, &ui::SendMaterialDialog::recorded);
    send->send();
    REQUIRE(recorded.wait(20000));
    CHECK(send->result()->sent);
    CHECK(send->result()->attached);
    REQUIRE(server.received().size() == 1);
    QTest::qWait(20);
    CHECK(timeline->topLevelItemCount() == before + 1);
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM work_order_events WHERE kind = 'material_sent'")) == 1);
    send->reject();

    // The server goes away: the failure is shown plainly and recorded.
    const quint16 port = [] {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        return probe.serverPort();
    }();
    useServer(desk, port);
    auto* again = new ui::SendMaterialDialog(*desk.ws, w->id, detail);
    QSignalSpy failed(again, &ui::SendMaterialDialog::recorded);
    again->send();
    REQUIRE(failed.wait(20000));
    CHECK_FALSE(again->result()->sent);
    CHECK(again->statusLabel()->styleSheet().contains(QStringLiteral("#b00020")));
    CHECK(again->statusLabel()->text().contains(QStringLiteral("127.0.0.1")));
    CHECK(count(desk, QStringLiteral("SELECT count(*) FROM material_sends WHERE status = 'failed'")) == 1);
    delete again;
}

TEST_CASE("the client-versions tab records a release and verifies it once every check is decided")
{
    test::TempStore store;
    test::Desk desk(store.path, QStringLiteral("张敏"), security::Role::TeamLead);
    auto* tab = showServiceTab<ui::ClientVersionsWidget>(desk);
    tab->list()->setFocus();
    QTest::keyClick(tab->list(), Qt::Key_Insert);
    auto* dialog = tab->findChild<ui::ClientVersionDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->checklist()->topLevelItemCount() == materials::defaultChecklist().size());
    dialog->versionEdit()->setText(QStringLiteral("V3.1.221"));
    dialog->setItemResult(0, 1);
    CHECK_FALSE(dialog->save(true)); // the other checks are not decided
    CHECK(dialog->errorLabel()->isVisibleTo(dialog));
    for (int r = 0; r < dialog->checklist()->topLevelItemCount(); ++r) {
        dialog->setItemResult(r, r == 3 ? 2 : 1);
    }
    CHECK(dialog->save(true));
    CHECK(dialog->version().result == materials::VerificationResult::Failed);
    CHECK(dialog->version().verifiedBy == desk.ws->currentOperator.id);
    dialog->reject();
    QTest::qWait(20);
    REQUIRE(tab->list()->topLevelItemCount() == 1);
    CHECK(tab->list()->topLevelItem(0)->text(ui::ClientVersionsWidget::Result) ==
          materials::displayName(materials::VerificationResult::Failed));
}

TEST_CASE("the mail server settings are saved by leads and tested against the server and are disabled for agents")
{
    test::TempStore store;
    test::SmtpTestServer server;
    {
        test::Desk desk(store.path, QStringLiteral("张敏"), security::Role::TeamLead);
        auto* action = desk.window->findChild<QAction*>(QStringLiteral("mailServerAction"));
        REQUIRE(action != nullptr);
        CHECK(action->isEnabled());
        action->trigger();
        auto* dialog = desk.window->findChild<ui::MailServerDialog*>();
        REQUIRE(dialog != nullptr);
        dialog->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        dialog->portSpin()->setValue(server.port());
        dialog->securityCombo()->setCurrentIndex(dialog->securityCombo()->findData(QStringLiteral("none")));
        dialog->fromEdit()->setText(QStringLiteral("service@12366.example.cn"));
        dialog->passwordEdit()->setText(QStringLiteral("s3cret"));
        QSignalSpy tested(dialog, &ui::MailServerDialog::testFinished);
        dialog->testConnection();
        REQUIRE(tested.wait(20000));
        CHECK(dialog->statusLabel()->styleSheet().contains(QStringLiteral("#1a7f37")));
        CHECK(server.commands().contains(QByteArrayLiteral("NOOP")));
        dialog->fromEdit()->setText(QStringLiteral("bad address"));
        dialog->save();
        CHECK(dialog->isVisible());
        CHECK(dialog->statusLabel()->styleSheet().contains(QStringLiteral("#b00020")));
        dialog->fromEdit()->setText(QStringLiteral("service@12366.example.cn"));
        dialog->save();
        CHECK(dialog->result() == QDialog::Accepted);
        auto s = materials::loadSmtpSettings(desk.ws->db->connection());
        REQUIRE(s.ok());
        CHECK(s->port == server.port());
        CHECK(s->password == QStringLiteral("s3cret"));
    }
    test::Desk agent(store.path);
    CHECK_FALSE(agent.window->findChild<QAction*>(QStringLiteral("mailServerAction"))->isEnabled());
}
