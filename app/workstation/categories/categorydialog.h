#pragma once
// Editing the two-level category tree: add a group or a topic, rename, remove an unused one.

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class CategoryDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CategoryDialog(Workspace& workspace, QWidget* parent = nullptr);

    void addGroup();
    void addTopic();
    void renameSelected();
    void removeSelected();

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* nameEdit() const { return m_name; }

private:
    void reload();
    void report(const QString& error);
    QString selectedId() const;
    QString selectedGroupId() const;

    Workspace& m_ws;
    QTreeWidget* m_tree;
    QLineEdit* m_name;
    QLabel* m_error;
};

} // namespace hotline::ui
