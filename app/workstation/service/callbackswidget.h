#pragma once
// Tab 回呼 of 服务管理: the callback queue (mine; a lead may show everyone's, escalated first), with when each may be
// called next under the retry rules. An attempt is recorded with its outcome — 接通 / 未接 / 忙 / 错号, keys 1–4 on
// the list — and a note; Enter opens the work order and the caller's history in the 工单 pane.

#include "workflow/callback.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class CallbacksWidget final : public QWidget {
    Q_OBJECT
public:
    explicit CallbacksWidget(Workspace& workspace, QWidget* parent = nullptr);

    // Escalates the callbacks past their deadline, then re-reads the queue.
    void refresh();
    // Records an attempt on the selected callback with the note typed; false when refused (the reason is shown).
    bool recordAttempt(workflow::AttemptOutcome outcome);
    // Cancels the selected callback (no longer needed).
    void cancelSelected();

    QTreeWidget* list() const { return m_list; }
    QCheckBox* everyoneCheckBox() const { return m_everyone; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* nextLabel() const { return m_next; }

signals:
    void changed();
    void openWorkOrder(const QString& workOrderId, const QString& callerNumber);

protected:
    // Re-read whenever the tab comes into view.
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString selectedId() const;
    void showSelected();

    Workspace& m_ws;
    QCheckBox* m_everyone;
    QTreeWidget* m_list;
    QLineEdit* m_note;
    QList<QPushButton*> m_outcomes;
    QPushButton* m_cancel;
    QLabel* m_next;
    QLabel* m_summary;
};

} // namespace hotline::ui
