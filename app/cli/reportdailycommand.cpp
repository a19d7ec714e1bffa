// hotlinedesk-cli report daily --date YYYY-MM-DD [--json] [--xlsx FILE] [--as NAME] [--db PATH]: the 每日汇总 of one
// Beijing day (libcore/reports/dailysummary.h) as Chinese text or JSON, and optionally as a workbook (audited).
// Exit codes: 0 done; 1 an error; 2 bad usage; 3 not permitted.

#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "reports/dailysummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::cli {
namespace {

QJsonObject rateJson(const satisfaction::RateCounts& c)
{
    const auto r = c.rate();
    return {{QStringLiteral("satisfied"), c.satisfied},
            {QStringLiteral("basically_satisfied"), c.basicallySatisfied},
            {QStringLiteral("dissatisfied"), c.dissatisfied},
            {QStringLiteral("rated"), c.total()},
            {QStringLiteral("rate"), r ? QJsonValue(*r) : QJsonValue()},
            {QStringLiteral("rate_text"), c.percentText()},
            {QStringLiteral("meets_target"), c.meetsTarget()}};
}

QJsonObject summaryJson(const reports::DailySummary& s)
{
    QJsonArray groups;
    for (const auto& g : s.byGroup) {
        groups.append(QJsonObject{{QStringLiteral("group"), g.groupName}, {QStringLiteral("received"), g.received}});
    }
    QJsonArray topics;
    for (const auto& c : s.byTopic) {
        topics.append(QJsonObject{{QStringLiteral("group"), c.groupName},
                                  {QStringLiteral("topic"), c.topicName},
                                  {QStringLiteral("received"), c.received}});
    }
    QJsonObject channels;
    for (const auto& c : s.byChannel) {
        channels.insert(tickets::key(c.channel), c.received);
    }
    QJsonArray agents;
    for (const auto& a : s.agents) {
        agents.append(QJsonObject{{QStringLiteral("agent_id"), a.agentId},
                                  {QStringLiteral("agent"), a.agentName},
                                  {QStringLiteral("received"), a.received},
                                  {QStringLiteral("resolved"), a.resolved},
                                  {QStringLiteral("overdue"), a.overdue},
                                  {QStringLiteral("satisfaction"), rateJson(a.satisfaction)}});
    }
    return {{QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("working_day"), s.workingDay},
            {QStringLiteral("day_name"), s.dayName},
            {QStringLiteral("received"), s.received},
            {QStringLiteral("resolved"), s.resolved},
            {QStringLiteral("resolved_of_day"), s.resolvedOfDay},
            {QStringLiteral("open"), s.open},
            {QStringLiteral("overdue"), s.overdue},
            {QStringLiteral("overdue_of_day"), s.overdueOfDay},
            {QStringLiteral("target_percent"), satisfaction::kSatisfactionTargetPercent},
            {QStringLiteral("satisfaction"), rateJson(s.satisfaction)},
            {QStringLiteral("chat_satisfaction"), rateJson(s.chatSatisfaction)},
            {QStringLiteral("online"), QJsonObject{{QStringLiteral("conversations"), s.online.conversations},
                                                   {QStringLiteral("robot"), s.online.robotConversations},
                                                   {QStringLiteral("agents"), s.online.agentConversations},
                                                   {QStringLiteral("served"), s.online.served},
                                                   {QStringLiteral("left_messages"), s.online.leftMessages},
                                                   {QStringLiteral("answers_rated"), s.online.answersRated},
                                                   {QStringLiteral("helpful"), s.online.helpful}}},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("topics"), topics},
            {QStringLiteral("channels"), channels},
            {QStringLiteral("agents"), agents}};
}

int exitCodeOf(const Error& e)
{
    return e.code == ErrorCode::Forbidden ? 3 : 1;
}

} // namespace

int runReportDaily(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("The daily consultation summary (每日汇总) of one Beijing day."));
    parser.addOption({QStringLiteral("date"), QStringLiteral("The day, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    parser.addOption(
        {QStringLiteral("xlsx"), QStringLiteral("Also write the workbook (audited)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("as"),
                      QStringLiteral("The acting operator (a team lead or an administrator); default: the one who "
                                     "last logged in at this store."),
                      QStringLiteral("NAME")});
    if (!parse(parser, QStringLiteral("report daily"), args)) {
        return 2;
    }
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid() || !parser.positionalArguments().isEmpty()) {
        err() << "usage: hotlinedesk-cli report daily --date YYYY-MM-DD [--json] [--xlsx FILE] [--db PATH] [--as NAME]"
              << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser, QStringLiteral("report daily"));
    if (!by) {
        return 2;
    }
    writeFilesInChinese();
    auto summary = reports::dailySummary(*db, date, *by);
    if (!summary) {
        err() << "error: " << summary.error().message << Qt::endl;
        return exitCodeOf(summary.error());
    }
    if (parser.isSet(QStringLiteral("xlsx"))) {
        SystemClock clock;
        UuidGenerator ids;
        auto written = reports::exportDailySummary(*db, date, parser.value(QStringLiteral("xlsx")), *by, ids, clock);
        if (!written) {
            err() << "error: " << written.error().message << Qt::endl;
            return exitCodeOf(written.error());
        }
        err() << "wrote " << written->path << " (sha256 " << written->sha256 << ")" << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(summaryJson(summary.value())).toJson(QJsonDocument::Indented);
    } else {
        out() << reports::dailySummaryText(summary.value());
    }
    out().flush();
    return 0;
}

} // namespace hotline::cli
