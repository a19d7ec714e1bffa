#pragma once
// Tab 转办 of 服务管理: the open transfers, filterable by target, with how long each has waited (working time) and
// its due time (overdue in red). The expert team takes (领取, Ctrl+T) and answers (答复…, Ctrl+Enter); the owner
// answers for a department and withdraws (撤回). Enter opens the work order.

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

// The answer to a transfer: Ctrl+Enter sends it.
class TransferAnswerDialog final : public QDialog {
    Q_OBJECT
public:
    TransferAnswerDialog(const QString& ticketNo, const QString& question, QWidget* parent = nullptr);
    QPlainTextEdit* answerEdit() const { return m_answer; }

signals:
    void answered(const QString& text);

private:
    QPlainTextEdit* m_answer;
};

class TransfersWidget final : public QWidget {
    Q_OBJECT
public:
    explicit TransfersWidget(Workspace& workspace, QWidget* parent = nullptr);

    void refresh();
    void takeSelected();
    // Opens the answer dialog for the selected transfer.
    void answerSelected();
    // Sends an answer for the selected transfer (the dialog's answered()).
    bool answerSelectedWith(const QString& text);
    void withdrawSelected();

    QTreeWidget* list() const { return m_list; }
    QComboBox* targetFilter() const { return m_target; }

signals:
    void changed();
    void openWorkOrder(const QString& workOrderId, const QString& callerNumber);

protected:
    // Re-read whenever the tab comes into view.
    void showEvent(QShowEvent* event) override;

private:
    QString selectedId() const;
    void showError(const QString& message);
    void updateButtons();

    Workspace& m_ws;
    QComboBox* m_target;
    QTreeWidget* m_list;
    QPushButton* m_take;
    QPushButton* m_answer;
    QPushButton* m_withdraw;
    QLabel* m_summary;
};

} // namespace hotline::ui
