#include "reports/exportdialog.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/kbexchangeactions.h"
#include "reports/workorderexport.h"
#include "security/permissions.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline::ui {

ExportDialog::ExportDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export work orders"));

    const QDate today = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(QStringLiteral("exportFromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("exportToDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFileLineEdit"));
    m_file->setPlaceholderText(tr("Choose where to save the workbook…"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowsePushButton"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(m_browse);

    // Full taxpayer data: only for roles that see it, and then only with a purpose.
    const bool mayUnmask = security::seesTaxpayerData(m_ws.currentOperator);
    m_unmasked = new QCheckBox(tr("Export full taxpayer data (IDs and phone numbers)"), this);
    m_unmasked->setObjectName(QStringLiteral("exportUnmaskedCheckBox"));
    m_unmasked->setEnabled(mayUnmask);
    m_unmasked->setToolTip(mayUnmask ? tr("Taxpayer IDs and phone numbers are masked unless this is checked; the "
                                          "purpose is kept in the audit log.")
                                     : tr("Your role does not see taxpayer data: the export is masked."));
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("exportPurposeLineEdit"));
    m_purpose->setPlaceholderText(tr("Why the full data leaves the system (kept in the audit log)"));
    m_purpose->setEnabled(false);
    connect(m_unmasked, &QCheckBox::toggled, m_purpose, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Received from:"), period);
    form->addRow(tr("&File:"), file);
    form->addRow(QString(), m_unmasked);
    form->addRow(tr("&Purpose:"), m_purpose);
    static_cast<QLabel*>(form->labelForField(period))->setBuddy(m_from);
    static_cast<QLabel*>(form->labelForField(file))->setBuddy(m_file);
    static_cast<QLabel*>(form->labelForField(m_purpose))->setBuddy(m_purpose);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("exportPushButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("exportCancelPushButton"));
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    resize(600, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (m_thread != nullptr) {
        m_stop->store(true);
        m_thread->wait();
    }
}

void ExportDialog::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const QString suggested = QStringLiteral("工单明细-%1-%2.xlsx")
                                  .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                       m_to->date().toString(QStringLiteral("yyyyMMdd")));
    const QString path = FileChooser::saveFile(this, windowTitle(), suggested, tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void ExportDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_from, m_to, m_file, m_browse, m_export}) {
        w->setEnabled(!busy);
    }
    m_unmasked->setEnabled(!busy && security::seesTaxpayerData(m_ws.currentOperator));
    m_purpose->setEnabled(!busy && m_unmasked->isChecked());
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
}

void ExportDialog::start()
{
    if (m_thread != nullptr) {
        return;
    }
    reports::WorkOrderExportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.path = QDir::fromNativeSeparators(m_file->text().trimmed());
    request.unmasked = m_unmasked->isChecked();
    request.purpose = m_purpose->text().trimmed();
    // The form's own mistakes are said here; libcore checks them all again.
    QString problem;
    QWidget* focus = nullptr;
    if (request.from > request.to) {
        problem = tr("The first day must not be after the last.");
        focus = m_from;
    } else if (request.path.isEmpty()) {
        problem = tr("Choose where to save the workbook first.");
        focus = m_file;
    } else if (request.unmasked && request.purpose.size() < 4) {
        problem = tr("State the purpose of exporting full taxpayer data (at least 4 characters).");
        focus = m_purpose;
    }
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        Messages::show(this, Messages::Kind::Warning, windowTitle(), problem);
        focus->setFocus();
        return;
    }
    if (!request.path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        request.path += QStringLiteral(".xlsx");
        setFile(request.path);
    }
    m_result->setText(tr("Exporting to %1…").arg(QFileInfo(request.path).fileName()));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_stop = std::make_shared<std::atomic<bool>>(false);

    auto outcome = std::make_shared<Outcome>();
    const QString store = m_ws.db->path();
    const security::Operator by = m_ws.currentOperator;
    const Clock* clock = m_ws.clock;
    const auto stop = m_stop;
    m_thread = QThread::create([this, request, store, by, clock, stop, outcome] {
        auto opened = db::Database::open(store);
        if (!opened) {
            outcome->error = opened.error().message;
            return;
        }
        UuidGenerator ids; // this thread's own
        auto r = reports::exportWorkOrders(
            *opened.value(), request, by, ids, *clock, [this, stop](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { progress(done, total); }, Qt::QueuedConnection);
                return !stop->load();
            });
        outcome->ok = r.ok();
        outcome->cancelled = !r.ok() && stop->load();
        if (r) {
            outcome->rows = r->rows;
            outcome->path = r->path;
        } else {
            outcome->error = r.error().message;
        }
    });
    m_thread->setObjectName(QStringLiteral("workorderexport"));
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        m_thread = nullptr;
        done(*outcome);
    });
    thread->start();
}

void ExportDialog::cancel()
{
    if (m_thread != nullptr) {
        m_stop->store(true);
        m_result->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::reject()
{
    cancel();
}

void ExportDialog::progress(qint64 done, qint64 total)
{
    if (m_thread == nullptr) {
        return;
    }
    // A progress bar counts in int: show thousandths of the total.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    m_progress->setFormat(tr("%1 of %2 work orders").arg(done).arg(total));
}

void ExportDialog::done(const Outcome& outcome)
{
    setBusy(false);
    m_progress->setRange(0, 1);
    m_progress->resetFormat();
    if (outcome.cancelled) {
        m_progress->setValue(0);
        m_result->setText(tr("Cancelled: no file was written."));
        emit finished(false);
        return;
    }
    if (!outcome.ok) {
        m_progress->setValue(0);
        m_result->setText(outcome.error);
        Messages::show(this, Messages::Kind::Error, windowTitle(), outcome.error);
        emit finished(false);
        return;
    }
    m_progress->setValue(1);
    const QString text =
        tr("Exported %n work order(s) to %1.", nullptr, int(outcome.rows)).arg(QDir::toNativeSeparators(outcome.path));
    m_result->setText(text);
    Messages::show(this, Messages::Kind::Information, windowTitle(), text);
    emit finished(true);
}

} // namespace hotline::ui
