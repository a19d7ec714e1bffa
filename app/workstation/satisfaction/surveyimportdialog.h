#pragma once
// 导入满意度评价: imports the telephone system's post-call survey CSV off the GUI thread, with a progress bar, Cancel,
// the counts (imported, duplicates, unmatched, failed) and the list of refused rows with their line and reason.
// Offered to leads and administrators (Permission::ImportSatisfaction); libcore checks it again.

#include "satisfaction/surveyimport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class SurveyImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SurveyImportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~SurveyImportDialog() override;

    void setFile(const QString& path);
    void browse();
    // Starts the import of the chosen file in a worker thread.
    void start();
    // Asks a running import to stop (nothing is stored), else closes.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    QLineEdit* fileEdit() const { return m_file; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* failureList() const { return m_failures; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    // The import ended: ok when the file was read (rows may still have been refused), cancelled or not.
    void finished(bool ok);
    void imported();

private:
    struct Outcome {
        bool ok = false;
        QString error;
        satisfaction::ImportReport report;
    };
    void progress(int done, int total);
    void done(const Outcome& outcome);

    Workspace& m_ws;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTreeWidget* m_failures;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace hotline::ui
