#pragma once
// Administrators manage accounts: create one with a first password, reset a password (which also lifts a
// lock-out), change a role or the agent number (坐席工号), deactivate or reactivate. Each is one audited libcore call.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class AccountsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AccountsDialog(Workspace& workspace, QWidget* parent = nullptr);

    void createAccount();
    void resetPassword();
    void applyRole();
    // Sets the selected account's agent number (坐席工号) to the one typed.
    void applyAgentCode();
    void setSelectedActive(bool active);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* roleComboBox() const { return m_role; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* agentCodeEdit() const { return m_agentCode; }
    QLabel* messageLabel() const { return m_message; }

private:
    void reload();
    QString selectedId() const;
    // Shows what happened: an error in red, a success in the normal colour; reloads the list after a success.
    void report(const QString& error, const QString& success = {});

    Workspace& m_ws;
    QTreeWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_agentCode;
    QLabel* m_message;
};

} // namespace hotline::ui
