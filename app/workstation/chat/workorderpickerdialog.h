#pragma once
// Chooses an existing work order to file a chat transcript under: the newest first, narrowed by what is typed (words
// of the question or answer, unit, phone, or a part of the ticket number). Enter or double-click chooses.

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class WorkOrderPickerDialog final : public QDialog {
    Q_OBJECT
public:
    explicit WorkOrderPickerDialog(Workspace& workspace, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QTreeWidget* resultTree() const { return m_results; }
    void search();
    void choose();

signals:
    void chosen(const QString& workOrderId);

private:
    Workspace& m_ws;
    QLineEdit* m_search;
    QTreeWidget* m_results;
};

} // namespace hotline::ui
