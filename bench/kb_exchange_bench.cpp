// Knowledge-base import and export: the shipped demo knowledge base (170 articles) and the same scaled to about
// 10,000 articles (each demo article repeated under a new id and a numbered title), through JSON and Markdown.
// Usage: bench_kb_exchange [--articles 10000]

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "knowledge/kbexport.h"
#include "knowledge/kbimport.h"
#include "knowledge/kbjson.h"
#include "security/operator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace hotline;

namespace {

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_kb_exchange: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r) {
        fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), r.error().message));
    }
    return std::move(r).value();
}

qint64 folderBytes(const QString& folder)
{
    qint64 n = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        n += QFileInfo(it.next()).size();
    }
    return n;
}

struct Store {
    explicit Store(const QString& path) : db(check(db::Database::open(path), "open"))
    {
        security::OperatorRepository ops(db->connection());
        lead = check(ops.create(QStringLiteral("王组长"), security::Role::TeamLead, ids, clock), "operator");
    }
    UuidGenerator ids;
    SystemClock clock;
    std::unique_ptr<db::Database> db;
    security::Operator lead;
};

void measure(const QString& label, const knowledge::KbPackage& package, const QTemporaryDir& dir)
{
    Store source(dir.filePath(label + QStringLiteral("-source.db")));
    QElapsedTimer t;
    t.start();
    check(knowledge::importKnowledge(*source.db, package, source.lead, source.ids, source.clock), "load");
    const qint64 load = t.elapsed();

    const QString json = dir.filePath(label + QStringLiteral(".json"));
    t.restart();
    const auto exported = check(knowledge::exportKnowledgeJson(*source.db, json, source.clock), "export json");
    const qint64 exportJson = t.elapsed();
    const QString folder = dir.filePath(label + QStringLiteral("-md"));
    t.restart();
    check(knowledge::exportKnowledgeMarkdown(*source.db, folder), "export markdown");
    const qint64 exportMarkdown = t.elapsed();

    Store fromJson(dir.filePath(label + QStringLiteral("-json.db")));
    t.restart();
    check(knowledge::importKnowledgeSource(*fromJson.db, json, fromJson.lead, fromJson.ids, fromJson.clock),
          "import json");
    const qint64 importJson = t.elapsed();
    Store fromMarkdown(dir.filePath(label + QStringLiteral("-md.db")));
    t.restart();
    check(knowledge::importKnowledgeSource(*fromMarkdown.db, folder, fromMarkdown.lead, fromMarkdown.ids,
                                           fromMarkdown.clock),
          "import markdown");
    const qint64 importMarkdown = t.elapsed();

    std::printf("%-8s %6d articles  load %6lld ms | export JSON %5lld ms (%6.1f MB)  Markdown %6lld ms (%6.1f MB, %d "
                "files) | import JSON %6lld ms  Markdown %6lld ms\n",
                qPrintable(label), exported.articles, load, exportJson,
                static_cast<double>(QFileInfo(json).size()) / 1e6, exportMarkdown,
                static_cast<double>(folderBytes(folder)) / 1e6, exported.articles + 2, importJson, importMarkdown);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Size of the scaled knowledge base."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.process(app);
    const int wanted = parser.value(QStringLiteral("articles")).toInt();
    QTemporaryDir dir;
    const knowledge::KbPackage demo = check(knowledge::knowledgeFromJson(knowledge::demoKnowledgeJson()), "demo");
    measure(QStringLiteral("demo"), demo, dir);

    knowledge::KbPackage scaled = demo;
    scaled.articles.clear();
    for (int copy = 1; scaled.articles.size() < wanted; ++copy) {
        for (knowledge::ArticleRecord a : demo.articles) {
            a.id += QStringLiteral("-%1").arg(copy);
            a.title += QStringLiteral("（%1）").arg(copy);
            scaled.articles.append(a);
        }
    }
    measure(QStringLiteral("scaled"), scaled, dir);
    return 0;
}
