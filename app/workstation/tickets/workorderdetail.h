#pragma once
// The detail editor beside the list: the fields of the selected work order, its status actions, transfer,
// notes and timeline. Each action is one libcore call; the list is told to refresh after it.

#include "tickets/categories.h"
#include "tickets/workorder.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QHBoxLayout;

namespace hotline::ui {

struct Workspace;
class ReturnVisitsWidget;
class WorkOrderFields;

class WorkOrderDetail final : public QWidget {
    Q_OBJECT
public:
    explicit WorkOrderDetail(Workspace& workspace, QWidget* parent = nullptr);

    void setCategories(const QList<tickets::Category>& categories);
    // Shows a work order (empty id: nothing selected).
    void showWorkOrder(const QString& id);
    const std::optional<tickets::WorkOrder>& current() const { return m_current; }

    void saveChanges();
    void changeStatus(tickets::Status to);
    void addNote();
    void transfer();
    // 转办… (Ctrl+Shift+T) to the expert team or a department, and 安排回呼… (Ctrl+Shift+B): dialogs of
    // app/workstation/service.
    void requestTransfer();
    void scheduleCallback();
    // Asks libcore for the full taxpayer ID and phone numbers (checked and audited there) and shows them.
    void reveal();
    QPushButton* revealButton() const { return m_reveal; }
    WorkOrderFields* fields() const { return m_fields; }

signals:
    void changed(const QString& id);

private:
    void refresh();
    void showError(const QString& message);
    void afterChange(const tickets::WorkOrder& w);

    Workspace& m_ws;
    std::optional<tickets::WorkOrder> m_current;
    QLabel* m_header;
    WorkOrderFields* m_fields;
    QPushButton* m_save;
    QHBoxLayout* m_statusButtons;
    QPushButton* m_transfer;
    QPushButton* m_refer;
    QPushButton* m_callback;
    QPushButton* m_reveal;
    bool m_revealed = false; // the full values of m_current were revealed to the operator
    QLineEdit* m_note;
    QPushButton* m_addNote;
    QTreeWidget* m_timeline;
    ReturnVisitsWidget* m_returnVisits;
    QWidget* m_body;
    QLabel* m_empty;
};

} // namespace hotline::ui
