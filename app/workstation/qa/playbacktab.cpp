#include "qa/playbacktab.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "core/clock.h"
#include "core/filehash.h"
#include "qa/evaluationformwidget.h"
#include "qa/markerswidget.h"
#include "qa/playerwidget.h"
#include "qa/waveformwidget.h"
#include "recordings/markers.h"
#include "recordings/recordingservice.h"
#include "security/masking.h"
#include "security/permissions.h"

#include <QAction>
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

    // Listening on the left (player over markers), scoring on the right.
    auto* listening = new QSplitter(Qt::Vertical, this);
    listening->setObjectName(QStringLiteral("listeningSplitter"));
    listening->addWidget(m_player);
    listening->addWidget(m_markers);
    listening->setStretchFactor(0, 3);
    listening->setStretchFactor(1, 2);
    listening->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("playbackSplitter"));
    splitter->addWidget(listening);
    if (security::roleHas(workspace.currentOperator.role, security::Permission::ScoreCalls)) {
        m_form = new EvaluationFormWidget(workspace, this);
        m_form->setMinimumWidth(440);
        m_form->setRecording({}, {}, {});
        connect(m_form, &EvaluationFormWidget::submitted, this, &PlaybackTab::evaluationSubmitted);
        connect(m_markers, &MarkersWidget::markersChanged, this, &PlaybackTab::feedMarkersToForm);
        splitter->addWidget(m_form);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
    }
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

Outcome PlaybackTab::openCatalogued(const QString& recordingId)
{
    const auto fail = [this](const Error& e) -> Outcome {
        m_fileLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(e.message.toHtmlEscaped()));
        (void)m_markers->setRecording({});
        if (m_form != nullptr) {
            m_form->setRecording({}, {}, {});
        }
        return e;
    };
    // The file is checked before it is played: a missing or changed one is flagged in the catalogue and not played.
    auto checked = recordings::verifyRecordingFile(*m_ws.db, recordingId, m_ws.currentOperator, *m_ws.clock);
    if (!checked) {
        return fail(checked.error());
    }
    const recordings::Recording& r = checked.value();
    if (r.fileState != recordings::FileState::Ok) {
        return fail(makeError(ErrorCode::FileUnreadable,
                              r.fileState == recordings::FileState::Missing
                                  ? tr("The file of this recording is missing: %1").arg(r.fileName)
                                  : tr("The file of this recording was changed since it was imported (its SHA-256 "
                                       "differs); it is not played: %1")
                                        .arg(r.fileName)));
    }
    auto path = recordings::recordingFilePath(m_ws.db->connection(), r);
    if (!path) {
        return fail(path.error());
    }
    Outcome opened = openRecording(r.id, path.value(), r.sha256);
    const QString caller =
        security::seesTaxpayerData(m_ws.currentOperator) ? r.callerNumber : security::maskPhone(r.callerNumber);
    const QString facts =
        tr("%1 · agent %2 · caller %3 · %4 · work order %5")
            .arg(r.startedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 r.agentName.isEmpty() ? r.agentCode : r.agentName, caller.isEmpty() ? tr("unknown") : caller,
                 recordings::formatPosition(r.durationMs), r.ticketNo.isEmpty() ? tr("not linked") : r.ticketNo);
    m_fileLabel->setText(QStringLiteral("<b>%1</b>").arg(facts.toHtmlEscaped()));
    m_fileLabel->setToolTip(path.value());
    if (m_form != nullptr) {
        m_form->setRecording(r.id, r.agentName.isEmpty() ? r.agentCode : r.agentName, r.ticketNo);
        feedMarkersToForm();
    }
    return opened;
}

void PlaybackTab::feedMarkersToForm()
{
    if (m_form == nullptr) {
        return;
    }
    QList<EvaluationFormWidget::Marker> list;
    for (const recordings::Marker& m : m_markers->markers()) {
        list.append({m.id, m.positionMs, m.comment});
    }
    m_form->setMarkers(list);
}

Outcome PlaybackTab::openPath(const QString& path)
{
    const QString sha = sha256OfFile(path);
    auto id = sha.isEmpty() ? Result<QString>(QString()) : recordings::recordingIdByContent(m_ws.db->connection(), sha);
    if (!id.value_or({}).isEmpty()) {
        return openCatalogued(id.value());
    }
    return openRecording({}, path, {});
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
