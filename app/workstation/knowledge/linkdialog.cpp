#include "knowledge/linkdialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hotline::ui {

LinkDialog::LinkDialog(Workspace& workspace, const knowledge::KbLink& link, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_link(link)
{
    setObjectName(QStringLiteral("linkDialog"));
    const bool course = link.kind == knowledge::LinkKind::Course;
    setWindowTitle(link.id.isEmpty() ? (course ? tr("New course") : tr("New news item"))
                                     : (course ? tr("Edit course") : tr("Edit news item")));
    m_title = new QLineEdit(link.title, this);
    m_title->setObjectName(QStringLiteral("linkTitleLineEdit"));
    m_date = new QDateEdit(link.publishedOn.isValid() ? link.publishedOn : m_ws.clock->now().date(), this);
    m_date->setObjectName(QStringLiteral("linkDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_url = new QLineEdit(link.url, this);
    m_url->setObjectName(QStringLiteral("linkUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_summary = new QPlainTextEdit(link.summary, this);
    m_summary->setObjectName(QStringLiteral("linkSummaryPlainTextEdit"));
    m_summary->setTabChangesFocus(true);
    m_live = new QCheckBox(tr("Topic course &at (Beijing time):"), this);
    m_live->setObjectName(QStringLiteral("linkLiveCheckBox"));
    m_live->setChecked(link.startsAt.isValid());
    const QDateTime bj =
        (link.startsAt.isValid() ? link.startsAt : m_ws.clock->now().addDays(7)).toTimeZone(calendar::beijingTime());
    m_starts = new QDateTimeEdit(QDateTime(bj.date(), QTime(bj.time().hour(), bj.time().minute())), this);
    m_starts->setObjectName(QStringLiteral("linkStartsDateTimeEdit"));
    m_starts->setCalendarPopup(true);
    m_starts->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_starts->setEnabled(m_live->isChecked());
    connect(m_live, &QCheckBox::toggled, m_starts, &QWidget::setEnabled);
    m_live->setVisible(course);
    m_starts->setVisible(course);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("linkErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Summary:"), m_summary);
    if (course) {
        auto* liveRow = new QHBoxLayout;
        liveRow->addWidget(m_live);
        liveRow->addWidget(m_starts);
        liveRow->addStretch(1);
        form->addRow(QString(), liveRow);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 320);
}

void LinkDialog::save()
{
    knowledge::KbLink l = m_link;
    l.title = m_title->text();
    l.publishedOn = m_date->date();
    l.url = m_url->text();
    l.summary = m_summary->toPlainText();
    const QDateTime local = m_starts->dateTime();
    l.startsAt = m_live->isChecked() && l.kind == knowledge::LinkKind::Course
                     ? QDateTime(local.date(), local.time(), calendar::beijingTime()).toUTC()
                     : QDateTime();
    auto saved = knowledge::saveLink(*m_ws.db, l, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        QWidget* at = saved.error().field == QLatin1String("url")            ? static_cast<QWidget*>(m_url)
                      : saved.error().field == QLatin1String("published_on") ? static_cast<QWidget*>(m_date)
                      : saved.error().field == QLatin1String("summary")      ? static_cast<QWidget*>(m_summary)
                                                                             : static_cast<QWidget*>(m_title);
        at->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_link = saved.value();
    accept();
}

} // namespace hotline::ui
