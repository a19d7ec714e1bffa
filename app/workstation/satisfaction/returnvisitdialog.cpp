#include "satisfaction/returnvisitdialog.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "satisfaction/returnvisits.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hotline::ui {

ReturnVisitDialog::ReturnVisitDialog(Workspace& workspace, const QString& workOrderId, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_workOrderId(workOrderId)
{
    setObjectName(QStringLiteral("returnVisitDialog"));
    setWindowTitle(tr("Return visit"));
    setAttribute(Qt::WA_DeleteOnClose);

    // The edit holds Beijing wall time (QDateTimeEdit has no time-zone setting in Qt 6.4); save() reads it as such.
    const QDateTime now = m_ws.clock->now().toTimeZone(calendar::beijingTime());
    m_time = new QDateTimeEdit(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())), this);
    m_time->setObjectName(QStringLiteral("visitTimeDateTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("visitMethodComboBox"));
    for (satisfaction::VisitMethod m : satisfaction::kAllVisitMethods) {
        m_method->addItem(satisfaction::displayName(m), satisfaction::key(m));
    }
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("visitVerdictComboBox"));
    using satisfaction::Rating;
    for (Rating r : {Rating::Satisfied, Rating::BasicallySatisfied, Rating::Dissatisfied}) {
        m_verdict->addItem(satisfaction::displayName(r), satisfaction::key(r));
    }
    m_verdict->addItem(satisfaction::verdictText(std::nullopt), QString());
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("visitNotePlainTextEdit"));
    m_note->setPlaceholderText(
        tr("What the taxpayer said (at most %1 characters)").arg(satisfaction::kMaxVisitNoteLength));
    m_note->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&When:"), m_time);
    form->addRow(tr("&Reached by:"), m_method);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("N&ote:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnVisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, 320);
}

void ReturnVisitDialog::save()
{
    satisfaction::ReturnVisitDraft draft;
    draft.workOrderId = m_workOrderId;
    draft.visitedAt = QDateTime(m_time->date(), m_time->time(), calendar::beijingTime());
    draft.method =
        satisfaction::visitMethodFromKey(m_method->currentData().toString()).value_or(satisfaction::VisitMethod::Phone);
    draft.verdict = satisfaction::ratingFromKey(m_verdict->currentData().toString());
    draft.note = m_note->toPlainText();
    auto done = satisfaction::ReturnVisitService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                    .record(draft, m_ws.currentOperator);
    if (!done) {
        Messages::show(this, Messages::Kind::Warning, tr("Return visit"), done.error().message);
        if (done.error().field == QLatin1String("note")) {
            m_note->setFocus();
        } else if (done.error().field == QLatin1String("visited_at")) {
            m_time->setFocus();
        }
        return;
    }
    emit recorded();
    accept();
}

} // namespace hotline::ui
