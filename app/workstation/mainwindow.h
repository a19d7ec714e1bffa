#pragma once
// The workstation's main window: a navigation bar on the left with the panes that work, the status bar with
// the operator, the work-order counts and the store, and the screen-pop entry point.

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace hotline::ui {

struct SyncState;
struct Workspace;
class ChatPane;
class KnowledgePane;
class QaPane;
class ReportsPane;
class ServicePane;
class SatisfactionLabel;
class SyncController;
class WorkOrderPane;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    // A call came in: come forward, show the caller's history and a prefilled new work order.
    // callId: the PBX's id of the call, carried into the new work order (empty when the PBX gave none).
    void popCaller(const QString& callerNumber, const QString& callId = {});
    void refreshStatusBar();

    WorkOrderPane* workOrderPane() const { return m_workOrders; }
    KnowledgePane* knowledgePane() const { return m_knowledge; }
    QaPane* qaPane() const { return m_qa; }
    ReportsPane* reportsPane() const { return m_reports; }
    ServicePane* servicePane() const { return m_service; }
    ChatPane* chatPane() const { return m_chat; }
    SyncController* syncController() const { return m_sync; }

    // Logs the operator out and shows the login dialog; closes the window if nobody logs in.
    void switchUser();
    void changePassword();
    void manageAccounts();

private:
    void createMenus();
    void editCategories();
    // The menu items the operator's role may use.
    void updateActions();
    void about();
    void editCentral();
    void showSyncState(const SyncState& state);

    Workspace& m_ws;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    WorkOrderPane* m_workOrders;
    KnowledgePane* m_knowledge;
    QaPane* m_qa;
    ServicePane* m_service;
    ReportsPane* m_reports;
    QListWidgetItem* m_reportsItem = nullptr;
    ChatPane* m_chat;
    QListWidgetItem* m_chatItem = nullptr;
    QAction* m_chatAction = nullptr;
    QLabel* m_operatorLabel;
    QLabel* m_countsLabel;
    QLabel* m_storeLabel;
    QLabel* m_syncLabel;
    SyncController* m_sync;
    QAction* m_categoriesAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_mailServerAction = nullptr;
    QAction* m_importSurveyAction = nullptr;
    QAction* m_exportOrdersAction = nullptr;
    QAction* m_reportsAction = nullptr;
    SatisfactionLabel* m_satisfactionLabel = nullptr;
};

} // namespace hotline::ui
