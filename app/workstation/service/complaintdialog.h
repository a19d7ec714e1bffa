#pragma once
// 新建投诉: registers a complaint (anyone may), opened from the 投诉 tab (Ctrl+Shift+C) or from a work order with the
// work order, its recording and its agent filled in.

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace hotline::ui {

struct Workspace;

class ComplaintDialog final : public QDialog {
    Q_OBJECT
public:
    // workOrderId (may be empty) is linked; its call recording is found by libcore. agentId preselects the agent.
    ComplaintDialog(Workspace& workspace, const QString& workOrderId, const QString& agentId,
                    QWidget* parent = nullptr);

    void save();

signals:
    void registered(const QString& complaintId, const QString& number);

private:
    void subjectChanged();

    Workspace& m_ws;
    QString m_workOrderId;
    QDateTimeEdit* m_received;
    QComboBox* m_channel;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QComboBox* m_subject;
    QComboBox* m_agent;
    QComboBox* m_severity;
    QPlainTextEdit* m_summary;
};

} // namespace hotline::ui
