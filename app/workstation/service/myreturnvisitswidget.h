#pragma once
// 我的回访: the visits dealt to the operator at the keyboard, the ones to make first, and the scripted questionnaire
// beside the work order's question and answer: 满意 / 基本满意 / 不满意 / 未联系上 (keys 1–4), 问题是否解决 是 / 否,
// 意见; Ctrl+Enter saves.

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class MyReturnVisitsWidget final : public QWidget {
    Q_OBJECT
public:
    explicit MyReturnVisitsWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    // Records the questionnaire for the selected item.
    void save();
    // 1–4: 满意, 基本满意, 不满意, 未联系上.
    void chooseVerdict(int key);
    QTreeWidget* list() const { return m_list; }

signals:
    void dataChanged();

private:
    void showSelected();
    void revealNumber();

    Workspace& m_ws;
    QTreeWidget* m_list;
    QTextBrowser* m_workOrder;
    QLabel* m_contact;
    QPushButton* m_reveal;
    QButtonGroup* m_verdict;
    QButtonGroup* m_resolved;
    QComboBox* m_method;
    QPlainTextEdit* m_comment;
    QPushButton* m_save;
    QWidget* m_form;
    bool m_sortedByUser = false; // a header was clicked: keep that order on reload
};

} // namespace hotline::ui
