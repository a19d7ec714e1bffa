// hotlinedesk: the 12366 hotline workstation.

#include "common/bootstrap.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "telephony/screenpop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>

using namespace hotline;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HotlineDesk"));
    QApplication::setApplicationName(QStringLiteral("HotlineDesk"));
    QApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HotlineDesk 12366 hotline workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The store file."), QStringLiteral("PATH"), db::Database::defaultPath()});
    parser.addOption({QStringLiteral("caller"), QStringLiteral("Screen-pop for an incoming call from NUMBER."),
                      QStringLiteral("NUMBER")});
    parser.addOption(
        {QStringLiteral("call-id"), QStringLiteral("With --caller: the PBX's id of the call."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN (default) or en."),
                      QStringLiteral("LANG"), qEnvironmentVariable("HOTLINEDESK_LANG", QStringLiteral("zh_CN"))});
    parser.process(app);

    const QString caller = parser.value(QStringLiteral("caller"));
    const QString callId = parser.value(QStringLiteral("call-id"));
    // A workstation already runs: hand it the call and leave.
    if (!caller.isEmpty() && telephony::sendScreenPop(caller, callId, 1000)) {
        return 0;
    }

    ui::installTranslators(app, parser.value(QStringLiteral("lang")));
    ui::chooseFont(app);

    SystemClock clock;
    UuidGenerator ids;
    auto ws = ui::openWorkspace(parser.value(QStringLiteral("db")), clock, ids);
    if (!ws) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "HotlineDesk cannot start"), ws.error().message);
        return 1;
    }
    ui::Workspace& workspace = *ws.value();
    {
        ui::LoginDialog login(workspace);
        QObject::connect(&login, &ui::LoginDialog::loggedIn,
                         [&workspace](const security::Operator& op) { workspace.currentOperator = op; });
        if (login.exec() != QDialog::Accepted) {
            return 0;
        }
    }

    ui::MainWindow window(workspace);
    telephony::ScreenPopServer screenPop;
    if (Outcome listening = screenPop.listen(); !listening) {
        window.statusBar()->showMessage(listening.error().message, 15000);
    }
    QObject::connect(&screenPop, &telephony::ScreenPopServer::popRequested, &window, &ui::MainWindow::popCaller);
    window.show();
    if (!caller.isEmpty()) {
        window.popCaller(caller, callId);
    }
    return app.exec();
}
