#include "qa/livefindingswidget.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "qa/livefinding.h"
#include "security/operator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kSortRole = Qt::UserRole;

// Sorts the time column by the instant, not the text.
class FindingItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() != nullptr ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, kSortRole);
        const QVariant b = other.data(column, kSortRole);
        if (a.isValid() && b.isValid()) {
            return a.toLongLong() < b.toLongLong();
        }
        return QTreeWidgetItem::operator<(other);
    }
};

bool isAgentRole(security::Role r)
{
    return r == security::Role::Agent || r == security::Role::Technician || r == security::Role::OnlineAgent;
}

} // namespace

LiveFindingsWidget::LiveFindingsWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("liveFindingsWidget"));
    const QDateTime now = m_ws.clock->now().toTimeZone(calendar::beijingTime());
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("liveAgentComboBox"));
    m_agent->setMinimumContentsLength(6);
    // Beijing wall-clock time in the edit whatever the machine's zone (Qt 6.4's edit has no time zone of its own).
    m_observedAt = new QDateTimeEdit(QDateTime(now.date(), now.time()), this);
    m_observedAt->setObjectName(QStringLiteral("liveObservedAtDateTimeEdit"));
    m_observedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_caller = new QLineEdit(this);
    m_caller->setObjectName(QStringLiteral("liveCallerLineEdit"));
    m_caller->setPlaceholderText(tr("Caller number"));
    m_caller->setMaximumWidth(140);
    m_finding = new QLineEdit(this);
    m_finding->setObjectName(QStringLiteral("liveFindingLineEdit"));
    m_finding->setPlaceholderText(tr("What was found (e.g. 未报工号, 政策口径解释不清)"));
    m_finding->setMaxLength(500);
    m_corrected = new QCheckBox(tr("&Corrected on the spot"), this);
    m_corrected->setObjectName(QStringLiteral("liveCorrectedCheckBox"));
    m_log = new QPushButton(tr("&Log (Ctrl+Enter)"), this);
    m_log->setObjectName(QStringLiteral("logLiveFindingButton"));
    connect(m_log, &QPushButton::clicked, this, &LiveFindingsWidget::logFinding);
    connect(m_finding, &QLineEdit::returnPressed, this, &LiveFindingsWidget::logFinding);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(k, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &LiveFindingsWidget::logFinding);
    }

    m_from = new QDateEdit(now.date().addDays(-6), this);
    m_from->setObjectName(QStringLiteral("liveFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(now.date(), this);
    m_to->setObjectName(QStringLiteral("liveToDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_filterAgent = new QComboBox(this);
    m_filterAgent->setObjectName(QStringLiteral("liveFilterAgentComboBox"));
    m_filterAgent->setMinimumContentsLength(6);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("liveFindingsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Time"), tr("Agent"), tr("Caller"), tr("Finding"), tr("Corrected on the spot"), tr("Logged by")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Time, Qt::DescendingOrder);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Finding, QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("liveMessageLabel"));
    m_message->setWordWrap(true);

    auto* entry = new QGridLayout;
    auto* agentLabel = new QLabel(tr("&Agent:"), this);
    agentLabel->setBuddy(m_agent);
    entry->addWidget(agentLabel, 0, 0);
    entry->addWidget(m_agent, 0, 1);
    entry->addWidget(m_observedAt, 0, 2);
    entry->addWidget(m_caller, 0, 3);
    entry->addWidget(m_corrected, 0, 4);
    auto* findingLabel = new QLabel(tr("&Finding:"), this);
    findingLabel->setBuddy(m_finding);
    entry->addWidget(findingLabel, 1, 0);
    entry->addWidget(m_finding, 1, 1, 1, 4);
    entry->addWidget(m_log, 1, 5);
    entry->setColumnStretch(4, 1);
    auto* filter = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("F&rom"), this);
    fromLabel->setBuddy(m_from);
    filter->addWidget(fromLabel);
    filter->addWidget(m_from);
    filter->addWidget(new QLabel(tr("to"), this));
    filter->addWidget(m_to);
    filter->addWidget(new QLabel(tr("Agent"), this));
    filter->addWidget(m_filterAgent);
    filter->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_message);
    layout->addLayout(filter);
    layout->addWidget(m_list, 1);
    setTabOrder(m_agent, m_observedAt);
    setTabOrder(m_observedAt, m_caller);
    setTabOrder(m_caller, m_finding);
    setTabOrder(m_finding, m_corrected);
    setTabOrder(m_corrected, m_log);

    fillAgents();
    connect(m_from, &QDateEdit::dateChanged, this, &LiveFindingsWidget::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &LiveFindingsWidget::reload);
    connect(m_filterAgent, &QComboBox::currentIndexChanged, this, &LiveFindingsWidget::reload);
    showMessage({}, false);
    reload();
}

void LiveFindingsWidget::fillAgents()
{
    auto all = security::OperatorRepository(m_ws.db->connection()).all();
    if (!all) {
        showMessage(all.error().message, true);
        return;
    }
    m_agent->clear();
    m_filterAgent->clear();
    m_agent->addItem(tr("— choose —"), QString());
    m_filterAgent->addItem(tr("All agents"), QString());
    for (const security::Operator& op : all.value()) {
        if (isAgentRole(op.role)) {
            m_agent->addItem(op.name, op.id);
            m_filterAgent->addItem(op.name, op.id);
        }
    }
}

bool LiveFindingsWidget::logFinding()
{
    const QDateTime observed(m_observedAt->date(), m_observedAt->time(), calendar::beijingTime());
    const qa::LiveFindingInput input{m_agent->currentData().toString(), observed, m_caller->text(), m_finding->text(),
                                     m_corrected->isChecked()};
    auto r = qa::logLiveFinding(m_ws.db->connection(), input, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!r) {
        showMessage(r.error().message, true);
        const QString field = r.error().field;
        QWidget* focus = field == QStringLiteral("agent")           ? static_cast<QWidget*>(m_agent)
                         : field == QStringLiteral("observed_at")   ? static_cast<QWidget*>(m_observedAt)
                         : field == QStringLiteral("caller_number") ? static_cast<QWidget*>(m_caller)
                                                                    : static_cast<QWidget*>(m_finding);
        focus->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showMessage(tr("Logged: %1 — %2").arg(r->agentName, r->finding), false);
    // Ready for the next call: the agent stays (the inspector often keeps listening to the same seat).
    m_caller->clear();
    m_finding->clear();
    m_corrected->setChecked(false);
    const QDateTime now = m_ws.clock->now().toTimeZone(calendar::beijingTime());
    m_observedAt->setDateTime(QDateTime(now.date(), now.time()));
    const QDate day = r->observedAt.toTimeZone(calendar::beijingTime()).date();
    if (day < m_from->date() || day > m_to->date()) {
        m_to->setDate(std::max(m_to->date(), day));
        m_from->setDate(std::min(m_from->date(), day));
    }
    reload();
    m_caller->setFocus(Qt::OtherFocusReason);
    emit logged(r->id);
    return true;
}

void LiveFindingsWidget::reload()
{
    const QDateTime from(m_from->date(), QTime(0, 0), calendar::beijingTime());
    const QDateTime to(m_to->date().addDays(1), QTime(0, 0), calendar::beijingTime());
    auto all = qa::liveFindings(m_ws.db->connection(), from, to, m_filterAgent->currentData().toString(),
                                m_ws.currentOperator);
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (!all) {
        showMessage(all.error().message, true);
        m_list->setSortingEnabled(true);
        return;
    }
    for (const qa::LiveFinding& f : all.value()) {
        auto* row = new FindingItem(m_list);
        row->setText(Time,
                     f.observedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        row->setData(Time, kSortRole, f.observedAt.toMSecsSinceEpoch());
        row->setText(Agent, f.agentName);
        row->setText(Caller, f.callerNumber);
        row->setText(Finding, f.finding);
        row->setToolTip(Finding, f.finding);
        row->setText(Corrected, f.correctedOnSpot ? tr("Yes") : tr("No"));
        row->setText(Inspector, f.inspectorName);
    }
    m_list->setSortingEnabled(true);
}

void LiveFindingsWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace hotline::ui
