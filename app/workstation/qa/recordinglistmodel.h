#pragma once
// The recording catalogue as a table: start, agent, caller (masked for roles without ViewTaxpayerData), duration,
// format, linked work order and file state (a missing or changed file in red with a flag).

#include "recordings/recording.h"

#include <QAbstractTableModel>
#include <QList>

namespace hotline::ui {

class RecordingListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Agent, Caller, Duration, Format, WorkOrder, FileState, ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole };

    explicit RecordingListModel(QObject* parent = nullptr);

    void setRecordings(QList<recordings::Recording> rows);
    void setMaskCallers(bool mask);
    // Replaces one row (after a verify or a link) by id; false when it is not shown.
    bool updateRecording(const recordings::Recording& r);

    const recordings::Recording* at(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<recordings::Recording> m_rows;
    bool m_mask = true;
};

// "3:07" or "1:02:03".
QString formatDuration(qint64 ms);

} // namespace hotline::ui
