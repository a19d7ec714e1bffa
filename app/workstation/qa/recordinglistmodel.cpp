#include "qa/recordinglistmodel.h"

#include "calendar/workcalendar.h"
#include "security/masking.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QStyle>

namespace hotline::ui {

QString formatDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

RecordingListModel::RecordingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordingListModel::setRecordings(QList<recordings::Recording> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RecordingListModel::setMaskCallers(bool mask)
{
    if (mask == m_mask) {
        return;
    }
    m_mask = mask;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, Caller), index(rowCount() - 1, Caller));
    }
}

bool RecordingListModel::updateRecording(const recordings::Recording& r)
{
    const int row = rowOf(r.id);
    if (row < 0) {
        return false;
    }
    m_rows[row] = r;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const recordings::Recording* RecordingListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RecordingListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int RecordingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordingListModel::data(const QModelIndex& index, int role) const
{
    const recordings::Recording* r = index.isValid() ? at(index.row()) : nullptr;
    if (r == nullptr) {
        return {};
    }
    const bool flagged = r->fileState != recordings::FileState::Ok;
    if (role == IdRole) {
        return r->id;
    }
    if (role == Qt::ForegroundRole && flagged && index.column() == FileState) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::DecorationRole && flagged && index.column() == FileState) {
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileState && flagged) {
            return tr("The file is missing or no longer the one imported: it will not be played until it is "
                      "restored. Path: %1")
                .arg(r->path);
        }
        if (index.column() == WorkOrder && r->linked()) {
            return recordings::displayName(r->linkMethod);
        }
        return r->fileName;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Duration) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Started:
            return r->startedAt.toMSecsSinceEpoch();
        case Duration:
            return r->durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Started:
        return r->startedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Agent:
        return r->agentName.isEmpty() ? r->agentCode : r->agentName;
    case Caller:
        return m_mask ? security::maskPhone(r->callerNumber) : r->callerNumber;
    case Duration:
        return formatDuration(r->durationMs);
    case Format:
        return recordings::displayName(r->format);
    case WorkOrder:
        return r->linked() ? r->ticketNo : tr("Not linked");
    case FileState:
        return recordings::displayName(r->fileState);
    default:
        return {};
    }
}

QVariant RecordingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Started:
        return tr("Start");
    case Agent:
        return tr("Agent");
    case Caller:
        return tr("Caller");
    case Duration:
        return tr("Duration");
    case Format:
        return tr("Format");
    case WorkOrder:
        return tr("Work order");
    case FileState:
        return tr("File");
    default:
        return {};
    }
}

} // namespace hotline::ui
