#pragma once
// 知识缺口: questions the answer robot had no confident answer for, newest first, a question asked again counted as a
// repeat. Reviewers close one (Ctrl+D), optionally naming the published article that now answers it.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;
class KnowledgePane;

class KbGapsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Question, Repeats, Confidence, AskedAt, Registered, Closest, ColumnCount };

    KbGapsWidget(Workspace& workspace, KnowledgePane* pane, QWidget* parent = nullptr);

    void reload();
    // Asks which article answers the selected gap now (none is allowed) and closes it.
    void closeSelected();
    // Closes the selected gap with that article (empty: none), without asking.
    bool closeSelectedWith(const QString& articleId);

    QTreeWidget* list() const { return m_list; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();

    Workspace& m_ws;
    KnowledgePane* m_pane;
    QTreeWidget* m_list;
    QPushButton* m_close;
    QLabel* m_status;
};

} // namespace hotline::ui
