#pragma once
// 热点问题: the published articles that answered the most work orders over a chosen period, pinned ones first.
// Selecting one shows it in the knowledge pane's viewer; those who curate the knowledge base pin and unpin (Ctrl+P).

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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();

    Workspace& m_ws;
    KnowledgePane* m_pane;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTreeWidget* m_list;
    QPushButton* m_pin;
    QLabel* m_status;
};

} // namespace hotline::ui
