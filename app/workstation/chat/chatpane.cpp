#include "chat/chatpane.h"

#include "chat/agentclient.h"
#include "chat/agentsettings.h"
#include "chat/conversationview.h"
#include "chat/quickphrases.h"
#include "chat/quickphrasesdialog.h"
#include "chat/replyedit.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/backgroundsearch.h"
#include "qa/qasortitem.h"
#include "security/permissions.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kMaxChars = 500;

ChatPane::PasswordPrompt& passwordPrompt()
{
    static ChatPane::PasswordPrompt prompt;
    return prompt;
}

ChatPane::ColleaguePrompt& colleaguePrompt()
{
    static ChatPane::ColleaguePrompt prompt;
    return prompt;
}

constexpr int kWaitedRole = Qt::UserRole + 2; // the seconds waited when the queue arrived

QString waited(qint64 secs)
{
    return secs < 60 ? QStringLiteral("%1″").arg(secs)
                     : QStringLiteral("%1′%2″").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QAction* addShortcut(QWidget* owner, const QKeySequence& keys, const std::function<void()>& run)
{
    auto* action = new QAction(owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, owner, run);
    owner->addAction(action);
    return action;
}

} // namespace

ChatPane::ChatPane(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_client(new AgentClient(this))
{
    setObjectName(QStringLiteral("chatPane"));
    buildLayout();
    connect(m_client, &AgentClient::stateChanged, this,
            [this](AgentClient::State s, const QString& message) { showConnection(int(s), message); });
    connect(m_client, &AgentClient::signInFailed, this, [this](const QString& message) {
        Messages::show(this, Messages::Kind::Warning, tr("Online consultation"), message);
    });
    connect(m_client, &AgentClient::signedIn, this, &ChatPane::loadMine);
    connect(m_client, &AgentClient::resumed, this, [this] {
        loadMine();
        for (ConversationView* view : chats()) {
            catchUp(view);
        }
    });
    connect(m_client, &AgentClient::queueChanged, this, &ChatPane::showQueue);
    connect(m_client, &AgentClient::eventArrived, this, &ChatPane::onEvent);
    reloadQuickPhrases();
    showConnection(int(AgentClient::State::SignedOut), {});
    auto* second = new QTimer(this);
    second->setInterval(1000);
    connect(second, &QTimer::timeout, this, &ChatPane::tickQueue);
    second->start();
}

ChatPane::~ChatPane() = default;

void ChatPane::setPasswordPrompt(PasswordPrompt prompt)
{
    passwordPrompt() = std::move(prompt);
}

void ChatPane::setColleaguePrompt(ColleaguePrompt prompt)
{
    colleaguePrompt() = std::move(prompt);
}

std::optional<int> ChatPane::chooseColleague(const QStringList& colleagues)
{
    if (colleaguePrompt()) {
        return colleaguePrompt()(this, colleagues);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Transfer the chat"), tr("To the colleague:"), colleagues, 0, false, &ok);
    return ok ? std::optional<int>(int(colleagues.indexOf(chosen))) : std::nullopt;
}

void ChatPane::buildLayout()
{
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("chatConnectionLabel"));
    m_connection->setTextFormat(Qt::PlainText);
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("chatConnectPushButton"));
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_client->state() == AgentClient::State::SignedOut) {
            connectToPortal();
        } else {
            signOut();
        }
    });
    m_editPhrases = new QPushButton(tr("Service phrases…"), this);
    m_editPhrases->setObjectName(QStringLiteral("editQuickPhrasesPushButton"));
    m_editPhrases->setToolTip(tr("Edit the standard service wording the online agents insert"));
    connect(m_editPhrases, &QPushButton::clicked, this, &ChatPane::editQuickPhrases);
    auto* top = new QHBoxLayout;
    top->addWidget(m_connection, 1);
    top->addWidget(m_editPhrases);
    top->addWidget(m_connect);

    // Left: the queue and my chats.
    m_queueTitle = new QLabel(this);
    m_queue = new QTreeWidget(this);
    m_queue->setObjectName(QStringLiteral("chatQueueTreeWidget"));
    m_queue->setHeaderLabels({tr("No."), tr("Waiting"), tr("First question")});
    m_queue->setRootIsDecorated(false);
    m_queue->setSortingEnabled(true);
    m_queue->sortByColumn(0, Qt::AscendingOrder);
    m_queue->header()->setStretchLastSection(true);
    m_queue->setColumnWidth(0, 44);
    m_queue->setColumnWidth(1, 60);
    connect(m_queue, &QTreeWidget::itemDoubleClicked, this, &ChatPane::acceptSelected);
    m_accept = new QPushButton(tr("&Accept (Ctrl+J)"), this);
    m_accept->setObjectName(QStringLiteral("acceptChatPushButton"));
    m_accept->setToolTip(tr("Take the selected waiting chat, or the first in line"));
    connect(m_accept, &QPushButton::clicked, this, &ChatPane::acceptSelected);
    auto* queueBox = new QGroupBox(tr("Queue"), this);
    auto* queueLayout = new QVBoxLayout(queueBox);
    queueLayout->addWidget(m_queueTitle);
    queueLayout->addWidget(m_queue, 1);
    queueLayout->addWidget(m_accept);

    m_chats = new QListWidget(this);
    m_chats->setObjectName(QStringLiteral("chatListWidget"));
    m_chats->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chats->setTextElideMode(Qt::ElideRight);
    m_remove = new QPushButton(tr("Remove from list"), this);
    m_remove->setObjectName(QStringLiteral("removeChatPushButton"));
    connect(m_remove, &QPushButton::clicked, this, &ChatPane::removeCurrent);
    auto* chatsBox = new QGroupBox(tr("My chats"), this);
    auto* chatsLayout = new QVBoxLayout(chatsBox);
    chatsLayout->addWidget(m_chats, 1);
    chatsLayout->addWidget(m_remove);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(queueBox);
    left->addWidget(chatsBox);

    // Middle: the open chat and what can be done with it.
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(tr("No chat open. Accept a waiting taxpayer from the queue (Ctrl+J)."), this);
    static_cast<QLabel*>(m_placeholder)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel*>(m_placeholder)->setWordWrap(true);
    m_stack->addWidget(m_placeholder);
    m_transfer = new QPushButton(tr("&Transfer…"), this);
    m_transfer->setObjectName(QStringLiteral("transferChatPushButton"));
    m_transfer->setToolTip(tr("Hand the chat to a colleague who is online (Ctrl+T)"));
    connect(m_transfer, &QPushButton::clicked, this, &ChatPane::transferCurrent);
    m_close = new QPushButton(tr("&End chat"), this);
    m_close->setObjectName(QStringLiteral("closeChatPushButton"));
    m_close->setToolTip(tr("End the chat (Ctrl+Shift+W)"));
    connect(m_close, &QPushButton::clicked, this, &ChatPane::closeCurrent);
    m_archive = new QPushButton(tr("&File under work order"), this);
    m_archive->setObjectName(QStringLiteral("archiveChatPushButton"));
    m_archive->setToolTip(tr("Create a work order with the transcript (Ctrl+L), or add it to an existing one "
                             "(Ctrl+Shift+L)"));
    auto* archiveMenu = new QMenu(m_archive);
    archiveMenu->addAction(tr("New work order…"), this, [this] { fileToNewWorkOrder(); });
    archiveMenu->addAction(tr("Existing work order…"), this, &ChatPane::fileToExistingWorkOrder);
    m_archive->setMenu(archiveMenu);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_transfer);
    actions->addWidget(m_close);
    actions->addStretch(1);
    actions->addWidget(m_archive);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(actions);
    middleLayout->addWidget(m_stack, 1);

    // Right: service phrases and the knowledge base.
    m_phrases = new QListWidget(this);
    m_phrases->setObjectName(QStringLiteral("quickPhraseListWidget"));
    m_phrases->setWordWrap(true);
    m_phrases->setToolTip(tr("Double-click, or Alt+1…9 in the reply box, to insert"));
    connect(m_phrases, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { insertPhrase(m_phrases->row(item) + 1); });
    m_kbSearch = new QLineEdit(this);
    m_kbSearch->setObjectName(QStringLiteral("chatKbSearchLineEdit"));
    m_kbSearch->setPlaceholderText(tr("Search the knowledge base (Ctrl+Shift+K), Enter"));
    m_kbSearch->setClearButtonEnabled(true);
    connect(m_kbSearch, &QLineEdit::returnPressed, this, &ChatPane::searchKnowledge);
    m_kbResults = new QListWidget(this);
    m_kbResults->setObjectName(QStringLiteral("chatKbResultListWidget"));
    m_kbResults->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kbResults->setTextElideMode(Qt::ElideRight);
    connect(m_kbResults, &QListWidget::currentRowChanged, this, &ChatPane::showKnowledgeAnswer);
    connect(m_kbResults, &QListWidget::itemActivated, this, &ChatPane::insertKnowledgeAnswer);
    m_kbAnswer = new QPlainTextEdit(this);
    m_kbAnswer->setObjectName(QStringLiteral("chatKbAnswerPlainTextEdit"));
    m_kbAnswer->setReadOnly(true);
    m_kbInsert = new QPushButton(tr("&Insert answer"), this);
    m_kbInsert->setObjectName(QStringLiteral("chatKbInsertPushButton"));
    m_kbInsert->setToolTip(tr("Put the article's answer into the reply box (Enter on a result)"));
    connect(m_kbInsert, &QPushButton::clicked, this, &ChatPane::insertKnowledgeAnswer);
    auto* kb = new QWidget(this);
    auto* kbLayout = new QVBoxLayout(kb);
    kbLayout->addWidget(m_kbSearch);
    kbLayout->addWidget(m_kbResults, 2);
    kbLayout->addWidget(m_kbAnswer, 3);
    kbLayout->addWidget(m_kbInsert);
    auto* side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("chatSideTabWidget"));
    side->addTab(m_phrases, tr("Service phrases"));
    side->addTab(kb, tr("Knowledge base"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(middle);
    split->addWidget(side);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 3);
    split->setSizes({300, 700, 380});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_chats, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item == nullptr) {
            m_stack->setCurrentWidget(m_placeholder);
        } else if (ConversationView* view = chat(item->data(kIdRole).toString())) {
            m_stack->setCurrentWidget(view);
            m_unread.remove(view->conversationId());
            refreshChatItem(view);
        }
        updateActions();
    });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_J), [this] { acceptSelected(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_T), [this] { transferCurrent(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), [this] { closeCurrent(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_L), [this] { fileToNewWorkOrder(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] { fileToExistingWorkOrder(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this, side, kb] {
        side->setCurrentWidget(kb);
        m_kbSearch->setFocus(Qt::ShortcutFocusReason);
        m_kbSearch->selectAll();
    });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] {
        if (m_chats->count() > 0) {
            m_chats->setCurrentRow((m_chats->currentRow() + 1) % m_chats->count());
        }
    });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] {
        if (m_chats->count() > 0) {
            m_chats->setCurrentRow((m_chats->currentRow() + m_chats->count() - 1) % m_chats->count());
        }
    });
}

void ChatPane::updateActions()
{
    const bool connected = m_client->state() == AgentClient::State::Connected;
    ConversationView* view = currentChat();
    const bool open = view != nullptr && !view->isClosed();
    m_accept->setEnabled(connected);
    m_transfer->setEnabled(connected && open);
    m_close->setEnabled(connected && open);
    m_archive->setEnabled(view != nullptr && !view->events().isEmpty());
    m_remove->setEnabled(view != nullptr && view->isClosed());
    m_editPhrases->setVisible(security::roleHas(m_ws.currentOperator.role, security::Permission::ManageQuickPhrases));
    const bool serves = security::roleHas(m_ws.currentOperator.role, security::Permission::ServeChats);
    m_connect->setEnabled(serves);
}

void ChatPane::showConnection(int state, const QString& message)
{
    const auto s = AgentClient::State(state);
    QString text;
    QString style;
    switch (s) {
    case AgentClient::State::SignedOut:
        text = tr("○ Not connected to the online consultation service");
        break;
    case AgentClient::State::Connecting:
        text = tr("Connecting…");
        break;
    case AgentClient::State::Connected:
        text = tr("● Online as %1 — taxpayers can be served").arg(m_client->agentName());
        style = QStringLiteral("color: #1b7f3b; font-weight: bold;");
        break;
    case AgentClient::State::Disconnected:
        text = tr("○ Not connected: %1 Retrying; nothing typed is lost.").arg(message);
        style = QStringLiteral("color: #b00020; font-weight: bold;");
        break;
    }
    m_connection->setText(text);
    m_connection->setStyleSheet(style);
    m_connect->setText(s == AgentClient::State::SignedOut ? tr("&Go online…") : tr("Go &offline"));
    if (s == AgentClient::State::SignedOut) {
        showQueue({});
    }
    updateActions();
}

void ChatPane::connectToPortal()
{
    const QString name = m_ws.currentOperator.name;
    std::optional<QString> password;
    if (passwordPrompt()) {
        password = passwordPrompt()(this, name);
    } else {
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Online consultation"),
                                                    tr("Password of %1 for the online consultation service:").arg(name),
                                                    QLineEdit::Password, {}, &ok);
        if (ok) {
            password = typed;
        }
    }
    if (password && !password->isEmpty()) {
        signIn(*password);
    }
}

void ChatPane::signIn(const QString& password)
{
    auto url = chat::agentUrl(*m_ws.db);
    m_client->setBaseUrl(QUrl(url.value_or(chat::defaultAgentUrl())));
    m_client->signIn(m_ws.currentOperator.name, password);
}

void ChatPane::signOut()
{
    m_client->signOut();
}

void ChatPane::operatorChanged()
{
    m_client->signOut();
    while (!chats().isEmpty()) {
        dropChat(chats().first());
    }
    reloadQuickPhrases();
    updateActions();
}

void ChatPane::showQueue(const QJsonArray& items)
{
    const QString selected =
        m_queue->currentItem() != nullptr ? m_queue->currentItem()->data(0, kIdRole).toString() : QString();
    m_queue->setSortingEnabled(false);
    m_queue->clear();
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        auto* item = new QaSortItem(m_queue);
        const int position = o.value(QStringLiteral("position")).toInt();
        const qint64 secs = o.value(QStringLiteral("waitedSecs")).toInteger();
        item->setSorted(0, QString::number(position), position);
        item->setSorted(1, waited(secs), double(secs));
        item->setData(1, kWaitedRole, secs);
        const QString question = o.value(QStringLiteral("firstQuestion")).toString();
        item->setText(2, question.isEmpty() ? tr("(no question yet)") : question.simplified());
        item->setToolTip(2, question);
        item->setData(0, kIdRole, o.value(QStringLiteral("conversationId")).toString());
        if (item->data(0, kIdRole).toString() == selected) {
            m_queue->setCurrentItem(item);
        }
    }
    m_queue->setSortingEnabled(true);
    m_queueAge.start();
    m_queueTitle->setText(items.isEmpty() ? tr("Nobody is waiting.") : tr("%n waiting", nullptr, int(items.size())));
}

void ChatPane::tickQueue()
{
    if (!m_queueAge.isValid() || m_queue->topLevelItemCount() == 0) {
        return;
    }
    const qint64 since = m_queueAge.elapsed() / 1000;
    for (int i = 0; i < m_queue->topLevelItemCount(); ++i) {
        auto* item = static_cast<QaSortItem*>(m_queue->topLevelItem(i));
        const qint64 secs = item->data(1, kWaitedRole).toLongLong() + since;
        item->setSorted(1, waited(secs), double(secs));
    }
}

void ChatPane::acceptSelected()
{
    if (m_client->state() != AgentClient::State::Connected) {
        return;
    }
    const QString id =
        m_queue->currentItem() != nullptr ? m_queue->currentItem()->data(0, kIdRole).toString() : QString();
    m_client->accept(id, [this](const AgentReply& r) {
        if (!r.ok()) {
            Messages::show(this, Messages::Kind::Warning, tr("Accept a chat"), r.message);
            return;
        }
        QJsonObject c = r.body.value(QStringLiteral("conversation")).toObject();
        if (c.isEmpty()) {
            c = r.body;
        }
        QString id = c.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            id = c.value(QStringLiteral("conversationId")).toString();
        }
        ConversationView* view = openChat(id);
        setCurrentChat(id);
        view->reply()->setFocus(Qt::OtherFocusReason);
        m_client->heartbeat(); // the queue changed
    });
}

ConversationView* ChatPane::openChat(const QString& conversationId)
{
    if (ConversationView* existing = chat(conversationId)) {
        return existing;
    }
    auto* view = new ConversationView(conversationId, kMaxChars, m_stack);
    m_stack->addWidget(view);
    connect(view, &ConversationView::sendRequested, this, &ChatPane::sendCurrent);
    connect(view->reply(), &ReplyEdit::phraseRequested, this, &ChatPane::insertPhrase);
    auto* item = new QListWidgetItem(m_chats);
    item->setData(kIdRole, conversationId);
    m_items.insert(conversationId, item);
    refreshChatItem(view);
    if (m_chats->count() == 1) {
        m_chats->setCurrentItem(item);
    }
    catchUp(view);
    return view;
}

void ChatPane::loadMine()
{
    m_client->mine([this](const AgentReply& r) {
        if (!r.ok()) {
            return;
        }
        for (const QJsonValue& v : r.body.value(QStringLiteral("items")).toArray()) {
            const QJsonObject c = v.toObject();
            QString id = c.value(QStringLiteral("id")).toString();
            if (id.isEmpty()) {
                id = c.value(QStringLiteral("conversationId")).toString();
            }
            if (!id.isEmpty()) {
                openChat(id);
            }
        }
    });
}

void ChatPane::catchUp(ConversationView* view)
{
    const QString id = view->conversationId();
    m_client->events(id, view->lastSeq(), [this, id](const AgentReply& r) {
        if (ConversationView* v = chat(id); v != nullptr && r.ok()) {
            addEvents(v, r.body.value(QStringLiteral("events")).toArray());
        }
    });
}

void ChatPane::addEvents(ConversationView* view, const QJsonArray& events)
{
    bool fresh = false;
    bool gap = false;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        switch (view->addEvent(e)) {
        case ConversationView::Added::Shown:
            fresh = true;
            if (e.value(QStringLiteral("author")).toString() == QLatin1String("taxpayer") && currentChat() != view) {
                m_unread[view->conversationId()] += 1;
            }
            break;
        case ConversationView::Added::Gap:
            gap = true;
            break;
        case ConversationView::Added::Duplicate:
            break;
        }
    }
    if (gap) {
        catchUp(view);
    }
    if (fresh) {
        refreshChatItem(view);
        updateActions();
    }
}

void ChatPane::onEvent(const QString& conversationId, const QJsonObject& event)
{
    ConversationView* view = chat(conversationId);
    if (view == nullptr) {
        // Transferred to me (then the portal lists it as mine and its whole log is fetched), or one transferred away
        // or taken off the list whose last events still arrive (then it is not mine and stays away).
        loadMine();
        return;
    }
    addEvents(view, QJsonArray{event});
}

void ChatPane::refreshChatItem(ConversationView* view)
{
    QListWidgetItem* item = m_items.value(view->conversationId());
    if (item == nullptr) {
        return;
    }
    const int unread = m_unread.value(view->conversationId());
    QString text = view->title();
    if (unread > 0) {
        text = QStringLiteral("● ") + text + QStringLiteral(" (%1)").arg(unread);
    }
    if (view->isClosed()) {
        text += QLatin1Char(' ') + tr("(ended)");
    }
    if (!view->ticketNo().isEmpty()) {
        text += QStringLiteral(" · ") + view->ticketNo();
    }
    item->setText(text);
    QFont f = item->font();
    f.setBold(unread > 0);
    item->setFont(f);
    item->setForeground(view->isClosed() ? palette().brush(QPalette::Disabled, QPalette::Text)
                                         : palette().brush(QPalette::Active, QPalette::Text));
    item->setToolTip(view->firstQuestion());
}

ConversationView* ChatPane::currentChat() const
{
    return qobject_cast<ConversationView*>(m_stack->currentWidget());
}

ConversationView* ChatPane::chat(const QString& conversationId) const
{
    for (ConversationView* view : chats()) {
        if (view->conversationId() == conversationId) {
            return view;
        }
    }
    return nullptr;
}

QList<ConversationView*> ChatPane::chats() const
{
    QList<ConversationView*> out;
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto* view = qobject_cast<ConversationView*>(m_stack->widget(i))) {
            out << view;
        }
    }
    return out;
}

void ChatPane::setCurrentChat(const QString& conversationId)
{
    if (QListWidgetItem* item = m_items.value(conversationId)) {
        m_chats->setCurrentItem(item);
    }
}

void ChatPane::showProblem(ConversationView* view, const AgentReply& reply)
{
    if (view != nullptr) {
        view->showProblem(reply.ok() ? QString() : reply.message);
    }
}

void ChatPane::sendCurrent()
{
    ConversationView* view = currentChat();
    if (view == nullptr || view->isClosed() || view->reply()->isReadOnly()) {
        return;
    }
    const QString text = view->reply()->toPlainText().trimmed();
    if (text.isEmpty()) {
        return;
    }
    if (view->replyTooLong()) {
        view->showProblem(tr("The reply has %1 characters; a chat message holds at most %2. Shorten it or send it "
                             "in parts.")
                              .arg(text.size())
                              .arg(kMaxChars));
        return;
    }
    if (view->pendingText != text) {
        view->pendingText = text;
        view->pendingClientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    view->reply()->setReadOnly(true); // what is typed stays until the portal has it
    const QString id = view->conversationId();
    m_client->sendMessage(id, view->pendingClientId, text, [this, id](const AgentReply& r) {
        ConversationView* v = chat(id);
        if (v == nullptr) {
            return;
        }
        v->reply()->setReadOnly(v->isClosed());
        showProblem(v, r);
        if (!r.ok()) {
            if (r.error == QLatin1String("closed")) {
                catchUp(v);
            }
            return;
        }
        v->pendingText.clear();
        v->pendingClientId.clear();
        v->reply()->clear();
        addEvents(v, r.body.value(QStringLiteral("events")).toArray());
    });
}

void ChatPane::reloadQuickPhrases()
{
    m_phrases->clear();
    auto phrases = chat::listQuickPhrases(m_ws.db->connection());
    if (!phrases) {
        return;
    }
    int n = 0;
    for (const chat::QuickPhrase& p : phrases.value()) {
        ++n;
        const QString prefix = n <= 9 ? QStringLiteral("Alt+%1  ").arg(n) : QString();
        const QString category = p.category.isEmpty() ? QString() : QStringLiteral("【%1】").arg(p.category);
        auto* item = new QListWidgetItem(prefix + category + p.text, m_phrases);
        item->setData(kIdRole, p.text);
        item->setToolTip(p.text);
    }
    if (n == 0) {
        auto* item = new QListWidgetItem(tr("No service phrases yet (the team lead keeps them)."), m_phrases);
        item->setFlags(Qt::NoItemFlags);
    }
}

void ChatPane::insertPhrase(int number)
{
    QListWidgetItem* item = m_phrases->item(number - 1);
    ConversationView* view = currentChat();
    if (item == nullptr || view == nullptr || item->data(kIdRole).toString().isEmpty() || view->isClosed()) {
        return;
    }
    view->reply()->insertSnippet(item->data(kIdRole).toString());
}

void ChatPane::searchKnowledge()
{
    m_kbResults->clear();
    m_kbAnswer->clear();
    m_kbAnswerText.clear();
    const QString text = m_kbSearch->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    knowledge::KbSearchOptions options;
    options.publishedOnly = true;
    options.limit = 20;
    options.today = m_ws.clock->now().date();
    auto hits = ui::searchKnowledge(m_ws.db->connection(), text, options);
    if (!hits) {
        Messages::show(this, Messages::Kind::Warning, tr("Knowledge base"), hits.error().message);
        return;
    }
    for (const knowledge::KbHit& h : hits.value()) {
        auto* item = new QListWidgetItem(h.title, m_kbResults);
        item->setData(kIdRole, h.id);
        item->setToolTip(h.category.isEmpty() ? h.title : h.category + QStringLiteral(" · ") + h.title);
    }
    if (hits->isEmpty()) {
        auto* item = new QListWidgetItem(tr("No published article matches."), m_kbResults);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_kbResults->setCurrentRow(0);
    }
}

} // namespace hotline::ui
