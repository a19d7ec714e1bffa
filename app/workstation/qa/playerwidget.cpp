#include "qa/playerwidget.h"

#include "common/workspace.h"
#include "core/filehash.h"
#include "qa/pcmplaybackdevice.h"
#include "qa/waveformwidget.h"
#include "recordings/audioformat.h"
#include "recordings/markers.h"
#include "recordings/peaksrepository.h"

#include <QAction>
#include <QAudio>
#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QAudioSink>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace hotline::ui {
namespace {

constexpr qint64 kShortSkipMs = 5000;
constexpr qint64 kLongSkipMs = 15000;
constexpr int kVolumeStep = 10;

// Sinks are kept for reuse and never deleted: Qt 6.4's PulseAudio sink runs the event loop in its destructor, which
// delivers events to widgets being destroyed around it (a crash when a player closes with its screen).
QList<QAudioSink*>& idleSinks()
{
    static auto* sinks = new QList<QAudioSink*>; // never destroyed: kept reachable for the leak checker
    return *sinks;
}

QAudioSink* acquireSink(const QAudioDevice& output, const QAudioFormat& format)
{
    QList<QAudioSink*>& idle = idleSinks();
    for (qsizetype i = 0; i < idle.size(); ++i) {
        if (idle[i]->format() == format && idle[i]->property("hotlineDevice").toByteArray() == output.id()) {
            return idle.takeAt(i);
        }
    }
    auto* sink = new QAudioSink(output, format);
    sink->setProperty("hotlineDevice", output.id());
    return sink;
}

void releaseSink(QAudioSink* sink)
{
    idleSinks().append(sink);
}

QToolButton* transportButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& text,
                             const QString& objectName)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setIconSize({20, 20});
    b->setFocusPolicy(Qt::NoFocus); // the keyboard belongs to the shortcuts, not to a focused button
    b->setMinimumHeight(34);
    return b;
}

} // namespace

PlayerWidget::PlayerWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("playerWidget"));
    m_timer = new QTimer(this);
    m_timer->setInterval(40);
    connect(m_timer, &QTimer::timeout, this, &PlayerWidget::poll);
    buildUi();
    buildActions();
    unload();
}

PlayerWidget::~PlayerWidget()
{
    unload();
}

void PlayerWidget::buildUi()
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("playerErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #991b1b; background: #fef2f2; border: 1px solid #fca5a5; "
                                          "border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_waveform = new WaveformWidget(this);
    connect(m_waveform, &WaveformWidget::seekRequested, this, &PlayerWidget::seekTo);

    m_back15 = transportButton(this, QStyle::SP_MediaSkipBackward, tr("15 s"), QStringLiteral("back15ToolButton"));
    m_back15->setToolTip(tr("Back 15 seconds (Shift+← or PgUp)"));
    m_back5 = transportButton(this, QStyle::SP_MediaSeekBackward, tr("5 s"), QStringLiteral("back5ToolButton"));
    m_back5->setToolTip(tr("Back 5 seconds (←)"));
    m_playButton = transportButton(this, QStyle::SP_MediaPlay, tr("Play"), QStringLiteral("playPauseToolButton"));
    m_playButton->setIconSize({26, 26});
    m_playButton->setMinimumWidth(104);
    m_forward5 = transportButton(this, QStyle::SP_MediaSeekForward, tr("5 s"), QStringLiteral("forward5ToolButton"));
    m_forward5->setToolTip(tr("Forward 5 seconds (→)"));
    m_forward15 = transportButton(this, QStyle::SP_MediaSkipForward, tr("15 s"), QStringLiteral("forward15ToolButton"));
    m_forward15->setToolTip(tr("Forward 15 seconds (Shift+→ or PgDn)"));
    connect(m_back15, &QToolButton::clicked, this, [this] { skip(-kLongSkipMs); });
    connect(m_back5, &QToolButton::clicked, this, [this] { skip(-kShortSkipMs); });
    connect(m_playButton, &QToolButton::clicked, this, &PlayerWidget::togglePlay);
    connect(m_forward5, &QToolButton::clicked, this, [this] { skip(kShortSkipMs); });
    connect(m_forward15, &QToolButton::clicked, this, [this] { skip(kLongSkipMs); });

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("playerTimeLabel"));
    QFont timeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    timeFont.setPointSizeF(font().pointSizeF() * 1.35);
    timeFont.setBold(true);
    m_time->setFont(timeFont);
    m_time->setToolTip(tr("Elapsed / total time"));

    m_slower = transportButton(this, QStyle::SP_ArrowDown, QStringLiteral("−"), QStringLiteral("slowerToolButton"));
    m_slower->setIcon({});
    m_slower->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_slower->setToolTip(tr("Slower by 0.25× ([)"));
    m_faster = transportButton(this, QStyle::SP_ArrowUp, QStringLiteral("+"), QStringLiteral("fasterToolButton"));
    m_faster->setIcon({});
    m_faster->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_faster->setToolTip(tr("Faster by 0.25× (])"));
    for (QToolButton* b : {m_slower, m_faster}) {
        QFont f = b->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.3);
        b->setFont(f);
        b->setMinimumWidth(34);
    }
    m_speedLabel = new QLabel(this);
    m_speedLabel->setObjectName(QStringLiteral("speedLabel"));
    m_speedLabel->setMinimumWidth(QFontMetrics(timeFont).horizontalAdvance(QStringLiteral("0.75×")));
    m_speedLabel->setAlignment(Qt::AlignCenter);
    m_speedLabel->setFont(timeFont);
    m_speedLabel->setToolTip(tr("Playback speed, 0.5× to 2.0×; the voice keeps its pitch ([ and ])"));
    connect(m_slower, &QToolButton::clicked, this, [this] { stepSpeed(-1); });
    connect(m_faster, &QToolButton::clicked, this, [this] { stepSpeed(1); });

    auto* volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(20, 20));
    m_volumeSlider = new QSlider(Qt::Horizontal, this);
    m_volumeSlider->setObjectName(QStringLiteral("volumeSlider"));
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setValue(m_volume);
    m_volumeSlider->setFixedWidth(130);
    m_volumeSlider->setFocusPolicy(Qt::NoFocus);
    m_volumeSlider->setToolTip(tr("Volume (↑ / ↓)"));
    volumeIcon->setToolTip(m_volumeSlider->toolTip());
    connect(m_volumeSlider, &QSlider::valueChanged, this, &PlayerWidget::setVolume);

    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("playerFormatLabel"));
    m_format->setStyleSheet(QStringLiteral("color: #64748b;"));

    auto* transport = new QHBoxLayout;
    transport->setSpacing(6);
    transport->addWidget(m_back15);
    transport->addWidget(m_back5);
    transport->addWidget(m_playButton);
    transport->addWidget(m_forward5);
    transport->addWidget(m_forward15);
    transport->addSpacing(16);
    transport->addWidget(m_time);
    transport->addStretch(1);
    auto* speedCaption = new QLabel(tr("Speed"), this);
    transport->addWidget(speedCaption);
    transport->addWidget(m_slower);
    transport->addWidget(m_speedLabel);
    transport->addWidget(m_faster);
    transport->addSpacing(16);
    transport->addWidget(volumeIcon);
    transport->addWidget(m_volumeSlider);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_error);
    layout->addWidget(m_waveform, 1);
    layout->addLayout(transport);
    layout->addWidget(m_format);
    setFocusProxy(m_waveform);
}

void PlayerWidget::buildActions()
{
    auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_playAction = add(tr("Play / pause"), {QKeySequence(Qt::Key_Space)}, [this] { togglePlay(); });
    add(tr("Back 5 seconds"), {QKeySequence(Qt::Key_Left)}, [this] { skip(-kShortSkipMs); });
    add(tr("Forward 5 seconds"), {QKeySequence(Qt::Key_Right)}, [this] { skip(kShortSkipMs); });
    add(tr("Back 15 seconds"), {QKeySequence(Qt::SHIFT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)},
        [this] { skip(-kLongSkipMs); });
    add(tr("Forward 15 seconds"), {QKeySequence(Qt::SHIFT | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
        [this] { skip(kLongSkipMs); });
    add(tr("To the start"), {QKeySequence(Qt::Key_Home)}, [this] { seekTo(0); });
    add(tr("Slower"), {QKeySequence(Qt::Key_BracketLeft)}, [this] { stepSpeed(-1); });
    add(tr("Faster"), {QKeySequence(Qt::Key_BracketRight)}, [this] { stepSpeed(1); });
    add(tr("Louder"), {QKeySequence(Qt::Key_Up)}, [this] { setVolume(m_volume + kVolumeStep); });
    add(tr("Quieter"), {QKeySequence(Qt::Key_Down)}, [this] { setVolume(m_volume - kVolumeStep); });
}

QString PlayerWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PlayerWidget::formatText() const
{
    return m_formatText;
}

void PlayerWidget::setMarkers(const QList<WaveformMarker>& markers)
{
    m_waveform->setMarkers(markers);
}

Outcome PlayerWidget::load(const QString& recordingId, const QString& path, const QString& sha256)
{
    unload();
    m_recordingId = recordingId;
    if (!recordingId.isEmpty()) {
        if (Outcome allowed =
                recordings::authorizeRecordingRead(m_ws.db->connection(), recordingId, m_ws.currentOperator);
            !allowed) {
            return fail(allowed.error());
        }
    }
    auto info = recordings::probeAudio(path);
    if (!info) {
        return fail(info.error());
    }
    if (!sha256.isEmpty() && sha256OfFile(path) != sha256.toLower()) {
        return fail(makeError(ErrorCode::Conflict,
                              tr("The file has changed since it was imported (its SHA-256 differs), so it is not "
                                 "played. Restore the original file or import it again.")));
    }
    m_durationMs = info->durationMs;
    m_formatText = QStringLiteral("%1 · %2 Hz · %3")
                       .arg(recordings::displayName(info->encoding), QLocale().toString(info->sampleRate),
                            info->channels == 1 ? tr("mono") : tr("stereo"));
    m_format->setText(m_formatText);
    Outcome opened = info->encoding == recordings::AudioEncoding::Mp3 ? loadMedia(path, sha256, info->sampleRate)
                                                                      : loadPcm(path, sha256);
    updateTime();
    updateControls();
    emit durationChanged(m_durationMs);
    if (!opened) {
        return opened;
    }
    emit loaded(recordingId);
    return Ok{};
}

Outcome PlayerWidget::loadPcm(const QString& path, const QString& sha256)
{
    auto decoded = recordings::decodeWav(path);
    if (!decoded) {
        return fail(decoded.error());
    }
    m_audio = std::make_shared<recordings::PcmAudio>(std::move(decoded).value());
    m_durationMs = m_audio->durationMs();
    m_waveform->setPeaks(
        m_recordingId.isEmpty() || sha256.isEmpty()
            ? recordings::computePeaks(*m_audio)
            : recordings::cachedPeaks(m_ws.db->connection(), m_recordingId, sha256.toLower(), *m_audio),
        m_durationMs);
    m_device = new PcmPlaybackDevice(m_audio, this);
    m_device->open(QIODevice::ReadOnly | QIODevice::Unbuffered); // no read-ahead: a speed change is heard at once
    m_device->setSpeed(m_speed);
    m_backend = Backend::Pcm;

    QAudioFormat format;
    format.setSampleRate(m_audio->sampleRate);
    format.setChannelCount(m_audio->channels);
    format.setSampleFormat(QAudioFormat::Int16);
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        // The waveform and the markers stay usable; only the sound is missing.
        showError(tr("No sound output device is available, so the recording cannot be heard (the waveform and "
                     "markers can still be used). Connect headphones or speakers and open the recording again."));
        return makeError(ErrorCode::FileUnreadable, errorText());
    }
    if (!output.isFormatSupported(format)) {
        showError(
            tr("The sound output “%1” does not play %2 Hz sound.").arg(output.description()).arg(m_audio->sampleRate));
        return makeError(ErrorCode::FileUnreadable, errorText());
    }
    m_sink = acquireSink(output, format);
    // A short buffer, so a speed or volume change is heard at once (a seek restarts the sink). PulseAudio granted
    // about half of it plus one of Qt's 20 ms feeding periods here (about 220 ms); an even number of periods keeps
    // the grant a whole number of them, as Qt 6.4 pulls whole periods only.
    m_sink->setBufferSize(format.bytesForDuration(400000));
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (m_sink == nullptr || !m_playing) {
            return;
        }
        // IdleState comes both at the end and on a momentary underrun; poll() tells the end by what was played.
        if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
            setPlaying(false);
            m_timer->stop();
            showError(tr("Playing stopped: the sound output failed (%1).")
                          .arg(m_sink->error() == QAudio::OpenError ? tr("it cannot be opened")
                                                                    : tr("it reported an error")));
        }
    });
    return Ok{};
}

Outcome PlayerWidget::loadMedia(const QString& path, const QString& sha256, int sampleRate)
{
    m_media = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_media->setAudioOutput(m_output);
    m_backend = Backend::Media;
    if (!m_recordingId.isEmpty() && !sha256.isEmpty()) {
        auto cached = recordings::PeaksRepository(m_ws.db->connection()).find(m_recordingId, sha256.toLower());
        if (cached && cached.value()) {
            m_waveform->setPeaks(*cached.value(), m_durationMs);
        }
    }
    if (!m_waveform->hasPeaks()) {
        m_waveform->setPeaks({}, m_durationMs);
        m_waveform->setPlaceholder(tr("Drawing the waveform…"));
        decodePeaks(path, sha256.toLower(), sampleRate);
    }
    connect(m_media, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& text) {
        setPlaying(false);
        m_timer->stop();
        showError(tr("The file cannot be played: %1").arg(text));
    });
    connect(m_media, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && m_playing) {
            finished();
        } else if (status == QMediaPlayer::InvalidMedia) {
            setPlaying(false);
            m_timer->stop();
            showError(tr("The file cannot be played: it is damaged or in a format this computer cannot decode."));
        }
    });
    connect(m_media, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0 && ms != m_durationMs) {
            m_durationMs = ms;
            m_waveform->setDurationMs(ms);
            updateTime();
            emit durationChanged(ms);
        }
    });
    m_media->setSource(QUrl::fromLocalFile(path));
    applyVolume();
    return Ok{};
}

void PlayerWidget::decodePeaks(const QString& path, const QString& sha256, int sampleRate)
{
    // A compressed file's peaks come from Qt's decoder in the background, once; then they are cached like a WAV's.
    m_decoder = new QAudioDecoder(this);
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(1);
    format.setSampleRate(sampleRate);
    m_decoder->setAudioFormat(format);
    m_decoder->setSource(QUrl::fromLocalFile(path));
    m_accumulator = std::make_unique<recordings::PeakAccumulator>(m_durationMs * sampleRate / 1000);
    connect(m_decoder, &QAudioDecoder::bufferReady, this, [this] {
        const QAudioBuffer buffer = m_decoder->read();
        if (buffer.isValid() && buffer.format().sampleFormat() == QAudioFormat::Int16) {
            m_accumulator->add(buffer.constData<qint16>(), buffer.frameCount(), buffer.format().channelCount());
        }
    });
    connect(m_decoder, &QAudioDecoder::finished, this, [this, sha256] {
        const QList<recordings::PeakPair> peaks = m_accumulator->result();
        if (m_accumulator->frames() > 0) {
            m_waveform->setPeaks(peaks, m_durationMs);
            if (!m_recordingId.isEmpty() && !sha256.isEmpty()) {
                (void)recordings::PeaksRepository(m_ws.db->connection()).store(m_recordingId, sha256, peaks);
            }
        } else {
            m_waveform->setPlaceholder(tr("No waveform for this recording; click anywhere to seek."));
        }
        m_decoder->deleteLater();
        m_decoder = nullptr;
    });
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this, [this](QAudioDecoder::Error) {
        m_waveform->setPlaceholder(tr("No waveform for this recording; click anywhere to seek."));
        m_decoder->deleteLater();
        m_decoder = nullptr;
    });
    m_decoder->start();
}

Outcome PlayerWidget::fail(const Error& error)
{
    const QString id = m_recordingId;
    unload();
    m_recordingId = id;
    showError(error.message);
    return error;
}

void PlayerWidget::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    if (!m_waveform->hasPeaks()) {
        m_waveform->setPlaceholder(tr("Cannot be played"));
    }
    emit errorOccurred(message);
}

void PlayerWidget::unload()
{
    m_timer->stop();
    if (m_sink != nullptr) {
        stopSink();
        m_sink->disconnect(this);
        releaseSink(m_sink);
        m_sink = nullptr;
    }
    delete m_device;
    m_device = nullptr;
    m_audio.reset();
    if (m_decoder != nullptr) {
        m_decoder->disconnect(this);
        m_decoder->stop();
        m_decoder->deleteLater();
        m_decoder = nullptr;
    }
    m_accumulator.reset();
    if (m_media != nullptr) {
        m_media->disconnect(this);
        m_media->stop();
        m_media->setParent(nullptr);
        m_media->deleteLater();
        m_media = nullptr;
    }
    if (m_output != nullptr) {
        m_output->setParent(nullptr);
        m_output->deleteLater();
        m_output = nullptr;
    }
    m_backend = Backend::None;
    m_recordingId.clear();
    m_formatText.clear();
    m_format->clear();
    m_error->hide();
    m_error->clear();
    m_waveform->clear();
    m_waveform->setPlaceholder({});
    m_durationMs = 0;
    const bool wasPlaying = m_playing;
    m_playing = false;
    if (wasPlaying) {
        emit playingChanged(false);
    }
    if (m_positionMs != 0) {
        m_positionMs = 0;
        emit positionChanged(0);
    }
    updateTime();
    updateControls();
}

void PlayerWidget::play()
{
    if (m_playing || m_backend == Backend::None || m_durationMs <= 0) {
        return;
    }
    if (m_positionMs >= m_durationMs - 50) {
        setPosition(0); // from the start again
    }
    if (m_backend == Backend::Pcm) {
        if (m_sink == nullptr) {
            return; // no output: the error is shown
        }
        startSink();
        if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
            showError(tr("The sound output cannot be opened, so the recording cannot be heard."));
            return;
        }
    } else {
        m_media->setPlaybackRate(m_speed);
        if (m_media->position() != m_positionMs) {
            m_media->setPosition(m_positionMs);
        }
        m_media->play();
    }
    setPlaying(true);
    m_timer->start();
}

void PlayerWidget::pause()
{
    if (!m_playing) {
        return;
    }
    poll();
    m_timer->stop();
    if (m_backend == Backend::Pcm) {
        stopSink();
    } else if (m_media != nullptr) {
        m_media->pause();
    }
    setPlaying(false);
}

void PlayerWidget::togglePlay()
{
    if (m_playing) {
        pause();
    } else {
        play();
    }
}

void PlayerWidget::startSink()
{
    const qint64 frame = m_positionMs * m_audio->sampleRate / 1000;
    m_device->setSpeed(m_speed);
    m_device->seekFrame(frame);
    applyVolume();
    m_stalledPolls = 0;
    m_lastPlayed = -1;
    m_sink->start(m_device); // pull mode: the sink reads our device as it needs sound
}

void PlayerWidget::stopSink()
{
    if (m_sink != nullptr && m_sink->state() != QAudio::StoppedState) {
        m_sink->stop();
    }
}

void PlayerWidget::poll()
{
    if (!m_playing) {
        return;
    }
    if (m_backend == Backend::Pcm && m_sink != nullptr) {
        // What the sink has played, mapped back through the stretch to the recording's own time.
        const qint64 played = m_sink->processedUSecs() * m_audio->sampleRate / 1000000;
        const qint64 frame = m_device->inputFrameAt(std::min(played, m_device->framesHandedOut()));
        setPosition(frame * 1000 / m_audio->sampleRate);
        // The end: everything handed out was played, or (after an underrun just before the end, when PulseAudio
        // waits for more than is left) nothing moved for half a second.
        m_stalledPolls = played == m_lastPlayed ? m_stalledPolls + 1 : 0;
        m_lastPlayed = played;
        if (m_device->exhausted() && (played >= m_device->framesHandedOut() || m_stalledPolls > 12)) {
            finished();
        }
    } else if (m_backend == Backend::Media && m_media != nullptr) {
        setPosition(m_media->position());
    }
}

void PlayerWidget::setPosition(qint64 ms)
{
    const qint64 clamped = std::clamp<qint64>(ms, 0, m_durationMs);
    if (clamped == m_positionMs) {
        return;
    }
    m_positionMs = clamped;
    m_waveform->setPositionMs(clamped);
    updateTime();
    emit positionChanged(clamped);
}

void PlayerWidget::setPlaying(bool playing)
{
    if (m_playing == playing) {
        return;
    }
    m_playing = playing;
    updateControls();
    emit playingChanged(playing);
}

void PlayerWidget::finished()
{
    m_timer->stop();
    stopSink();
    if (m_media != nullptr) {
        m_media->pause();
    }
    setPlaying(false);
    setPosition(m_durationMs);
}

void PlayerWidget::seekTo(qint64 ms)
{
    if (m_backend == Backend::None) {
        return;
    }
    const qint64 target = std::clamp<qint64>(ms, 0, m_durationMs);
    if (m_backend == Backend::Pcm) {
        const bool restart = m_playing && m_sink != nullptr;
        if (restart) {
            stopSink(); // drops what the sink still buffers: the new place is heard at once
        }
        setPosition(target);
        if (restart) {
            startSink();
        }
    } else {
        m_media->setPosition(target);
        setPosition(target);
    }
}

void PlayerWidget::skip(qint64 deltaMs)
{
    seekTo(m_positionMs + deltaMs);
}

void PlayerWidget::setSpeed(double speed)
{
    const double s = std::clamp(std::round(speed * 20) / 20, recordings::kMinSpeed, recordings::kMaxSpeed);
    if (s == m_speed) {
        return;
    }
    m_speed = s;
    if (m_device != nullptr) {
        m_device->setSpeed(s);
    }
    if (m_media != nullptr) {
        m_media->setPlaybackRate(s);
    }
    updateControls();
    emit speedChanged(s);
}

void PlayerWidget::stepSpeed(int quarterSteps)
{
    setSpeed(m_speed + 0.25 * quarterSteps);
}

void PlayerWidget::setVolume(int percent)
{
    const int v = std::clamp(percent, 0, 100);
    if (m_volumeSlider->value() != v) {
        const QSignalBlocker block(m_volumeSlider);
        m_volumeSlider->setValue(v);
    }
    if (v == m_volume) {
        return;
    }
    m_volume = v;
    applyVolume();
}

void PlayerWidget::applyVolume()
{
    const float linear =
        float(QAudio::convertVolume(m_volume / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
    if (m_sink != nullptr) {
        m_sink->setVolume(linear);
    }
    if (m_output != nullptr) {
        m_output->setVolume(linear);
    }
}

void PlayerWidget::updateTime()
{
    m_time->setText(QStringLiteral("%1 / %2").arg(recordings::formatPosition(m_positionMs),
                                                  recordings::formatPosition(m_durationMs)));
}

void PlayerWidget::updateControls()
{
    const bool on = m_backend != Backend::None;
    for (QWidget* w :
         {static_cast<QWidget*>(m_back15), static_cast<QWidget*>(m_back5), static_cast<QWidget*>(m_playButton),
          static_cast<QWidget*>(m_forward5), static_cast<QWidget*>(m_forward15)}) {
        w->setEnabled(on);
    }
    m_playButton->setIcon(style()->standardIcon(m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setText(m_playing ? tr("Pause") : tr("Play"));
    m_playButton->setToolTip(m_playing ? tr("Pause (Space)") : tr("Play (Space)"));
    // 1.0×, 1.25×, 0.5×: two decimals only where a quarter step needs them.
    const bool quarter = std::lround(m_speed * 100) % 10 != 0;
    m_speedLabel->setText(QStringLiteral("%1×").arg(QLocale().toString(m_speed, 'f', quarter ? 2 : 1)));
    m_slower->setEnabled(m_speed > recordings::kMinSpeed);
    m_faster->setEnabled(m_speed < recordings::kMaxSpeed);
}

} // namespace hotline::ui
