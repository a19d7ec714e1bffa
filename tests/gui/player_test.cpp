// The recording player, really playing: the PulseAudio fixture (tests/support/pulseaudio.sh) gives a null sink that
// consumes sound in real time, so positions advance as on a PC with speakers.

#include "common/messages.h"
#include "db/query.h"
#include "desk.h"
#include "qa/markerswidget.h"
#include "qa/pcmplaybackdevice.h"
#include "qa/playbacktab.h"
#include "qa/playerwidget.h"
#include "qa/qapane.h"
#include "qa/waveformwidget.h"
#include "recordings/audioformat.h"
#include "recordings/peaksrepository.h"

#include <QAudioDevice>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>

using namespace hotline;
using hotline::recordings::AudioEncoding;
using hotline::recordings::PcmAudio;
using hotline::ui::PlayerWidget;

namespace {

// Run by hand (not by ctest): find the fixture's server if it is up.
void usePulseFixture()
{
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER")) {
        QFile f(QStringLiteral(HOTLINE_PULSE_SERVER_FILE));
        if (f.open(QIODevice::ReadOnly)) {
            qputenv("PULSE_SERVER", f.readAll().trimmed());
        }
    }
}

// A speech-like call: a voice around 150 Hz with harmonics, syllables four times a second, pauses between phrases.
PcmAudio speechLike(int seconds, int rate = 8000)
{
    PcmAudio a;
    a.sampleRate = rate;
    a.samples.resize(qsizetype(seconds) * rate);
    for (qsizetype i = 0; i < a.samples.size(); ++i) {
        const double t = double(i) / rate;
        const double pitch = 150 + 30 * std::sin(2 * M_PI * 0.3 * t);
        const double voice = std::sin(2 * M_PI * pitch * t) + 0.5 * std::sin(4 * M_PI * pitch * t) +
                             0.3 * std::sin(6 * M_PI * pitch * t);
        // Syllables four times a second, each as loud as a fixed pseudo-random draw makes it.
        const double k = std::floor(t * 4);
        const double draw = std::abs(std::fmod(std::sin(k * 12.9898) * 43758.5453, 1.0));
        const double syllables = std::max(0.0, std::sin(2 * M_PI * 4 * t)) * (0.3 + 0.7 * draw);
        const double phrase = std::fmod(t, 7.0) < 5.5 ? 1.0 : 0.03; // a pause after each phrase
        const double loudness = 0.5 + 0.5 * std::sin(2 * M_PI * t / 23);
        a.samples[i] = static_cast<qint16>(9000 * syllables * phrase * (0.4 + 0.6 * loudness) * voice);
    }
    return a;
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

struct PlayerDesk {
    explicit PlayerDesk(security::Role role = security::Role::QaInspector,
                        const QString& name = QStringLiteral("质检员周敏"))
    {
        usePulseFixture();
        auto opened = ui::openWorkspace(store.filePath(QStringLiteral("store.db")), clock, ids);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        ws->currentOperator = test::ensureAccount(*ws, clock, ids, name, role);
        agent = test::ensureAccount(*ws, clock, ids, QStringLiteral("坐席张三"), security::Role::Agent);
    }

    // Writes the sound as a WAV file and catalogues it (as the importer would); returns its id.
    QString catalogue(const PcmAudio& audio, AudioEncoding encoding, const QString& fileName)
    {
        const QString path = store.filePath(fileName);
        REQUIRE(recordings::writeWav(path, audio, encoding).ok());
        const QString id = ids.next();
        REQUIRE(db::exec(ws->db->connection(),
                         QStringLiteral("INSERT INTO recordings (id, agent_id, started_at, duration_ms, format, "
                                        "sample_rate, channels, file_name, path, storage, size_bytes, sha256, "
                                        "imported_by, imported_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, 'in_place', 1, "
                                        "?, 'test', 0)"),
                         {id, agent.id, audio.durationMs(), recordings::key(encoding), audio.sampleRate, audio.channels,
                          fileName, path, sha256Of(path)})
                    .ok());
        paths[id] = path;
        return id;
    }

    Outcome load(PlayerWidget& player, const QString& id) { return player.load(id, paths[id], sha256Of(paths[id])); }

    QTemporaryDir store;
    ManualClock clock{test::beijing(QStringLiteral("2025-10-13 09:30"))};
    UuidGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    security::Operator agent;
    QHash<QString, QString> paths;
};

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Recording milliseconds heard per real millisecond, measured over windowMs once playing has settled.
double playRate(const PlayerWidget& player, int windowMs = 1200)
{
    QTest::qWait(500);
    QElapsedTimer clock;
    clock.start();
    const qint64 from = player.positionMs();
    QTest::qWait(windowMs);
    return double(player.positionMs() - from) / double(clock.elapsed());
}

} // namespace

TEST_CASE("the test machine's sound output is the fixture's null sink")
{
    usePulseFixture();
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    INFO("PULSE_SERVER=" << qgetenv("PULSE_SERVER").toStdString());
    REQUIRE_FALSE(outputs.isEmpty());
    const QAudioDevice def = QMediaDevices::defaultAudioOutput();
    REQUIRE_FALSE(def.isNull());
    WARN("audio outputs: " << outputs.size() << ", default: " << def.description().toStdString() << " ("
                           << def.id().toStdString() << ")");
    QAudioFormat f;
    f.setSampleRate(8000);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    CHECK(def.isFormatSupported(f));
}

TEST_CASE("a PCM WAV plays, pauses, seeks and changes speed through QAudioSink")
{
    PlayerDesk d;
    const QString id = d.catalogue(speechLike(8), AudioEncoding::Pcm16, QStringLiteral("pcm.wav"));
    PlayerWidget player(*d.ws);
    player.resize(900, 300);
    player.show();
    QSignalSpy positions(&player, &PlayerWidget::positionChanged);
    REQUIRE(d.load(player, id).ok());
    CHECK(player.errorText().isEmpty());
    CHECK(player.backend() == PlayerWidget::Backend::Pcm);
    CHECK(player.durationMs() == 8000);
    CHECK(player.formatText().contains(recordings::displayName(AudioEncoding::Pcm16)));
    CHECK(player.waveform()->hasPeaks());
    CHECK(player.findChild<QLabel*>(QStringLiteral("playerTimeLabel"))->text() == QStringLiteral("00:00 / 00:08"));
    // The peaks were cached under the recording and its content.
    CHECK(recordings::PeaksRepository(d.ws->db->connection()).find(id, sha256Of(d.paths[id])).value().has_value());

    player.play();
    REQUIRE(player.isPlaying());
    REQUIRE(waitFor([&] { return player.positionMs() >= 1000; }, 4000));
    CHECK(player.isPlaying());
    CHECK(player.errorText().isEmpty());
    CHECK_FALSE(positions.isEmpty());

    // Real time: about a second of sound takes about a second.
    CHECK(playRate(player) == Approx(1.0).margin(0.3));

    player.pause();
    CHECK_FALSE(player.isPlaying());
    const qint64 paused = player.positionMs();
    QTest::qWait(300);
    CHECK(player.positionMs() == paused);

    player.seekTo(5000);
    CHECK(player.positionMs() == 5000);
    CHECK(player.waveform()->positionMs() == 5000);
    CHECK(player.findChild<QLabel*>(QStringLiteral("playerTimeLabel"))->text() == QStringLiteral("00:05 / 00:08"));
    player.seekTo(1000);
    player.setSpeed(2.0);
    CHECK(player.speed() == 2.0);
    CHECK(player.findChild<QLabel*>(QStringLiteral("speedLabel"))->text() == QStringLiteral("2.0×"));
    player.play();
    // Twice as fast: about two seconds of the call in a second.
    CHECK(playRate(player) == Approx(2.0).margin(0.5));

    // Seeking while playing goes on from there.
    player.seekTo(6500);
    REQUIRE(waitFor([&] { return player.positionMs() > 6700; }, 3000));
    CHECK(player.positionMs() < 8000);
    // At the end it stops there; Play starts again from the beginning.
    REQUIRE(waitFor([&] { return !player.isPlaying(); }, 5000));
    CHECK(player.positionMs() == 8000);
    player.play();
    CHECK(player.isPlaying());
    REQUIRE(waitFor([&] { return player.positionMs() > 0 && player.positionMs() < 3000; }, 3000));
    player.unload();
    CHECK_FALSE(player.isLoaded());
    CHECK_FALSE(player.isPlaying());
}

TEST_CASE("an A-law WAV plays, driven by the keyboard")
{
    PlayerDesk d;
    const QString id = d.catalogue(speechLike(30), AudioEncoding::ALaw, QStringLiteral("alaw.wav"));
    PlayerWidget player(*d.ws);
    player.resize(900, 300);
    player.show();
    QApplication::setActiveWindow(&player);
    REQUIRE(QTest::qWaitForWindowActive(&player));
    REQUIRE(d.load(player, id).ok());
    CHECK(player.formatText().contains(recordings::displayName(AudioEncoding::ALaw)));
    CHECK(player.durationMs() == 30000);
    player.waveform()->setFocus();
    QWidget* keys = player.waveform();

    QTest::keyClick(keys, Qt::Key_Space);
    REQUIRE(player.isPlaying());
    REQUIRE(waitFor([&] { return player.positionMs() >= 500; }, 4000));
    QTest::keyClick(keys, Qt::Key_Space);
    CHECK_FALSE(player.isPlaying());
    const qint64 at = player.positionMs();

    QTest::keyClick(keys, Qt::Key_Right);
    CHECK(player.positionMs() == at + 5000);
    QTest::keyClick(keys, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(player.positionMs() == at + 20000);
    QTest::keyClick(keys, Qt::Key_PageUp);
    CHECK(player.positionMs() == at + 5000);
    QTest::keyClick(keys, Qt::Key_Left);
    CHECK(player.positionMs() == at);
    QTest::keyClick(keys, Qt::Key_PageDown);
    CHECK(player.positionMs() == at + 15000);
    QTest::keyClick(keys, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(player.positionMs() == at);
    QTest::keyClick(keys, Qt::Key_Left);
    QTest::keyClick(keys, Qt::Key_Left);
    CHECK(player.positionMs() == 0); // not before the start
    QTest::keyClick(keys, Qt::Key_PageDown);
    QTest::keyClick(keys, Qt::Key_PageDown);
    QTest::keyClick(keys, Qt::Key_PageDown);
    CHECK(player.positionMs() == 30000); // nor after the end
    QTest::keyClick(keys, Qt::Key_Home);
    CHECK(player.positionMs() == 0);

    QTest::keyClick(keys, Qt::Key_BracketLeft);
    CHECK(player.speed() == 0.75);
    CHECK(player.findChild<QLabel*>(QStringLiteral("speedLabel"))->text() == QStringLiteral("0.75×"));
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(keys, Qt::Key_BracketLeft);
    }
    CHECK(player.speed() == 0.5);
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(keys, Qt::Key_BracketRight);
    }
    CHECK(player.speed() == 2.0);
    CHECK_FALSE(player.findChild<QToolButton*>(QStringLiteral("fasterToolButton"))->isEnabled());

    const int volume = player.volume();
    QTest::keyClick(keys, Qt::Key_Down);
    CHECK(player.volume() == volume - 10);
    CHECK(player.findChild<QSlider*>(QStringLiteral("volumeSlider"))->value() == volume - 10);
    for (int i = 0; i < 15; ++i) {
        QTest::keyClick(keys, Qt::Key_Up);
    }
    CHECK(player.volume() == 100);

    // Half speed plays too (time-stretched), at about half a second per second.
    player.setSpeed(0.5);
    player.seekTo(10000);
    QTest::keyClick(keys, Qt::Key_Space);
    REQUIRE(player.isPlaying());
    CHECK(playRate(player) == Approx(0.5).margin(0.2));

    // A click on the waveform seeks there.
    const QPoint mid(player.waveform()->xForMs(20000), player.waveform()->height() / 2);
    QTest::mouseClick(player.waveform(), Qt::LeftButton, {}, mid);
    CHECK(player.positionMs() == Approx(20000).margin(100));
    REQUIRE(waitFor([&] { return player.positionMs() > 20100; }, 4000));
    CHECK(player.isPlaying());
}

TEST_CASE("a file that cannot be played gives a clear error in the widget")
{
    PlayerDesk d;
    PlayerWidget player(*d.ws);
    player.show();
    QSignalSpy errors(&player, &PlayerWidget::errorOccurred);

    const QString garbage = d.store.filePath(QStringLiteral("garbage.wav"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a recording at all, only text that a PBX never writes\n").repeated(20));
    }
    auto r = player.load({}, garbage, {});
    REQUIRE_FALSE(r.ok());
    CHECK(player.errorText() == r.error().message);
    CHECK_FALSE(player.errorText().isEmpty());
    CHECK(player.findChild<QLabel*>(QStringLiteral("playerErrorLabel"))->isVisible());
    CHECK_FALSE(player.isLoaded());
    CHECK(errors.size() == 1);
    player.play(); // nothing to play: no crash, no playing
    CHECK_FALSE(player.isPlaying());
    CHECK_FALSE(player.findChild<QToolButton*>(QStringLiteral("playPauseToolButton"))->isEnabled());

    // A WAV cut short names the truncation.
    const QString id = d.catalogue(speechLike(2), AudioEncoding::ALaw, QStringLiteral("cut.wav"));
    QFile cut(d.paths[id]);
    REQUIRE(cut.resize(cut.size() / 2));
    auto truncated = player.load({}, d.paths[id], {});
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().message == recordings::probeAudio(d.paths[id]).error().message);
    CHECK(player.errorText() == truncated.error().message);

    // A catalogued file whose content changed since the import is refused, not played silently.
    const QString changed = d.catalogue(speechLike(2), AudioEncoding::Pcm16, QStringLiteral("changed.wav"));
    const QString knownSha = sha256Of(d.paths[changed]);
    REQUIRE(recordings::writeWav(d.paths[changed], speechLike(3), AudioEncoding::Pcm16).ok());
    auto refused = player.load(changed, d.paths[changed], knownSha);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(player.errorText().contains(QStringLiteral("SHA-256")));
    CHECK_FALSE(player.isLoaded());

    // A missing file.
    auto missing = player.load({}, d.store.filePath(QStringLiteral("gone.wav")), {});
    REQUIRE_FALSE(missing.ok());
    CHECK_FALSE(player.errorText().isEmpty());

    // A good file afterwards clears the error.
    const QString good = d.catalogue(speechLike(2), AudioEncoding::MuLaw, QStringLiteral("good.wav"));
    REQUIRE(d.load(player, good).ok());
    CHECK(player.errorText().isEmpty());
    CHECK_FALSE(player.findChild<QLabel*>(QStringLiteral("playerErrorLabel"))->isVisible());
}

TEST_CASE("an MP3 plays through QMediaPlayer")
{
#ifdef __SANITIZE_ADDRESS__
    // GStreamer's PulseAudio sink and libpulse leave a few operations allocated at exit, which LeakSanitizer reports;
    // the sanitizer run leaves MP3 to the other builds.
    WARN("MP3 playback is not run under AddressSanitizer");
    return;
#endif
    PlayerDesk d;
    // Five seconds of silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, mono): a header and zero side information
    // decode as silence.
    QByteArray frame(417, '\0');
    frame[0] = char(0xFF);
    frame[1] = char(0xFB);
    frame[2] = char(0x90);
    frame[3] = char(0xC4);
    const QString path = d.store.filePath(QStringLiteral("call.mp3"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(frame.repeated(191));
    }
    PlayerWidget player(*d.ws);
    REQUIRE(player.load({}, path, {}).ok());
    CHECK(player.backend() == PlayerWidget::Backend::Media);
    CHECK(player.durationMs() == Approx(4989).margin(30));
    CHECK(player.formatText().startsWith(QStringLiteral("MP3")));
    // The waveform is drawn from Qt's decoder in the background (silence: flat).
    REQUIRE(waitFor([&] { return player.waveform()->hasPeaks(); }, 8000));
    player.setSpeed(1.5);
    player.play();
    CHECK(player.isPlaying());
    REQUIRE(waitFor([&] { return player.positionMs() >= 1000; }, 8000));
    CHECK(player.errorText().isEmpty());
    player.pause();
    CHECK_FALSE(player.isPlaying());
    player.seekTo(4000);
    CHECK(player.positionMs() == 4000);
    player.play();
    REQUIRE(waitFor([&] { return !player.isPlaying(); }, 8000)); // to the end
    CHECK(player.positionMs() == player.durationMs());
}

TEST_CASE("the playback device maps what was played back to the recording's time")
{
    auto audio = std::make_shared<PcmAudio>(speechLike(2));
    ui::PcmPlaybackDevice device(audio);
    REQUIRE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    CHECK(device.inputFrameAt(0) == 0);
    device.setSpeed(2.0);
    QByteArray buf(640, '\0');
    for (int i = 0; i < 10; ++i) {
        REQUIRE(device.read(buf.data(), 640) == 640); // 320 frames a read
    }
    CHECK(device.framesHandedOut() == 3200);
    CHECK(device.inputFrameAt(1600) == Approx(3200).margin(240)); // twice as far into the recording
    CHECK(device.inputFrameAt(3200) == Approx(6400).margin(240));
    // An odd address is served through an aligned buffer.
    QByteArray odd(641, '\0');
    CHECK(device.read(odd.data() + 1, 640) == 640);
    device.seekFrame(8000);
    CHECK(device.framesHandedOut() == 0);
    CHECK(device.inputFrameAt(0) == 8000);
    device.setSpeed(1.0);
    qint64 total = 0;
    while (const qint64 n = device.read(buf.data(), 640)) {
        total += n;
    }
    CHECK(total == 8000 * 2); // the second second, unchanged
    CHECK(device.exhausted());
    CHECK(device.bytesAvailable() == 0);
}

TEST_CASE("an agent hears only the recordings of their own evaluations")
{
    PlayerDesk d(security::Role::Agent, QStringLiteral("坐席张三"));
    const QString id = d.catalogue(speechLike(2), AudioEncoding::ALaw, QStringLiteral("a.wav"));
    PlayerWidget player(*d.ws);
    auto r = d.load(player, id);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Forbidden);
    CHECK_FALSE(player.isLoaded());
    CHECK(player.errorText() == r.error().message);
}

TEST_CASE("markers: M marks the playhead, the list seeks, Delete removes, the waveform shows ticks")
{
    PlayerDesk d;
    const QString id = d.catalogue(speechLike(20), AudioEncoding::ALaw, QStringLiteral("m.wav"));
    QStringList answers{QStringLiteral("政策解答有误"), QStringLiteral("  "), QStringLiteral("未核实身份")};
    ui::MarkersWidget::setCommentPrompt([&](QWidget*, const QString&, const QString&) -> std::optional<QString> {
        if (answers.isEmpty()) {
            return std::nullopt;
        }
        return answers.takeFirst();
    });
    QStringList messages;
    ui::Messages::setHandler([&](auto, const QString&, const QString& text) { messages.append(text); });
    ui::PlaybackTab tab(*d.ws);
    tab.resize(1400, 800); // the scorecard beside, the markers under the player
    tab.show();
    QApplication::setActiveWindow(&tab);
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    REQUIRE(tab.openRecording(id, d.paths[id], sha256Of(d.paths[id])).ok());
    ui::MarkersWidget* markers = tab.markers();
    REQUIRE(markers->canEdit());
    QSignalSpy changed(markers, &ui::MarkersWidget::markersChanged);

    tab.player()->seekTo(13000);
    QTest::keyClick(tab.player()->waveform(), Qt::Key_M);
    REQUIRE(markers->markers().size() == 1);
    CHECK(markers->markers()[0].positionMs == 13000);
    CHECK(markers->markers()[0].comment == QStringLiteral("政策解答有误"));
    CHECK(tab.player()->waveform()->markers().size() == 1);
    CHECK_FALSE(changed.isEmpty());

    // An empty comment is refused with libcore's message; nothing is stored.
    tab.player()->seekTo(2000);
    QTest::keyClick(tab.player()->waveform(), Qt::Key_M);
    CHECK(markers->markers().size() == 1);
    REQUIRE(messages.size() == 1);

    QTest::keyClick(tab.player()->waveform(), Qt::Key_M);
    REQUIRE(markers->markers().size() == 2);
    QTreeWidget* list = markers->list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("00:02"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("未核实身份"));
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("00:13"));

    // A click on a marker seeks the player there.
    const QRect row = list->visualItemRect(list->topLevelItem(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    CHECK(tab.player()->positionMs() == 13000);

    // Hovering its tick shows the comment.
    CHECK(tab.player()->waveform()->markerNear(tab.player()->waveform()->xForMs(13000) + 2) == 1);
    CHECK(tab.player()->waveform()->markerNear(tab.player()->waveform()->xForMs(8000)) == -1);

    // Edit the comment (F2), then Delete removes the selected marker.
    answers = {QStringLiteral("政策解答有误（专项附加扣除）")};
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(1));
    QTest::keyClick(list, Qt::Key_F2);
    CHECK(markers->markers()[1].comment == QStringLiteral("政策解答有误（专项附加扣除）"));
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Delete);
    REQUIRE(markers->markers().size() == 1);
    CHECK(markers->markers()[0].positionMs == 13000);
    CHECK(tab.player()->waveform()->markers().size() == 1);
    CHECK(messages.size() == 1);

    ui::MarkersWidget::setCommentPrompt({});
    ui::Messages::setHandler({});
}

TEST_CASE("an agent sees the markers of an evaluated call read-only, and the Playback tab is for QA")
{
    PlayerDesk d;
    const QString id = d.catalogue(speechLike(5), AudioEncoding::ALaw, QStringLiteral("e.wav"));
    REQUIRE(
        recordings::addMarker(*d.ws->db, id, 3000, QStringLiteral("语速过快"), d.ws->currentOperator, d.ids, d.clock)
            .ok());
    const auto c = d.ws->db->connection();
    REQUIRE(db::exec(c, QStringLiteral("INSERT INTO qa_templates (id, name, updated_at) VALUES ('t', 'T', 0)")).ok());
    REQUIRE(db::exec(c, QStringLiteral("INSERT INTO qa_template_versions (id, template_id, version, pass_mark, "
                                       "max_total, definition, created_by, created_at) VALUES ('v', 't', 1, 60, 100, "
                                       "'{}', 'x', 0)"))
                .ok());
    REQUIRE(db::exec(c,
                     QStringLiteral("INSERT INTO qa_evaluations (id, recording_id, template_version_id, agent_id, "
                                    "inspector_id, scored_at, total, passed, updated_at) VALUES ('e', ?, 'v', ?, ?, "
                                    "0, 90, 1, 0)"),
                     {id, d.agent.id, d.ws->currentOperator.id})
                .ok());
    const security::Operator inspector = d.ws->currentOperator;
    d.ws->currentOperator = d.agent;
    ui::PlaybackTab tab(*d.ws);
    REQUIRE(tab.openRecording(id, d.paths[id], sha256Of(d.paths[id])).ok());
    CHECK(tab.markers()->markers().size() == 1);
    CHECK_FALSE(tab.markers()->canEdit());
    CHECK_FALSE(tab.markers()->addMarkerAction()->isEnabled());

    {
        ui::QaPane pane(*d.ws);
        for (int i = 0; i < pane.tabs()->count(); ++i) {
            CHECK(pane.tabs()->widget(i)->findChild<PlayerWidget*>() == nullptr);
        }
    }
    d.ws->currentOperator = inspector;
    ui::QaPane pane(*d.ws);
    bool found = false;
    for (int i = 0; i < pane.tabs()->count(); ++i) {
        found = found || qobject_cast<ui::PlaybackTab*>(pane.tabs()->widget(i)) != nullptr;
    }
    CHECK(found);
}

// Not a test: the player with a speech-like call loaded, for people to look at.
// HOTLINEDESK_SCREENSHOT_DIR=/tmp/shots build/dev/tests/gui/test_gui "[.screenshot]"
TEST_CASE("render the player to a PNG file", "[.screenshot][.player]")
{
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    PlayerDesk d;
    const QString id =
        d.catalogue(speechLike(263), AudioEncoding::ALaw, QStringLiteral("20251013_093012_1024_13907711234_C8812.wav"));
    const security::Operator& op = d.ws->currentOperator;
    for (const auto& [ms, text] :
         {std::pair{8000, QStringLiteral("开头未报工号")},
          std::pair{133000, QStringLiteral("政策解答有误：年终奖单独计税政策已延续至2027年")},
          std::pair{171000, QStringLiteral("未复述来电人问题")}, std::pair{240000, QStringLiteral("结束语规范")}}) {
        REQUIRE(recordings::addMarker(*d.ws->db, id, ms, text, op, d.ids, d.clock).ok());
    }
    ui::PlaybackTab tab(*d.ws);
    tab.resize(1280, 520);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    REQUIRE(tab.openRecording(id, d.paths[id], sha256Of(d.paths[id])).ok());
    tab.player()->seekTo(141000);
    tab.player()->setSpeed(1.25);
    QTest::qWait(100);
    CHECK(tab.grab().save(out + QStringLiteral("/player.png")));
    PlayerWidget broken(*d.ws);
    broken.resize(900, 260);
    broken.show();
    (void)broken.load({}, d.store.filePath(QStringLiteral("missing.wav")), {});
    QTest::qWait(50);
    CHECK(broken.grab().save(out + QStringLiteral("/player-error.png")));
}
