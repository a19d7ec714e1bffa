// hotlinedesk-cli kb export --json FILE | --markdown DIR, and kb import FILE|DIR [--as NAME]: the whole knowledge
// base to and from files (docs/knowledge-format.md). Import acts as an operator who must hold ManageKnowledge.

#include "cliutil.h"
#include "commands.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "knowledge/kbexport.h"
#include "knowledge/kbimport.h"

#include <QElapsedTimer>

namespace hotline::cli {

int runKbExport(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Export the whole knowledge base: kb export --json FILE | --markdown DIR"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write one JSON file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("markdown"),
                      QStringLiteral("Write a folder of Markdown files (created; an existing one must be empty)."),
                      QStringLiteral("DIR")});
    if (!parse(parser, QStringLiteral("kb export"), args)) {
        return 2;
    }
    const QString json = parser.value(QStringLiteral("json"));
    const QString markdown = parser.value(QStringLiteral("markdown"));
    if (json.isEmpty() == markdown.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err() << "usage: hotlinedesk-cli kb export --json FILE | --markdown DIR [--db PATH]" << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    auto done = json.isEmpty() ? knowledge::exportKnowledgeMarkdown(*db, markdown)
                               : knowledge::exportKnowledgeJson(*db, json, clock);
    if (!done) {
        err() << "error: " << done.error().message << Qt::endl;
        return 1;
    }
    out() << "exported " << done->articles << " articles, " << done->policies << " policy documents, "
          << done->categories << " categories to " << (json.isEmpty() ? markdown : json) << " in " << timer.elapsed()
          << " ms" << Qt::endl;
    return 0;
}

int runKbImport(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Import a knowledge base from a JSON file or a Markdown folder: kb import "
                                       "FILE|DIR. All or nothing."));
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("A JSON file or a Markdown folder."));
    parser.addOption({QStringLiteral("as"),
                      QStringLiteral("The operator who imports (a team lead or an administrator); default: the one "
                                     "who last logged in at this store."),
                      QStringLiteral("NAME")});
    if (!parse(parser, QStringLiteral("kb import"), args)) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "usage: hotlinedesk-cli kb import FILE|DIR [--db PATH] [--as NAME]" << Qt::endl;
        return 2;
    }
    auto db = openStore(parser);
    if (!db) {
        return 1;
    }
    const auto by = actingOperator(*db, parser, QStringLiteral("kb import"));
    if (!by) {
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    UuidGenerator ids;
    auto done = knowledge::importKnowledgeSource(*db, parser.positionalArguments().first(), *by, ids, clock);
    if (!done) {
        err() << "error: " << done.error().message << Qt::endl;
        return done.error().code == ErrorCode::Forbidden ? 3 : 1;
    }
    out() << "imported " << done->articles << " new articles, updated " << done->updated << ", unchanged "
          << done->unchanged << ", " << done->policies << " new policy documents, " << done->categories
          << " new categories, as " << by->name << " in " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

} // namespace hotline::cli
