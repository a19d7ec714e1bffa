#pragma once
// 月度分析: the monthly service analysis for team leads and administrators. A month picker, the report's figures in
// sortable tables (概况, 时限达标, 热点问题, 满意度, 投诉, 质检), three Qt Charts (volume trend, category breakdown,
// satisfaction per agent against the 90 % line), 重新读取 (Alt+L), the improvement-plan editor (保存 Ctrl+S, refused
// over a newer version), and the exports 导出Excel… (Ctrl+E) and 导出PDF… (Ctrl+P), which run on a worker thread with a
// progress dialog and Cancel. Every figure is libcore's monthlyReport(); nothing is computed here.

#include "reports/monthlyreport.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QChartView;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThread;

namespace hotline::ui {

struct Workspace;

class MonthlyReportWidget final : public QWidget {
    Q_OBJECT
public:
    explicit MonthlyReportWidget(Workspace& workspace, QWidget* parent = nullptr);
    ~MonthlyReportWidget() override;

    // Shows the report of a month (the picker follows).
    void showMonth(int year, int month);
    // Reads the month again from the store.
    void refresh();
    // Saves the plan editor's text over the version loaded.
    bool savePlan();
    void exportExcel();
    void exportPdf();

    const reports::MonthlyReport& report() const { return m_report; }
    QTableWidget* summaryTable() const { return m_summary; }
    QPlainTextEdit* planEditor() const { return m_plan; }
    QChartView* trendChart() const { return m_trendChart; }
    QChartView* categoryChart() const { return m_categoryChart; }
    QChartView* satisfactionChart() const { return m_satisfactionChart; }
    bool exporting() const { return m_thread != nullptr; }

signals:
    void dataChanged();
    // An export ended: ok, the file (empty when it failed or was cancelled) and the message shown.
    void exportFinished(bool ok, const QString& path, const QString& message);

private:
    enum class Kind { Excel, Pdf };
    void startExport(Kind kind);
    void fillTables();
    void fillCharts();
    void fillPlan();
    void showPlanStatus();

    Workspace& m_ws;
    reports::MonthlyReport m_report;
    QDateEdit* m_month;
    QPushButton* m_refresh;
    QPushButton* m_excel;
    QPushButton* m_pdf;
    QLabel* m_headline;
    QTabWidget* m_figures;
    QTableWidget* m_summary;
    QTableWidget* m_deadlines;
    QTableWidget* m_hot;
    QTableWidget* m_satisfaction;
    QTableWidget* m_complaints;
    QTableWidget* m_qa;
    QChartView* m_trendChart;
    QChartView* m_categoryChart;
    QChartView* m_satisfactionChart;
    QPlainTextEdit* m_plan;
    QPushButton* m_savePlan;
    QLabel* m_planStatus;
    QThread* m_thread = nullptr;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace hotline::ui
