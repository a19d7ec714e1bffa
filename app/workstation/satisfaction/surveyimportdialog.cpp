#include "satisfaction/surveyimportdialog.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/kbexchangeactions.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline::ui {

SurveyImportDialog::SurveyImportDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    setWindowTitle(tr("Import satisfaction survey results"));

    auto* intro = new QLabel(tr("The telephone system's post-call survey export (CSV, UTF-8 or GBK) with a header row: "
                                "call id (通话流水号) or caller number (主叫号码), call time (通话时间) and rating "
                                "(满意 / 基本满意 / 不满意 or 1–5). Importing a file again adds nothing twice."),
                             this);
    intro->setWordWrap(true);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("surveyFileLineEdit"));
    m_file->setPlaceholderText(tr("Choose the CSV file…"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("surveyBrowsePushButton"));
    connect(m_browse, &QPushButton::clicked, this, &SurveyImportDialog::browse);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("surveyImportPushButton"));
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &SurveyImportDialog::start);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("surveyCancelPushButton"));
    connect(m_cancel, &QPushButton::clicked, this, &SurveyImportDialog::cancel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("surveyImportProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("surveySummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("surveyFailuresTreeWidget"));
    m_failures->setHeaderLabels({tr("Line"), tr("Why the row was refused")});
    m_failures->setRootIsDecorated(false);
    m_failures->setSortingEnabled(true);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_failures->header()->setStretchLastSection(true);

    auto* grid = new QGridLayout;
    grid->addWidget(m_file, 0, 0);
    grid->addWidget(m_browse, 0, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_failures, 1);
    resize(640, 460);
}

SurveyImportDialog::~SurveyImportDialog()
{
    if (m_thread != nullptr) {
        m_stop->store(true);
        m_thread->wait();
    }
}

void SurveyImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void SurveyImportDialog::browse()
{
    const QString path =
        FileChooser::openFile(this, tr("Import satisfaction survey results"), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void SurveyImportDialog::start()
{
    if (m_thread != nullptr) {
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        Messages::show(this, Messages::Kind::Warning, windowTitle(), tr("Choose the CSV file to import first."));
        m_file->setFocus();
        return;
    }
    m_failures->clear();
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 0);
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_stop = std::make_shared<std::atomic<bool>>(false);

    auto outcome = std::make_shared<Outcome>();
    const QString store = m_ws.db->path();
    const security::Operator by = m_ws.currentOperator;
    const Clock* clock = m_ws.clock;
    const auto stop = m_stop;
    m_thread = QThread::create([this, path, store, by, clock, stop, outcome] {
        auto opened = db::Database::open(store);
        if (!opened) {
            outcome->error = opened.error().message;
            return;
        }
        UuidGenerator ids; // this thread's own
        satisfaction::SurveyImporter importer(opened.value()->connection(), *clock, ids);
        auto r = importer.importFile(path, by, [this, stop](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { progress(done, total); }, Qt::QueuedConnection);
            return !stop->load();
        });
        outcome->ok = r.ok();
        if (r) {
            outcome->report = r.value();
        } else {
            outcome->error = r.error().message;
        }
    });
    m_thread->setObjectName(QStringLiteral("surveyimport"));
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        m_thread = nullptr;
        done(*outcome);
    });
    thread->start();
}

void SurveyImportDialog::cancel()
{
    if (m_thread != nullptr) {
        m_stop->store(true);
        m_summary->setText(tr("Cancelling…"));
        return;
    }
    reject();
}

void SurveyImportDialog::progress(int done, int total)
{
    if (m_thread == nullptr) {
        return;
    }
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void SurveyImportDialog::done(const Outcome& outcome)
{
    m_import->setEnabled(true);
    m_browse->setEnabled(true);
    m_cancel->setText(tr("Close"));
    m_progress->setRange(0, 1);
    if (!outcome.ok) {
        m_progress->setValue(0);
        m_summary->setText(outcome.error);
        Messages::show(this, Messages::Kind::Error, windowTitle(), outcome.error);
        emit finished(false);
        return;
    }
    const satisfaction::ImportReport& r = outcome.report;
    if (r.cancelled) {
        m_progress->setValue(0);
        m_summary->setText(tr("Cancelled: nothing was imported."));
        emit finished(true);
        return;
    }
    m_progress->setValue(1);
    m_summary->setText(tr("Imported %1 (%2 not matched to a work order), %3 already imported, %4 refused.")
                           .arg(r.imported)
                           .arg(r.unmatched())
                           .arg(r.duplicates)
                           .arg(r.failed()));
    for (const satisfaction::RowFailure& f : r.failures) {
        auto* item = new QTreeWidgetItem(m_failures);
        item->setData(0, Qt::DisplayRole, f.line);
        item->setText(1, f.reason);
        item->setToolTip(1, f.reason);
    }
    m_failures->sortByColumn(0, Qt::AscendingOrder);
    if (r.imported > 0) {
        emit imported();
    }
    emit finished(true);
}

} // namespace hotline::ui
