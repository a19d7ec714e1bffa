#include "sync/centralstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hotline::sync {
namespace {

constexpr int kPushColumns = 9;

QString centralFile(int version)
{
    const QStringList files =
        QDir(QStringLiteral(":/central")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        if (f.left(4).toInt() == version) {
            return QStringLiteral(":/central/") + f;
        }
    }
    return {};
}

Error centralError(const QString& what, const QSqlError& e)
{
    return makeError(
        ErrorCode::StoreWriteFailed,
        QCoreApplication::translate("hotline::sync", "The central store failed (%1): %2").arg(what, e.text()));
}

QString operationKey(Operation op)
{
    return op == Operation::Insert   ? QStringLiteral("insert")
           : op == Operation::Update ? QStringLiteral("update")
                                     : QStringLiteral("delete");
}

Operation operationOf(const QString& k)
{
    return k == QLatin1String("update")   ? Operation::Update
           : k == QLatin1String("delete") ? Operation::Delete
                                          : Operation::Insert;
}

Dialect detectDialect(const QSqlDatabase& db, const QString& connectionString)
{
    if (db.driverName() == QLatin1String("QSQLITE")) {
        return Dialect::SQLite;
    }
    switch (db.driver()->dbmsType()) {
    case QSqlDriver::MSSqlServer:
        return Dialect::SqlServer;
    case QSqlDriver::PostgreSQL:
        return Dialect::PostgreSQL;
    default:
        break;
    }
    return connectionString.contains(QLatin1String("SQL Server"), Qt::CaseInsensitive) ? Dialect::SqlServer
                                                                                       : Dialect::PostgreSQL;
}

// RAII transaction on the central connection (QSqlDatabase::transaction works for both drivers).
class CentralTransaction final {
public:
    explicit CentralTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_active = m_db.transaction(); }
    ~CentralTransaction()
    {
        if (m_active) {
            m_db.rollback();
        }
    }
    Q_DISABLE_COPY_MOVE(CentralTransaction)
    bool active() const { return m_active; }
    bool commit()
    {
        m_active = !m_db.commit();
        return !m_active;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace

CentralStore::CentralStore(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName)), m_dialect(dialect)
{
}

CentralStore::~CentralStore()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen()) {
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase CentralStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int CentralStore::knownSchemaVersion()
{
    return static_cast<int>(QDir(QStringLiteral(":/central")).entryList({QStringLiteral("*.sql")}, QDir::Files).size());
}

Result<std::unique_ptr<CentralStore>> CentralStore::connect(const QString& url, int timeoutSecs)
{
    const QString name = QStringLiteral("central-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase c;
    QString target;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        target = url.mid(7);
        c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(target);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeoutSecs * 1000));
    } else if (url.startsWith(QLatin1String("odbc:"))) {
        target = url.mid(5);
        c = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), name);
        c.setDatabaseName(target);
        c.setConnectOptions(
            QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1;SQL_ATTR_CONNECTION_TIMEOUT=%1").arg(timeoutSecs));
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::sync",
                                                     "The central store setting must start with sqlite: or odbc: "
                                                     "(got \"%1\").")
                             .arg(url));
    }
    std::unique_ptr<CentralStore> store;
    if (!c.open()) {
        const QString detail = c.lastError().text();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(
            ErrorCode::StoreCannotOpen,
            QCoreApplication::translate("hotline::sync", "The central store cannot be reached: %1").arg(detail));
    }
    store.reset(new CentralStore(name, detectDialect(c, target)));
    if (store->m_dialect == Dialect::SQLite) {
        QSqlQuery(c).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    if (Outcome m = store->migrate(); !m) {
        return m.error();
    }
    return store;
}

Outcome CentralStore::migrate()
{
    QSqlQuery q(db());
    // No hd_meta yet means an empty centre (version 0).
    m_version =
        q.exec(QStringLiteral("SELECT v FROM hd_meta WHERE k = 'schema_version'")) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (m_version > knownSchemaVersion()) {
        return makeError(ErrorCode::StoreNewerSchema,
                         QCoreApplication::translate("hotline::sync",
                                                     "The central store has schema %1, newer than this HotlineDesk "
                                                     "knows (%2). Update HotlineDesk to synchronise; until then this "
                                                     "workstation keeps working on its own.")
                             .arg(m_version)
                             .arg(knownSchemaVersion()));
    }
    for (int v = m_version + 1; v <= knownSchemaVersion(); ++v) {
        QFile f(centralFile(v));
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::StoreMigrationFailed, QStringLiteral("central schema %1 missing").arg(v));
        }
        QString script = translateSchema(QString::fromUtf8(f.readAll()), m_dialect);
        CentralTransaction tx(db());
        QStringList statements;
        for (QString s : script.split(QRegularExpression(QStringLiteral(";\\s*\\n")), Qt::SkipEmptyParts)) {
            // Drop comment lines; what is left is one statement.
            QStringList lines = s.split(QLatin1Char('\n'));
            lines.removeIf([](const QString& l) { return l.trimmed().startsWith(QLatin1String("--")); });
            s = lines.join(QLatin1Char('\n')).trimmed();
            if (s.endsWith(QLatin1Char(';'))) {
                s.chop(1);
            }
            if (!s.isEmpty()) {
                statements << s;
            }
        }
        statements << (v == 1 ? QStringLiteral("INSERT INTO hd_meta (k, v) VALUES ('schema_version', '1')")
                              : QStringLiteral("UPDATE hd_meta SET v = '%1' WHERE k = 'schema_version'").arg(v));
        for (const QString& s : statements) {
            if (!q.exec(s)) {
                return makeError(ErrorCode::StoreMigrationFailed,
                                 QCoreApplication::translate("hotline::sync",
                                                             "Upgrading the central store to schema %1 failed and was "
                                                             "undone: %2")
                                     .arg(v)
                                     .arg(q.lastError().text()));
            }
        }
        if (!tx.commit()) {
            return centralError(QStringLiteral("migration"), db().lastError());
        }
        m_version = v;
    }
    return Ok{};
}

Result<QList<qint64>> CentralStore::push(const QString& clientId, const QString& station,
                                         const QList<OutgoingChange>& changes, qint64 nowMs)
{
    if (changes.isEmpty()) {
        return QList<qint64>{};
    }
    CentralTransaction tx(db());
    if (!tx.active()) {
        return centralError(QStringLiteral("begin"), db().lastError());
    }
    QSqlQuery q(db());
    if (!q.exec(pushLockStatement(m_dialect))) {
        return centralError(QStringLiteral("lock"), q.lastError());
    }
    qint64 low = changes.first().clientSeq;
    qint64 high = low;
    for (const OutgoingChange& c : changes) {
        low = std::min(low, c.clientSeq);
        high = std::max(high, c.clientSeq);
    }
    auto known = [&]() -> Result<QHash<qint64, qint64>> {
        QSqlQuery s(db());
        s.setForwardOnly(true);
        s.prepare(QStringLiteral("SELECT client_seq, seq FROM hd_changes WHERE client_id = ? AND client_seq >= ? "
                                 "AND client_seq <= ?"));
        s.addBindValue(clientId);
        s.addBindValue(low);
        s.addBindValue(high);
        if (!s.exec()) {
            return centralError(QStringLiteral("read"), s.lastError());
        }
        QHash<qint64, qint64> seqs;
        while (s.next()) {
            seqs.insert(s.value(0).toLongLong(), s.value(1).toLongLong());
        }
        return seqs;
    };
    auto before = known();
    if (!before) {
        return before.error();
    }
    QList<const OutgoingChange*> fresh;
    for (const OutgoingChange& c : changes) {
        if (!before->contains(c.clientSeq)) {
            fresh << &c;
        }
    }
    // Multi-row INSERTs: Qt's ODBC driver emulates execBatch() row by row.
    const int perStatement = std::max(1, maxParameters(m_dialect) / kPushColumns);
    for (qsizetype first = 0; first < fresh.size(); first += perStatement) {
        const qsizetype n = std::min<qsizetype>(perStatement, fresh.size() - first);
        QStringList rows;
        rows.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            rows << QStringLiteral("(?,?,?,?,?,?,?,?,?)");
        }
        QSqlQuery ins(db());
        ins.prepare(QStringLiteral("INSERT INTO hd_changes (client_id, client_seq, entity, entity_id, operation, "
                                   "fields, operator_id, changed_at, received_at) VALUES ") +
                    rows.join(QLatin1Char(',')));
        for (qsizetype i = first; i < first + n; ++i) {
            const Change& c = fresh[i]->change;
            ins.addBindValue(clientId);
            ins.addBindValue(fresh[i]->clientSeq);
            ins.addBindValue(c.entity);
            ins.addBindValue(c.entityId);
            ins.addBindValue(operationKey(c.operation));
            ins.addBindValue(QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)));
            ins.addBindValue(c.operatorId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.operatorId));
            ins.addBindValue(c.at.toMSecsSinceEpoch());
            ins.addBindValue(nowMs);
        }
        if (!ins.exec()) {
            return centralError(QStringLiteral("insert"), ins.lastError());
        }
    }
    QSqlQuery client(db());
    client.prepare(QStringLiteral("UPDATE hd_clients SET last_seen = ?, station = ? WHERE client_id = ?"));
    client.addBindValue(nowMs);
    client.addBindValue(station);
    client.addBindValue(clientId);
    if (!client.exec()) {
        return centralError(QStringLiteral("client"), client.lastError());
    }
    if (client.numRowsAffected() == 0) {
        client.prepare(QStringLiteral("INSERT INTO hd_clients (client_id, station, first_seen, last_seen) "
                                      "VALUES (?, ?, ?, ?)"));
        client.addBindValue(clientId);
        client.addBindValue(station);
        client.addBindValue(nowMs);
        client.addBindValue(nowMs);
        if (!client.exec()) {
            return centralError(QStringLiteral("client"), client.lastError());
        }
    }
    auto after = known();
    if (!after) {
        return after.error();
    }
    if (m_beforeCommit) {
        m_beforeCommit();
    }
    if (!tx.commit()) {
        return centralError(QStringLiteral("commit"), db().lastError());
    }
    QList<qint64> seqs;
    seqs.reserve(changes.size());
    for (const OutgoingChange& c : changes) {
        seqs << after->value(c.clientSeq);
    }
    return seqs;
}

Result<QList<JournalEntry>> CentralStore::pull(qint64 afterSeq, int limit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const QString columns = QStringLiteral("seq, client_id, client_seq, entity, entity_id, operation, fields, "
                                           "operator_id, changed_at");
    q.prepare(
        m_dialect == Dialect::SqlServer
            ? QStringLiteral("SELECT TOP (%1) %2 FROM hd_changes WHERE seq > ? ORDER BY seq").arg(limit).arg(columns)
            : QStringLiteral("SELECT %2 FROM hd_changes WHERE seq > ? ORDER BY seq LIMIT %1").arg(limit).arg(columns));
    q.addBindValue(afterSeq);
    if (!q.exec()) {
        return centralError(QStringLiteral("pull"), q.lastError());
    }
    QList<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.clientId = q.value(1).toString();
        e.clientSeq = q.value(2).toLongLong();
        e.change.entity = q.value(3).toString();
        e.change.entityId = q.value(4).toString();
        e.change.operation = operationOf(q.value(5).toString());
        // Parsed later by the applier, which refuses what is malformed; keep the raw text for its message.
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(6).toString().toUtf8(), &err);
        e.change.fields = doc.isObject()
                              ? doc.object()
                              : QJsonObject{{QStringLiteral("__malformed"), q.value(6).toString().left(200)}};
        e.change.operatorId = q.value(7).toString();
        e.change.at = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        out << e;
    }
    return out;
}

Result<qint64> CentralStore::latestSeq()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT max(seq) FROM hd_changes")) || !q.next()) {
        return centralError(QStringLiteral("read"), q.lastError());
    }
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

} // namespace hotline::sync
