#pragma once
// 回访: records a return visit on a work order — when, how the taxpayer was reached, what they said, a note.

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace hotline::ui {

struct Workspace;

class ReturnVisitDialog final : public QDialog {
    Q_OBJECT
public:
    ReturnVisitDialog(Workspace& workspace, const QString& workOrderId, QWidget* parent = nullptr);

    QDateTimeEdit* timeEdit() const { return m_time; } // Beijing wall time
    QComboBox* methodCombo() const { return m_method; }
    QComboBox* verdictCombo() const { return m_verdict; }
    QPlainTextEdit* noteEdit() const { return m_note; }

    // Records the visit through libcore; closes on success, shows the reason otherwise.
    void save();

signals:
    void recorded();

private:
    Workspace& m_ws;
    QString m_workOrderId;
    QDateTimeEdit* m_time;
    QComboBox* m_method;
    QComboBox* m_verdict;
    QPlainTextEdit* m_note;
};

} // namespace hotline::ui
