#include "tickets/workorderlistmodel.h"

#include "calendar/workcalendar.h"
#include "db/database.h"
#include "security/masking.h"

#include <QBrush>
#include <QColor>

namespace hotline::ui {
namespace {

constexpr int kBlockSize = 200;
constexpr qint64 kDueSoonSecs = 2 * 3600;

QString beijingText(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

tickets::SortKey sortKeyOf(int column)
{
    using tickets::SortKey;
    switch (column) {
    case WorkOrderListModel::Ticket:
        return SortKey::TicketNo;
    case WorkOrderListModel::Due:
        return SortKey::Due;
    case WorkOrderListModel::Status:
        return SortKey::Status;
    case WorkOrderListModel::Category:
        return SortKey::Category;
    case WorkOrderListModel::Unit:
        return SortKey::Unit;
    case WorkOrderListModel::TaxpayerId:
        return SortKey::TaxpayerId;
    case WorkOrderListModel::Caller:
        return SortKey::Caller;
    case WorkOrderListModel::Owner:
        return SortKey::Owner;
    default:
        return SortKey::Received;
    }
}

} // namespace

WorkOrderListModel::WorkOrderListModel(db::Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock)
{
}

int WorkOrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rowIds.size());
}

int WorkOrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DueState WorkOrderListModel::dueState(const tickets::WorkOrderSummary& s, const QDateTime& now)
{
    if (!tickets::isOpen(s.status)) {
        return DueState::Done;
    }
    const qint64 left = now.secsTo(s.dueAt);
    if (left < 0) {
        return DueState::Overdue;
    }
    return left <= kDueSoonSecs ? DueState::DueSoon : DueState::Normal;
}

const tickets::WorkOrderSummary* WorkOrderListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rowIds.size()) {
        return nullptr;
    }
    const int block = row / kBlockSize;
    QVector<tickets::WorkOrderSummary>* rows = m_blocks.object(block);
    if (rows == nullptr) {
        const qsizetype first = static_cast<qsizetype>(block) * kBlockSize;
        const QVector<qint64> slice = m_rowIds.mid(first, kBlockSize);
        auto fetched = tickets::WorkOrderRepository(m_db.connection()).summaries(slice);
        auto* loaded = new QVector<tickets::WorkOrderSummary>(slice.size());
        if (fetched) {
            // Keep positions aligned with the ids even if a row vanished meanwhile.
            QHash<qint64, qsizetype> pos;
            for (qsizetype i = 0; i < slice.size(); ++i) {
                pos.insert(slice[i], i);
            }
            for (tickets::WorkOrderSummary& s : fetched.value()) {
                (*loaded)[pos.value(s.rowId)] = std::move(s);
            }
        }
        m_blocks.insert(block, loaded);
        rows = loaded;
    }
    const tickets::WorkOrderSummary& s = rows->at(row % kBlockSize);
    return s.rowId == 0 ? nullptr : &s;
}

QVariant WorkOrderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const tickets::WorkOrderSummary* s = summaryAt(index.row());
    if (s == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Ticket:
            return s->ticketNo;
        case Received:
            return beijingText(s->receivedAt);
        case Due:
            return beijingText(s->dueAt);
        case Status:
            if (const auto m = m_transferMarks.constFind(s->id); m != m_transferMarks.cend()) {
                if (m->open) {
                    return QString(tickets::displayName(s->status) + QStringLiteral(" · ") +
                                   (m->holderName.isEmpty() ? m->targetName : m->holderName));
                }
                return QString(tickets::displayName(s->status) + QStringLiteral(" · ") + tr("transfer answered"));
            }
            return tickets::displayName(s->status);
        case Category:
            return m_categoryPaths.value(s->categoryId);
        case Unit:
            return s->unitName;
        case TaxpayerId:
            return m_mask ? security::maskTaxpayerId(s->taxpayerId) : s->taxpayerId;
        case Caller:
            return m_mask ? security::maskPhone(s->callerNumber) : s->callerNumber;
        case Contact:
            return s->contactName;
        case Question:
            return QString(s->questionStart).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Owner:
            return m_operatorNames.value(s->ownerId);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            return data(index, Qt::DisplayRole); // with 已转办's holder or 转办已答复, often wider than the column
        }
        return index.column() == Question ? s->questionStart : QVariant();
    case IdRole:
        return s->id;
    case DueStateRole:
        return static_cast<int>(dueState(*s, m_now));
    case Qt::BackgroundRole:
        switch (dueState(*s, m_now)) {
        case DueState::Overdue:
            return QBrush(QColor(0xfd, 0xd8, 0xd8));
        case DueState::DueSoon:
            return QBrush(QColor(0xff, 0xec, 0xc2));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return dueState(*s, m_now) == DueState::Done ? QBrush(QColor(0x70, 0x70, 0x70)) : QVariant();
    }
    return {};
}

QVariant WorkOrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Ticket:
        return tr("Ticket no.");
    case Received:
        return tr("Received");
    case Due:
        return tr("Reply by");
    case Status:
        return tr("Status");
    case Category:
        return tr("Category");
    case Unit:
        return tr("Withholding unit");
    case TaxpayerId:
        return tr("Taxpayer ID");
    case Caller:
        return tr("Caller number");
    case Contact:
        return tr("Contact");
    case Question:
        return tr("Question");
    case Owner:
        return tr("Owner");
    }
    return {};
}

void WorkOrderListModel::sort(int column, Qt::SortOrder order)
{
    m_query.sort = sortKeyOf(column);
    m_query.order = order;
    reload();
}

void WorkOrderListModel::setQuery(const tickets::ListQuery& query)
{
    const tickets::ListQuery before = m_query;
    m_query = query;
    m_query.sort = before.sort;
    m_query.order = before.order;
    // Typing in the search box changes only the text: filter the cached, sorted rows instead of sorting again.
    const bool sameBase = m_query.statuses == before.statuses && m_query.categoryIds == before.categoryIds &&
                          m_query.ownerId == before.ownerId && m_query.due == before.due;
    if (!sameBase) {
        m_baseValid = false;
    }
    refresh();
}

void WorkOrderListModel::reload()
{
    m_baseValid = false;
    refresh();
}

void WorkOrderListModel::refresh()
{
    tickets::WorkOrderRepository repo(m_db.connection());
    std::optional<Error> failed;
    if (!m_baseValid) {
        m_now = m_clock.now();
        m_transferMarks = workflow::transferMarks(m_db.connection()).value_or({});
        m_query.now = m_now;
        m_query.endOfToday = QDateTime(m_now.toTimeZone(calendar::beijingTime()).date(), QTime(23, 59, 59, 999),
                                       calendar::beijingTime());
        tickets::ListQuery base = m_query;
        base.text.clear();
        auto ids = repo.rowIds(base);
        if (ids) {
            m_baseRowIds = std::move(ids).value();
            m_baseValid = true;
        } else {
            m_baseRowIds.clear();
            failed = ids.error();
        }
    }
    QVector<qint64> rows = m_baseRowIds;
    if (tickets::WorkOrderRepository::isSearchable(m_query.text) && !failed) {
        auto matches = repo.matchingRowIds(m_query.text);
        if (matches) {
            rows = tickets::WorkOrderRepository::keepMatching(m_baseRowIds, matches.value());
        } else {
            failed = matches.error();
        }
    }
    beginResetModel();
    m_blocks.clear();
    m_rowIds = failed ? QVector<qint64>() : std::move(rows);
    endResetModel();
    if (failed) {
        emit loadFailed(failed->message);
    }
}

void WorkOrderListModel::setMaskTaxpayerData(bool mask)
{
    if (mask == m_mask) {
        return;
    }
    m_mask = mask;
    if (!m_rowIds.isEmpty()) {
        emit dataChanged(index(0, TaxpayerId), index(rowCount() - 1, Caller), {Qt::DisplayRole});
    }
}

void WorkOrderListModel::setLookups(QHash<QString, QString> categoryPaths, QHash<QString, QString> operatorNames)
{
    m_categoryPaths = std::move(categoryPaths);
    m_operatorNames = std::move(operatorNames);
    if (!m_rowIds.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int WorkOrderListModel::rowOf(const QString& id) const
{
    auto rowId = tickets::WorkOrderRepository(m_db.connection()).rowIdOf(id);
    return rowId && rowId.value() != 0 ? static_cast<int>(m_rowIds.indexOf(rowId.value())) : -1;
}

QString WorkOrderListModel::idAt(int row) const
{
    const tickets::WorkOrderSummary* s = summaryAt(row);
    return s == nullptr ? QString() : s->id;
}

} // namespace hotline::ui
