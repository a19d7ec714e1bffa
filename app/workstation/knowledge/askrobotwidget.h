#pragma once
// 问机器人: a small box to try the answer robot as a taxpayer would ask (the portal's robot, inside the workstation).
// A confident answer shows the article; otherwise the question is already a knowledge-base gap, and the agent can
// register it for follow-up as an online work order (topic and contact number).

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace hotline::ui {

struct Workspace;
class KnowledgePane;

class AskRobotWidget final : public QWidget {
    Q_OBJECT
public:
    AskRobotWidget(Workspace& workspace, KnowledgePane* pane, QWidget* parent = nullptr);

    void ask();
    // Registers the last unanswered question as an online work order; false (and a message) when refused.
    bool registerQuestion();

    QLineEdit* questionEdit() const { return m_question; }
    QLabel* answerLabel() const { return m_answer; }
    QListWidget* related() const { return m_related; }
    QComboBox* topicCombo() const { return m_topic; }
    QLineEdit* contactEdit() const { return m_contact; }
    QPushButton* registerButton() const { return m_register; }

signals:
    // A work order was created for a question: the work-order list recounts.
    void registered();

private:
    void showFollowUp(bool show);

    Workspace& m_ws;
    KnowledgePane* m_pane;
    QLineEdit* m_question;
    QLabel* m_answer;
    QListWidget* m_related;
    QWidget* m_followUp;
    QComboBox* m_topic;
    QLineEdit* m_contact;
    QPushButton* m_register;
    QString m_gapId;
};

} // namespace hotline::ui
