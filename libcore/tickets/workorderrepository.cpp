#include "tickets/workorderrepository.h"

#include "db/query.h"
#include "text/cjktokenizer.h"

#include <QCryptographicHash>

#include <vector>

namespace hotline::tickets {
namespace {

const QString kColumns = QStringLiteral(
    "id, ticket_no, caller_number, unit_name, taxpayer_id, contact_name, contact_number, channel, category_id, "
    "difficulty, question, answer, status, owner_id, created_by, received_at, due_at, updated_at, resolved_at, "
    "version, call_id");

const QString kSummaryColumns = QStringLiteral(
    "rowid, id, ticket_no, received_at, due_at, status, channel, difficulty, coalesce(category_id, ''), owner_id, "
    "caller_number, unit_name, taxpayer_id, contact_name, substr(question, 1, 80)");

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL get '' instead.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariantList values(const WorkOrder& w)
{
    return {w.ticketNo,          text(w.callerNumber),  text(w.unitName), text(w.taxpayerId),
            text(w.contactName), text(w.contactNumber), key(w.channel),   nullIfEmpty(w.categoryId),
            key(w.difficulty),   text(w.question),      text(w.answer),   key(w.status),
            w.ownerId,           w.createdBy,           ms(w.receivedAt), ms(w.dueAt),
            ms(w.updatedAt),     ms(w.resolvedAt),      w.version,        text(w.callId)};
}

WorkOrder fromRow(const QSqlQuery& q)
{
    WorkOrder w;
    w.id = q.value(0).toString();
    w.ticketNo = q.value(1).toString();
    w.callerNumber = q.value(2).toString();
    w.unitName = q.value(3).toString();
    w.taxpayerId = q.value(4).toString();
    w.contactName = q.value(5).toString();
    w.contactNumber = q.value(6).toString();
    w.channel = channelFromKey(q.value(7).toString()).value_or(Channel::Phone);
    w.categoryId = q.value(8).toString();
    w.difficulty = difficultyFromKey(q.value(9).toString()).value_or(Difficulty::Normal);
    w.question = q.value(10).toString();
    w.answer = q.value(11).toString();
    w.status = statusFromKey(q.value(12).toString()).value_or(Status::New);
    w.ownerId = q.value(13).toString();
    w.createdBy = q.value(14).toString();
    w.receivedAt = db::utcTime(q.value(15));
    w.dueAt = db::utcTime(q.value(16));
    w.updatedAt = db::utcTime(q.value(17));
    w.resolvedAt = db::utcTime(q.value(18));
    w.version = q.value(19).toInt();
    w.callId = q.value(20).toString();
    return w;
}

WorkOrderSummary summaryFromRow(const QSqlQuery& q)
{
    WorkOrderSummary s;
    s.rowId = q.value(0).toLongLong();
    s.id = q.value(1).toString();
    s.ticketNo = q.value(2).toString();
    s.receivedAt = db::utcTime(q.value(3));
    s.dueAt = db::utcTime(q.value(4));
    s.status = statusFromKey(q.value(5).toString()).value_or(Status::New);
    s.channel = channelFromKey(q.value(6).toString()).value_or(Channel::Phone);
    s.difficulty = difficultyFromKey(q.value(7).toString()).value_or(Difficulty::Normal);
    s.categoryId = q.value(8).toString();
    s.ownerId = q.value(9).toString();
    s.callerNumber = q.value(10).toString();
    s.unitName = q.value(11).toString();
    s.taxpayerId = q.value(12).toString();
    s.contactName = q.value(13).toString();
    s.questionStart = q.value(14).toString();
    return s;
}

QString openStatusList()
{
    QStringList keys;
    for (Status s : kAllStatuses) {
        if (isOpen(s)) {
            keys << QLatin1Char('\'') + key(s) + QLatin1Char('\'');
        }
    }
    return keys.join(QLatin1Char(','));
}

QString sortExpression(SortKey k)
{
    switch (k) {
    case SortKey::Received:
        return QStringLiteral("received_at");
    case SortKey::Due:
        return QStringLiteral("due_at");
    case SortKey::TicketNo:
        return QStringLiteral("ticket_no");
    case SortKey::Status:
        return QStringLiteral("status");
    case SortKey::Unit:
        return QStringLiteral("unit_name");
    case SortKey::TaxpayerId:
        return QStringLiteral("taxpayer_id");
    case SortKey::Caller:
        return QStringLiteral("caller_number");
    case SortKey::Category:
        return QStringLiteral("(SELECT name FROM categories c WHERE c.id = work_orders.category_id)");
    case SortKey::Owner:
        return QStringLiteral("(SELECT name FROM operators o WHERE o.id = work_orders.owner_id)");
    }
    return QStringLiteral("received_at");
}

QString bindMarks(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i) {
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    return s;
}

} // namespace

Outcome WorkOrderRepository::insert(const WorkOrder& w)
{
    QVariantList b = values(w);
    b.prepend(w.id);
    auto q = db::exec(m_db, QStringLiteral("INSERT INTO work_orders (%1) VALUES (%2)").arg(kColumns, bindMarks(21)), b);
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Outcome WorkOrderRepository::update(const WorkOrder& w)
{
    QVariantList b = values(w);
    b.append(w.id);
    auto q = db::exec(m_db,
                      QStringLiteral("UPDATE work_orders SET ticket_no = ?, caller_number = ?, unit_name = ?, "
                                     "taxpayer_id = ?, contact_name = ?, contact_number = ?, channel = ?, "
                                     "category_id = ?, difficulty = ?, question = ?, answer = ?, status = ?, "
                                     "owner_id = ?, created_by = ?, received_at = ?, due_at = ?, updated_at = ?, "
                                     "resolved_at = ?, version = ?, call_id = ? WHERE id = ?"),
                      b);
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<std::optional<WorkOrder>> WorkOrderRepository::find(const QString& id) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT %1 FROM work_orders WHERE id = ?").arg(kColumns), {id});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<WorkOrder>{};
    }
    return std::optional<WorkOrder>{fromRow(q.value())};
}

Result<qint64> WorkOrderRepository::rowIdOf(const QString& id) const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT rowid FROM work_orders WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Outcome WorkOrderRepository::appendEvent(const TimelineEvent& e)
{
    auto q = db::exec(m_db,
                      QStringLiteral("INSERT INTO work_order_events (id, work_order_id, at, operator_id, kind, detail, "
                                     "note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {e.id, e.workOrderId, ms(e.at), e.operatorId, e.kind, text(e.detail), text(e.note)});
    if (!q) {
        return q.error();
    }
    return Ok{};
}

Result<QList<TimelineEvent>> WorkOrderRepository::timeline(const QString& workOrderId) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT e.id, e.at, e.operator_id, coalesce(o.name, ''), e.kind, e.detail, e.note "
                                     "FROM work_order_events e LEFT JOIN operators o ON o.id = e.operator_id "
                                     "WHERE e.work_order_id = ? ORDER BY e.at, e.rowid"),
                      {workOrderId});
    if (!q) {
        return q.error();
    }
    QList<TimelineEvent> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append({r.value(0).toString(), workOrderId, db::utcTime(r.value(1)), r.value(2).toString(),
                    r.value(3).toString(), r.value(4).toString(), r.value(5).toString(), r.value(6).toString()});
    }
    return out;
}

bool WorkOrderRepository::isSearchable(const QString& text)
{
    return !text::ftsMatchExpression(text).isEmpty();
}

Result<QVector<qint64>> WorkOrderRepository::matchingRowIds(const QString& text) const
{
    return readRowIds(QStringLiteral("SELECT rowid FROM work_orders_fts WHERE work_orders_fts MATCH ? ORDER BY rowid"),
                      {text::ftsMatchExpression(text)});
}

Result<QVector<qint64>> WorkOrderRepository::readRowIds(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true); // a million ids: do not keep them twice
    if (!q.prepare(sql)) {
        return db::writeError(q);
    }
    for (const QVariant& v : bindings) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return db::writeError(q);
    }
    QVector<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QVector<qint64> WorkOrderRepository::keepMatching(const QVector<qint64>& ordered, const QVector<qint64>& matches)
{
    if (matches.isEmpty()) {
        return {};
    }
    const qint64 max = matches.last();
    std::vector<bool> hit(static_cast<size_t>(max) + 1, false);
    for (qint64 id : matches) {
        hit[static_cast<size_t>(id)] = true;
    }
    QVector<qint64> out;
    out.reserve(matches.size());
    for (qint64 id : ordered) {
        if (id >= 0 && id <= max && hit[static_cast<size_t>(id)]) {
            out.append(id);
        }
    }
    return out;
}

Result<QVector<qint64>> WorkOrderRepository::rowIds(const ListQuery& query) const
{
    if (isSearchable(query.text)) {
        ListQuery withoutText = query;
        withoutText.text.clear();
        auto ordered = rowIds(withoutText);
        if (!ordered) {
            return ordered;
        }
        auto matches = matchingRowIds(query.text);
        if (!matches) {
            return matches;
        }
        return keepMatching(ordered.value(), matches.value());
    }
    QStringList where;
    QVariantList b;
    if (!query.statuses.isEmpty()) {
        where << QStringLiteral("status IN (%1)").arg(bindMarks(query.statuses.size()));
        for (Status s : query.statuses) {
            b << key(s);
        }
    }
    if (!query.categoryIds.isEmpty()) {
        where << QStringLiteral("category_id IN (%1)").arg(bindMarks(query.categoryIds.size()));
        for (const QString& c : query.categoryIds) {
            b << c;
        }
    }
    if (!query.ownerId.isEmpty()) {
        where << QStringLiteral("owner_id = ?");
        b << query.ownerId;
    }
    switch (query.due) {
    case DueFilter::Any:
        break;
    case DueFilter::Open:
        where << QStringLiteral("status IN (%1)").arg(openStatusList());
        break;
    case DueFilter::Overdue:
        where << QStringLiteral("status IN (%1) AND due_at < ?").arg(openStatusList());
        b << ms(query.now);
        break;
    case DueFilter::DueToday:
        where << QStringLiteral("status IN (%1) AND due_at >= ? AND due_at <= ?").arg(openStatusList());
        b << ms(query.now) << ms(query.endOfToday);
        break;
    }
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql =
        QStringLiteral("SELECT rowid FROM work_orders%1 ORDER BY %2 %3, rowid %3")
            .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 sortExpression(query.sort), direction);
    return readRowIds(sql, b);
}

Result<QList<WorkOrderSummary>> WorkOrderRepository::summaries(const QVector<qint64>& rowIds) const
{
    QVariantList b;
    b.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        b << id;
    }
    auto q = db::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM work_orders WHERE rowid IN (%2)").arg(kSummaryColumns, bindMarks(rowIds.size())),
        b);
    if (!q) {
        return q.error();
    }
    QHash<qint64, WorkOrderSummary> byRow;
    while (q.value().next()) {
        WorkOrderSummary s = summaryFromRow(q.value());
        byRow.insert(s.rowId, std::move(s));
    }
    QList<WorkOrderSummary> out;
    out.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        if (auto it = byRow.find(id); it != byRow.end()) {
            out.append(std::move(*it));
        }
    }
    return out;
}

Result<Counts> WorkOrderRepository::counts(const QDateTime& now, const QDateTime& endOfToday) const
{
    const QString open = openStatusList();
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT (SELECT count(*) FROM work_orders), "
                                     "(SELECT count(*) FROM work_orders WHERE status IN (%1)), "
                                     "(SELECT count(*) FROM work_orders WHERE status IN (%1) AND due_at < ?), "
                                     "(SELECT count(*) FROM work_orders WHERE status IN (%1) AND due_at >= ? "
                                     "AND due_at <= ?)")
                          .arg(open),
                      {ms(now), ms(now), ms(endOfToday)});
    if (!q) {
        return q.error();
    }
    q.value().next();
    const QSqlQuery& r = q.value();
    return Counts{r.value(0).toInt(), r.value(1).toInt(), r.value(2).toInt(), r.value(3).toInt()};
}

Result<QList<WorkOrderSummary>> WorkOrderRepository::history(const QString& callerNumber, const QString& unitName,
                                                             int limit) const
{
    auto q = db::exec(m_db,
                      QStringLiteral("SELECT %1 FROM work_orders WHERE rowid IN ("
                                     "SELECT rowid FROM work_orders WHERE caller_number = ? AND caller_number <> '' "
                                     "UNION SELECT rowid FROM work_orders WHERE contact_number = ? "
                                     "AND contact_number <> '' "
                                     "UNION SELECT rowid FROM work_orders WHERE unit_name = ? AND unit_name <> '') "
                                     "ORDER BY received_at DESC LIMIT ?")
                          .arg(kSummaryColumns),
                      {text(callerNumber), text(callerNumber), text(unitName), limit});
    if (!q) {
        return q.error();
    }
    QList<WorkOrderSummary> out;
    while (q.value().next()) {
        out.append(summaryFromRow(q.value()));
    }
    return out;
}

Result<QString> WorkOrderRepository::stationCode(const QString& seed)
{
    auto q = db::exec(m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'station_code'"));
    if (!q) {
        return q.error();
    }
    if (q.value().next()) {
        return q.value().value(0).toString();
    }
    // Four characters that are easy to read out on the phone (no I, O, 0, 1).
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    QString code;
    for (int i = 0; i < 4; ++i) {
        code += QLatin1Char(alphabet[static_cast<unsigned char>(hash[i]) % 32]);
    }
    if (auto w = db::exec(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('station_code', ?)"), {code});
        !w) {
        return w.error();
    }
    return code;
}

Result<qint64> WorkOrderRepository::takeTicketSequence()
{
    auto q = db::exec(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('ticket_seq', '1') "
                                           "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 "
                                           "RETURNING CAST(value AS INTEGER)"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toLongLong();
}

} // namespace hotline::tickets
