#pragma once
// The team lead's editor of the 服务用语: add, edit, move up and down, take out of use, and 恢复默认 (the default
// wording) when none is in use. libcore checks ManageQuickPhrases; the pane shows the button only to those who hold it.

#include "chat/quickphrases.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class QuickPhrasesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit QuickPhrasesDialog(Workspace& workspace, QWidget* parent = nullptr);

    QTreeWidget* phraseTree() const { return m_tree; }
    QLineEdit* categoryEdit() const { return m_category; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* restoreButton() const { return m_restore; }

    void addPhrase();
    void saveSelected();
    void moveSelected(int by);
    void deactivateSelected();
    void restoreDefaults();

signals:
    void changed();

private:
    void reload(const QString& select = {});
    void showSelected();
    void finish(const Outcome& outcome, const QString& select = {});
    const chat::QuickPhrase* selected() const;

    Workspace& m_ws;
    QList<chat::QuickPhrase> m_list;
    QTreeWidget* m_tree;
    QLineEdit* m_category;
    QPlainTextEdit* m_text;
    QLabel* m_counter;
    QLabel* m_error;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_deactivate;
    QPushButton* m_restore;
};

} // namespace hotline::ui
