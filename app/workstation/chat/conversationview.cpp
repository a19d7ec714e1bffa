#include "chat/conversationview.h"

#include "chat/replyedit.h"
#include "chat/transcript.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hotline::ui {

ConversationView::ConversationView(const QString& conversationId, int maxChars, QWidget* parent)
    : QWidget(parent), m_id(conversationId), m_maxChars(maxChars)
{
    setObjectName(QStringLiteral("conversationView"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("conversationHeaderLabel"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setStyleSheet(QStringLiteral("font-weight: bold; padding: 2px 0;"));
    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("transcriptPlainTextEdit"));
    m_transcript->setReadOnly(true);
    m_transcript->setUndoRedoEnabled(false);
    m_transcript->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reply = new ReplyEdit(this);
    m_reply->setPlaceholderText(tr("Reply (Enter sends, Shift+Enter starts a new line, Alt+1…9 insert a service "
                                   "phrase)"));
    m_reply->setMaximumHeight(110);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("replyCounterLabel"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("chatProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendPushButton"));
    m_send->setToolTip(tr("Send the reply (Enter)"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addStretch(1);
    bottom->addWidget(m_counter);
    bottom->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_reply);
    layout->addLayout(bottom);

    connect(m_reply, &QPlainTextEdit::textChanged, this, &ConversationView::updateCounter);
    connect(m_reply, &ReplyEdit::sendRequested, this, &ConversationView::sendRequested);
    connect(m_send, &QPushButton::clicked, this, &ConversationView::sendRequested);
    updateCounter();
    updateHeader();
}

ConversationView::Added ConversationView::addEvent(const QJsonObject& event)
{
    const qint64 seq = event.value(QStringLiteral("seq")).toInteger();
    if (seq <= m_lastSeq) {
        return Added::Duplicate;
    }
    if (seq != m_lastSeq + 1) {
        return Added::Gap;
    }
    m_lastSeq = seq;
    m_events.append(event);
    if (const QString line = transcriptLine(event); !line.isEmpty()) {
        QScrollBar* bar = m_transcript->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_transcript->appendPlainText(line);
        if (atEnd) {
            bar->setValue(bar->maximum());
        }
    }
    if (noticeWhat(event) == QLatin1String("closed")) {
        setClosed();
    }
    updateHeader();
    return Added::Shown;
}

QString ConversationView::transcript() const
{
    return transcriptText(m_events);
}

QString ConversationView::firstQuestion() const
{
    for (const QJsonObject& e : m_events) {
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("message") &&
            e.value(QStringLiteral("author")).toString() == QLatin1String("taxpayer")) {
            return e.value(QStringLiteral("text")).toString();
        }
    }
    return {};
}

QString ConversationView::title() const
{
    QString first = firstQuestion().simplified();
    if (first.isEmpty()) {
        return tr("Chat %1").arg(m_id.left(8));
    }
    return first.size() > 18 ? first.left(17) + QChar(0x2026) : first;
}

void ConversationView::setClosed()
{
    m_closed = true;
    m_reply->setReadOnly(true);
    m_reply->setPlaceholderText(tr("The chat has ended."));
    m_send->setEnabled(false);
    updateHeader();
}

void ConversationView::setLinked(const QString& workOrderId, const QString& ticketNo)
{
    m_workOrderId = workOrderId;
    m_ticketNo = ticketNo;
    updateHeader();
}

void ConversationView::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool ConversationView::replyTooLong() const
{
    return m_reply->toPlainText().trimmed().size() > m_maxChars;
}

void ConversationView::updateCounter()
{
    const qsizetype n = m_reply->toPlainText().trimmed().size();
    m_counter->setText(QStringLiteral("%1/%2").arg(n).arg(m_maxChars));
    m_counter->setStyleSheet(n > m_maxChars ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_counter->setToolTip(n > m_maxChars ? tr("Too long: a chat message holds at most %1 characters.").arg(m_maxChars)
                                         : QString());
}

void ConversationView::updateHeader()
{
    QStringList parts{title()};
    parts << (m_closed ? tr("ended") : tr("serving"));
    if (!m_ticketNo.isEmpty()) {
        parts << tr("work order %1").arg(m_ticketNo);
    }
    m_header->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace hotline::ui
