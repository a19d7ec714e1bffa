#pragma once
// One chat in the online agent's pane: its transcript (plain text, never HTML), the reply box with its 500-character
// counter, and what the pane needs to know of it (last seq seen, first question, closed, linked work order).

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hotline::ui {

class ReplyEdit;

class ConversationView final : public QWidget {
    Q_OBJECT
public:
    enum class Added { Shown, Duplicate, Gap };

    explicit ConversationView(const QString& conversationId, int maxChars, QWidget* parent = nullptr);

    QString conversationId() const { return m_id; }
    qint64 lastSeq() const { return m_lastSeq; }
    // Shows the event if it is the next one; Duplicate for one already shown, Gap when some are missing before it.
    Added addEvent(const QJsonObject& event);
    const QList<QJsonObject>& events() const { return m_events; }
    QString transcript() const;
    // The taxpayer's first message (a work order's question).
    QString firstQuestion() const;
    // A short name for lists: the first question's start, or the id's start.
    QString title() const;

    bool isClosed() const { return m_closed; }
    void setClosed();
    QString ticketNo() const { return m_ticketNo; }
    QString workOrderId() const { return m_workOrderId; }
    void setLinked(const QString& workOrderId, const QString& ticketNo);
    // A line under the transcript: what went wrong with the last action (empty hides it).
    void showProblem(const QString& message);

    ReplyEdit* reply() const { return m_reply; }
    QPlainTextEdit* transcriptView() const { return m_transcript; }
    QLabel* counterLabel() const { return m_counter; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* sendButton() const { return m_send; }
    bool replyTooLong() const;

    // The message in flight or refused: a retry of the same text reuses its client id (never a double message).
    QString pendingText;
    QString pendingClientId;

signals:
    void sendRequested();

private:
    void updateCounter();
    void updateHeader();

    QString m_id;
    int m_maxChars;
    qint64 m_lastSeq = 0;
    QList<QJsonObject> m_events;
    bool m_closed = false;
    QString m_ticketNo;
    QString m_workOrderId;
    QLabel* m_header;
    QPlainTextEdit* m_transcript;
    ReplyEdit* m_reply;
    QLabel* m_counter;
    QLabel* m_problem;
    QPushButton* m_send;
};

} // namespace hotline::ui
