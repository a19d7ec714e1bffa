#pragma once
// 同义词词典: the store's synonym groups, which every knowledge-base search expands with. Team leads and
// administrators add, edit and remove groups (libcore refuses others).

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class SynonymsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SynonymsDialog(Workspace& workspace, QWidget* parent = nullptr);

    void addGroup();
    void saveSelected();
    void removeSelected();

    QTreeWidget* groups() const { return m_groups; }
    QLineEdit* wordsEdit() const { return m_words; }
    QLabel* errorLabel() const { return m_error; }

signals:
    // The dictionary changed: searches should use the new one.
    void changed();

private:
    void reload(const QString& select = {});
    void report(const QString& error);
    QString selectedId() const;
    QStringList typedWords() const;

    Workspace& m_ws;
    QTreeWidget* m_groups;
    QLineEdit* m_words;
    QLabel* m_error;
};

} // namespace hotline::ui
