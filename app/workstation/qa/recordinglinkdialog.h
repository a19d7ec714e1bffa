#pragma once
// 关联工单: link a recording to its work order by hand — type the work order's number, or pick one of the caller's
// work orders (newest first). The chosen work order's id is read by the caller, which asks libcore to link.

#include "recordings/recording.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class RecordingLinkDialog final : public QDialog {
    Q_OBJECT
public:
    RecordingLinkDialog(Workspace& workspace, const recordings::Recording& recording, QWidget* parent = nullptr);

    // The chosen work order's id (empty while none).
    QString workOrderId() const;
    QTreeWidget* candidates() const { return m_list; }
    QLineEdit* ticketNoEdit() const { return m_ticketNo; }

    // Finds the work order with the typed number and selects it (adding it to the list when it is not the caller's).
    bool findTicket();

private:
    void loadCallerWorkOrders();
    void addCandidate(const QString& id, bool select);
    void updateOk();

    Workspace& m_ws;
    recordings::Recording m_recording;
    QLineEdit* m_ticketNo;
    QLabel* m_hint;
    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace hotline::ui
