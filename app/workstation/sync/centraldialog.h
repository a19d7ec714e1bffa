#pragma once
// Where the central store is: one line, checked before it is saved.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace hotline::ui {

struct Workspace;

class CentralDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CentralDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Saves the URL (empty: work alone); on a malformed one shows why and stays open.
    void save();
    QLineEdit* urlEdit() const { return m_url; }

signals:
    void saved();

private:
    Workspace& m_ws;
    QLineEdit* m_url;
    QLabel* m_error;
};

} // namespace hotline::ui
