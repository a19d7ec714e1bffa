#pragma once
// The knowledge-base pane: search as you type while the caller talks, read the article, copy its answer or put it
// into the work order being written.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace hotline::ui {

struct Workspace;

class KnowledgePane final : public QWidget {
    Q_OBJECT
public:
    explicit KnowledgePane(Workspace& workspace, QWidget* parent = nullptr);

    void focusSearch();
    void search();
    void showArticle(const QString& id);
    void copyAnswer();

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QTextBrowser* viewer() const { return m_viewer; }
    // The lists beside the viewer: search results first; other lists (hot questions, review queue …) are tabs after it.
    QTabWidget* tabs() const { return m_tabs; }
    // The article in the viewer (empty: none).
    const QString& currentArticleId() const { return m_currentId; }

signals:
    // The agent wants this answer in the work order being written.
    void insertAnswer(const QString& text);

private:
    Workspace& m_ws;
    QLineEdit* m_search;
    QTabWidget* m_tabs;
    QTimer* m_delay;
    QListWidget* m_results;
    QLabel* m_count;
    QTextBrowser* m_viewer;
    QPushButton* m_copy;
    QPushButton* m_insert;
    QString m_currentText;
    QString m_currentId;
};

} // namespace hotline::ui
