#include "service/trainingwidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "security/permissions.h"
#include "service/trainingdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIndexRole = Qt::UserRole;

TrainingWidget::Confirm& confirmer()
{
    static TrainingWidget::Confirm c;
    return c;
}

void shortcut(QWidget* parent, const QKeySequence& key, const std::function<void()>& run)
{
    auto* s = new QShortcut(key, parent);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(s, &QShortcut::activated, parent, run);
}

} // namespace

void TrainingWidget::setConfirm(Confirm c)
{
    confirmer() = std::move(c);
}

TrainingWidget::TrainingWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("trainingWidget"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("trainingYearSpinBox"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_ws.clock->now().toTimeZone(calendar::beijingTime()).date().year());
    auto* yearLabel = new QLabel(tr("Ye&ar:"), this);
    yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &TrainingWidget::reload);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("trainingCountLabel"));
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_count->setFont(big);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trainingTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Topic"), tr("Start"), tr("Minutes"), tr("Trainer"), tr("Location"), tr("Attended / invited")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(Topic, QHeaderView::Stretch);
    for (int c = Start; c < ColumnCount; ++c) {
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::itemActivated, this, &TrainingWidget::editSelected);

    m_add = new QPushButton(tr("&New session (Ins)"), this);
    m_add->setObjectName(QStringLiteral("newTrainingButton"));
    m_edit = new QPushButton(tr("&Edit (F2)"), this);
    m_edit->setObjectName(QStringLiteral("editTrainingButton"));
    m_remove = new QPushButton(tr("&Remove (Del)"), this);
    m_remove->setObjectName(QStringLiteral("removeTrainingButton"));
    connect(m_add, &QPushButton::clicked, this, &TrainingWidget::addSession);
    connect(m_edit, &QPushButton::clicked, this, &TrainingWidget::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &TrainingWidget::removeSelected);
    shortcut(this, QKeySequence(Qt::Key_Insert), [this] { addSession(); });
    shortcut(this, QKeySequence(Qt::Key_F2), [this] { editSelected(); });
    shortcut(this, QKeySequence(QKeySequence::Delete), [this] { removeSelected(); });

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_count, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    reload();
}

void TrainingWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

bool TrainingWidget::manager() const
{
    return security::roleHas(m_ws.currentOperator.role, security::Permission::ManageTraining);
}

void TrainingWidget::reload()
{
    const int year = m_year->value();
    auto sessions = training::listTrainings(m_ws.db->connection(), year);
    m_sessions = sessions.value_or({});
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QDateTime now = m_ws.clock->now();
    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        const training::Training& t = m_sessions.at(i);
        int attended = 0;
        for (const training::Attendee& a : t.attendees) {
            attended += a.attended ? 1 : 0;
        }
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Topic, t.topic);
        item->setText(Start,
                      t.startsAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setData(Duration, Qt::DisplayRole, t.durationMinutes);
        item->setText(Trainer, t.trainer);
        item->setText(Location, t.location);
        item->setText(Attendance, QStringLiteral("%1 / %2").arg(attended).arg(t.attendees.size()));
        item->setData(0, kIndexRole, static_cast<int>(i));
        if (t.startsAt > now) {
            item->setToolTip(Topic, tr("Planned"));
            for (int c = 0; c < ColumnCount; ++c) {
                item->setForeground(c, QColor(0x1f, 0x6f, 0xb2));
            }
        }
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Start, Qt::AscendingOrder);

    auto y = training::trainingYear(m_ws.db->connection(), year, *m_ws.clock);
    if (!y) {
        m_count->setText(y.error().message);
    } else {
        const QString mark = y->met() ? QStringLiteral("✔") : QStringLiteral("✘");
        m_count->setText(tr("%1 %2: %3 held of at least %4 required · %5 planned")
                             .arg(mark)
                             .arg(year)
                             .arg(y->held)
                             .arg(y->required)
                             .arg(y->planned));
        m_count->setStyleSheet(y->met() ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #b00020;"));
    }
    const bool manager = this->manager();
    for (QPushButton* b : {m_add, m_edit, m_remove}) {
        b->setVisible(manager);
    }
}

std::optional<training::Training> TrainingWidget::selected() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return m_sessions.value(item->data(0, kIndexRole).toInt());
}

void TrainingWidget::addSession()
{
    if (!manager()) {
        return;
    }
    training::Training t;
    const QDate day = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date().addDays(7);
    t.startsAt = QDateTime(day, QTime(14, 0), calendar::beijingTime());
    t.durationMinutes = 90;
    edit(t);
}

void TrainingWidget::editSelected()
{
    if (const auto t = selected(); t && manager()) {
        edit(*t);
    }
}

void TrainingWidget::edit(const training::Training& t)
{
    auto* dialog = new TrainingDialog(m_ws, t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit dataChanged();
    });
    dialog->open();
}

void TrainingWidget::removeSelected()
{
    const auto t = selected();
    if (!t || !manager()) {
        return;
    }
    const QString question = tr("Remove the session \"%1\" and its attendance?").arg(t->topic);
    const bool yes = confirmer() ? confirmer()(this, question)
                                 : QMessageBox::question(this, tr("Remove session"), question) == QMessageBox::Yes;
    if (!yes) {
        return;
    }
    if (Outcome done = training::removeTraining(*m_ws.db, t->id, m_ws.currentOperator, *m_ws.clock); !done) {
        Messages::show(this, Messages::Kind::Warning, tr("Remove session"), done.error().message);
    }
    reload();
    emit dataChanged();
}

} // namespace hotline::ui
