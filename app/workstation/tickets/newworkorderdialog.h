#pragma once
// The quick new-work-order form (Ctrl+N), also opened by a caller screen-pop with the caller's earlier work
// orders beside it. Usable by keyboard alone: Tab through the fields, Ctrl+Enter saves, Esc cancels.

#include "tickets/categories.h"
#include "tickets/workorder.h"
#include "tickets/workorderrepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;
class WorkOrderFields;

class NewWorkOrderDialog final : public QDialog {
    Q_OBJECT
public:
    NewWorkOrderDialog(Workspace& workspace, const QList<tickets::Category>& categories, QWidget* parent = nullptr);

    // Prefills the form for an incoming call and lists the earlier work orders of the number and its unit.
    // callId: the PBX's id of the call (通话流水号), kept with the work order; empty when unknown.
    void prefillForCaller(const QString& callerNumber, const QString& callId = {});
    WorkOrderFields* fields() const { return m_fields; }

    // Saves; on success emits created and closes, on failure shows why next to the field.
    void save();

signals:
    void created(const tickets::WorkOrder& workOrder);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Workspace& m_ws;
    QWidget* m_initialFocus = nullptr;
    WorkOrderFields* m_fields;
    QCheckBox* m_resolved;
    QLabel* m_historyLabel;
    QTreeWidget* m_history;
};

} // namespace hotline::ui
