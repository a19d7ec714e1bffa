#pragma once
// 热点问题: the published articles that answered the most work orders over a chosen period, pinned ones first.
// Selecting one shows it in the knowledge pane's viewer; those who curate the knowledge base pin and unpin (Ctrl+P).
// Below the list, the topic courses (专题课程) announced to taxpayers that have not started yet, with their links.

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;
class KnowledgePane;

class HotQuestionsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Rank, Title, Count, Category, ColumnCount };

    HotQuestionsWidget(Workspace& workspace, KnowledgePane* pane, QWidget* parent = nullptr);

    void reload();
    // Pins the selected article, or unpins it when it is pinned.
    void togglePin();

    QComboBox* periodCombo() const { return m_period; }
    QTreeWidget* list() const { return m_list; }
    QPushButton* pinButton() const { return m_pin; }
    // 即将开课: the next topic courses (hidden when none is coming).
    QLabel* coursesLabel() const { return m_courses; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    void showUpcomingCourses();

    Workspace& m_ws;
    KnowledgePane* m_pane;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTreeWidget* m_list;
    QPushButton* m_pin;
    QLabel* m_status;
    QLabel* m_courses;
};

} // namespace hotline::ui
