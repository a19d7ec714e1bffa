#include "qa/playbacktab.h"

#include "common/workspace.h"
#include "qa/markerswidget.h"
#include "qa/playerwidget.h"
#include "qa/waveformwidget.h"
#include "recordings/markers.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

PlaybackTab::FileChooser& fileChooser()
{
    static PlaybackTab::FileChooser chooser;
    return chooser;
}

} // namespace

void PlaybackTab::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

PlaybackTab::PlaybackTab(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("playbackTab"));
    auto* open = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open recording file…"), this);
    open->setShortcut(QKeySequence::Open);
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    open->setToolTip(tr("Open a WAV or MP3 recording (Ctrl+O)"));
    connect(open, &QAction::triggered, this, &PlaybackTab::openFile);
    addAction(open);
    auto* openButton = new QToolButton(this);
    openButton->setObjectName(QStringLiteral("openRecordingToolButton"));
    openButton->setDefaultAction(open);
    openButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    openButton->setFocusPolicy(Qt::NoFocus);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("recordingFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_player = new PlayerWidget(workspace, this);
    m_markers = new MarkersWidget(workspace, this);
    m_markers->setMinimumWidth(260);
    connect(m_player, &PlayerWidget::positionChanged, m_markers, &MarkersWidget::setPositionMs);
    connect(m_markers, &MarkersWidget::seekRequested, m_player, &PlayerWidget::seekTo);
    connect(m_markers, &MarkersWidget::markersChanged, this,
            [this] { m_player->setMarkers(m_markers->waveformMarkers()); });
    // The player's shortcuts and M reach across the whole tab.
    addActions(m_player->actions());
    addAction(m_markers->addMarkerAction());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("playbackSplitter"));
    splitter->addWidget(m_player);
    splitter->addWidget(m_markers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(openButton);
    top->addWidget(m_fileLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

Outcome PlaybackTab::openRecording(const QString& recordingId, const QString& path, const QString& sha256)
{
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(path);
    Outcome loaded = m_player->load(recordingId, path, sha256);
    // A recording the operator may not hear shows no markers either; one without sound output still may.
    if (m_player->isLoaded() && !recordingId.isEmpty()) {
        (void)m_markers->setRecording(recordingId);
    } else {
        (void)m_markers->setRecording({});
    }
    m_player->setFocus();
    return loaded;
}

Outcome PlaybackTab::openPath(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QString sha;
    if (f.open(QIODevice::ReadOnly) && hash.addData(&f)) {
        sha = QString::fromLatin1(hash.result().toHex());
    }
    auto id = sha.isEmpty() ? Result<QString>(QString()) : recordings::recordingIdByContent(m_ws.db->connection(), sha);
    return openRecording(id.value_or({}), path, id.value_or({}).isEmpty() ? QString() : sha);
}

void PlaybackTab::openFile()
{
    const QString path = fileChooser() ? fileChooser()(this)
                                       : QFileDialog::getOpenFileName(this, tr("Open recording file"), {},
                                                                      tr("Recordings (*.wav *.mp3);;All files (*)"));
    if (!path.isEmpty()) {
        (void)openPath(path);
    }
}

} // namespace hotline::ui
