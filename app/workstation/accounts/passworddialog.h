#pragma once
// Changing one's own password: the current one, then the new one twice.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace hotline::ui {

struct Workspace;

class PasswordDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PasswordDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Changes the password through libcore; on failure shows why and stays open.
    void submit();

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* errorLabel() const { return m_error; }

private:
    Workspace& m_ws;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace hotline::ui
