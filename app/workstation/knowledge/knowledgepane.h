#pragma once
// The knowledge-base pane: search as you type while the caller talks, read the article, copy its answer or put it
// into the work order being written.

#include "core/result.h"
#include "knowledge/kbrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace hotline::ui {

class BackgroundSearch;
struct Workspace;

class KnowledgePane final : public QWidget {
    Q_OBJECT
public:
    explicit KnowledgePane(Workspace& workspace, QWidget* parent = nullptr);

    void focusSearch();
    // Searches now, on this thread (Enter, a changed filter).
    void search();
    // Searches on the search thread and shows the results when they come (typing).
    void searchAsYouType();
    // A search on the search thread has not answered yet.
    bool searching() const;
    void showArticle(const QString& id);
    void copyAnswer();

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QTextBrowser* viewer() const { return m_viewer; }
    // The lists beside the viewer: search results first; other lists (hot questions, review queue …) are tabs after it.
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* categoryFilter() const { return m_categoryFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    // 同义词词典 (for those who manage the knowledge base).
    void editSynonyms();
    // The article in the viewer (empty: none).
    const QString& currentArticleId() const { return m_currentId; }

signals:
    // The agent wants this article's answer in the work order being written (saving it links the article).
    void insertAnswer(const QString& text, const QString& articleId);
    // 关联知识: link this article to the work order open in the work-order pane, its text unchanged.
    void linkArticle(const QString& articleId);

private:
    knowledge::KbSearchOptions searchOptions() const;
    void reloadCategories();
    void showHits(const Result<QList<knowledge::KbHit>>& hits);

    Workspace& m_ws;
    QLineEdit* m_search;
    QTabWidget* m_tabs;
    QTimer* m_delay;
    QListWidget* m_results;
    QLabel* m_count;
    QTextBrowser* m_viewer;
    QPushButton* m_copy;
    QPushButton* m_insert;
    QPushButton* m_link;
    QString m_currentText;
    QComboBox* m_categoryFilter;
    QComboBox* m_statusFilter;
    QPushButton* m_synonyms;
    BackgroundSearch* m_background = nullptr;
    QString m_currentId;
};

} // namespace hotline::ui
