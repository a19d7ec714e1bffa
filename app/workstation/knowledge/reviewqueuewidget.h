#pragma once
// The 待审核 tab for reviewers: pending articles, oldest first, with author, since when and why they wait
// (submitted, or sent back because a cited policy changed). Double-click or Enter opens one in the editor.

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class ReviewQueueWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Title, Category, Author, Since, Reason, ColumnCount };

    explicit ReviewQueueWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* tree() const { return m_tree; }

signals:
    void openArticle(const QString& id);
    // The number of waiting articles changed (the tab shows it).
    void countChanged(int count);

private:
    Workspace& m_ws;
    QTreeWidget* m_tree;
    QLabel* m_count;
    QLabel* m_reason; // the selected row's whole reason (the column is narrow)
};

} // namespace hotline::ui
