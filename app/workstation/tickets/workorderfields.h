#pragma once
// The fields of a work order as one keyboard-friendly form, shared by the quick new-work-order form and the
// detail editor. Knows nothing of saving: it turns its widgets into a draft and shows a validation error.

#include "core/result.h"
#include "tickets/categories.h"
#include "tickets/deadlines.h"
#include "tickets/workorder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hotline::ui {

class WorkOrderFields final : public QWidget {
    Q_OBJECT
public:
    explicit WorkOrderFields(const tickets::DeadlinePolicy& deadlines, QWidget* parent = nullptr);

    void setCategories(const QList<tickets::Category>& categories);
    tickets::WorkOrderDraft draft() const;
    void setDraft(const tickets::WorkOrderDraft& draft);
    // When the question came in: the reply deadline shown is computed from it.
    void setReceivedAt(const QDateTime& received);

    // Taxpayer ID and phone numbers show masked values: read-only, so that the masked form goes back unchanged.
    void setTaxpayerDataMasked(bool masked);
    bool taxpayerDataMasked() const { return m_masked; }

    // A knowledge-base article whose answer went into this work order: linked when it is saved (until setDraft).
    void addArticle(const QString& articleId);

    // Marks the field named by error.field, focuses it and shows the message.
    void showError(const Error& error);
    void clearError();

    QLineEdit* callerNumberEdit() const { return m_callerNumber; }
    QLineEdit* taxpayerIdEdit() const { return m_taxpayerId; }
    QLineEdit* contactNumberEdit() const { return m_contactNumber; }
    QPlainTextEdit* questionEdit() const { return m_question; }
    QPlainTextEdit* answerEdit() const { return m_answer; }
    // 通话流水号: the PBX's call id from the screen-pop, read-only, shown only when there is one.
    QLineEdit* callIdEdit() const { return m_callId; }

signals:
    void edited();

private:
    void updateDeadline();
    QWidget* widgetFor(const QString& field) const;

    const tickets::DeadlinePolicy& m_deadlines;
    QDateTime m_receivedAt;
    QLineEdit* m_callerNumber;
    QLineEdit* m_unitName;
    QLineEdit* m_taxpayerId;
    QLineEdit* m_contactName;
    QLineEdit* m_contactNumber;
    QComboBox* m_channel;
    QComboBox* m_category;
    QComboBox* m_difficulty;
    QLabel* m_deadline;
    QPlainTextEdit* m_question;
    QPlainTextEdit* m_answer;
    QLabel* m_callIdLabel;
    QLineEdit* m_callId;
    QLabel* m_error;
    bool m_masked = false;
    QStringList m_articleIds;
};

} // namespace hotline::ui
