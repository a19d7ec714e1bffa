#pragma once
// Who is at the keyboard: at first start the operator picks (or types) a name and a role. Every change is
// recorded under this operator until real accounts arrive with the central store.

#include "security/operator.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace hotline::ui {

struct Workspace;

class OperatorDialog final : public QDialog {
    Q_OBJECT
public:
    explicit OperatorDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Creates or finds the operator, makes them current in the store; on failure shows why and stays open.
    void confirm();

    QComboBox* nameComboBox() const { return m_name; }
    QComboBox* roleComboBox() const { return m_role; }

signals:
    void chosen(const security::Operator& op);

private:
    Workspace& m_ws;
    QComboBox* m_name;
    QComboBox* m_role;
    QLabel* m_error;
};

} // namespace hotline::ui
