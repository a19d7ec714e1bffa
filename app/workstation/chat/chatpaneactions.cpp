// ChatPane: what the agent does with the open chat (knowledge answers, 转接, 结束, 归档到工单) and the lead's editor.

#include "chat/agentclient.h"
#include "chat/chatpane.h"
#include "chat/conversationview.h"
#include "chat/quickphrasesdialog.h"
#include "chat/replyedit.h"
#include "chat/workorderpickerdialog.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/article.h"
#include "knowledge/kbrepository.h"
#include "tickets/categories.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderfields.h"
#include "tickets/workorderservice.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>

namespace hotline::ui {

void ChatPane::showKnowledgeAnswer()
{
    m_kbAnswer->clear();
    m_kbAnswerText.clear();
    m_kbAnswerId.clear();
    QListWidgetItem* item = m_kbResults->currentItem();
    if (item == nullptr || item->data(Qt::UserRole).toString().isEmpty()) {
        return;
    }
    auto found = knowledge::KbRepository(m_ws.db->connection()).find(item->data(Qt::UserRole).toString());
    if (!found || !found.value()) {
        return;
    }
    m_kbAnswerId = found.value()->id;
    m_kbAnswerText = knowledge::plainText(found.value()->bodyHtml).trimmed();
    m_kbAnswer->setPlainText(m_kbAnswerText);
}

void ChatPane::insertKnowledgeAnswer()
{
    ConversationView* view = currentChat();
    if (m_kbAnswerText.isEmpty() || view == nullptr || view->isClosed()) {
        return;
    }
    view->reply()->insertSnippet(m_kbAnswerText);
}

void ChatPane::transferCurrent()
{
    ConversationView* view = currentChat();
    if (view == nullptr || view->isClosed() || m_client->state() != AgentClient::State::Connected) {
        return;
    }
    const QString id = view->conversationId();
    m_client->colleagues([this, id](const AgentReply& r) {
        if (!r.ok()) {
            Messages::show(this, Messages::Kind::Warning, tr("Transfer the chat"), r.message);
            return;
        }
        QStringList names;
        QStringList ids;
        for (const QJsonValue& v : r.body.value(QStringLiteral("items")).toArray()) {
            const QJsonObject a = v.toObject();
            const QString agentId = a.value(QStringLiteral("agentId")).toString();
            if (agentId == m_client->agentId()) {
                continue;
            }
            const int serving = a.value(QStringLiteral("serving")).toInt();
            const int capacity = a.value(QStringLiteral("capacity")).toInt();
            names << tr("%1 (serving %2 of %3)")
                         .arg(a.value(QStringLiteral("name")).toString())
                         .arg(serving)
                         .arg(capacity);
            ids << agentId;
        }
        if (ids.isEmpty()) {
            Messages::show(this, Messages::Kind::Information, tr("Transfer the chat"),
                           tr("No colleague is online to take the chat."));
            return;
        }
        const std::optional<int> chosen = chooseColleague(names);
        if (chosen && *chosen >= 0 && *chosen < ids.size() && chat(id) != nullptr) {
            setCurrentChat(id);
            transferCurrentTo(ids.at(*chosen));
        }
    });
}

void ChatPane::transferCurrentTo(const QString& agentId)
{
    ConversationView* view = currentChat();
    if (view == nullptr || agentId.isEmpty()) {
        return;
    }
    const QString id = view->conversationId();
    m_client->transfer(id, agentId, [this, id](const AgentReply& r) {
        ConversationView* v = chat(id);
        if (!r.ok()) {
            showProblem(v, r);
            Messages::show(this, Messages::Kind::Warning, tr("Transfer the chat"), r.message);
            return;
        }
        if (v != nullptr) {
            dropChat(v); // the colleague has it now
        }
    });
}

void ChatPane::closeCurrent()
{
    ConversationView* view = currentChat();
    if (view == nullptr || view->isClosed()) {
        return;
    }
    const QString id = view->conversationId();
    m_client->close(id, [this, id](const AgentReply& r) {
        ConversationView* v = chat(id);
        if (v == nullptr) {
            return;
        }
        showProblem(v, r);
        if (!r.ok() && r.error != QLatin1String("closed")) {
            return;
        }
        addEvents(v, r.body.value(QStringLiteral("events")).toArray());
        catchUp(v);
        v->setClosed();
        refreshChatItem(v);
        updateActions();
    });
}

void ChatPane::removeCurrent()
{
    ConversationView* view = currentChat();
    if (view != nullptr && view->isClosed()) {
        dropChat(view);
    }
}

void ChatPane::dropChat(ConversationView* view)
{
    const QString id = view->conversationId();
    delete m_items.take(id);
    m_unread.remove(id);
    m_stack->removeWidget(view);
    view->deleteLater();
    if (m_chats->currentItem() == nullptr) {
        m_stack->setCurrentWidget(m_placeholder);
    }
    updateActions();
}

NewWorkOrderDialog* ChatPane::fileToNewWorkOrder()
{
    ConversationView* view = currentChat();
    if (view == nullptr || view->events().isEmpty()) {
        return nullptr;
    }
    if (!view->workOrderId().isEmpty()) {
        fileUnder(view->workOrderId()); // filed already: only the portal's link is retried
        return nullptr;
    }
    auto categories = tickets::CategoryRepository(m_ws.db->connection()).all();
    auto* dialog = new NewWorkOrderDialog(m_ws, categories.value_or({}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    tickets::WorkOrderDraft draft;
    draft.channel = tickets::Channel::Online;
    draft.question = view->firstQuestion();
    dialog->fields()->setDraft(draft);
    const QDateTime started =
        QDateTime::fromString(view->events().first().value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (started.isValid()) {
        dialog->fields()->setReceivedAt(started);
    }
    const QString id = view->conversationId();
    connect(dialog, &NewWorkOrderDialog::created, this, [this, id](const tickets::WorkOrder& w) {
        if (chat(id) != nullptr) {
            setCurrentChat(id);
            fileUnder(w.id);
        }
    });
    dialog->setModal(false); // the transcript stays readable beside it
    dialog->show();
    return dialog;
}

void ChatPane::fileToExistingWorkOrder()
{
    ConversationView* view = currentChat();
    if (view == nullptr || view->events().isEmpty()) {
        return;
    }
    auto* dialog = new WorkOrderPickerDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = view->conversationId();
    connect(dialog, &WorkOrderPickerDialog::chosen, this, [this, id](const QString& workOrderId) {
        if (chat(id) != nullptr) {
            setCurrentChat(id);
            fileUnder(workOrderId);
        }
    });
    dialog->open();
}

void ChatPane::fileUnder(const QString& workOrderId)
{
    ConversationView* view = currentChat();
    if (view == nullptr) {
        return;
    }
    tickets::WorkOrderService service(*m_ws.db, *m_ws.clock, *m_ws.ids, m_ws.deadlines);
    auto w = service.view(workOrderId, m_ws.currentOperator);
    if (!w) {
        Messages::show(this, Messages::Kind::Warning, tr("File under work order"), w.error().message);
        return;
    }
    if (view->workOrderId() != workOrderId) {
        const QString note = tr("Online consultation transcript (chat %1):").arg(view->conversationId().left(8)) +
                             QLatin1Char('\n') + view->transcript();
        if (Outcome added = service.addNote(workOrderId, note, m_ws.currentOperator); !added) {
            Messages::show(this, Messages::Kind::Warning, tr("File under work order"), added.error().message);
            return;
        }
        view->setLinked(workOrderId, w->ticketNo);
        refreshChatItem(view);
        emit dataChanged();
    }
    const QString id = view->conversationId();
    const QString ticketNo = w->ticketNo;
    m_client->link(id, workOrderId, ticketNo, [this, id, ticketNo](const AgentReply& r) {
        ConversationView* v = chat(id);
        if (v == nullptr) {
            return;
        }
        if (r.ok()) {
            v->showProblem({});
            return;
        }
        v->showProblem(tr("The transcript is in work order %1, but the online consultation service was not told: "
                          "%2 File it again to retry.")
                           .arg(ticketNo, r.message));
    });
}

void ChatPane::editQuickPhrases()
{
    auto* dialog = new QuickPhrasesDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickPhrasesDialog::changed, this, [this] {
        reloadQuickPhrases();
        emit dataChanged();
    });
    dialog->open();
}

} // namespace hotline::ui
