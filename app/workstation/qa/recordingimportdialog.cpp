#include "qa/recordingimportdialog.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/kbexchangeactions.h"
#include "recordings/filenamepattern.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

RecordingImportDialog::RecordingImportDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("recordingImportDialog"));
    setWindowTitle(tr("Import recordings"));
    buildUi();
    loadSettings();
    updateEnabled();
    resize(720, 560);
}

RecordingImportDialog::~RecordingImportDialog()
{
    // The worker reports to this dialog: it must end first (a cancel stops it after its current file).
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
    if (m_thread != nullptr) {
        m_thread->wait();
    }
}

void RecordingImportDialog::buildUi()
{
    auto* source = new QGroupBox(tr("Recordings to import"), this);
    m_folder = new QLineEdit(source);
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    m_folder->setPlaceholderText(tr("The folder the PBX writes its recordings to (sub-folders included)"));
    m_browseFolder = new QPushButton(tr("Browse…"), source);
    m_browseFolder->setObjectName(QStringLiteral("browseFolderPushButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browseFolder);

    m_byPattern = new QRadioButton(tr("From the file &names:"), source);
    m_byPattern->setObjectName(QStringLiteral("patternRadioButton"));
    m_pattern = new QLineEdit(source);
    m_pattern->setObjectName(QStringLiteral("patternLineEdit"));
    auto* patternHelp = new QLabel(
        tr("Fields: {date} (yyyyMMdd or yyyy-MM-dd), {time} (HHmmss), {datetime}, {agent}, {caller}, {callid}, "
           "{direction} (in / out), * for anything. Times are Beijing time."),
        source);
    patternHelp->setWordWrap(true);
    patternHelp->setEnabled(false);
    m_byCsv = new QRadioButton(tr("From a &CSV file:"), source);
    m_byCsv->setObjectName(QStringLiteral("csvRadioButton"));
    m_csv = new QLineEdit(source);
    m_csv->setObjectName(QStringLiteral("csvLineEdit"));
    m_csv->setPlaceholderText(tr("Columns: call id, agent, caller number, start, duration, direction (file name)"));
    m_browseCsv = new QPushButton(tr("Browse…"), source);
    m_browseCsv->setObjectName(QStringLiteral("browseCsvPushButton"));
    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csv, 1);
    csvRow->addWidget(m_browseCsv);

    m_copy = new QCheckBox(tr("Cop&y the files into the managed folder:"), source);
    m_copy->setObjectName(QStringLiteral("copyCheckBox"));
    m_managed = new QLineEdit(source);
    m_managed->setObjectName(QStringLiteral("managedLineEdit"));
    m_browseManaged = new QPushButton(tr("Browse…"), source);
    m_browseManaged->setObjectName(QStringLiteral("browseManagedPushButton"));
    auto* managedRow = new QHBoxLayout;
    managedRow->addWidget(m_managed, 1);
    managedRow->addWidget(m_browseManaged);

    m_window = new QSpinBox(source);
    m_window->setObjectName(QStringLiteral("windowSpinBox"));
    m_window->setRange(0, 24 * 60);
    m_window->setSuffix(tr(" min"));
    m_window->setToolTip(tr("A recording without a call id match is linked to the caller's work order received "
                            "nearest to its start within this many minutes"));

    auto* form = new QFormLayout(source);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(m_byPattern, m_pattern);
    form->addRow(QString(), patternHelp);
    form->addRow(m_byCsv, csvRow);
    form->addRow(m_copy, managedRow);
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);
    form->addRow(tr("Link by caller within ±"), windowRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("failuresTreeWidget"));
    m_failures->setHeaderLabels({tr("File"), tr("Reason")});
    m_failures->setRootIsDecorated(false);
    m_failures->setSortingEnabled(true);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_failures->setColumnWidth(0, 280);

    m_start = new QPushButton(tr("&Start import"), this);
    m_start->setObjectName(QStringLiteral("startPushButton"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closePushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Files not imported:"), this));
    layout->addWidget(m_failures, 1);
    layout->addLayout(buttons);

    connect(m_browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = FileChooser::folder(this, tr("Folder of recordings"));
        if (!dir.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(dir));
        }
    });
    connect(m_browseCsv, &QPushButton::clicked, this, [this] {
        const QString file = FileChooser::openFile(this, tr("CSV file describing the calls"), tr("CSV files (*.csv)"));
        if (!file.isEmpty()) {
            m_csv->setText(QDir::toNativeSeparators(file));
            m_byCsv->setChecked(true);
        }
    });
    connect(m_browseManaged, &QPushButton::clicked, this, [this] {
        const QString dir = FileChooser::folder(this, tr("Managed folder for recordings"));
        if (!dir.isEmpty()) {
            m_managed->setText(QDir::toNativeSeparators(dir));
            m_copy->setChecked(true);
        }
    });
    for (QAbstractButton* b : {static_cast<QAbstractButton*>(m_byPattern), static_cast<QAbstractButton*>(m_byCsv),
                               static_cast<QAbstractButton*>(m_copy)}) {
        connect(b, &QAbstractButton::toggled, this, &RecordingImportDialog::updateEnabled);
    }
    connect(m_start, &QPushButton::clicked, this, &RecordingImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &RecordingImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &RecordingImportDialog::reject);
}

void RecordingImportDialog::loadSettings()
{
    auto s = recordings::lastImportSettings(*m_ws.db);
    const recordings::ImportSettings settings = s ? s.value() : recordings::ImportSettings{};
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    m_pattern->setText(settings.options.pattern.isEmpty() ? recordings::FileNamePattern::defaultPattern()
                                                          : settings.options.pattern);
    m_csv->setText(QDir::toNativeSeparators(settings.options.csvPath));
    (settings.useCsv ? m_byCsv : m_byPattern)->setChecked(true);
    m_copy->setChecked(settings.copyIntoManaged);
    m_managed->setText(QDir::toNativeSeparators(settings.options.managedFolder));
    m_window->setValue(static_cast<int>(settings.options.linkWindowMs / 60000));
}

recordings::ImportSettings RecordingImportDialog::formSettings() const
{
    recordings::ImportSettings s;
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.useCsv = m_byCsv->isChecked();
    s.copyIntoManaged = m_copy->isChecked();
    s.options.pattern = m_pattern->text().trimmed();
    s.options.csvPath = QDir::fromNativeSeparators(m_csv->text().trimmed());
    s.options.managedFolder = QDir::fromNativeSeparators(m_managed->text().trimmed());
    s.options.linkWindowMs = qint64(m_window->value()) * 60000;
    return s;
}

void RecordingImportDialog::updateEnabled()
{
    const bool idle = m_thread == nullptr;
    for (QWidget* w :
         {static_cast<QWidget*>(m_folder), static_cast<QWidget*>(m_browseFolder), static_cast<QWidget*>(m_byPattern),
          static_cast<QWidget*>(m_byCsv), static_cast<QWidget*>(m_copy), static_cast<QWidget*>(m_window)}) {
        w->setEnabled(idle);
    }
    m_pattern->setEnabled(idle && m_byPattern->isChecked());
    m_csv->setEnabled(idle && m_byCsv->isChecked());
    m_browseCsv->setEnabled(idle && m_byCsv->isChecked());
    m_managed->setEnabled(idle && m_copy->isChecked());
    m_browseManaged->setEnabled(idle && m_copy->isChecked());
    m_start->setEnabled(idle);
    m_cancel->setEnabled(!idle);
    m_close->setEnabled(idle);
}

void RecordingImportDialog::start()
{
    if (m_thread != nullptr) {
        return;
    }
    const recordings::ImportSettings s = formSettings();
    QString problem;
    if (s.folder.isEmpty()) {
        problem = tr("Choose the folder of recordings.");
    } else if (s.useCsv && s.options.csvPath.isEmpty()) {
        problem = tr("Choose the CSV file that describes the calls.");
    } else if (s.copyIntoManaged && s.options.managedFolder.isEmpty()) {
        problem = tr("Choose the managed folder to copy the recordings into.");
    }
    if (!problem.isEmpty()) {
        Messages::show(this, Messages::Kind::Warning, windowTitle(), problem);
        return;
    }
    if (Outcome saved = recordings::rememberImportSettings(*m_ws.db, s); !saved) {
        Messages::show(this, Messages::Kind::Warning, windowTitle(), saved.error().message);
    }
    recordings::ImportOptions options = s.options;
    if (!s.useCsv) {
        options.csvPath.clear();
    }
    if (!s.copyIntoManaged) {
        options.managedFolder.clear();
    }

    m_failures->clear();
    m_report = {};
    m_progress->setRange(0, 0); // busy until the files are counted
    m_status->setText(tr("Looking for recordings in %1…").arg(QDir::toNativeSeparators(s.folder)));
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<Result<recordings::ImportReport>>(recordings::ImportReport{});
    const QString store = m_ws.db->path();
    const security::Operator by = m_ws.currentOperator;
    const Clock* clock = m_ws.clock;
    IdGenerator* ids = m_ws.ids;
    const auto cancel = m_cancelFlag;
    const QString folder = s.folder;
    m_thread = QThread::create([this, store, folder, options, by, clock, ids, cancel, result] {
        auto opened = db::Database::open(store);
        if (!opened) {
            *result = opened.error();
            return;
        }
        const recordings::ImportProgress progress = [this](int done, int total, const QString& file) {
            QMetaObject::invokeMethod(
                this, [this, done, total, file] { this->progress(done, total, file); }, Qt::QueuedConnection);
        };
        *result =
            recordings::importRecordings(*opened.value(), folder, options, by, *ids, *clock, progress, cancel.get());
    });
    m_thread->setObjectName(QStringLiteral("recordingimport"));
    QThread* thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        m_thread = nullptr;
        finish(*result);
    });
    updateEnabled();
    thread->start();
}

void RecordingImportDialog::cancelImport()
{
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
        m_status->setText(tr("Cancelling after the current file…"));
    }
}

void RecordingImportDialog::reject()
{
    if (m_thread != nullptr) {
        cancelImport(); // Esc while running cancels; the dialog stays until the worker has stopped
        return;
    }
    QDialog::reject();
}

void RecordingImportDialog::progress(int done, int total, const QString& fileName)
{
    if (m_thread == nullptr) {
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(tr("%1 of %2: %3").arg(done).arg(total).arg(fileName));
}

void RecordingImportDialog::finish(const Result<recordings::ImportReport>& result)
{
    m_cancelFlag.reset();
    updateEnabled();
    m_progress->setRange(0, 1);
    if (!result) {
        m_progress->setValue(0);
        m_status->setText(result.error().message);
        Messages::show(this, Messages::Kind::Error, windowTitle(), result.error().message);
        emit importFinished(false, 0);
        return;
    }
    m_report = result.value();
    m_progress->setValue(1);
    for (const recordings::ImportFailure& f : m_report.failures) {
        auto* item = new QTreeWidgetItem(m_failures, {f.fileName, f.reason});
        item->setToolTip(1, f.reason);
    }
    QString summary = tr("Imported %1, skipped %2 already in the catalogue, failed %3; %4 linked to work orders.")
                          .arg(m_report.imported)
                          .arg(m_report.skipped)
                          .arg(m_report.failed())
                          .arg(m_report.linked);
    if (m_report.cancelled) {
        summary = tr("Cancelled: %1").arg(summary);
    }
    m_status->setText(summary);
    emit importFinished(!m_report.cancelled, m_report.imported);
}

} // namespace hotline::ui
