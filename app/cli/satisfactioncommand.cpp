// hotlinedesk-cli satisfaction import FILE [--as NAME] and satisfaction rate --from D --to D [--json] [--as NAME]:
// the telephone system's post-call survey results and the satisfaction rate against the 90 % target
// (libcore/satisfaction). Exit codes: 0 done; 1 an error, or import rows refused; 2 bad usage; 3 not permitted.

#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "satisfaction/satisfactionrate.h"
#include "satisfaction/surveyimport.h"
#include "security/operator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::cli {
namespace {

// The operator named by --as, or the one who last logged in at this store.
std::optional<security::Operator> actingOperator(db::Database& db, const QCommandLineParser& parser)
{
    security::OperatorRepository ops(db.connection());
    const QString name = parser.value(QStringLiteral("as")).trimmed();
    auto found = name.isEmpty() ? ops.current() : ops.findByName(name);
    if (!found) {
        err() << "error: " << found.error().message << Qt::endl;
        return std::nullopt;
    }
    if (!found.value()) {
        if (name.isEmpty()) {
            err() << "hotlinedesk-cli satisfaction: nobody has logged in at this store; name the operator with --as "
                     "NAME"
                  << Qt::endl;
        } else {
            err() << "hotlinedesk-cli satisfaction: no operator named " << name << Qt::endl;
        }
        return std::nullopt;
    }
    return *found.value();
}

void addAs(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("as"),
                      QStringLiteral("The acting operator (a team lead or an administrator); default: the one who "
                                     "last logged in at this store."),
                      QStringLiteral("NAME")});
}

QJsonValue rateJson(const satisfaction::RateCounts& c)
{
    const auto r = c.rate();
    return QJsonObject{{QStringLiteral("satisfied"), c.satisfied},
                       {QStringLiteral("basically_satisfied"), c.basicallySatisfied},
                       {QStringLiteral("dissatisfied"), c.dissatisfied},
                       {QStringLiteral("rated"), c.total()},
                       {QStringLiteral("rate"), r ? QJsonValue(*r) : QJsonValue()},
                       {QStringLiteral("rate_text"), c.percentText()},
                       {QStringLiteral("meets_target"), c.meetsTarget()}};
}

QString rateLine(const satisfaction::RateCounts& c)
{
    return QStringLiteral("%1  (满意 %2, 基本满意 %3, 不满意 %4; %5 rated) %6")
        .arg(c.percentText())
        .arg(c.satisfied)
        .arg(c.basicallySatisfied)
        .arg(c.dissatisfied)
        .arg(c.total())
        .arg(c.total() == 0    ? QString()
             : c.meetsTarget() ? QStringLiteral("meets the target")
                               : QStringLiteral("BELOW the target"));
}

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Import the telephone system's post-call survey export (CSV, UTF-8 or GBK)."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file."));
    addAs(parser);
    if (!parse(parser, QStringLiteral("satisfaction import"), args)) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "usage: hotlinedesk-cli satisfaction import FILE [--db PATH] [--as NAME]" << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser);
    if (!by) {
        return 2;
    }
    SystemClock clock;
    UuidGenerator ids;
    satisfaction::SurveyImporter importer(db->connection(), clock, ids);
    auto done = importer.importFile(parser.positionalArguments().first(), *by);
    if (!done) {
        err() << "error: " << done.error().message << Qt::endl;
        return done.error().code == ErrorCode::Forbidden ? 3 : 1;
    }
    out() << "imported " << done->imported << ", duplicates " << done->duplicates << ", unmatched " << done->unmatched()
          << ", failed " << done->failed() << Qt::endl;
    for (const auto& f : done->failures) {
        err() << "line " << f.line << ": " << f.reason << Qt::endl;
    }
    return done->failed() > 0 ? 1 : 0;
}

int runRate(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("The satisfaction rate over a period (Beijing dates, both included)."));
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    addAs(parser);
    if (!parse(parser, QStringLiteral("satisfaction rate"), args)) {
        return 2;
    }
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || !parser.positionalArguments().isEmpty()) {
        err() << "usage: hotlinedesk-cli satisfaction rate --from YYYY-MM-DD --to YYYY-MM-DD [--json] [--db PATH] "
                 "[--as NAME]"
              << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser);
    if (!by) {
        return 2;
    }
    auto figures = satisfaction::satisfactionRate(db->connection(), from, to, *by);
    if (!figures) {
        err() << "error: " << figures.error().message << Qt::endl;
        return figures.error().code == ErrorCode::Forbidden ? 3 : 1;
    }
    const auto& f = figures.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray agents;
        for (const auto& a : f.agents) {
            QJsonObject o = rateJson(a.counts).toObject();
            o.insert(QStringLiteral("agent_id"), a.agentId);
            o.insert(QStringLiteral("agent"), a.agentName);
            agents.append(o);
        }
        const QJsonObject doc{{QStringLiteral("from"), f.from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
                              {QStringLiteral("target_percent"), satisfaction::kSatisfactionTargetPercent},
                              {QStringLiteral("overall"), rateJson(f.overall)},
                              {QStringLiteral("surveys"), rateJson(f.surveys)},
                              {QStringLiteral("return_visits"), rateJson(f.returnVisits)},
                              {QStringLiteral("chats"), rateJson(f.chats)},
                              {QStringLiteral("unmatched_surveys"), f.unmatchedSurveys},
                              {QStringLiteral("chats_without_agent"), f.chatsWithoutAgent},
                              {QStringLiteral("agents"), agents}};
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    out() << "satisfaction " << f.from.toString(Qt::ISODate) << " .. " << f.to.toString(Qt::ISODate) << " (target "
          << satisfaction::kSatisfactionTargetPercent << "%)\n";
    out() << "overall        " << rateLine(f.overall) << '\n';
    out() << "surveys        " << rateLine(f.surveys) << ", " << f.unmatchedSurveys << " unmatched\n";
    out() << "return visits  " << rateLine(f.returnVisits) << '\n';
    out() << "online chats   " << rateLine(f.chats) << '\n';
    for (const auto& a : f.agents) {
        out() << "  " << a.agentName.leftJustified(12) << ' ' << rateLine(a.counts) << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int runSatisfaction(const QStringList& args)
{
    if (args.value(0) == QLatin1String("import")) {
        return runImport(args.mid(1));
    }
    if (args.value(0) == QLatin1String("rate")) {
        return runRate(args.mid(1));
    }
    err() << "usage: hotlinedesk-cli satisfaction import FILE | rate --from D --to D  [--db PATH] [--as NAME]"
          << Qt::endl;
    return 2;
}

} // namespace hotline::cli
