// hotlinedesk-cli ask "QUESTION" [--json]: the answer robot, as a taxpayer-facing channel would use it; a question it
// cannot answer confidently is logged as a knowledge-base gap (asked by "cli").
// hotlinedesk-cli kb gaps [--json]: the open gaps, newest first.

#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "robot/gaps.h"
#include "robot/robot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace hotline::cli {
namespace {

void printJson(const QJsonObject& o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace

int runAsk(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Ask the answer robot a whole question: ask \"QUESTION\""));
    parser.addPositionalArgument(QStringLiteral("question"), QStringLiteral("The question, in quotes."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parse(parser, QStringLiteral("ask"), args)) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "usage: hotlinedesk-cli ask \"QUESTION\" [--json] [--db PATH]" << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    SystemClock clock;
    UuidGenerator ids;
    auto answer = robot::Robot(*db, clock, ids).answer(parser.positionalArguments().first(), QStringLiteral("cli"));
    if (!answer) {
        err() << "error: " << answer.error().message << Qt::endl;
        return answer.error().code == ErrorCode::InvalidInput ? 2 : 1;
    }
    const robot::Answer& a = answer.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray related;
        for (const robot::RelatedQuestion& r : a.related) {
            related.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("title"), r.title}});
        }
        QJsonObject o{{QStringLiteral("answered"), a.confident},
                      {QStringLiteral("confidence"), std::round(a.confidence * 1000) / 1000},
                      {QStringLiteral("article"), a.confident
                                                      ? QJsonValue(QJsonObject{{QStringLiteral("id"), a.articleId},
                                                                               {QStringLiteral("title"), a.title},
                                                                               {QStringLiteral("answer"), a.text}})
                                                      : QJsonValue()},
                      {QStringLiteral("related"), related}};
        if (!a.confident) {
            o.insert(QStringLiteral("best"), a.articleId.isEmpty()
                                                 ? QJsonValue()
                                                 : QJsonValue(QJsonObject{{QStringLiteral("id"), a.articleId},
                                                                          {QStringLiteral("title"), a.title}}));
            o.insert(QStringLiteral("gap"), a.gapId);
        }
        printJson(o);
        return 0;
    }
    const QString confidence = QString::number(a.confidence, 'f', 2);
    if (a.confident) {
        out() << a.title << "  (confidence " << confidence << ")\n\n" << a.text << "\n";
    } else {
        out() << "No confident answer (confidence " << confidence << "). The question was logged for the knowledge "
              << "base (gap " << a.gapId << "); an agent can register it for follow-up.\n";
        if (!a.articleId.isEmpty()) {
            out() << "Closest article: " << a.title << "\n";
        }
    }
    if (!a.related.isEmpty()) {
        out() << "\nRelated questions:\n";
        for (const robot::RelatedQuestion& r : a.related) {
            out() << "  - " << r.title << "\n";
        }
    }
    out().flush();
    return 0;
}

int runKbGaps(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Questions the answer robot could not answer: kb gaps"));
    parser.addPositionalArgument(QStringLiteral("gaps"), QStringLiteral("The action (gaps)."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parse(parser, QStringLiteral("kb gaps"), args)) {
        return 2;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("gaps")}) {
        err() << "usage: hotlinedesk-cli kb gaps [--json] [--db PATH]" << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    auto gaps = robot::openGaps(db->connection());
    if (!gaps) {
        err() << "error: " << gaps.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const robot::Gap& g : gaps.value()) {
            list.append(QJsonObject{{QStringLiteral("id"), g.id},
                                    {QStringLiteral("question"), g.question},
                                    {QStringLiteral("asked_at"), g.askedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("asked_by"), g.askedBy},
                                    {QStringLiteral("repeats"), g.repeats},
                                    {QStringLiteral("confidence"), std::round(g.confidence * 1000) / 1000},
                                    {QStringLiteral("best_article_id"), g.bestArticleId},
                                    {QStringLiteral("work_order_id"), g.workOrderId}});
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out().flush();
        return 0;
    }
    for (const robot::Gap& g : gaps.value()) {
        out() << g.askedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  x" << g.repeats << "  "
              << g.question << "  (confidence " << QString::number(g.confidence, 'f', 2)
              << (g.bestTitle.isEmpty() ? QString() : QStringLiteral(", closest: ") + g.bestTitle) << ")\n";
    }
    if (gaps->isEmpty()) {
        out() << "no open gaps\n";
    }
    out().flush();
    return 0;
}

} // namespace hotline::cli
