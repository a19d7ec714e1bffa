#include "testsupport.h"

#include "common/bootstrap.h"
#include "knowledge/kbimport.h"
#include "knowledge/knowledgepane.h"
#include "mainwindow.h"
#include "security/operator.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderpane.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace hotline;

TEST_CASE("an agent finds an answer in the knowledge base while typing and puts it into the new work order")
{
    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    auto ws = ui::openWorkspace(dir.filePath(QStringLiteral("desk.db")), clock, ids).value();
    security::OperatorRepository ops(ws->db->connection());
    ws->currentOperator = ops.create(QStringLiteral("李娜"), security::Role::Agent, ids, clock).value();
    const QString lead = ops.create(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value().id;
    REQUIRE(knowledge::importKnowledgeJson(*ws->db, knowledge::demoKnowledgeJson(), ws->currentOperator.id, lead, ids,
                                           clock)
                .ok());
    ui::MainWindow window(*ws);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    window.workOrderPane()->newWorkOrder(QStringLiteral("13907711234"));
    auto* dialog = window.findChild<ui::NewWorkOrderDialog*>();
    REQUIRE(dialog != nullptr);

    // The form stays open while the agent searches.
    ui::KnowledgePane* kb = window.knowledgePane();
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("申报密码忘了"));
    QApplication::sendEvent(kb->searchEdit(), &typed);
    QTRY_VERIFY(kb->results()->count() > 0);
    CHECK(kb->results()->item(0)->text().contains(QStringLiteral("申报密码")));
    CHECK(kb->viewer()->toPlainText().contains(QStringLiteral("重置")));

    QTest::mouseClick(kb->findChild<QPushButton*>(QStringLiteral("copyAnswerButton")), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text().contains(QStringLiteral("重置")));
    QTest::mouseClick(kb->findChild<QPushButton*>(QStringLiteral("insertAnswerButton")), Qt::LeftButton);
    CHECK(dialog->fields()->answerEdit()->toPlainText().contains(QStringLiteral("重置")));
}
