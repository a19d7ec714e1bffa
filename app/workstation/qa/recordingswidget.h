#pragma once
// 录音库: the recording catalogue as a sortable table with filters (dates, agent, unlinked only, text), and what
// inspectors do with it — import a folder (Ctrl+I), link a recording to its work order by hand, undo a link, check
// that files are still there and unchanged. Double-click or Enter asks for the recording to be opened (scoring).

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace hotline::recordings {
struct Recording;
}

namespace hotline::ui {

struct Workspace;
class RecordingListModel;
class RecordingImportDialog;

class RecordingsWidget final : public QWidget {
    Q_OBJECT
public:
    explicit RecordingsWidget(Workspace& workspace, QWidget* parent = nullptr);
    ~RecordingsWidget() override;

    // How many rows one reload shows at most (newest first); the count label tells how many match.
    static constexpr int kPageSize = 1000;

    QTableView* table() const { return m_table; }
    RecordingListModel* model() const { return m_model; }
    QString currentRecordingId() const;
    bool selectRecording(const QString& id);

    void reload();
    // 导入录音… (Ctrl+I): opens the import dialog (non-modal; the catalogue reloads when an import ends).
    RecordingImportDialog* openImportDialog();
    // 关联工单…: asks for the work order and links the current recording to it.
    void linkCurrent();
    void unlinkCurrent();
    // 校验文件: re-checks the selected recordings' files (existence and SHA-256).
    void verifySelected();

    QAction* importAction() const { return m_importAction; }

signals:
    void openRecording(const QString& recordingId);
    // Something was saved (the sync and counts elsewhere may change).
    void dataChanged();

private:
    void buildUi();
    void loadAgents();
    void updateButtons();
    void openCurrent();
    const recordings::Recording* current() const;

    Workspace& m_ws;
    RecordingListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_agent;
    QCheckBox* m_unlinked;
    QLineEdit* m_search;
    QLabel* m_count;
    QPushButton* m_import;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_verify;
    QAction* m_importAction;
    QTimer* m_searchDelay;
    RecordingImportDialog* m_importDialog = nullptr;
};

} // namespace hotline::ui
