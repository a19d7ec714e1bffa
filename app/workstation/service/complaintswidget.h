#pragma once
// The 投诉 tab: the complaint register as a sortable list (open ones first, serious ones in red) with filters by
// status, severity and owner, and beside it the selected complaint with its trail. Quality managers and leads
// (HandleComplaints) assign, note the investigation, record the result, reply and close; everyone registers
// complaints (新建投诉…, Ctrl+Shift+C) and sees the ones they registered.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class ComplaintsWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ComplaintsWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void newComplaint();
    // Selects the complaint in the list (false when it is not shown).
    bool selectComplaint(const QString& id);
    QTreeWidget* list() const { return m_list; }

    // The handling steps on the selected complaint, as the buttons run them.
    void assign();
    void addNote();
    void saveResult();
    void reply();
    void closeComplaint();
    void reopen();

signals:
    void dataChanged();
    // 播放录音: open the recording in 质检.
    void openRecording(const QString& recordingId);

private:
    void showSelected();
    QString selectedId() const;
    // Shows the outcome of a step: the error, or the refreshed list and detail.
    template <typename R> void afterStep(const R& result);

    Workspace& m_ws;
    bool m_handler;
    QComboBox* m_statusFilter;
    QComboBox* m_severityFilter;
    QComboBox* m_ownerFilter;
    QTreeWidget* m_list;
    QLabel* m_header;
    QPlainTextEdit* m_facts;
    QPushButton* m_play;
    QString m_recordingId;
    QString m_shownId; // the complaint the detail shows
    QPlainTextEdit* m_investigation;
    QLineEdit* m_note;
    QComboBox* m_owner;
    QComboBox* m_result;
    QPlainTextEdit* m_reply;
    QPushButton* m_replyButton;
    QPushButton* m_closeButton;
    QPushButton* m_reopenButton;
    QWidget* m_handling;
    QTreeWidget* m_trail;
    bool m_sortedByUser = false; // a header was clicked: keep that order on reload
};

} // namespace hotline::ui
