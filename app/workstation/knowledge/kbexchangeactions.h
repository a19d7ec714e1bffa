#pragma once
// Import and export of the whole knowledge base from the knowledge pane: a "导入/导出" button whose menu exports
// to a JSON file or a Markdown folder (everyone) and imports either (team leads and administrators). The work runs
// on its own thread with its own store connection, behind a progress dialog whose Cancel rolls an import back.

#include <QObject>
#include <QPushButton>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QAction;
class QProgressDialog;
class QThread;
class QWidget;

namespace hotline::ui {

struct Workspace;

// File and folder dialogs behind a seam: tests queue the answers (an empty string is "cancelled").
class FileChooser final {
public:
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    static QString folder(QWidget* parent, const QString& title);
    static void setNextAnswers(const QStringList& answers);

private:
    static bool takeAnswer(QString* answer);
};

class KbExchangeActions final : public QObject {
    Q_OBJECT
public:
    KbExchangeActions(Workspace& workspace, QWidget* pane);
    ~KbExchangeActions() override;

    QPushButton* button() const { return m_button; }
    QAction* exportJsonAction() const { return m_exportJson; }
    QAction* exportMarkdownAction() const { return m_exportMarkdown; }
    QAction* importFileAction() const { return m_importFile; }
    QAction* importFolderAction() const { return m_importFolder; }
    bool isRunning() const { return m_running; }

    void exportJson();
    void exportMarkdown();
    void importFile();
    void importFolder();

signals:
    // The work ended; ok false also when cancelled or refused (the message was shown).
    void finished(bool ok, const QString& message);
    // Articles were imported: lists showing the knowledge base should reload.
    void imported();

private:
    enum class Job { ExportJson, ExportMarkdown, Import };
    void run(Job job, const QString& path);
    void progress(int done, int total);
    void done(bool ok, const QString& message, Job job);

    Workspace& m_ws;
    QWidget* m_pane;
    QPushButton* m_button;
    QAction* m_exportJson;
    QAction* m_exportMarkdown;
    QAction* m_importFile;
    QAction* m_importFolder;
    QProgressDialog* m_progress = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace hotline::ui
