#include "reports/monthlyreportwidget.h"

#include "calendar/workcalendar.h"
#include "common/chartview.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/kbexchangeactions.h"
#include "reports/improvementplan.h"
#include "reports/monthlyexport.h"
#include "reports/monthlylabels.h"
#include "reports/monthlypdf.h"
#include "reports/monthlyworkbook.h"
#include "tickets/workorder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hotline::ui {
namespace {

QTableWidget* makeTable(const QString& objectName, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem* textItem(const QString& text)
{
    return new QTableWidgetItem(text);
}

// A count that sorts as a number.
QTableWidgetItem* countItem(int n)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A rate shown as "93.8%" that sorts by its value ("—" first).
class RateItem final : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem* rateItem(std::optional<double> ratio)
{
    auto* item = new RateItem(reports::percentText(ratio));
    item->setData(Qt::UserRole, ratio.value_or(-1));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setRows(QTableWidget* t, const QStringList& headers, const QList<QList<QTableWidgetItem*>>& rows)
{
    t->setSortingEnabled(false);
    t->clear();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            t->setItem(r, c, rows[r][c]);
        }
    }
    t->resizeColumnsToContents();
    t->setSortingEnabled(true);
}

QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

} // namespace

MonthlyReportWidget::MonthlyReportWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("monthlyReportWidget"));
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthlyMonthDateEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setMinimumDate(QDate(2000, 1, 1));
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_refresh = new QPushButton(tr("Re&load"), this);
    m_refresh->setObjectName(QStringLiteral("monthlyRefreshPushButton"));
    // Not F5: the main window's 刷新 holds it.
    m_refresh->setToolTip(tr("Read the month again from the store"));
    m_excel = new QPushButton(tr("Export Excel…"), this);
    m_excel->setObjectName(QStringLiteral("monthlyExcelPushButton"));
    m_excel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_excel->setToolTip(tr("The report as an Excel workbook with charts (Ctrl+E)"));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("monthlyPdfPushButton"));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pdf->setToolTip(tr("The report as a PDF for the bureau (Ctrl+P)"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("monthlyHeadlineLabel"));
    m_headline->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_excel);
    bar->addWidget(m_pdf);

    m_figures = new QTabWidget(this);
    m_figures->setObjectName(QStringLiteral("monthlyFiguresTabWidget"));
    m_summary = makeTable(QStringLiteral("monthlySummaryTableWidget"), m_figures);
    m_deadlines = makeTable(QStringLiteral("monthlyDeadlinesTableWidget"), m_figures);
    m_hot = makeTable(QStringLiteral("monthlyHotQuestionsTableWidget"), m_figures);
    m_hot->setWordWrap(true);
    m_satisfaction = makeTable(QStringLiteral("monthlySatisfactionTableWidget"), m_figures);
    m_complaints = makeTable(QStringLiteral("monthlyComplaintsTableWidget"), m_figures);
    m_qa = makeTable(QStringLiteral("monthlyQaTableWidget"), m_figures);
    m_figures->addTab(m_summary, tr("Overview"));
    m_figures->addTab(m_deadlines, tr("Reply deadlines"));
    m_figures->addTab(m_hot, tr("Hot questions"));
    m_figures->addTab(m_satisfaction, tr("Satisfaction"));
    m_figures->addTab(m_complaints, tr("Complaints"));
    m_figures->addTab(m_qa, tr("QA"));

    m_trendChart = makeChartView(QStringLiteral("monthlyTrendChartView"), this);
    m_categoryChart = makeChartView(QStringLiteral("monthlyCategoryChartView"), this);
    m_satisfactionChart = makeChartView(QStringLiteral("monthlySatisfactionChartView"), this);
    auto* charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("monthlyChartsTabWidget"));
    charts->addTab(m_trendChart, tr("Volume trend"));
    charts->addTab(m_categoryChart, tr("By category"));
    charts->addTab(m_satisfactionChart, tr("Satisfaction per agent"));

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->setObjectName(QStringLiteral("monthlyUpperSplitter"));
    upper->addWidget(m_figures);
    upper->addWidget(charts);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);

    auto* planBox = new QGroupBox(tr("Improvement plan"), this);
    planBox->setObjectName(QStringLiteral("monthlyPlanGroupBox"));
    m_plan = new QPlainTextEdit(planBox);
    m_plan->setObjectName(QStringLiteral("monthlyPlanPlainTextEdit"));
    m_plan->setPlaceholderText(tr("The improvement plan for this month, printed in the report. Paragraphs are "
                                  "separated by a blank line."));
    m_savePlan = new QPushButton(tr("&Save"), planBox);
    m_savePlan->setObjectName(QStringLiteral("monthlySavePlanPushButton"));
    m_savePlan->setToolTip(tr("Save the improvement plan (Ctrl+S)"));
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &MonthlyReportWidget::savePlan);
    m_planStatus = new QLabel(planBox);
    m_planStatus->setObjectName(QStringLiteral("monthlyPlanStatusLabel"));
    auto* planButtons = new QHBoxLayout;
    planButtons->addWidget(m_planStatus, 1);
    planButtons->addWidget(m_savePlan);
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_plan);
    planLayout->addLayout(planButtons);

    auto* main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("monthlyMainSplitter"));
    main->addWidget(upper);
    main->addWidget(planBox);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_headline);
    layout->addWidget(main, 1);

    connect(m_refresh, &QPushButton::clicked, this, &MonthlyReportWidget::refresh);
    connect(m_excel, &QPushButton::clicked, this, &MonthlyReportWidget::exportExcel);
    connect(m_pdf, &QPushButton::clicked, this, &MonthlyReportWidget::exportPdf);
    connect(m_savePlan, &QPushButton::clicked, this, &MonthlyReportWidget::savePlan);

    const QDate today = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    connect(m_month, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d.year() != m_report.year || d.month() != m_report.month) {
            showMonth(d.year(), d.month());
        }
    });
    showMonth(today.year(), today.month());
}

MonthlyReportWidget::~MonthlyReportWidget()
{
    if (m_thread != nullptr) {
        m_stop->store(true);
        m_thread->wait();
    }
}

void MonthlyReportWidget::showMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (m_month->date() != first) {
        const QSignalBlocker quiet(m_month);
        m_month->setDate(first);
    }
    auto made = reports::monthlyReport(*m_ws.db, year, month, m_ws.currentOperator, *m_ws.clock);
    if (!made) {
        m_headline->setText(made.error().message);
        m_report = reports::MonthlyReport{};
        m_report.year = year;
        m_report.month = month;
        return;
    }
    m_report = made.value();
    fillTables();
    fillCharts();
    fillPlan();
}

void MonthlyReportWidget::refresh()
{
    showMonth(m_month->date().year(), m_month->date().month());
}

void MonthlyReportWidget::fillTables()
{
    const reports::MonthlyReport& r = m_report;
    m_headline->setText(
        tr("%1: %n work order(s) received, satisfaction %2 (target %3%), reply deadlines met %4.", nullptr, r.received)
            .arg(r.title(), r.satisfaction.overall.percentText())
            .arg(satisfaction::kSatisfactionTargetPercent)
            .arg(reports::percentText(r.allDeadlines.rate())));

    QList<QList<QTableWidgetItem*>> summary;
    const auto add = [&summary](const QString& label, QTableWidgetItem* value) {
        summary.append(QList<QTableWidgetItem*>{textItem(label), value});
    };
    add(tr("Work orders received"), countItem(r.received));
    QTableWidgetItem* change = textItem(reports::changeText(r.trend.constLast().changePercent));
    change->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    add(tr("Change vs the previous month"), change);
    add(tr("Resolved work orders"), countItem(r.resolved));
    add(tr("Resolved within the deadline"), countItem(r.resolvedOnTime));
    add(tr("Overdue"), countItem(r.overdue));
    add(tr("Still open"), countItem(r.open));
    for (const reports::MonthVolume& m : r.trend) {
        add(tr("Received in %1").arg(reports::monthText(m.year, m.month)), countItem(m.received));
    }
    for (const reports::CountRow& c : r.byCategory) {
        add(tr("Category: %1").arg(c.name), countItem(c.count));
    }
    for (const reports::CountRow& c : r.byChannel) {
        add(tr("Channel: %1").arg(c.name), countItem(c.count));
    }
    for (const auto& [label, n] : reports::onlineRows(r.online)) {
        add(tr("Online: %1").arg(label), countItem(n));
    }
    add(tr("Online: robot answers helpful rate"), rateItem(r.online.helpfulRate()));
    setRows(m_summary, {tr("Figure"), tr("Value")}, summary);

    QList<QList<QTableWidgetItem*>> deadlines;
    const auto deadlineRow = [&deadlines](const QString& label, const reports::DeadlineFigures& f) {
        deadlines.append({textItem(label), countItem(f.due), countItem(f.met), countItem(f.missed),
                          countItem(f.pending), rateItem(f.rate())});
    };
    deadlineRow(tickets::displayName(tickets::Difficulty::Normal), r.normal);
    deadlineRow(tickets::displayName(tickets::Difficulty::Hard), r.hard);
    deadlineRow(tr("Total"), r.allDeadlines);
    for (const reports::AgentDeadline& a : r.deadlinesByAgent) {
        deadlineRow(tr("Agent %1").arg(a.agentName), a.figures);
    }
    setRows(m_deadlines,
            {tr("Difficulty or agent"), tr("Due in the month"), tr("Met"), tr("Missed"), tr("Not yet due"),
             tr("Compliance rate")},
            deadlines);

    QList<QList<QTableWidgetItem*>> hot;
    for (int i = 0; i < r.hotQuestions.size(); ++i) {
        const reports::HotQuestion& h = r.hotQuestions[i];
        hot.append({countItem(i + 1), textItem(h.published ? h.title : tr("%1 (not published)").arg(h.title)),
                    countItem(h.count), textItem(h.answer)});
    }
    setRows(m_hot, {tr("Rank"), tr("Question"), tr("Work order count"), tr("Standard answer")}, hot);
    m_hot->setColumnWidth(1, 220);
    m_hot->resizeRowsToContents();

    QList<QList<QTableWidgetItem*>> sat;
    const auto satRow = [&sat](const QString& label, const satisfaction::RateCounts& c) {
        QTableWidgetItem* rate = rateItem(c.rate());
        rate->setText(c.percentText()); // the satisfaction rate's own two decimals
        sat.append({textItem(label), countItem(c.satisfied), countItem(c.basicallySatisfied), countItem(c.dissatisfied),
                    countItem(c.total()), rate});
    };
    satRow(tr("Everyone"), r.satisfaction.overall);
    satRow(tr("Of them post-call surveys"), r.satisfaction.surveys);
    satRow(tr("Of them return visits"), r.satisfaction.returnVisits);
    satRow(tr("Of them online chat ratings"), r.satisfaction.chats);
    for (const satisfaction::AgentRate& a : r.satisfaction.agents) {
        satRow(a.agentName, a.counts);
    }
    setRows(m_satisfaction,
            {tr("Agent"), satisfaction::displayName(satisfaction::Rating::Satisfied),
             satisfaction::displayName(satisfaction::Rating::BasicallySatisfied),
             satisfaction::displayName(satisfaction::Rating::Dissatisfied), tr("Rated"), tr("Satisfaction rate")},
            sat);

    QList<QList<QTableWidgetItem*>> complaints;
    for (const auto& [label, n] : reports::complaintRows(r.complaints)) {
        complaints.append(QList<QTableWidgetItem*>{textItem(label), countItem(n)});
    }
    setRows(m_complaints, {tr("Figure"), tr("Count")}, complaints);

    QList<QList<QTableWidgetItem*>> qa;
    for (const qa::AgentMonthSummary& s : r.qa) {
        qa.append({textItem(s.agentName), countItem(s.done), countItem(s.planned), countItem(s.plannedEvaluated),
                   textItem(s.done > 0 ? QString::number(s.averageTotal, 'f', 2) : QStringLiteral("—")),
                   rateItem(s.done > 0 ? std::optional<double>(s.passRate) : std::nullopt), countItem(s.fatalItems)});
    }
    if (!r.qaNote.isEmpty()) {
        qa.append(QList<QTableWidgetItem*>{textItem(r.qaNote)});
    }
    setRows(m_qa,
            {tr("Agent"), tr("Evaluated"), tr("Sampled"), tr("Sampled and evaluated"), tr("Average score"),
             tr("Pass rate"), tr("Fatal items")},
            qa);
}

void MonthlyReportWidget::fillCharts()
{
    const reports::MonthlyReport& r = m_report;
    {
        auto* chart = new QChart;
        chart->setTitle(tr("Work orders received per month"));
        auto* set = new QBarSet(tr("Work order count"));
        QStringList months;
        int top = 1;
        for (const reports::MonthVolume& m : r.trend) {
            *set << m.received;
            months << reports::monthKey(m.year, m.month);
            top = std::max(top, m.received);
        }
        auto* series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(months);
        auto* y = new QValueAxis;
        y->setRange(0, top * 1.15);
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        replaceChart(m_trendChart, chart);
    }
    {
        auto* chart = new QChart;
        chart->setTitle(r.byCategory.isEmpty() ? tr("No work orders were received in this month.")
                                               : tr("Work orders by category"));
        auto* series = new QPieSeries;
        for (const reports::CountRow& c : r.byCategory) {
            QPieSlice* slice = series->append(QStringLiteral("%1 %2").arg(c.name).arg(c.count), c.count);
            slice->setLabelVisible(true);
        }
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        replaceChart(m_categoryChart, chart);
    }
    {
        auto* chart = new QChart;
        chart->setTitle(r.satisfaction.agents.isEmpty() ? tr("No satisfaction ratings in this month.")
                                                        : tr("Satisfaction rate per agent (%)"));
        auto* set = new QBarSet(tr("Satisfaction rate"));
        QStringList agents;
        for (const satisfaction::AgentRate& a : r.satisfaction.agents) {
            *set << a.counts.rate().value_or(0) * 100.0;
            agents << a.agentName;
        }
        auto* series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value%"));
        series->setLabelsPrecision(4);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(agents);
        auto* y = new QValueAxis;
        y->setRange(0, 100);
        y->setTickCount(6);
        y->setLabelFormat(QStringLiteral("%d%%"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        // The 90 % target across the bars, on an axis of its own so it spans every category.
        auto* target = new QLineSeries;
        target->setName(tr("Target %1%").arg(satisfaction::kSatisfactionTargetPercent));
        const double n = std::max<double>(1, agents.size());
        target->append(0, satisfaction::kSatisfactionTargetPercent);
        target->append(n, satisfaction::kSatisfactionTargetPercent);
        QPen dashed(QColor(0xC0, 0x3D, 0x3D));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        target->setPen(dashed);
        chart->addSeries(target);
        auto* line = new QValueAxis;
        line->setRange(0, n);
        line->setVisible(false);
        chart->addAxis(line, Qt::AlignTop);
        target->attachAxis(line);
        target->attachAxis(y);
        chart->legend()->setAlignment(Qt::AlignBottom);
        replaceChart(m_satisfactionChart, chart);
    }
}

void MonthlyReportWidget::fillPlan()
{
    m_plan->setPlainText(m_report.plan.body);
    m_plan->moveCursor(QTextCursor::Start); // the plan is read from its first paragraph
    m_plan->document()->setModified(false);
    showPlanStatus();
}

void MonthlyReportWidget::showPlanStatus()
{
    const reports::ImprovementPlan& plan = m_report.plan;
    m_planStatus->setText(
        plan.version == 0
            ? tr("No improvement plan saved for %1 yet.").arg(reports::monthText(m_report.year, m_report.month))
            : tr("Version %1, saved by %2 at %3.")
                  .arg(plan.version)
                  .arg(
                      plan.authorName,
                      plan.updatedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

bool MonthlyReportWidget::savePlan()
{
    auto saved = reports::saveImprovementPlan(*m_ws.db, m_report.year, m_report.month, m_plan->toPlainText(),
                                              m_report.plan.version, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!saved) {
        Messages::show(this, Messages::Kind::Warning, tr("Improvement plan"), saved.error().message);
        return false;
    }
    m_report.plan = saved.value();
    m_plan->document()->setModified(false); // the text and the cursor stay where they are
    showPlanStatus();
    emit dataChanged();
    return true;
}

void MonthlyReportWidget::exportExcel()
{
    startExport(Kind::Excel);
}

void MonthlyReportWidget::exportPdf()
{
    startExport(Kind::Pdf);
}

void MonthlyReportWidget::startExport(Kind kind)
{
    if (m_thread != nullptr) {
        return;
    }
    const bool excel = kind == Kind::Excel;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Monthly report %1").arg(reports::monthKey(m_report.year, m_report.month)) +
                      (excel ? QStringLiteral(".xlsx") : QStringLiteral(".pdf")));
    const QString path = FileChooser::saveFile(
        this, excel ? tr("Export the monthly report to Excel") : tr("Export the monthly report to PDF"), suggested,
        excel ? tr("Excel workbooks (*.xlsx)") : tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0,
                                     int(reports::kMonthlyExportSteps), this);
    m_progress->setObjectName(QStringLiteral("monthlyExportProgressDialog"));
    m_progress->setWindowTitle(excel ? tr("Export Excel") : tr("Export PDF"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_stop->store(true);
        m_progress->setLabelText(tr("Cancelling…"));
    });
    m_excel->setEnabled(false);
    m_pdf->setEnabled(false);

    struct Outcome {
        bool ok = false;
        QString message;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString store = m_ws.db->path();
    const security::Operator by = m_ws.currentOperator;
    const Clock* clock = m_ws.clock;
    const auto stop = m_stop;
    const int year = m_report.year;
    const int month = m_report.month;
    m_thread = QThread::create([this, excel, path, store, by, clock, stop, outcome, year, month] {
        auto opened = db::Database::open(store);
        if (!opened) {
            outcome->message = opened.error().message;
            return;
        }
        UuidGenerator ids; // this thread's own
        const auto progress = [this, stop](qint64 done, qint64) {
            QMetaObject::invokeMethod(
                this,
                [this, done] {
                    if (m_progress != nullptr) {
                        m_progress->setValue(int(done));
                    }
                },
                Qt::QueuedConnection);
            return !stop->load();
        };
        auto done = excel
                        ? reports::exportMonthlyWorkbook(*opened.value(), year, month, path, by, ids, *clock, progress)
                        : reports::exportMonthlyPdf(*opened.value(), year, month, path, by, ids, *clock, progress);
        outcome->ok = done.ok();
        outcome->message = done ? QString() : done.error().message;
    });
    m_thread->setObjectName(QStringLiteral("monthlyexport"));
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, outcome, path, stop] {
        thread->deleteLater();
        m_thread = nullptr;
        m_progress->deleteLater();
        m_progress = nullptr;
        m_excel->setEnabled(true);
        m_pdf->setEnabled(true);
        if (outcome->ok) {
            const QString message = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
            m_headline->setText(message);
            emit exportFinished(true, path, message);
            return;
        }
        if (stop->load()) {
            const QString message = tr("Cancelled: no file was written.");
            m_headline->setText(message);
            emit exportFinished(false, QString(), message);
            return;
        }
        Messages::show(this, Messages::Kind::Error, tr("Export"), outcome->message);
        emit exportFinished(false, QString(), outcome->message);
    });
    thread->start();
}

} // namespace hotline::ui
