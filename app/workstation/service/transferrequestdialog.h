#pragma once
// 转办…: hands the work order's question to the remote expert team or a named business department, with a due time
// (default: two working days). The work order becomes 已转办 until the answer comes back.

#include "tickets/workorder.h"
#include "workflow/transfer.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace hotline::ui {

struct Workspace;

class TransferRequestDialog final : public QDialog {
    Q_OBJECT
public:
    TransferRequestDialog(Workspace& workspace, const tickets::WorkOrder& workOrder, QWidget* parent = nullptr);

    QComboBox* targetComboBox() const { return m_target; }
    QPlainTextEdit* questionEdit() const { return m_question; }
    QDateTimeEdit* dueEdit() const { return m_due; }
    // The due time entered, read as Beijing time.
    QDateTime dueAt() const;
    // Sends the request; on success emits requested() and closes, else shows why and stays open.
    void submit();

signals:
    void requested(const workflow::Transfer& transfer);

private:
    Workspace& m_ws;
    QString m_workOrderId;
    QComboBox* m_target;
    QPlainTextEdit* m_question;
    QDateTimeEdit* m_due;
    QLabel* m_error;
};

} // namespace hotline::ui
