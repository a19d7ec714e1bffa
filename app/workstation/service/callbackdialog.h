#pragma once
// 安排回呼…: schedules a callback for the work order: the number (prefilled from the caller), the reason, the earliest
// time, the deadline and who calls (default: the work order's owner).

#include "tickets/workorder.h"
#include "workflow/callback.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace hotline::ui {

struct Workspace;

class CallbackDialog final : public QDialog {
    Q_OBJECT
public:
    CallbackDialog(Workspace& workspace, const tickets::WorkOrder& workOrder, QWidget* parent = nullptr);

    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QDateTimeEdit* earliestEdit() const { return m_earliest; }
    QDateTimeEdit* deadlineEdit() const { return m_deadline; }
    QComboBox* assigneeComboBox() const { return m_assignee; }
    // Schedules it; on success emits scheduled() and closes, else shows why and stays open.
    void submit();

signals:
    void scheduled(const workflow::Callback& callback);

private:
    Workspace& m_ws;
    QString m_workOrderId;
    QLineEdit* m_number;
    QLineEdit* m_reason;
    QDateTimeEdit* m_earliest;
    QDateTimeEdit* m_deadline;
    QComboBox* m_assignee;
    QLabel* m_error;
};

} // namespace hotline::ui
