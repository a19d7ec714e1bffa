// hotlinedesk-cli kb search "QUERY" [--top N] [--question] [--json]: the knowledge-base search agents use.

#include "cliutil.h"
#include "commands.h"
#include "knowledge/kbrepository.h"
#include "knowledge/synonymrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::cli {

int runKb(const QStringList& args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("gaps")) {
        return runKbGaps(args);
    }
    if (args.value(0) == QLatin1String("export")) {
        return runKbExport(args.mid(1));
    }
    if (args.value(0) == QLatin1String("import")) {
        return runKbImport(args.mid(1));
    }
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Search the knowledge base: kb search \"QUERY\""));
    parser.addPositionalArgument(QStringLiteral("search"), QStringLiteral("The action (search)."));
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("What to look for."));
    parser.addOption({QStringLiteral("top"), QStringLiteral("How many results (default 5)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("question"),
                      QStringLiteral("Treat the query as a whole question (any word, ranked) instead of keywords.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parse(parser, QStringLiteral("kb"), args)) {
        return 2;
    }
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || words.first() != QLatin1String("search")) {
        err() << "usage: hotlinedesk-cli kb search \"QUERY\" [--top N] [--question] [--json] --db PATH" << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 1 || top > 100) {
        err() << "hotlinedesk-cli kb: --top must be a number from 1 to 100" << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    knowledge::KbSearchOptions options;
    options.limit = top;
    options.mode =
        parser.isSet(QStringLiteral("question")) ? knowledge::QueryMode::Question : knowledge::QueryMode::Keywords;
    auto synonyms = knowledge::SynonymRepository(db->connection()).load(); // the store's own dictionary
    if (!synonyms) {
        err() << "error: " << synonyms.error().message << Qt::endl;
        return 1;
    }
    auto hits = knowledge::KbRepository(db->connection()).search(words.at(1), options, synonyms.value());
    if (!hits) {
        err() << "error: " << hits.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const knowledge::KbHit& h : hits.value()) {
            list.append(QJsonObject{{QStringLiteral("id"), h.id},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("category"), h.category},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("expired"), h.expired},
                                    {QStringLiteral("score"), h.score}});
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out().flush();
        return 0;
    }
    int n = 0;
    for (const knowledge::KbHit& h : hits.value()) {
        out() << ++n << ". [" << h.category << "] " << h.title << (h.expired ? "  (expired)" : "") << "\n   "
              << QString(h.snippet).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    if (n == 0) {
        out() << "no articles found\n";
    }
    out().flush();
    return 0;
}

} // namespace hotline::cli
