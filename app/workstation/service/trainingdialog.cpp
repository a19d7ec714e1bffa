#include "service/trainingdialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline::ui {

TrainingDialog::TrainingDialog(Workspace& workspace, const training::Training& session, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_session(session)
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(session.id.isEmpty() ? tr("New training session") : tr("Edit training session"));
    m_topic = new QLineEdit(session.topic, this);
    m_topic->setObjectName(QStringLiteral("trainingTopicLineEdit"));
    m_start = new QDateTimeEdit(this);
    m_start->setDateTime(QDateTime(session.startsAt.toTimeZone(calendar::beijingTime()).date(),
                                   session.startsAt.toTimeZone(calendar::beijingTime()).time()));
    m_start->setObjectName(QStringLiteral("trainingStartDateTimeEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("trainingDurationSpinBox"));
    m_duration->setRange(1, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(session.durationMinutes);
    m_trainer = new QLineEdit(session.trainer, this);
    m_trainer->setObjectName(QStringLiteral("trainingTrainerLineEdit"));
    m_location = new QLineEdit(session.location, this);
    m_location->setObjectName(QStringLiteral("trainingLocationLineEdit"));
    m_materials = new QPlainTextEdit(session.materials, this);
    m_materials->setObjectName(QStringLiteral("trainingMaterialsPlainTextEdit"));
    m_materials->setTabChangesFocus(true);
    m_materials->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);

    m_attendees = new QTreeWidget(this);
    m_attendees->setObjectName(QStringLiteral("attendeeTreeWidget"));
    m_attendees->setColumnCount(ColumnCount);
    m_attendees->setHeaderLabels({tr("Operator"), tr("Invited"), tr("Attended")});
    m_attendees->setRootIsDecorated(false);
    m_attendees->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_attendees->header()->setStretchLastSection(false);
    QHash<QString, training::Attendee> current;
    for (const training::Attendee& a : session.attendees) {
        current.insert(a.operatorId, a);
    }
    QList<training::Attendee> people = training::activeOperators(m_ws.db->connection()).value_or({});
    for (const training::Attendee& a : session.attendees) { // deactivated since: still listed
        if (std::none_of(people.cbegin(), people.cend(),
                         [&a](const training::Attendee& p) { return p.operatorId == a.operatorId; })) {
            people.append(a);
        }
    }
    for (const training::Attendee& op : std::as_const(people)) {
        auto* item = new QTreeWidgetItem(m_attendees);
        item->setText(Name, op.name);
        item->setData(Name, Qt::UserRole, op.operatorId);
        const auto it = current.constFind(op.operatorId);
        item->setCheckState(Invited, it != current.cend() ? Qt::Checked : Qt::Unchecked);
        item->setCheckState(Attended, it != current.cend() && it->attended ? Qt::Checked : Qt::Unchecked);
    }
    // Marking someone present invites them; un-inviting clears their attendance.
    connect(m_attendees, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const QSignalBlocker block(m_attendees);
        if (column == Attended && item->checkState(Attended) == Qt::Checked) {
            item->setCheckState(Invited, Qt::Checked);
        } else if (column == Invited && item->checkState(Invited) == Qt::Unchecked) {
            item->setCheckState(Attended, Qt::Unchecked);
        }
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("trainingErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("T&rainer:"), m_trainer);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Materials:"), m_materials);
    auto* attendeeLabel = new QLabel(tr("&Attendees (Space ticks the current box):"), this);
    attendeeLabel->setBuddy(m_attendees);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(attendeeLabel);
    layout->addWidget(m_attendees, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 620);
}

void TrainingDialog::save()
{
    training::Training t = m_session;
    t.topic = m_topic->text();
    const QDateTime local = m_start->dateTime();
    t.startsAt = QDateTime(local.date(), local.time(), calendar::beijingTime()).toUTC();
    t.durationMinutes = m_duration->value();
    t.trainer = m_trainer->text();
    t.location = m_location->text();
    t.materials = m_materials->toPlainText();
    t.attendees.clear();
    for (int i = 0; i < m_attendees->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_attendees->topLevelItem(i);
        if (item->checkState(Invited) == Qt::Checked) {
            t.attendees.append({item->data(Name, Qt::UserRole).toString(), item->text(Name),
                                item->checkState(Attended) == Qt::Checked});
        }
    }
    auto saved = training::saveTraining(*m_ws.db, t, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        const QString& field = saved.error().field;
        QWidget* at = field == QLatin1String("starts_at")   ? static_cast<QWidget*>(m_start)
                      : field == QLatin1String("duration")  ? static_cast<QWidget*>(m_duration)
                      : field == QLatin1String("trainer")   ? static_cast<QWidget*>(m_trainer)
                      : field == QLatin1String("attendees") ? static_cast<QWidget*>(m_attendees)
                                                            : static_cast<QWidget*>(m_topic);
        at->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_session = saved.value();
    accept();
}

} // namespace hotline::ui
