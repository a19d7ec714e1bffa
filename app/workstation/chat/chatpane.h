#pragma once
// 网上咨询 (Alt+6): the online agent's chat pane. Signs in to the portal's agents' listener with the operator's name
// and password (asked once, never stored), shows the queue (接入 Ctrl+J), the agent's chats side by side (a list with
// unread marks beside the open chat), the reply box, the 服务用语 (double-click or Alt+1…9) and a knowledge-base search
// whose answer goes into the reply, 转接 to a colleague, 结束, and 归档到工单 (a new or an existing work order gets the
// transcript as a note; the portal records the link). The network is AgentClient's; when the portal is down the pane
// says 未连接, keeps retrying, and keeps whatever was typed.

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace hotline::ui {

struct AgentReply;
struct Workspace;
class AgentClient;
class ConversationView;
class NewWorkOrderDialog;

class ChatPane final : public QWidget {
    Q_OBJECT
public:
    // Asks for the operator's password (nothing: cancelled). Tests answer without a dialog.
    using PasswordPrompt = std::function<std::optional<QString>(QWidget* parent, const QString& name)>;

    explicit ChatPane(Workspace& workspace, QWidget* parent = nullptr);
    ~ChatPane() override;

    static void setPasswordPrompt(PasswordPrompt prompt);
    // Chooses among the colleagues online for 转接 (their labels; the index, or nothing). Tests answer here too.
    using ColleaguePrompt = std::function<std::optional<int>(QWidget* parent, const QStringList& colleagues)>;
    static void setColleaguePrompt(ColleaguePrompt prompt);

    AgentClient* client() const { return m_client; }
    QLabel* connectionLabel() const { return m_connection; }
    QPushButton* connectButton() const { return m_connect; }
    QTreeWidget* queueTree() const { return m_queue; }
    QListWidget* chatList() const { return m_chats; }
    QListWidget* phraseList() const { return m_phrases; }
    QLineEdit* kbSearchEdit() const { return m_kbSearch; }
    QListWidget* kbResultList() const { return m_kbResults; }
    QPlainTextEdit* kbAnswerView() const { return m_kbAnswer; }
    QPushButton* quickPhrasesButton() const { return m_editPhrases; }
    QPushButton* transferButton() const { return m_transfer; }

    // Signs in as the operator at the keyboard with this password (the 连接 button asks for it).
    void signIn(const QString& password);
    void signOut();
    // The 连接 button: asks for the password, then signs in.
    void connectToPortal();
    // After 切换用户: signs out and drops the chats of the previous operator.
    void operatorChanged();

    // 接入 (Ctrl+J): the selected waiting conversation, or the first in line.
    void acceptSelected();
    ConversationView* currentChat() const;
    ConversationView* chat(const QString& conversationId) const;
    QList<ConversationView*> chats() const;
    void setCurrentChat(const QString& conversationId);
    // Sends the reply box of the current chat (Enter).
    void sendCurrent();
    // The n-th service phrase (1-based) into the reply box.
    void insertPhrase(int number);
    void reloadQuickPhrases();
    void searchKnowledge();
    // The selected article's answer into the reply box.
    void insertKnowledgeAnswer();
    // 转接: asks for a colleague among those online; transferCurrentTo does it.
    void transferCurrent();
    void transferCurrentTo(const QString& agentId);
    // 结束.
    void closeCurrent();
    // Takes a closed chat off the list.
    void removeCurrent();
    // 归档到工单: a new work order (the form prefilled: channel online, the first question) …
    NewWorkOrderDialog* fileToNewWorkOrder();
    // … or one chosen from the store.
    void fileToExistingWorkOrder();
    // Adds the transcript to the work order's timeline and tells the portal (the link). Shows any problem.
    void fileUnder(const QString& workOrderId);
    void editQuickPhrases();

signals:
    void dataChanged();
    void openWorkOrder(const QString& workOrderId);

private:
    void buildLayout();
    void updateActions();
    void showConnection(int state, const QString& message);
    void showQueue(const QJsonArray& items);
    void onEvent(const QString& conversationId, const QJsonObject& event);
    void catchUp(ConversationView* view);
    void addEvents(ConversationView* view, const QJsonArray& events);
    ConversationView* openChat(const QString& conversationId);
    void loadMine();
    void refreshChatItem(ConversationView* view);
    void tickQueue();
    void showProblem(ConversationView* view, const AgentReply& reply);
    void dropChat(ConversationView* view);
    void showKnowledgeAnswer();
    std::optional<int> chooseColleague(const QStringList& colleagues);

    Workspace& m_ws;
    AgentClient* m_client;
    QHash<QString, QListWidgetItem*> m_items; // conversation id → chat list row
    QHash<QString, int> m_unread;
    QElapsedTimer m_queueAge; // since the queue was last received: its waits grow on screen meanwhile
    QLabel* m_connection;
    QPushButton* m_connect;
    QPushButton* m_editPhrases;
    QLabel* m_queueTitle;
    QTreeWidget* m_queue;
    QPushButton* m_accept;
    QListWidget* m_chats;
    QPushButton* m_remove;
    QStackedWidget* m_stack;
    QWidget* m_placeholder;
    QPushButton* m_transfer;
    QPushButton* m_close;
    QPushButton* m_archive;
    QListWidget* m_phrases;
    QLineEdit* m_kbSearch;
    QListWidget* m_kbResults;
    QPlainTextEdit* m_kbAnswer;
    QPushButton* m_kbInsert;
    QString m_kbAnswerText;
    QString m_kbAnswerId;
};

} // namespace hotline::ui
