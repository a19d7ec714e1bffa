#pragma once
// The recording player of the scoring screen. WAV (16-bit PCM, G.711 A-law and µ-law) is decoded by libcore and
// played through QAudioSink from our own pull-mode device, time-stretched (WSOLA) for speeds other than 1, so the
// common PBX formats never depend on the platform's codecs; MP3 and other compressed files go through QMediaPlayer.
// A large waveform overview (click to seek, markers as ticks), play/pause, skip ±5 s / ±15 s, speed 0.5×–2.0×,
// volume, elapsed / total time, and a clear message in the widget when a file cannot be played.
//
// Shortcuts (actions with a widget-with-children context; add actions() to a larger screen to extend their reach):
// Space play/pause, ←/→ ∓5 s, Shift+←/→ or PgUp/PgDn ∓15 s, Home to the start, [ / ] speed ∓0.25, ↑/↓ volume.

#include "core/result.h"

#include <QWidget>

#include <memory>

class QAction;
class QAudioDecoder;
class QAudioOutput;
class QAudioSink;
class QLabel;
class QMediaPlayer;
class QSlider;
class QTimer;
class QToolButton;

namespace hotline::recordings {
struct PcmAudio;
class PeakAccumulator;
} // namespace hotline::recordings

namespace hotline::ui {

struct Workspace;
struct WaveformMarker;
class PcmPlaybackDevice;
class WaveformWidget;

class PlayerWidget final : public QWidget {
    Q_OBJECT
public:
    enum class Backend { None, Pcm, Media };

    explicit PlayerWidget(Workspace& workspace, QWidget* parent = nullptr);
    ~PlayerWidget() override;

    // Opens a recording for playing (paused at 00:00). recordingId: the catalogue's id (checks that the operator may
    // hear it; peaks cached under it), or empty for a file outside the catalogue. sha256: the content the catalogue
    // knows; a file whose content differs is refused, never played silently (empty: not checked). On an error the
    // widget shows it and the error is returned.
    Outcome load(const QString& recordingId, const QString& path, const QString& sha256);
    void unload();

    bool isLoaded() const { return m_backend != Backend::None; }
    Backend backend() const { return m_backend; }
    QString recordingId() const { return m_recordingId; }
    bool isPlaying() const { return m_playing; }
    qint64 positionMs() const { return m_positionMs; }
    qint64 durationMs() const { return m_durationMs; }
    double speed() const { return m_speed; }
    int volume() const { return m_volume; }
    // The message shown when the file could not be loaded or played (empty when all is well).
    QString errorText() const;
    // "G.711 A-law · 8,000 Hz · mono" of the loaded file.
    QString formatText() const;

    WaveformWidget* waveform() const { return m_waveform; }
    // Marker ticks on the waveform (MarkersWidget::markersChanged gives them).
    void setMarkers(const QList<WaveformMarker>& markers);

public slots:
    void play();
    void pause();
    void togglePlay();
    void seekTo(qint64 ms);
    void skip(qint64 deltaMs);
    // Clamped to 0.5–2.0, rounded to the nearest 0.05.
    void setSpeed(double speed);
    void stepSpeed(int quarterSteps);
    // 0–100 (perceived loudness).
    void setVolume(int percent);

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void loaded(const QString& recordingId);
    void errorOccurred(const QString& message);

private:
    void buildUi();
    void buildActions();
    Outcome loadPcm(const QString& path, const QString& sha256);
    Outcome loadMedia(const QString& path, const QString& sha256, int sampleRate);
    void decodePeaks(const QString& path, const QString& sha256, int sampleRate);
    Outcome fail(const Error& error);
    void showError(const QString& message);
    void startSink();
    void stopSink();
    void poll();
    void setPosition(qint64 ms);
    void setPlaying(bool playing);
    void finished();
    void applyVolume();
    void updateTime();
    void updateControls();

    Workspace& m_ws;
    Backend m_backend = Backend::None;
    QString m_recordingId;
    QString m_formatText;
    bool m_playing = false;
    qint64 m_positionMs = 0;
    qint64 m_durationMs = 0;
    double m_speed = 1.0;
    int m_volume = 80;

    std::shared_ptr<recordings::PcmAudio> m_audio;
    PcmPlaybackDevice* m_device = nullptr;
    QAudioSink* m_sink = nullptr;
    QMediaPlayer* m_media = nullptr;
    QAudioDecoder* m_decoder = nullptr; // a compressed file's peaks
    std::unique_ptr<recordings::PeakAccumulator> m_accumulator;
    QAudioOutput* m_output = nullptr;
    QTimer* m_timer; // the position, while playing
    qint64 m_lastPlayed = -1;
    int m_stalledPolls = 0;

    WaveformWidget* m_waveform;
    QLabel* m_error;
    QLabel* m_format;
    QLabel* m_time;
    QLabel* m_speedLabel;
    QToolButton* m_playButton;
    QToolButton* m_back15;
    QToolButton* m_back5;
    QToolButton* m_forward5;
    QToolButton* m_forward15;
    QToolButton* m_slower;
    QToolButton* m_faster;
    QSlider* m_volumeSlider;
    QAction* m_playAction = nullptr;
};

} // namespace hotline::ui
