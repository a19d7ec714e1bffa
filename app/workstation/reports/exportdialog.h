#pragma once
// 工单明细导出: the work orders received in a period to an Excel workbook (reports::exportWorkOrders), off the GUI
// thread with a progress bar and 取消 (a cancelled export leaves no file). Taxpayer IDs and phone numbers are masked;
// 导出完整纳税人信息 is offered only to roles that see taxpayer data and then needs a purpose (用途), kept in the audit
// log with the row count and the file's checksum. For roles with Permission::ExportData; libcore checks it again.

#include <QDate>
#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace hotline::ui {

struct Workspace;

class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setPeriod(const QDate& from, const QDate& to);
    void setFile(const QString& path);
    void browse();
    // Starts the export in a worker thread (after checking the form).
    void start();
    // Asks a running export to stop (no file is left), else closes.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Esc or the window's close button while exporting cancels the export first.
    void reject() override;

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* fileEdit() const { return m_file; }
    QCheckBox* unmaskedCheckBox() const { return m_unmasked; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    // The export ended: written (ok), or failed / cancelled (not ok; no file).
    void finished(bool ok);

private:
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 rows = 0;
        QString path;
    };
    void progress(qint64 done, qint64 total);
    void done(const Outcome& outcome);
    void setBusy(bool busy);

    Workspace& m_ws;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QCheckBox* m_unmasked;
    QLineEdit* m_purpose;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_result;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace hotline::ui
