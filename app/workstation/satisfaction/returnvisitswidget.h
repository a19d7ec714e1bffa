#pragma once
// The return visits (回访) of the work order in the detail editor, with the 回访… button (Ctrl+Shift+R) that records
// one. The button is enabled for the work order's owner and for leads; libcore checks it again.

#include <QGroupBox>

class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class ReturnVisitsWidget final : public QGroupBox {
    Q_OBJECT
public:
    explicit ReturnVisitsWidget(Workspace& workspace, QWidget* parent = nullptr);

    // Shows the visits of a work order (empty id: none).
    void setWorkOrder(const QString& id, const QString& ownerId);
    // Opens the dialog for a new visit (when the operator may record one).
    void recordVisit();

    QTreeWidget* list() const { return m_list; }
    QPushButton* visitButton() const { return m_visit; }

signals:
    void changed();

private:
    void reload();

    Workspace& m_ws;
    QString m_workOrderId;
    QTreeWidget* m_list;
    QPushButton* m_visit;
};

} // namespace hotline::ui
