#include "mainwindow.h"

#include "accounts/accountsdialog.h"
#include "accounts/passworddialog.h"
#include "calendar/workcalendar.h"
#include "categories/categorydialog.h"
#include "chat/chatpane.h"
#include "chat/chatservicedialog.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/knowledgepane.h"
#include "login/logindialog.h"
#include "qa/qapane.h"
#include "qa/recordingswidget.h"
#include "reports/exportdialog.h"
#include "reports/reportspane.h"
#include "satisfaction/satisfactionlabel.h"
#include "satisfaction/surveyimportdialog.h"
#include "security/accountservice.h"
#include "security/permissions.h"
#include "service/mailserverdialog.h"
#include "service/servicepane.h"
#include "sync/centraldialog.h"
#include "sync/conflictsdialog.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "tickets/workorderpane.h"
#include "tickets/workorderrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace hotline::ui {
namespace {

// The pane an operator starts on: the expert team's transfer queue (服务管理 → 转办), the online agents' chats
// (网上咨询).
int homeRow(security::Role role)
{
    return role == security::Role::Expert ? 3 : role == security::Role::OnlineAgent ? 5 : 0;
}

} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent) : QMainWindow(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HotlineDesk — 12366 hotline workstation"));

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigationListWidget"));
    m_nav->setViewMode(QListView::ListMode);
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFixedWidth(136);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: #2f3e4e; color: #e8eef4; border: none; "
                                        "font-size: 11pt; } QListWidget::item { padding: 10px 8px; } "
                                        "QListWidget::item:selected { background: #1f6fb2; color: white; }"));
    m_stack = new QStackedWidget(this);
    m_workOrders = new WorkOrderPane(m_ws, this);
    m_stack->addWidget(m_workOrders);
    m_knowledge = new KnowledgePane(m_ws, this);
    m_stack->addWidget(m_knowledge);
    m_qa = new QaPane(m_ws, this);
    m_stack->addWidget(m_qa);
    m_service = new ServicePane(m_ws, this);
    m_stack->addWidget(m_service);
    m_reports = new ReportsPane(m_ws, this);
    m_stack->addWidget(m_reports);
    m_chat = new ChatPane(m_ws, this);
    m_stack->addWidget(m_chat);
    auto* item =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Work orders"), m_nav);
    item->setToolTip(tr("Consultation work orders (Alt+1)"));
    auto* kbItem =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Knowledge"), m_nav);
    kbItem->setToolTip(tr("Knowledge base (Alt+2, search with Ctrl+K)"));
    auto* qaItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_MediaVolume), tr("Quality"), m_nav);
    qaItem->setToolTip(tr("Call recordings and quality inspection (Alt+3)"));
    auto* serviceItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogHelpButton), tr("Service"), m_nav);
    serviceItem->setToolTip(
        tr("Transfers, callbacks, complaints, return visits, training, materials and client versions (Alt+4)"));
    m_reportsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("Reports"), m_nav);
    m_reportsItem->setToolTip(tr("Daily summary, monthly analysis and exports (Alt+5)"));
    m_chatItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxQuestion), tr("Online chat"), m_nav);
    m_chatItem->setToolTip(tr("Online consultation: the taxpayers' chats from the portal (Alt+6)"));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(homeRow(m_ws.currentOperator.role));
    connect(m_service, &ServicePane::openWorkOrder, this, [this](const QString& id, const QString& number) {
        m_nav->setCurrentRow(0);
        m_workOrders->openWorkOrder(id, number);
    });
    connect(m_knowledge, &KnowledgePane::insertAnswer, this, [this](const QString& text, const QString& articleId) {
        m_nav->setCurrentRow(0);
        if (!m_workOrders->insertAnswer(text, articleId)) {
            statusBar()->showMessage(tr("Open a work order (or press Ctrl+N) to put the answer into it."), 8000);
        }
    });
    connect(m_knowledge, &KnowledgePane::linkArticle, this, [this](const QString& articleId) {
        const QString done = m_workOrders->linkArticle(articleId);
        statusBar()->showMessage(
            done.isEmpty() ? tr("Select a work order in the list to link the article to it.") : done, 8000);
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_operatorLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_storeLabel = new QLabel(this);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    statusBar()->addWidget(m_operatorLabel);
    statusBar()->addWidget(m_countsLabel, 1);
    m_satisfactionLabel = new SatisfactionLabel(m_ws, this);
    statusBar()->addPermanentWidget(m_satisfactionLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    m_sync = new SyncController(m_ws.db->path(), 30 * 1000, this);
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::showSyncState);
    // A saved change goes to the centre at once when it can be reached (and waits here when not).
    connect(m_workOrders, &WorkOrderPane::dataChanged, m_sync, &SyncController::syncNow);
    connect(m_sync, &SyncController::changesArrived, this, [this] {
        m_workOrders->reloadAll();
        refreshStatusBar();
    });
    connect(m_workOrders, &WorkOrderPane::dataChanged, this, &MainWindow::refreshStatusBar);
    connect(m_qa, &QaPane::dataChanged, m_sync, &SyncController::syncNow);
    connect(m_service, &ServicePane::dataChanged, m_sync, &SyncController::syncNow);
    connect(m_service, &ServicePane::dataChanged, this, &MainWindow::refreshStatusBar);
    connect(m_reports, &ReportsPane::dataChanged, m_sync, &SyncController::syncNow);
    connect(m_chat, &ChatPane::dataChanged, m_sync, &SyncController::syncNow);
    connect(m_chat, &ChatPane::dataChanged, this, &MainWindow::refreshStatusBar);
    connect(m_sync, &SyncController::changesArrived, m_chat, &ChatPane::reloadQuickPhrases);
    connect(m_service, &ServicePane::openRecording, this, [this](const QString& recordingId) {
        RecordingsWidget* catalogue = m_qa->recordings();
        if (catalogue != nullptr && !catalogue->selectRecording(recordingId)) {
            catalogue->reload(); // imported since the catalogue was loaded
        }
        if (catalogue != nullptr && catalogue->selectRecording(recordingId)) {
            m_nav->setCurrentRow(2);
            emit catalogue->openRecording(recordingId); // to 收听评分
        }
    });

    createMenus();
    updateActions();
    refreshStatusBar();
    // Deadlines pass while the window is open: recount and recolour every minute.
    auto* minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, &MainWindow::refreshStatusBar);
    minute->start();
    resize(1440, 860);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Work order"));
    QAction* create = file->addAction(tr("&New work order…"), this, [this] { m_workOrders->newWorkOrder(); });
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("newWorkOrderAction"));
    QAction* find = file->addAction(tr("&Find…"), this, [this] { m_workOrders->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    QAction* refresh = file->addAction(tr("&Refresh"), this, [this] {
        m_workOrders->reloadAll();
        refreshStatusBar();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_importSurveyAction = file->addAction(tr("Import &satisfaction survey results…"), this, [this] {
        auto* dialog = new SurveyImportDialog(m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SurveyImportDialog::imported, this, &MainWindow::refreshStatusBar);
        connect(dialog, &SurveyImportDialog::imported, m_sync, &SyncController::syncNow);
        dialog->open();
    });
    m_importSurveyAction->setObjectName(QStringLiteral("importSurveyAction"));
    m_exportOrdersAction = file->addAction(tr("E&xport work orders…"), this, [this] {
        auto* dialog = new ExportDialog(m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_exportOrdersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportOrdersAction->setObjectName(QStringLiteral("exportWorkOrdersAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* orders = view->addAction(tr("&Work orders"), this, [this] { m_nav->setCurrentRow(0); });
    orders->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction* kb = view->addAction(tr("&Knowledge base"), this, [this] { m_nav->setCurrentRow(1); });
    kb->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction* qa = view->addAction(tr("&Quality inspection"), this, [this] { m_nav->setCurrentRow(2); });
    qa->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction* service = view->addAction(tr("&Service"), this, [this] { m_nav->setCurrentRow(3); });
    service->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    m_reportsAction = view->addAction(tr("&Reports"), this, [this] { m_nav->setCurrentRow(4); });
    m_reportsAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    m_chatAction = view->addAction(tr("&Online chat"), this, [this] { m_nav->setCurrentRow(5); });
    m_chatAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    QAction* kbSearch = view->addAction(tr("Search the &knowledge base"), this, [this] {
        m_nav->setCurrentRow(1);
        m_knowledge->focusSearch();
    });
    kbSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu* syncMenu = menuBar()->addMenu(tr("S&ync"));
    QAction* now = syncMenu->addAction(tr("Synchronise &now"), this, [this] { m_sync->syncNow(); });
    now->setShortcut(QKeySequence(Qt::Key_F9));
    syncMenu->addAction(tr("&Central store…"), this, &MainWindow::editCentral);
    syncMenu->addAction(tr("Sync c&onflicts…"), this, [this] {
        auto* dialog = new ConflictsDialog(m_ws, this);
        connect(dialog, &ConflictsDialog::restored, this, [this] {
            m_workOrders->reloadAll();
            m_sync->syncNow();
        });
        dialog->open();
    });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    m_categoriesAction = settings->addAction(tr("&Categories…"), this, &MainWindow::editCategories);
    m_accountsAction = settings->addAction(tr("&Accounts…"), this, &MainWindow::manageAccounts);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_mailServerAction = settings->addAction(tr("&Mail server…"), this, [this] {
        auto* dialog = new MailServerDialog(m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_mailServerAction->setObjectName(QStringLiteral("mailServerAction"));
    QAction* chatService = settings->addAction(tr("&Online consultation service…"), this, [this] {
        auto* dialog = new ChatServiceDialog(m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    chatService->setObjectName(QStringLiteral("chatServiceAction"));
    settings->addSeparator();
    settings->addAction(tr("Change my &password…"), this, &MainWindow::changePassword);
    QAction* switchUser = settings->addAction(tr("Switch &user…"), this, &MainWindow::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About HotlineDesk"), this, &MainWindow::about);
}

void MainWindow::refreshStatusBar()
{
    m_operatorLabel->setText(
        tr("Operator: %1 (%2)").arg(m_ws.currentOperator.name, security::displayName(m_ws.currentOperator.role)));
    const QDateTime now = m_ws.clock->now();
    const QDateTime endOfToday(now.toTimeZone(calendar::beijingTime()).date(), QTime(23, 59, 59, 999),
                               calendar::beijingTime());
    if (auto c = tickets::WorkOrderRepository(m_ws.db->connection()).counts(now, endOfToday)) {
        m_countsLabel->setText(tr("Open %1 · Overdue %2 · Due today %3 · Total %4")
                                   .arg(c->open)
                                   .arg(c->overdue)
                                   .arg(c->dueToday)
                                   .arg(c->total));
    }
    m_satisfactionLabel->refresh();
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_ws.db->path())));
}

void MainWindow::showSyncState(const SyncState& s)
{
    QString text;
    if (!s.configured) {
        text = tr("Working alone (no central store)");
    } else if (s.running) {
        text = tr("Synchronising…");
    } else if (s.online) {
        text = tr("● Online · %n change(s) to send · last sync %1", nullptr, s.pending)
                   .arg(s.lastSuccess.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("HH:mm")));
    } else {
        text = tr("○ Offline · %n change(s) kept here to send", nullptr, s.pending);
    }
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(s.message);
    m_syncLabel->setStyleSheet(s.configured && !s.online && !s.running ? QStringLiteral("color: #b00020;") : QString());
}

void MainWindow::editCentral()
{
    auto* dialog = new CentralDialog(m_ws, this);
    connect(dialog, &CentralDialog::saved, m_sync, &SyncController::syncNow);
    dialog->open();
}

void MainWindow::popCaller(const QString& callerNumber, const QString& callId)
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
    m_nav->setCurrentRow(0);
    m_workOrders->newWorkOrder(callerNumber, callId);
}

void MainWindow::editCategories()
{
    auto* dialog = new CategoryDialog(m_ws, this);
    connect(dialog, &QDialog::finished, this, [this] { m_workOrders->reloadAll(); });
    dialog->open();
}

void MainWindow::updateActions()
{
    // libcore enforces these; the menu only leaves out what would be refused.
    const security::Role role = m_ws.currentOperator.role;
    m_categoriesAction->setEnabled(security::roleHas(role, security::Permission::ManageCategories));
    m_accountsAction->setEnabled(security::roleHas(role, security::Permission::ManageAccounts));
    m_mailServerAction->setEnabled(security::roleHas(role, security::Permission::ManageMaterials));
    m_importSurveyAction->setVisible(security::roleHas(role, security::Permission::ImportSatisfaction));
    m_exportOrdersAction->setVisible(security::roleHas(role, security::Permission::ExportData));
    // Reports read the whole team's data.
    const bool reports = security::roleHas(role, security::Permission::BulkQuery);
    m_reportsItem->setHidden(!reports);
    m_reportsAction->setEnabled(reports);
    if (!reports && m_nav->currentRow() == 4) {
        m_nav->setCurrentRow(0);
    }
    const bool chats = security::roleHas(role, security::Permission::ServeChats);
    m_chatItem->setHidden(!chats);
    m_chatAction->setEnabled(chats);
    if (!chats && m_nav->currentRow() == 5) {
        m_nav->setCurrentRow(0);
    }
}

void MainWindow::switchUser()
{
    if (Outcome s = security::AccountService(*m_ws.db, *m_ws.clock, *m_ws.ids).logout(m_ws.currentOperator); !s) {
        Messages::show(this, Messages::Kind::Warning, tr("Switch user"), s.error().message);
    }
    m_chat->signOut(); // off the portal's presence list at once
    m_ws.currentOperator = {};
    auto* dialog = new LoginDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoginDialog::loggedIn, this, [this](const security::Operator& op) {
        m_ws.currentOperator = op;
        updateActions();
        m_workOrders->operatorChanged();
        m_qa->operatorChanged();
        m_service->operatorChanged();
        m_reports->operatorChanged();
        m_chat->operatorChanged();
        m_nav->setCurrentRow(homeRow(op.role));
        refreshStatusBar();
        show();
    });
    // Nobody logged in: the workstation closes rather than stay open without an operator.
    connect(dialog, &QDialog::rejected, this, &QWidget::close);
    dialog->open();
    hide(); // the previous operator's work is not left on screen
}

void MainWindow::changePassword()
{
    auto* dialog = new PasswordDialog(m_ws, this);
    dialog->open();
}

void MainWindow::manageAccounts()
{
    auto* dialog = new AccountsDialog(m_ws, this);
    connect(dialog, &QDialog::finished, this, [this] { m_workOrders->reloadAll(); });
    dialog->open();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About HotlineDesk"),
                       tr("HotlineDesk %1\nWorkstation for the 12366 tax hotline: work orders, reply deadlines "
                          "on the PRC working-day calendar, caller screen-pop.")
                           .arg(QStringLiteral(HOTLINE_VERSION)));
}

} // namespace hotline::ui
