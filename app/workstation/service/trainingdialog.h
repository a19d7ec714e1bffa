#pragma once
// Adds or edits a training session: topic, start, duration, trainer, location, what was handed out, and the attendee
// checklist of active operators (invited, attended). Saving goes through libcore; a refused value is shown in the
// dialog next to its field.

#include "training/training.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class TrainingDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { Name, Invited, Attended, ColumnCount };

    TrainingDialog(Workspace& workspace, const training::Training& session, QWidget* parent = nullptr);

    void save();
    const training::Training& session() const { return m_session; }

    QLineEdit* topicEdit() const { return m_topic; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QSpinBox* durationSpin() const { return m_duration; }
    QLineEdit* trainerEdit() const { return m_trainer; }
    QTreeWidget* attendeeList() const { return m_attendees; }
    QLabel* errorLabel() const { return m_error; }

private:
    Workspace& m_ws;
    training::Training m_session;
    QLineEdit* m_topic;
    QDateTimeEdit* m_start;
    QSpinBox* m_duration;
    QLineEdit* m_trainer;
    QLineEdit* m_location;
    QPlainTextEdit* m_materials;
    QTreeWidget* m_attendees;
    QLabel* m_error;
};

} // namespace hotline::ui
