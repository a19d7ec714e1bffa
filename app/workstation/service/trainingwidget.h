#pragma once
// 培训 tab: the sessions of a year with who attended, and the year's count of sessions held against the requirement
// of two, shown large and green when met, red when not. Those with ManageTraining add (Ins), edit (F2 or Enter) and
// remove (Del) sessions; everyone else reads.

#include "training/training.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class TrainingWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Topic, Start, Duration, Trainer, Location, Attendance, ColumnCount };
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

    explicit TrainingWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void addSession();
    void editSelected();
    void removeSelected();

    QTreeWidget* list() const { return m_list; }
    QLabel* countLabel() const { return m_count; }
    QSpinBox* yearSpin() const { return m_year; }
    // Tests: removals are confirmed by confirm (pass {} to restore the question box).
    static void setConfirm(Confirm confirm);

signals:
    void dataChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool manager() const;
    void edit(const training::Training& t);
    std::optional<training::Training> selected() const;

    Workspace& m_ws;
    QList<training::Training> m_sessions;
    QSpinBox* m_year;
    QLabel* m_count;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace hotline::ui
