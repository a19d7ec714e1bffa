#include "knowledge/hotquestionswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/hotquestions.h"
#include "knowledge/kblinks.h"
#include "knowledge/knowledgepane.h"
#include "security/permissions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kPinnedRole = Qt::UserRole + 1;

} // namespace

HotQuestionsWidget::HotQuestionsWidget(Workspace& workspace, KnowledgePane* pane, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_pane(pane)
{
    setObjectName(QStringLiteral("hotQuestionsWidget"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("hotPeriodComboBox"));
    m_period->addItem(tr("Today"), static_cast<int>(knowledge::HotPeriod::Today));
    m_period->addItem(tr("This week"), static_cast<int>(knowledge::HotPeriod::ThisWeek));
    m_period->addItem(tr("This month"), static_cast<int>(knowledge::HotPeriod::ThisMonth));
    m_period->addItem(tr("Last 30 days"), static_cast<int>(knowledge::HotPeriod::Last30Days));
    m_period->addItem(tr("Custom range"), static_cast<int>(knowledge::HotPeriod::Custom));
    m_period->setCurrentIndex(3);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->hide();
        connect(e, &QDateEdit::dateChanged, this, &HotQuestionsWidget::reload);
    }
    m_from->setObjectName(QStringLiteral("hotFromDateEdit"));
    m_to->setObjectName(QStringLiteral("hotToDateEdit"));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == static_cast<int>(knowledge::HotPeriod::Custom);
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        reload();
    });

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("hotQuestionsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("#"), tr("Question"), tr("Work orders"), tr("Category")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    for (int c : {Rank, Count, Category}) {
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        updateButtons();
        if (item != nullptr && m_pane != nullptr) {
            m_pane->showArticle(item->data(0, kIdRole).toString());
        }
    });

    m_pin = new QPushButton(tr("&Pin (Ctrl+P)"), this);
    m_pin->setObjectName(QStringLiteral("pinButton"));
    connect(m_pin, &QPushButton::clicked, this, &HotQuestionsWidget::togglePin);
    auto* pinKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    pinKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pinKey, &QShortcut::activated, this, &HotQuestionsWidget::togglePin);
    m_status = new QLabel(this);
    m_courses = new QLabel(this);
    m_courses->setObjectName(QStringLiteral("upcomingCoursesLabel"));
    m_courses->setTextFormat(Qt::RichText);
    m_courses->setOpenExternalLinks(true); // http(s) only: libcore validated every link
    m_courses->setWordWrap(true);
    m_courses->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #f0d58c; padding: 6px; }"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addStretch(1);
    top->addWidget(m_pin);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_courses);
    layout->addWidget(m_status);
    const QDate today = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
}

void HotQuestionsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // counts move with every saved work order, and another operator may be logged in
}

void HotQuestionsWidget::reload()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(0, kIdRole).toString() : QString();
    const auto period = static_cast<knowledge::HotPeriod>(m_period->currentData().toInt());
    const QDate today = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    const knowledge::DayRange days = period == knowledge::HotPeriod::Custom
                                         ? knowledge::DayRange{m_from->date(), m_to->date()}
                                         : knowledge::periodDays(period, today);
    auto hot = knowledge::hotQuestions(m_ws.db->connection(), days);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!hot) {
        m_status->setText(hot.error().message);
        updateButtons();
        return;
    }
    int rank = 0;
    for (const knowledge::HotQuestion& h : hot.value()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(Rank, Qt::DisplayRole, ++rank);
        item->setText(Title, (h.pinnedAt.isValid() ? tr("[Pinned] ") : QString()) + h.title);
        if (h.pinnedAt.isValid()) {
            QFont bold = item->font(Title);
            bold.setBold(true);
            item->setFont(Title, bold);
        }
        item->setToolTip(Title, h.title);
        item->setData(Count, Qt::DisplayRole, h.workOrders);
        item->setTextAlignment(Count, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Category, h.category);
        item->setData(0, kIdRole, h.id);
        item->setData(0, kPinnedRole, h.pinnedAt.isValid());
        if (h.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    m_list->sortByColumn(Rank, Qt::AscendingOrder);
    m_status->setText(tr("%n article(s), %1 to %2", nullptr, rank)
                          .arg(days.from.toString(Qt::ISODate), days.to.toString(Qt::ISODate)));
    updateButtons();
    showUpcomingCourses();
}

void HotQuestionsWidget::showUpcomingCourses()
{
    constexpr int kShown = 3;
    auto courses = knowledge::upcomingCourses(m_ws.db->connection(), m_ws.clock->now());
    QStringList lines;
    for (const knowledge::KbLink& c : courses ? courses.value() : QList<knowledge::KbLink>{}) {
        if (lines.size() == kShown) {
            break;
        }
        const QString when = c.startsAt.toTimeZone(calendar::beijingTime())
                                 .toString(tr("M/d HH:mm", "date format of an upcoming course"));
        lines
            << tr("%1 <a href=\"%2\">%3</a>").arg(when.toHtmlEscaped(), c.url.toHtmlEscaped(), c.title.toHtmlEscaped());
    }
    m_courses->setVisible(!lines.isEmpty());
    m_courses->setText(lines.isEmpty()
                           ? QString()
                           : tr("<b>Upcoming topic courses</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
}

void HotQuestionsWidget::updateButtons()
{
    const bool curator = security::roleHas(m_ws.currentOperator.role, security::Permission::ManageKnowledge);
    m_pin->setVisible(curator);
    QTreeWidgetItem* item = m_list->currentItem();
    m_pin->setEnabled(curator && item != nullptr);
    m_pin->setText(item != nullptr && item->data(0, kPinnedRole).toBool() ? tr("Un&pin (Ctrl+P)")
                                                                          : tr("&Pin (Ctrl+P)"));
}

void HotQuestionsWidget::togglePin()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr || !security::roleHas(m_ws.currentOperator.role, security::Permission::ManageKnowledge)) {
        return;
    }
    const bool pinned = item->data(0, kPinnedRole).toBool();
    Outcome done =
        knowledge::setPinned(*m_ws.db, item->data(0, kIdRole).toString(), !pinned, m_ws.currentOperator, *m_ws.clock);
    if (!done) {
        Messages::show(this, Messages::Kind::Warning, tr("Hot questions"), done.error().message);
        return;
    }
    reload();
}

} // namespace hotline::ui
