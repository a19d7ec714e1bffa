#pragma once
// Editing the knowledge base's categories: add, rename, remove one no article uses (ManageKnowledge).

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace hotline::ui {

struct Workspace;

class KbCategoriesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit KbCategoriesDialog(Workspace& workspace, QWidget* parent = nullptr);

    void add();
    void renameSelected();
    void removeSelected();

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* errorLabel() const { return m_error; }

private:
    void reload(const QString& select = {});
    void report(const QString& error);

    Workspace& m_ws;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLabel* m_error;
};

} // namespace hotline::ui
