#include "reports/dailysummarywidget.h"

#include "common/chartview.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/kbexchangeactions.h"
#include "reports/exportdialog.h"
#include "reports/monthlyreport.h"
#include "security/permissions.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace hotline::ui {
namespace {

QTreeWidget* makeTree(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setSortingEnabled(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c) {
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    tree->header()->setStretchLastSection(false);
    return tree;
}

QTreeWidgetItem* numberRow(QTreeWidgetItem* item, int column, int value)
{
    item->setData(column, Qt::DisplayRole, value);
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// An agent row: the satisfaction column sorts by the rate (no answers first), not by its text.
class AgentItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() != nullptr ? treeWidget()->sortColumn() : 0;
        if (column == 5) {
            return data(5, Qt::UserRole).toDouble() < other.data(5, Qt::UserRole).toDouble();
        }
        return QTreeWidgetItem::operator<(other);
    }
};

qint64 beijingNoon(const QDate& d)
{
    return QDateTime(d, QTime(12, 0), calendar::beijingTime()).toMSecsSinceEpoch();
}

} // namespace

DailySummaryWidget::DailySummaryWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("dailySummaryWidget"));

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dailyDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("2025-09-30 星期三")) + 48);
    m_date->setDate(m_ws.clock->now().toTimeZone(calendar::beijingTime()).date());
    connect(m_date, &QDateEdit::dateChanged, this, &DailySummaryWidget::reload);
    auto* dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);
    auto* previous = new QPushButton(tr("◀ Previous day"), this);
    previous->setObjectName(QStringLiteral("previousDayPushButton"));
    previous->setToolTip(tr("Previous day (Ctrl+Left)"));
    connect(previous, &QPushButton::clicked, this, &DailySummaryWidget::previousDay);
    auto* next = new QPushButton(tr("Next day ▶"), this);
    next->setObjectName(QStringLiteral("nextDayPushButton"));
    next->setToolTip(tr("Next day (Ctrl+Right)"));
    connect(next, &QPushButton::clicked, this, &DailySummaryWidget::nextDay);
    auto* today = new QPushButton(tr("&Today"), this);
    today->setObjectName(QStringLiteral("todayPushButton"));
    connect(today, &QPushButton::clicked, this,
            [this] { setDate(m_ws.clock->now().toTimeZone(calendar::beijingTime()).date()); });
    for (const auto& [key, slot] : {std::pair{Qt::Key_Left, &DailySummaryWidget::previousDay},
                                    std::pair{Qt::Key_Right, &DailySummaryWidget::nextDay}}) {
        auto* step = new QAction(this);
        step->setShortcut(QKeySequence(Qt::CTRL | key));
        step->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(step, &QAction::triggered, this, slot);
        addAction(step);
    }
    m_dayNote = new QLabel(this);
    m_dayNote->setObjectName(QStringLiteral("dayNoteLabel"));
    m_exportXlsx = new QPushButton(tr("Export to E&xcel…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("dailyExportPushButton"));
    m_exportXlsx->setToolTip(tr("The day's summary as a workbook: summary, categories, channels, agents"));
    connect(m_exportXlsx, &QPushButton::clicked, this, &DailySummaryWidget::exportWorkbook);
    m_exportOrders = new QPushButton(tr("Export &work orders…"), this);
    m_exportOrders->setObjectName(QStringLiteral("workOrderExportPushButton"));
    m_exportOrders->setToolTip(tr("The work orders of a period, one row each (Ctrl+Shift+E)"));
    connect(m_exportOrders, &QPushButton::clicked, this, &DailySummaryWidget::openWorkOrderExport);
    const bool mayExport = security::roleHas(m_ws.currentOperator.role, security::Permission::ExportData);
    m_exportXlsx->setVisible(mayExport);
    m_exportOrders->setVisible(mayExport);

    auto* bar = new QHBoxLayout;
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addWidget(m_dayNote);
    bar->addStretch(1);
    bar->addWidget(m_exportXlsx);
    bar->addWidget(m_exportOrders);

    m_figureRow = new QWidget(this);
    auto* figures = new QHBoxLayout(m_figureRow);
    figures->setContentsMargins(0, 4, 0, 4);
    addFigure(QStringLiteral("received"), tr("Received"));
    addFigure(QStringLiteral("resolved"), tr("Resolved"));
    addFigure(QStringLiteral("open"), tr("Open at day's end"));
    addFigure(QStringLiteral("overdue"), tr("Overdue at day's end"));
    addFigure(QStringLiteral("satisfaction"),
              tr("Satisfaction (target %1%)").arg(satisfaction::kSatisfactionTargetPercent));
    addFigure(QStringLiteral("online"), tr("Online conversations"));
    addFigure(QStringLiteral("robotHelpful"), tr("Robot answers helpful"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dailyErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_categories = makeTree(this, QStringLiteral("dailyCategoryTreeWidget"), {tr("Category"), tr("Received")});
    m_categories->setRootIsDecorated(true);
    m_channels = makeTree(this, QStringLiteral("dailyChannelTreeWidget"), {tr("Channel"), tr("Received")});
    m_agents = makeTree(this, QStringLiteral("dailyAgentTreeWidget"),
                        {tr("Agent"), tr("Received"), tr("Resolved"), tr("Overdue"), tr("Rated"), tr("Satisfaction")});

    m_categoryChart = new QChartView(this);
    m_categoryChart->setObjectName(QStringLiteral("categoryChartView"));
    m_categoryChart->setRenderHint(QPainter::Antialiasing);
    m_categoryChart->setMinimumHeight(220);
    m_trendChart = new QChartView(this);
    m_trendChart->setObjectName(QStringLiteral("trendChartView"));
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    m_trendChart->setMinimumHeight(220);

    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_categories);
    auto* middle = new QSplitter(Qt::Vertical, tables);
    middle->addWidget(m_channels);
    middle->addWidget(m_agents);
    middle->setStretchFactor(1, 2);
    tables->addWidget(middle);
    tables->setStretchFactor(0, 1);
    tables->setStretchFactor(1, 1);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_categoryChart);
    charts->addWidget(m_trendChart);
    auto* body = new QSplitter(Qt::Vertical, this);
    body->addWidget(tables);
    body->addWidget(charts);
    body->setSizes({1000, 1000}); // half the height for the tables, half for the charts

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_figureRow);
    layout->addWidget(m_error);
    layout->addWidget(body, 1);
    // Read when first shown (showEvent), not at login: on a large store the day's pass over the table takes a moment.
}

void DailySummaryWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // what a sync brought in since the tab was last shown
}

QLabel* DailySummaryWidget::addFigure(const QString& name, const QString& caption)
{
    auto* box = new QWidget(m_figureRow);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(12, 4, 12, 4);
    auto* value = new QLabel(box);
    value->setObjectName(name + QStringLiteral("FigureLabel"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    value->setFont(big);
    value->setAlignment(Qt::AlignCenter);
    auto* label = new QLabel(caption, box);
    label->setAlignment(Qt::AlignCenter);
    v->addWidget(value);
    v->addWidget(label);
    box->setStyleSheet(QStringLiteral("QWidget { background: palette(base); border-radius: 4px; }"));
    static_cast<QHBoxLayout*>(m_figureRow->layout())->addWidget(box, 1);
    return value;
}

QLabel* DailySummaryWidget::figureLabel(const QString& name) const
{
    return m_figureRow->findChild<QLabel*>(name + QStringLiteral("FigureLabel"));
}

QDate DailySummaryWidget::date() const
{
    return m_date->date();
}

void DailySummaryWidget::setDate(const QDate& date)
{
    m_date->setDate(date); // reloads through dateChanged
}

void DailySummaryWidget::previousDay()
{
    setDate(date().addDays(-1));
}

void DailySummaryWidget::nextDay()
{
    setDate(date().addDays(1));
}

void DailySummaryWidget::reload()
{
    auto s = reports::dailySummary(*m_ws.db, date(), m_ws.currentOperator);
    auto days = reports::dailySeries(*m_ws.db, date().addDays(-29), date(), m_ws.currentOperator);
    if (!s || !days) {
        m_error->setText(!s ? s.error().message : days.error().message);
        m_error->show();
        m_summary = reports::DailySummary{};
        m_summary.date = date();
        showFigures();
        showTables();
        showCharts({});
        return;
    }
    m_error->hide();
    m_summary = s.value();
    showFigures();
    showTables();
    showCharts(days.value());
}

void DailySummaryWidget::showFigures()
{
    const reports::DailySummary& s = m_summary;
    figureLabel(QStringLiteral("received"))->setText(QString::number(s.received));
    figureLabel(QStringLiteral("resolved"))->setText(QString::number(s.resolved));
    figureLabel(QStringLiteral("open"))->setText(QString::number(s.open));
    QLabel* overdue = figureLabel(QStringLiteral("overdue"));
    overdue->setText(QString::number(s.overdue));
    overdue->setStyleSheet(s.overdue > 0 ? QStringLiteral("color: #c62828;") : QString());
    overdue->setToolTip(tr("Open at midnight past their reply deadline; %1 of the day's own work orders missed "
                           "their deadline.")
                            .arg(s.overdueOfDay));
    QLabel* rate = figureLabel(QStringLiteral("satisfaction"));
    rate->setText(s.satisfaction.percentText());
    rate->setStyleSheet(s.satisfaction.total() == 0    ? QString()
                        : s.satisfaction.meetsTarget() ? QStringLiteral("color: #2e7d32;")
                                                       : QStringLiteral("color: #c62828;"));
    rate->setToolTip(tr("%1 answers: %2 satisfied, %3 basically satisfied, %4 dissatisfied")
                         .arg(s.satisfaction.total())
                         .arg(s.satisfaction.satisfied)
                         .arg(s.satisfaction.basicallySatisfied)
                         .arg(s.satisfaction.dissatisfied) +
                     QLatin1Char('\n') +
                     tr("Of them online chat ratings: %1 (%2)")
                         .arg(s.chatSatisfaction.total())
                         .arg(s.chatSatisfaction.percentText()));
    QLabel* online = figureLabel(QStringLiteral("online"));
    online->setText(QString::number(s.online.conversations));
    online->setToolTip(tr("%1 started with the robot, %2 in the agents' queue; %3 served by an online agent; %4 "
                          "left a message for a call back")
                           .arg(s.online.robotConversations)
                           .arg(s.online.agentConversations)
                           .arg(s.online.served)
                           .arg(s.online.leftMessages));
    QLabel* helpful = figureLabel(QStringLiteral("robotHelpful"));
    helpful->setText(reports::percentText(s.online.helpfulRate()));
    helpful->setToolTip(tr("%n robot answer(s) rated: %1 helpful, %2 not helpful", nullptr, s.online.answersRated)
                            .arg(s.online.helpful)
                            .arg(s.online.notHelpful()));
    QString note;
    if (!s.workingDay) {
        note = s.dayName.isEmpty() ? tr("Day off") : tr("Day off: %1").arg(s.dayName);
    } else if (!s.dayName.isEmpty()) {
        note = tr("Working day: %1").arg(s.dayName);
    }
    m_dayNote->setText(note);
}

void DailySummaryWidget::showTables()
{
    const reports::DailySummary& s = m_summary;
    for (QTreeWidget* t : {m_categories, m_channels, m_agents}) {
        t->setSortingEnabled(false);
        t->clear();
    }
    for (const reports::CategoryCount& g : s.byGroup) {
        auto* group =
            numberRow(new QTreeWidgetItem(m_categories, {reports::groupDisplayName(g.groupName)}), 1, g.received);
        for (const reports::CategoryCount& t : s.byTopic) {
            if (t.groupName == g.groupName && !t.topicName.isEmpty()) {
                numberRow(new QTreeWidgetItem(group, {t.topicName}), 1, t.received);
            }
        }
        group->setExpanded(true);
    }
    for (const reports::ChannelCount& c : s.byChannel) {
        numberRow(new QTreeWidgetItem(m_channels, {tickets::displayName(c.channel)}), 1, c.received);
    }
    for (const reports::AgentDay& a : s.agents) {
        auto* item = new AgentItem(m_agents, QStringList{a.agentName});
        numberRow(item, 1, a.received);
        numberRow(item, 2, a.resolved);
        numberRow(item, 3, a.overdue);
        numberRow(item, 4, a.satisfaction.total());
        item->setText(5, a.satisfaction.percentText());
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
        // Sorted by the rate itself; no answers sort first.
        item->setData(5, Qt::UserRole, a.satisfaction.rate().value_or(-1.0));
        if (a.overdue > 0) {
            item->setForeground(3, QColor(0xc6, 0x28, 0x28));
        }
    }
    for (QTreeWidget* t : {m_categories, m_channels, m_agents}) {
        t->setSortingEnabled(true);
    }
    m_categories->sortByColumn(1, Qt::DescendingOrder);
    m_channels->sortByColumn(1, Qt::DescendingOrder);
    m_agents->sortByColumn(0, Qt::AscendingOrder);
}

void DailySummaryWidget::showCharts(const QList<reports::DayCounts>& days)
{
    // Received per top-level group, the largest at the top.
    auto* bars = new QChart;
    bars->setTitle(tr("Received by category, %1").arg(date().toString(Qt::ISODate)));
    bars->legend()->hide();
    auto* set = new QBarSet(tr("Received"));
    QStringList names;
    for (auto it = m_summary.byGroup.crbegin(); it != m_summary.byGroup.crend(); ++it) {
        names << reports::groupDisplayName(it->groupName);
        *set << it->received;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    bars->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    bars->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    int most = 1;
    for (const auto& g : m_summary.byGroup) {
        most = std::max(most, g.received);
    }
    auto* counts = new QValueAxis;
    counts->setRange(0, most);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(std::min(most, 5) + 1);
    bars->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    replaceChart(m_categoryChart, bars);

    // The last 30 days: received and resolved per day.
    auto* trend = new QChart;
    trend->setTitle(tr("Last 30 days"));
    auto* received = new QLineSeries;
    received->setName(tr("Received"));
    auto* resolved = new QLineSeries;
    resolved->setName(tr("Resolved"));
    int top = 1;
    for (const reports::DayCounts& d : days) {
        received->append(double(beijingNoon(d.date)), d.received);
        resolved->append(double(beijingNoon(d.date)), d.resolved);
        top = std::max({top, d.received, d.resolved});
    }
    trend->addSeries(received);
    trend->addSeries(resolved);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MM-dd"));
    time->setTickCount(7);
    time->setRange(QDateTime(date().addDays(-29), QTime(12, 0), calendar::beijingTime()),
                   QDateTime(date(), QTime(12, 0), calendar::beijingTime()));
    trend->addAxis(time, Qt::AlignBottom);
    auto* values = new QValueAxis;
    values->setRange(0, top);
    values->setLabelFormat(QStringLiteral("%d"));
    trend->addAxis(values, Qt::AlignLeft);
    for (QLineSeries* s : {received, resolved}) {
        s->attachAxis(time);
        s->attachAxis(values);
    }
    trend->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_trendChart, trend);
}

void DailySummaryWidget::exportWorkbook()
{
    const QString title = tr("Export the daily summary");
    const QString path = FileChooser::saveFile(
        this, title, QStringLiteral("每日汇总-%1.xlsx").arg(date().toString(QStringLiteral("yyyyMMdd"))),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    auto done = reports::exportDailySummary(*m_ws.db, date(), path, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!done) {
        Messages::show(this, Messages::Kind::Error, title, done.error().message);
        return;
    }
    Messages::show(this, Messages::Kind::Information, title,
                   tr("The summary of %1 was written to %2.")
                       .arg(date().toString(Qt::ISODate), QDir::toNativeSeparators(done->path)));
}

void DailySummaryWidget::openWorkOrderExport()
{
    auto* dialog = new ExportDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPeriod(date(), date());
    dialog->open();
}

} // namespace hotline::ui
