#pragma once
// The 播放 tab of the 质检 pane: the player beside the recording's markers, for listening to a recording on its
// own (the scoring screen puts the same two widgets beside the scorecard). A file opened by hand is matched to the
// catalogue by its content, so markers can be placed on it when it is catalogued.

#include "core/result.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace hotline::ui {

struct Workspace;
class MarkersWidget;
class PlayerWidget;

class PlaybackTab final : public QWidget {
    Q_OBJECT
public:
    // Chooses the file to open (tests install their own); empty when cancelled.
    using FileChooser = std::function<QString(QWidget* parent)>;
    static void setFileChooser(FileChooser chooser);

    explicit PlaybackTab(Workspace& workspace, QWidget* parent = nullptr);

    PlayerWidget* player() const { return m_player; }
    MarkersWidget* markers() const { return m_markers; }

    // Plays a catalogued recording (id, path and SHA-256 from the catalogue), or a file outside it (empty id).
    Outcome openRecording(const QString& recordingId, const QString& path, const QString& sha256);
    // Asks for a file (Ctrl+O) and opens it.
    void openFile();
    Outcome openPath(const QString& path);

private:
    Workspace& m_ws;
    QLabel* m_fileLabel;
    PlayerWidget* m_player;
    MarkersWidget* m_markers;
};

} // namespace hotline::ui
