#include "synctest.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace hotline::test {

QString makeCentral(const std::string& kind, QTemporaryDir& dir)
{
    if (kind == "sqlite") {
        return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.db"));
    }
    QFile f(QStringLiteral(HOTLINE_PG_URL_FILE));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString base = QString::fromUtf8(f.readAll()).trimmed();
    const QString name = QStringLiteral("hd_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("pg-admin"));
        admin.setDatabaseName(base.mid(5));
        REQUIRE(admin.open());
        QSqlQuery q(admin);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE ") + name));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    QString url = base;
    url.replace(QStringLiteral("Database=postgres"), QStringLiteral("Database=") + name);
    return url;
}

Workstation::Workstation(int number, const QString& agentName) : ids(number)
{
    security::OperatorRepository ops(store.db->connection());
    agent = ops.create(agentName.isEmpty() ? QStringLiteral("坐席%1").arg(number) : agentName, security::Role::Agent,
                       ids, clock)
                .value();
    service = std::make_unique<tickets::WorkOrderService>(*store.db, clock, ids);
}

Result<sync::SyncReport> Workstation::sync(const QString& centralUrl)
{
    auto central = sync::CentralStore::connect(centralUrl);
    if (!central) {
        return central.error();
    }
    sync::SyncEngine engine(*store.db, *central.value(), clock);
    return engine.syncOnce();
}

tickets::WorkOrderDraft Workstation::draft(const QString& question) const
{
    tickets::WorkOrderDraft d;
    d.channel = tickets::Channel::Online;
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    QSqlQuery q(store.db->connection());
    q.exec(QStringLiteral("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1"));
    q.next();
    d.categoryId = q.value(0).toString();
    d.question = question;
    return d;
}

QString Workstation::canonicalDump() const
{
    static const QList<QPair<QString, QStringList>> tables{
        {QStringLiteral("operators"), {QStringLiteral("created_at")}},
        {QStringLiteral("categories"), {}},
        {QStringLiteral("work_orders"), {QStringLiteral("version"), QStringLiteral("updated_at")}},
        {QStringLiteral("work_order_events"), {}},
        {QStringLiteral("sync_conflicts"), {QStringLiteral("detected_at")}},
    };
    QStringList lines;
    for (const auto& [table, skip] : tables) {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
        while (q.next()) {
            QStringList cells{table};
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                if (!skip.contains(r.fieldName(i))) {
                    cells << r.fieldName(i) + QLatin1Char('=') + (r.isNull(i) ? QStringLiteral("∅") : r.value(i).toString());
                }
            }
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int Workstation::count(const QString& sql) const
{
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace hotline::test
