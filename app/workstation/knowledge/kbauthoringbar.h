#pragma once
// The row of authoring actions under the knowledge pane's viewer: new article (Ctrl+Shift+K), edit the article shown
// (Ctrl+E), its history (Ctrl+Shift+H), policy documents and KB categories; it also gives reviewers the 待审核 tab.

#include <QWidget>

class QPushButton;

namespace hotline::ui {

struct Workspace;
class ArticleEditorDialog;
class KnowledgePane;
class ReviewQueueWidget;

class KbAuthoringBar final : public QWidget {
    Q_OBJECT
public:
    KbAuthoringBar(Workspace& workspace, KnowledgePane& pane);

    // Opens the editor (non-modal) on an article; an empty id for a new one.
    ArticleEditorDialog* openEditor(const QString& articleId);
    void openHistory();
    // The review queue tab, or null for operators who do not review.
    ReviewQueueWidget* reviewQueue() const { return m_queue; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* historyButton() const { return m_history; }

private:
    Workspace& m_ws;
    KnowledgePane& m_pane;
    ReviewQueueWidget* m_queue = nullptr;
    QPushButton* m_edit;
    QPushButton* m_history;
};

} // namespace hotline::ui
