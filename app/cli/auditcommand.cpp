// hotlinedesk-cli audit verify|list --db PATH: checks the audit log's hash chain, or prints its latest entries.

#include "calendar/workcalendar.h"
#include "cliutil.h"
#include "commands.h"
#include "security/auditlog.h"
#include "security/operator.h"

#include <QDir>
#include <QFileInfo>

namespace hotline::cli {
namespace {

QString beijingText(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int verify(db::Database& db)
{
    auto report = security::AuditLog(db.connection()).verify();
    if (!report) {
        err() << "error: " << report.error().message << Qt::endl;
        return 2;
    }
    if (report->intact()) {
        out() << "audit log intact: " << report->entries << " entries" << Qt::endl;
        return 0;
    }
    out() << "audit log TAMPERED: " << report->problems.size() << " problem(s) in " << report->entries << " entries"
          << Qt::endl;
    for (const security::AuditProblem& p : report->problems) {
        out() << "  " << security::describe(p) << Qt::endl;
    }
    return 1;
}

int list(db::Database& db, int limit)
{
    auto entries = security::AuditLog(db.connection()).latest(limit);
    if (!entries) {
        err() << "error: " << entries.error().message << Qt::endl;
        return 2;
    }
    // Operators by name rather than by id, where the id is one.
    QHash<QString, QString> names;
    if (auto ops = security::OperatorRepository(db.connection()).all()) {
        for (const security::Operator& op : ops.value()) {
            names.insert(op.id, op.name);
        }
    }
    const auto name = [&names](const QString& id) { return id.isEmpty() ? QStringLiteral("-") : names.value(id, id); };
    for (const security::AuditEntry& e : entries.value()) {
        out() << e.station.left(8) << '#' << e.seq << "  " << beijingText(e.at) << "  " << e.action.leftJustified(18)
              << ' ' << name(e.operatorId) << "  " << name(e.target);
        if (!e.detail.isEmpty()) {
            out() << "  " << e.detail;
        }
        out() << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int runAudit(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("The tamper-evident audit log.\n\n"
                                       "  verify   check the hash chain; exit 0 when intact, 1 naming each edited or "
                                       "removed entry, 2 when it cannot be checked\n"
                                       "  list     print the newest entries (Beijing time)"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify or list"));
    parser.addOption({QStringLiteral("limit"), QStringLiteral("list: how many entries (default 50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    if (!parse(parser, QStringLiteral("audit"), args)) {
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("verify") && action != QLatin1String("list"))) {
        err() << "hotlinedesk-cli audit: say verify or list (hotlinedesk-cli audit --help)" << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        err() << "hotlinedesk-cli audit: --limit must be a positive number" << Qt::endl;
        return 2;
    }
    // Opening creates a missing store; there is nothing to check in one that does not exist yet.
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : db::Database::defaultPath();
    if (!QFileInfo(path).isFile()) {
        err() << "error: there is no store at " << QDir::toNativeSeparators(path) << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 2;
    }
    return action == QLatin1String("verify") ? verify(*db) : list(*db, limit);
}

} // namespace hotline::cli
