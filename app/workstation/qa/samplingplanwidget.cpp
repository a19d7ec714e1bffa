#include "qa/samplingplanwidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "qa/feedbackprompts.h"
#include "qa/qasortitem.h"
#include "qa/sampling.h"
#include "security/masking.h"
#include "security/permissions.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& labels)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(int(labels.size()));
    tree->setHeaderLabels(labels);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSortingEnabled(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

SamplingPlanWidget::SamplingPlanWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("samplingPlanWidget"));
    auto* previous = new QPushButton(tr("◀ &Previous week"), this);
    previous->setObjectName(QStringLiteral("previousWeekButton"));
    previous->setToolTip(tr("Previous week (Alt+Left)"));
    connect(previous, &QPushButton::clicked, this, [this] { setWeek(m_week.addDays(-7)); });
    auto* next = new QPushButton(tr("&Next week ▶"), this);
    next->setObjectName(QStringLiteral("nextWeekButton"));
    next->setToolTip(tr("Next week (Alt+Right)"));
    connect(next, &QPushButton::clicked, this, [this] { setWeek(m_week.addDays(7)); });
    auto* thisWeek = new QPushButton(tr("&This week"), this);
    thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    connect(thisWeek, &QPushButton::clicked, this, [this] { setWeek(currentMonday()); });
    auto* back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    connect(back, &QShortcut::activated, previous, &QPushButton::click);
    auto* forward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    connect(forward, &QShortcut::activated, next, &QPushButton::click);
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("sampleWeekLabel"));
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    m_draw = new QPushButton(tr("&Draw this week's sample"), this);
    m_draw->setObjectName(QStringLiteral("drawSampleButton"));
    m_draw->setToolTip(tr("Draw the week's sample at random, with a recorded seed (Ctrl+D)"));
    m_draw->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_draw, &QPushButton::clicked, this, &SamplingPlanWidget::draw);
    m_seed = new QLabel(this);
    m_seed->setObjectName(QStringLiteral("sampleSeedLabel"));
    m_seed->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(m_weekLabel);
    top->addWidget(next);
    top->addWidget(thisWeek);
    top->addSpacing(16);
    top->addWidget(m_draw);
    top->addWidget(m_seed, 1);
    if (security::roleHas(m_ws.currentOperator.role, security::Permission::ManageQa)) {
        auto* label = new QLabel(tr("Calls per agent and &week:"), this);
        m_perAgent = new QSpinBox(this);
        m_perAgent->setObjectName(QStringLiteral("samplePerAgentSpinBox"));
        m_perAgent->setRange(1, qa::kMaxPerAgent);
        m_perAgent->setValue(qa::samplePerAgent(m_ws.db->connection()).value_or(qa::kDefaultPerAgent));
        label->setBuddy(m_perAgent);
        auto* save = new QPushButton(tr("&Set"), this);
        save->setObjectName(QStringLiteral("savePerAgentButton"));
        save->setToolTip(tr("Used by the next draw"));
        connect(save, &QPushButton::clicked, this, &SamplingPlanWidget::savePerAgent);
        top->addWidget(label);
        top->addWidget(m_perAgent);
        top->addWidget(save);
    }

    m_coverage = makeTree(this, QStringLiteral("sampleCoverageTreeWidget"), {tr("Agent"), tr("Scored / planned")});
    m_coverage->setColumnWidth(CoverageAgent, 110);
    m_queue = makeTree(this, QStringLiteral("sampleQueueTreeWidget"),
                       {tr("Call time"), tr("Agent"), tr("Caller"), tr("Why"), tr("Inspector")});
    m_queue->setColumnWidth(QueueTime, 125);
    m_queue->setColumnWidth(QueueAgent, 80);
    m_queue->setColumnWidth(QueueCaller, 110);
    m_queue->setColumnWidth(QueueReason, 60);
    m_queue->setToolTip(tr("Double-click or Enter: open the recording to score it"));
    connect(m_queue, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openRecording(item->data(QueueTime, Qt::UserRole).toString()); });
    m_queueCount = new QLabel(this);
    m_queueCount->setObjectName(QStringLiteral("sampleQueueCountLabel"));

    auto* coverageBox = new QGroupBox(tr("Coverage"), this);
    auto* coverageLayout = new QVBoxLayout(coverageBox);
    coverageLayout->addWidget(m_coverage);
    auto* queueBox = new QGroupBox(tr("My queue"), this);
    auto* queueLayout = new QVBoxLayout(queueBox);
    queueLayout->addWidget(m_queue, 1);
    queueLayout->addWidget(m_queueCount);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(coverageBox);
    split->addWidget(queueBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setWeek(currentMonday());
}

QDate SamplingPlanWidget::currentMonday() const
{
    return qa::weekMondayOf(m_ws.clock->now().toTimeZone(calendar::beijingTime()).date());
}

void SamplingPlanWidget::setWeek(QDate monday)
{
    m_week = qa::weekMondayOf(monday);
    const bool current = m_week == currentMonday();
    m_weekLabel->setText(tr("%1 – %2%3")
                             .arg(m_week.toString(QStringLiteral("yyyy-MM-dd")),
                                  m_week.addDays(6).toString(QStringLiteral("MM-dd")),
                                  current ? tr(" (this week)") : QString()));
    reload();
}

void SamplingPlanWidget::reload()
{
    const QSqlDatabase db = m_ws.db->connection();
    auto draw = qa::weekDraw(db, m_week, m_ws.currentOperator);
    auto coverage = qa::weekCoverage(db, m_week, m_ws.currentOperator);
    auto queue = qa::inspectorQueue(db, m_week, m_ws.currentOperator);
    m_coverage->setSortingEnabled(false);
    m_queue->setSortingEnabled(false);
    m_coverage->clear();
    m_queue->clear();
    if (!draw || !coverage || !queue) {
        m_seed->setText(!draw ? draw.error().message : !coverage ? coverage.error().message : queue.error().message);
        return;
    }
    m_draw->setEnabled(m_week <= currentMonday());
    if (!draw.value()) {
        m_seed->setText(tr("Not drawn yet"));
        m_draw->setText(tr("&Draw this week's sample"));
    } else {
        const qa::SampleDraw& d = *draw.value();
        m_seed->setText(
            tr("Seed %1, %2 per agent, drawn %3")
                .arg(d.seed)
                .arg(d.perAgent)
                .arg(d.drawnAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("MM-dd HH:mm"))));
        m_draw->setText(tr("Re&draw…"));
    }
    const bool weekOver = m_week < currentMonday();
    for (const qa::AgentCoverage& c : coverage.value()) {
        auto* row = new QaSortItem(m_coverage);
        row->setText(CoverageAgent, c.agentName);
        row->setSorted(CoverageCount, QStringLiteral("%1/%2").arg(c.evaluated).arg(c.planned),
                       c.planned == 0 ? 1.0 : double(c.evaluated) / c.planned);
        // Done green; behind orange while the week runs, red once it is over.
        const QColor colour = c.evaluated >= c.planned ? QColor(0x20, 0x80, 0x30)
                              : weekOver               ? QColor(0xb0, 0x20, 0x20)
                                                       : QColor(0xb0, 0x60, 0x00);
        row->setForeground(CoverageCount, colour);
        row->setToolTip(CoverageCount, tr("%1 of %2 sampled calls scored").arg(c.evaluated).arg(c.planned));
    }
    const bool unmasked = security::seesTaxpayerData(m_ws.currentOperator);
    for (const qa::SampleItem& it : queue.value()) {
        auto* row = new QaSortItem(m_queue);
        row->setData(QueueTime, Qt::UserRole, it.recordingId);
        row->setSorted(QueueTime,
                       it.startedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       double(it.startedAt.toMSecsSinceEpoch()));
        row->setText(QueueAgent, it.agentName);
        row->setText(QueueCaller, unmasked ? it.callerNumber : security::maskPhone(it.callerNumber));
        row->setText(QueueReason, it.reason == qa::SampleReason::Complaint ? tr("Complaint") : tr("Random"));
        if (it.reason == qa::SampleReason::Complaint) {
            row->setForeground(QueueReason, QColor(0xb0, 0x20, 0x20));
        }
        row->setText(QueueInspector, it.inspectorName.isEmpty() ? tr("(anyone)") : it.inspectorName);
    }
    m_coverage->setSortingEnabled(true);
    m_coverage->sortByColumn(CoverageAgent, Qt::AscendingOrder);
    m_queue->setSortingEnabled(true);
    m_queue->sortByColumn(QueueTime, Qt::AscendingOrder);
    m_queue->setCurrentItem(m_queue->topLevelItem(0));
    m_queueCount->setText(tr("%n recording(s) to score", nullptr, int(queue->size())));
}

void SamplingPlanWidget::draw()
{
    const QSqlDatabase db = m_ws.db->connection();
    auto existing = qa::weekDraw(db, m_week, m_ws.currentOperator);
    if (!existing) {
        Messages::show(this, Messages::Kind::Warning, tr("Draw the sample"), existing.error().message);
        return;
    }
    const bool redraw = existing.value().has_value();
    if (redraw && !FeedbackPrompts::confirm(this, tr("Redraw the sample"),
                                            tr("The week already has a sample (seed %1). Replace it with a new "
                                               "draw? Scores already given are kept.")
                                                .arg(existing.value()->seed))) {
        return;
    }
    auto drawn = qa::drawWeek(db, m_week, m_ws.currentOperator, *m_ws.ids, *m_ws.clock, {std::nullopt, redraw});
    if (!drawn) {
        Messages::show(this, Messages::Kind::Warning, tr("Draw the sample"), drawn.error().message);
        return;
    }
    reload();
    emit dataChanged();
}

void SamplingPlanWidget::savePerAgent()
{
    if (m_perAgent == nullptr) {
        return;
    }
    Outcome r = qa::setSamplePerAgent(m_ws.db->connection(), m_perAgent->value(), m_ws.currentOperator);
    if (!r) {
        Messages::show(this, Messages::Kind::Warning, tr("Calls per agent"), r.error().message);
    }
}

} // namespace hotline::ui
