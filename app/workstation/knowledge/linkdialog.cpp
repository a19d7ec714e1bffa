#include "knowledge/linkdialog.h"

#include "common/workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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
