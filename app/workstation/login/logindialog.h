#pragma once
// Who is at the keyboard: name and password (Enter logs in), or, on a store without accounts, the administrator's
// account to create (name and the password twice). The checks, the lock-out and the audit are libcore's
// (security::AccountService); this dialog only shows their answers.

#include "security/operator.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hotline::ui {

struct Workspace;

class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Logs in (or creates the first administrator); on failure shows why and stays open.
    void submit();

    bool isFirstStart() const { return m_firstStart; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* submitButton() const { return m_submit; }

signals:
    void loggedIn(const security::Operator& op);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showError(const QString& message, QLineEdit* focus);

    Workspace& m_ws;
    bool m_firstStart = false;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QPushButton* m_submit;
};

} // namespace hotline::ui
