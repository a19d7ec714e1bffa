#pragma once
// 导入录音: choose a folder the PBX left, how its calls are described (file-name pattern or a sidecar CSV), whether
// to copy the files into the managed folder, and run the import on its own thread (own store connection) with a
// progress bar, Cancel, and the list of failed files with their reasons. The last choices are offered again.

#include "recordings/recordingimport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThread;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class RecordingImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit RecordingImportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~RecordingImportDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The last finished import's report (empty before one).
    const recordings::ImportReport& report() const { return m_report; }

    // Starts the import with what the form says (the 开始导入 button).
    void start();
    // Asks a running import to stop after its current file.
    void cancelImport();

signals:
    // An import ended (also when cancelled or refused); imported > 0 means the catalogue changed.
    void importFinished(bool ok, int imported);

protected:
    void reject() override;

private:
    void buildUi();
    void loadSettings();
    recordings::ImportSettings formSettings() const;
    void updateEnabled();
    void progress(int done, int total, const QString& fileName);
    void finish(const Result<recordings::ImportReport>& result);

    Workspace& m_ws;
    QLineEdit* m_folder;
    QPushButton* m_browseFolder;
    QRadioButton* m_byPattern;
    QLineEdit* m_pattern;
    QRadioButton* m_byCsv;
    QLineEdit* m_csv;
    QPushButton* m_browseCsv;
    QCheckBox* m_copy;
    QLineEdit* m_managed;
    QPushButton* m_browseManaged;
    QSpinBox* m_window;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTreeWidget* m_failures;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    recordings::ImportReport m_report;
};

} // namespace hotline::ui
