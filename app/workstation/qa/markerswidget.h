#pragma once
// The markers of the recording being played: a list of mm:ss and comment sorted by time (click to seek there), M
// to mark the playhead with a comment, F2 or a double-click to edit a comment, Delete to remove. Changes go through
// libcore (ScoreCalls; another inspector's marker only by the lead); an operator who may only read sees the list.

#include "core/result.h"
#include "recordings/markers.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hotline::ui {

struct Workspace;
struct WaveformMarker;

class MarkersWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { TimeColumn, CommentColumn, ColumnCount };
    // Asks for a marker's comment (title names the position); nothing when cancelled. Tests install their own.
    using CommentPrompt =
        std::function<std::optional<QString>(QWidget* parent, const QString& title, const QString& initial)>;
    static void setCommentPrompt(CommentPrompt prompt);

    explicit MarkersWidget(Workspace& workspace, QWidget* parent = nullptr);

    // Shows the recording's markers (an empty id clears the list). Errors (Forbidden ...) are shown in the widget.
    Outcome setRecording(const QString& recordingId);
    QString recordingId() const { return m_recordingId; }
    // The markers by position: {id, positionMs, comment, ...}.
    const QList<recordings::Marker>& markers() const { return m_markers; }
    QList<WaveformMarker> waveformMarkers() const;
    // Whether the operator may add, edit and remove markers here.
    bool canEdit() const;
    qint64 positionMs() const { return m_positionMs; }
    QTreeWidget* list() const { return m_list; }
    QAction* addMarkerAction() const { return m_addAction; }

    Result<recordings::Marker> addMarker(qint64 positionMs, const QString& comment);
    Outcome editComment(const QString& markerId, const QString& comment);
    Outcome removeMarker(const QString& markerId);

public slots:
    // The playhead (PlayerWidget::positionChanged): where M places a marker.
    void setPositionMs(qint64 ms);
    void addAtPlayhead();
    void editCurrent();
    void removeCurrent();

signals:
    void seekRequested(qint64 ms);
    void markersChanged();

private:
    Outcome reload();
    void fill();
    void updateActions();
    QString currentId() const;
    void report(const Error& error);

    Workspace& m_ws;
    QString m_recordingId;
    QList<recordings::Marker> m_markers;
    qint64 m_positionMs = 0;
    QLabel* m_title;
    QLabel* m_message;
    QTreeWidget* m_list;
    QToolButton* m_addButton;
    QToolButton* m_editButton;
    QToolButton* m_removeButton;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_removeAction;
};

} // namespace hotline::ui
