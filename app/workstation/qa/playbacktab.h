#pragma once
// The 收听评分 tab of the 质检 pane, the QA inspector's screen for hours a day: the recording's facts on top, the
// player (waveform, speed, skips) above the recording's markers on the left, the scorecard on the right (for those
// who score) — deductions refer to the markers placed while listening. A catalogued recording is opened from the
// 录音库 or the sampling queue (its file checked first: a missing or changed file is flagged, never played); a file
// opened by hand is matched to the catalogue by its content, so markers can be placed on it when it is catalogued.

#include "core/result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QSplitter;

namespace hotline::ui {

struct Workspace;
class MarkersWidget;
class PlayerWidget;
class EvaluationFormWidget;

class PlaybackTab final : public QWidget {
    Q_OBJECT
public:
    // Chooses the file to open (tests install their own); empty when cancelled.
    using FileChooser = std::function<QString(QWidget* parent)>;
    static void setFileChooser(FileChooser chooser);

    explicit PlaybackTab(Workspace& workspace, QWidget* parent = nullptr);

    PlayerWidget* player() const { return m_player; }
    MarkersWidget* markers() const { return m_markers; }
    // Null for roles that do not score.
    EvaluationFormWidget* form() const { return m_form; }
    QLabel* recordingLabel() const { return m_fileLabel; }

    // Opens a catalogued recording by id: checks its file, plays it, shows its markers and sets up the scorecard.
    // The error (not allowed, file missing or changed …) is shown in the tab too.
    Outcome openCatalogued(const QString& recordingId);

    // Plays a catalogued recording (id, path and SHA-256 from the catalogue), or a file outside it (empty id).
    Outcome openRecording(const QString& recordingId, const QString& path, const QString& sha256);
    // Asks for a file (Ctrl+O) and opens it.
    void openFile();
    Outcome openPath(const QString& path);

signals:
    // An evaluation was submitted (the pane tells the rest of the workstation).
    void evaluationSubmitted(const QString& evaluationId);

private:
    void feedMarkersToForm();

    Workspace& m_ws;
    QLabel* m_fileLabel;
    PlayerWidget* m_player;
    MarkersWidget* m_markers;
    EvaluationFormWidget* m_form = nullptr;
};

} // namespace hotline::ui
