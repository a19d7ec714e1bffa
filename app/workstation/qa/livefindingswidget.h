#pragma once
// 实时监控: a quick-entry row to log what a QA inspector or lead hears on a live call (agent, time — now unless
// changed —, caller number, what was found, corrected on the spot; Ctrl+Enter logs it) above the sortable list of
// findings, filtered by date and agent.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class LiveFindingsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Time, Agent, Caller, Finding, Corrected, Inspector, ColumnCount };

    explicit LiveFindingsWidget(Workspace& workspace, QWidget* parent = nullptr);

    bool logFinding();
    void reload();

    QComboBox* agentComboBox() const { return m_agent; }
    QDateTimeEdit* observedAtEdit() const { return m_observedAt; }
    QLineEdit* callerEdit() const { return m_caller; }
    QLineEdit* findingEdit() const { return m_finding; }
    QCheckBox* correctedCheckBox() const { return m_corrected; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* filterAgentComboBox() const { return m_filterAgent; }
    QTreeWidget* list() const { return m_list; }
    QLabel* messageLabel() const { return m_message; }

signals:
    void logged(const QString& findingId);

private:
    void fillAgents();
    void showMessage(const QString& text, bool error);

    Workspace& m_ws;
    QComboBox* m_agent;
    QDateTimeEdit* m_observedAt;
    QLineEdit* m_caller;
    QLineEdit* m_finding;
    QCheckBox* m_corrected;
    QPushButton* m_log;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_filterAgent;
    QTreeWidget* m_list;
    QLabel* m_message;
};

} // namespace hotline::ui
