#include "qa/markerswidget.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "qa/waveformwidget.h"
#include "security/permissions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kPositionRole = Qt::UserRole + 1;

MarkersWidget::CommentPrompt& commentPrompt()
{
    static MarkersWidget::CommentPrompt prompt;
    return prompt;
}

// Sorts the time column by position, not by its text.
class MarkerItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        if (treeWidget() != nullptr && treeWidget()->sortColumn() == MarkersWidget::TimeColumn) {
            return data(0, kPositionRole).toLongLong() < other.data(0, kPositionRole).toLongLong();
        }
        return QTreeWidgetItem::operator<(other);
    }
};

QToolButton* button(QWidget* parent, QAction* action, QStyle::StandardPixmap icon, const QString& objectName)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(objectName);
    action->setIcon(parent->style()->standardIcon(icon));
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

} // namespace

void MarkersWidget::setCommentPrompt(CommentPrompt prompt)
{
    commentPrompt() = std::move(prompt);
}

MarkersWidget::MarkersWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("markersWidget"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("markersTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("markersMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #64748b;"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("markersTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Time"), tr("Comment")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(TimeColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Click a marker to hear the call from there"));
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { emit seekRequested(item->data(0, kPositionRole).toLongLong()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit seekRequested(item->data(0, kPositionRole).toLongLong()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { editCurrent(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });

    m_addAction = new QAction(tr("Add marker"), this);
    m_addAction->setShortcut(QKeySequence(Qt::Key_M));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAction->setToolTip(tr("Mark the playhead with a comment (M)"));
    connect(m_addAction, &QAction::triggered, this, &MarkersWidget::addAtPlayhead);
    m_editAction = new QAction(tr("Edit"), this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction->setToolTip(tr("Edit the selected marker's comment (F2 or double-click)"));
    connect(m_editAction, &QAction::triggered, this, &MarkersWidget::editCurrent);
    m_removeAction = new QAction(tr("Remove"), this);
    m_removeAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setToolTip(tr("Remove the selected marker (Delete)"));
    connect(m_removeAction, &QAction::triggered, this, &MarkersWidget::removeCurrent);
    addActions({m_addAction, m_editAction, m_removeAction});

    m_addButton = button(this, m_addAction, QStyle::SP_FileDialogNewFolder, QStringLiteral("addMarkerToolButton"));
    m_editButton =
        button(this, m_editAction, QStyle::SP_FileDialogDetailedView, QStringLiteral("editMarkerToolButton"));
    m_removeButton = button(this, m_removeAction, QStyle::SP_TrashIcon, QStringLiteral("removeMarkerToolButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    fill();
}

bool MarkersWidget::canEdit() const
{
    return !m_recordingId.isEmpty() && security::roleHas(m_ws.currentOperator.role, security::Permission::ScoreCalls);
}

QList<WaveformMarker> MarkersWidget::waveformMarkers() const
{
    QList<WaveformMarker> out;
    for (const recordings::Marker& m : m_markers) {
        out.append({m.positionMs, m.comment});
    }
    return out;
}

Outcome MarkersWidget::setRecording(const QString& recordingId)
{
    m_recordingId = recordingId;
    m_markers.clear();
    m_message->clear();
    if (recordingId.isEmpty()) {
        fill();
        emit markersChanged();
        return Ok{};
    }
    Outcome loaded = reload();
    if (!loaded) {
        m_message->setText(loaded.error().message);
        fill();
        emit markersChanged();
    }
    return loaded;
}

Outcome MarkersWidget::reload()
{
    auto list = recordings::listMarkers(m_ws.db->connection(), m_recordingId, m_ws.currentOperator);
    if (!list) {
        m_markers.clear();
        return list.error();
    }
    m_markers = list.value();
    fill();
    emit markersChanged();
    return Ok{};
}

void MarkersWidget::fill()
{
    const QString current = currentId();
    m_list->setSortingEnabled(false);
    m_list->clear();
    for (const recordings::Marker& m : m_markers) {
        auto* item = new MarkerItem(m_list);
        item->setText(TimeColumn, recordings::formatPosition(m.positionMs));
        item->setText(CommentColumn, m.comment);
        item->setToolTip(CommentColumn, m.comment);
        item->setData(0, kIdRole, m.id);
        item->setData(0, kPositionRole, m.positionMs);
        if (m.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    m_list->setSortingEnabled(true);
    m_title->setText(tr("Markers (%1)").arg(m_markers.size()));
    if (m_recordingId.isEmpty()) {
        m_message->setText(tr("Markers can be placed on catalogued recordings."));
    } else if (m_markers.isEmpty() && m_message->text().isEmpty() && canEdit()) {
        m_message->setText(tr("Press M while listening to mark the moment with a comment."));
    }
    updateActions();
}

void MarkersWidget::updateActions()
{
    const bool edit = canEdit();
    const bool selected = m_list->currentItem() != nullptr;
    m_addAction->setEnabled(edit);
    m_editAction->setEnabled(edit && selected);
    m_removeAction->setEnabled(edit && selected);
    m_addButton->setVisible(edit);
    m_editButton->setVisible(edit);
    m_removeButton->setVisible(edit);
}

QString MarkersWidget::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(0, kIdRole).toString() : QString();
}

void MarkersWidget::report(const Error& error)
{
    Messages::show(this, Messages::Kind::Error, tr("Markers"), error.message);
}

void MarkersWidget::setPositionMs(qint64 ms)
{
    m_positionMs = ms;
}

Result<recordings::Marker> MarkersWidget::addMarker(qint64 positionMs, const QString& comment)
{
    auto added = recordings::addMarker(*m_ws.db, m_recordingId, positionMs, comment, m_ws.currentOperator, *m_ws.ids,
                                       *m_ws.clock);
    if (!added) {
        return added;
    }
    m_message->clear();
    (void)reload();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString() == added->id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
        }
    }
    return added;
}

Outcome MarkersWidget::editComment(const QString& markerId, const QString& comment)
{
    auto edited = recordings::editMarkerComment(*m_ws.db, markerId, comment, m_ws.currentOperator, *m_ws.clock);
    if (!edited) {
        return edited.error();
    }
    return reload();
}

Outcome MarkersWidget::removeMarker(const QString& markerId)
{
    if (Outcome removed = recordings::removeMarker(*m_ws.db, markerId, m_ws.currentOperator, *m_ws.clock); !removed) {
        return removed;
    }
    return reload();
}

namespace {

std::optional<QString> askComment(QWidget* parent, const QString& title, const QString& initial)
{
    if (commentPrompt()) {
        return commentPrompt()(parent, title, initial);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, MarkersWidget::tr("Comment (e.g. wrong policy answer):"),
                                               QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

} // namespace

void MarkersWidget::addAtPlayhead()
{
    if (!canEdit()) {
        return;
    }
    const qint64 at = m_positionMs; // the moment M was pressed, not when the comment is typed
    const auto comment = askComment(this, tr("Marker at %1").arg(recordings::formatPosition(at)), {});
    if (!comment) {
        return;
    }
    if (auto added = addMarker(at, *comment); !added) {
        report(added.error());
    }
}

void MarkersWidget::editCurrent()
{
    const QString id = currentId();
    if (!canEdit() || id.isEmpty()) {
        return;
    }
    const auto it = std::find_if(m_markers.begin(), m_markers.end(), [&](const auto& m) { return m.id == id; });
    if (it == m_markers.end()) {
        return;
    }
    const auto comment =
        askComment(this, tr("Marker at %1").arg(recordings::formatPosition(it->positionMs)), it->comment);
    if (!comment) {
        return;
    }
    if (Outcome edited = editComment(id, *comment); !edited) {
        report(edited.error());
    }
}

void MarkersWidget::removeCurrent()
{
    const QString id = currentId();
    if (!canEdit() || id.isEmpty()) {
        return;
    }
    if (Outcome removed = removeMarker(id); !removed) {
        report(removed.error());
    }
}

} // namespace hotline::ui
