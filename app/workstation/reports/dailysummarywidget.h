#pragma once
// 每日汇总: one day's consultation summary for the team lead — the figures on top (received, resolved, open, overdue,
// satisfaction against 90 %), sortable tables by category, channel and agent, a bar chart of the day's categories and
// a line chart of the last 30 days. Ctrl+← / Ctrl+→ step a day; the figures come from reports::dailySummary.

#include "reports/dailysummary.h"

#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class DailySummaryWidget final : public QWidget {
    Q_OBJECT
public:
    explicit DailySummaryWidget(Workspace& workspace, QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date);
    void previousDay();
    void nextDay();
    // Reads the figures of the chosen day again (after a sync, or when the tab is shown).
    void reload();
    // 导出Excel…: the day's workbook (asks for the file).
    void exportWorkbook();
    // 工单明细导出…: the work-order export dialog.
    void openWorkOrderExport();

    const reports::DailySummary& summary() const { return m_summary; }
    QLabel* figureLabel(const QString& name) const; // received, resolved, open, overdue, satisfaction
    QTreeWidget* categoryTree() const { return m_categories; }
    QTreeWidget* channelTree() const { return m_channels; }
    QTreeWidget* agentTree() const { return m_agents; }
    QChartView* categoryChart() const { return m_categoryChart; }
    QChartView* trendChart() const { return m_trendChart; }
    QPushButton* exportButton() const { return m_exportXlsx; }
    QPushButton* workOrderExportButton() const { return m_exportOrders; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addFigure(const QString& name, const QString& caption);
    void showFigures();
    void showTables();
    void showCharts(const QList<reports::DayCounts>& days);

    Workspace& m_ws;
    reports::DailySummary m_summary;
    QDateEdit* m_date;
    QLabel* m_dayNote;
    QWidget* m_figureRow;
    QTreeWidget* m_categories;
    QTreeWidget* m_channels;
    QTreeWidget* m_agents;
    QChartView* m_categoryChart;
    QChartView* m_trendChart;
    QPushButton* m_exportXlsx;
    QPushButton* m_exportOrders;
    QLabel* m_error;
};

} // namespace hotline::ui
