#pragma once
// Policy documents (政策文件): the list with 文号, title, issue date and status; add one; mark one amended (修订) or
// repealed (废止) with a note, which sends the articles citing it back to review.

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class PoliciesDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { Number, Title, Issued, Status, ColumnCount };

    explicit PoliciesDialog(Workspace& workspace, QWidget* parent = nullptr);

    void add();
    void markRepealed();
    void markAmended();

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* numberEdit() const { return m_number; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* messageLabel() const { return m_message; }

signals:
    // Articles went back to review.
    void articlesSentBack();

private:
    void reload(const QString& select = {});
    void mark(bool repealed);

    Workspace& m_ws;
    QTreeWidget* m_tree;
    QLineEdit* m_number;
    QLineEdit* m_title;
    QDateEdit* m_issued;
    QLineEdit* m_note;
    QLabel* m_message;
};

} // namespace hotline::ui
