#pragma once
// For team leads: the values that lost concurrent edits on different workstations, and a way to put one back.

#include "sync/conflicts.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace hotline::ui {

struct Workspace;

class ConflictsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConflictsDialog(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void restoreSelected();
    QTableWidget* table() const { return m_table; }

signals:
    void restored();

private:
    Workspace& m_ws;
    QList<sync::Conflict> m_conflicts;
    QTableWidget* m_table;
    QCheckBox* m_showRestored;
    QLabel* m_error;
};

} // namespace hotline::ui
