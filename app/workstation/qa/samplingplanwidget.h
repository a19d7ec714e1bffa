#pragma once
// The 抽检计划 tab for QA inspectors and leads: a week (this week by default, previous / next), 抽取本周样本 with its
// seed, per-agent coverage (已评/计划, coloured when behind), and the inspector's queue of sampled recordings still to
// score. Double-click or Enter on a queued recording emits openRecording. The lead also sets how many calls per agent.

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class SamplingPlanWidget final : public QWidget {
    Q_OBJECT
public:
    enum CoverageColumn { CoverageAgent, CoverageCount, CoverageColumnCount };
    enum QueueColumn { QueueTime, QueueAgent, QueueCaller, QueueReason, QueueInspector, QueueColumnCount };

    explicit SamplingPlanWidget(Workspace& workspace, QWidget* parent = nullptr);

    QDate week() const { return m_week; }
    void setWeek(QDate monday);
    void reload();
    void draw();
    void savePerAgent();

    QTreeWidget* coverage() const { return m_coverage; }
    QTreeWidget* queue() const { return m_queue; }
    QLabel* weekLabel() const { return m_weekLabel; }
    QLabel* seedLabel() const { return m_seed; }
    QPushButton* drawButton() const { return m_draw; }
    QSpinBox* perAgentSpinBox() const { return m_perAgent; } // null without ManageQa

signals:
    void openRecording(const QString& recordingId);
    void dataChanged();

private:
    QDate currentMonday() const;

    Workspace& m_ws;
    QDate m_week;
    QLabel* m_weekLabel;
    QLabel* m_seed;
    QPushButton* m_draw;
    QSpinBox* m_perAgent = nullptr;
    QTreeWidget* m_coverage;
    QTreeWidget* m_queue;
    QLabel* m_queueCount;
};

} // namespace hotline::ui
