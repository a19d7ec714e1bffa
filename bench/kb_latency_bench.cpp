// Knowledge-base search latency on 100,000 articles made of real text: the rows of
// ../shared/data/tax-faq-corpus/nb-n-tax.csv and the demo KB (resources/kb/demo-articles.json), recombined into
// varied articles (one article's question as the title, other questions as 相似问, sentences of two answers as the
// body), stored through the product's schema and KbRepository::insert (kb_articles, versions, change log, kb_fts and
// kb_initials triggers). Then a few hundred real queries through KbRepository::search — the demo tags as keyword
// queries, the corpus titles as questions — and the same queries by a LIKE '%…%' scan, in the same run.
// Targets (issue "Knowledge base"): p50 < 5 ms, p95 < 20 ms. Prints figures; no pass/fail.
// Usage: bench_kb_latency [--articles N] [--db /var/tmp/hotline-kb-latency.db] [--csv PATH]

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/transaction.h"
#include "faqcorpus.h"
#include "knowledge/kbrepository.h"
#include "knowledge/synonymrepository.h"
#include "security/operator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace hotline;

namespace {

struct Source {
    QString title;
    QStringList similar;
    QStringList tags;
    QStringList sentences; // of the answer
};

QStringList sentencesOf(const QString& text)
{
    QStringList out;
    for (const QString& s : text.split(QRegularExpression(QStringLiteral("(?<=[。；！？\\n])")), Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty()) {
            out << s.trimmed();
        }
    }
    return out;
}

QString percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size()))); };
    return QStringLiteral("p50 %1 ms  p95 %2 ms  max %3 ms")
        .arg(at(0.50), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(ms.last(), 0, 'f', 2);
}

double median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

QList<double> timeEach(const QStringList& queries, const std::function<void(const QString&)>& run)
{
    QList<double> ms;
    QElapsedTimer t;
    for (const QString& q : queries) {
        t.start();
        run(q);
        ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("How many articles."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("The store to build (replaced)."), QStringLiteral("PATH"),
                      QStringLiteral("/var/tmp/hotline-kb-latency.db")});
    parser.addOption(
        {QStringLiteral("reuse"), QStringLiteral("Query the store already at --db instead of building it.")});
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("The Q&A corpus."), QStringLiteral("PATH"), bench::defaultFaqCorpus()});
    parser.process(app);
    const int count = parser.value(QStringLiteral("articles")).toInt();

    QList<Source> sources;
    QStringList questions;
    QStringList keywords;
    {
        const auto corpus = bench::readFaqCorpus(parser.value(QStringLiteral("csv")));
        if (!corpus) {
            return 1;
        }
        for (const bench::FaqRow& r : *corpus) {
            if (r.content.size() > 10) {
                const QString question = r.desc.trimmed().size() > 4 ? r.desc : r.title; // a title is required
                sources.append({question.mid(question.startsWith(QStringLiteral("问：")) ? 2 : 0),
                                {r.title},
                                {},
                                sentencesOf(r.content.mid(r.content.startsWith(QStringLiteral("答：")) ? 2 : 0))});
                questions << r.title;
            }
        }
    }
    {
        QFile f(QStringLiteral(":/kb/demo-articles.json"));
        f.open(QIODevice::ReadOnly);
        for (const QJsonValue v :
             QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("articles")).toArray()) {
            const QJsonObject o = v.toObject();
            Source s;
            s.title = o.value(QStringLiteral("title")).toString();
            for (const QJsonValue x : o.value(QStringLiteral("similar")).toArray()) {
                s.similar << x.toString();
            }
            for (const QJsonValue x : o.value(QStringLiteral("tags")).toArray()) {
                s.tags << x.toString();
                keywords << x.toString();
            }
            s.sentences = sentencesOf(knowledge::plainText(o.value(QStringLiteral("body")).toString()));
            sources << s;
        }
    }
    keywords.removeDuplicates();
    QRandomGenerator rng(12366);
    std::shuffle(questions.begin(), questions.end(), rng);
    std::shuffle(keywords.begin(), keywords.end(), rng);
    questions = questions.mid(0, 300);
    keywords = keywords.mid(0, 300);

    const QString path = parser.value(QStringLiteral("db"));
    const bool reuse = parser.isSet(QStringLiteral("reuse")) && QFile::exists(path);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!reuse) {
            QFile::remove(path + suffix);
        }
    }
    // Opened as the knowledge pane's search thread opens its connection (read through a memory map).
    db::OpenOptions openOptions;
    openOptions.memoryMapped = true;
    auto opened = db::Database::open(path, openOptions);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const std::unique_ptr<db::Database> store = std::move(opened).value();
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    SequentialIdGenerator ids;
    const QString author = reuse ? QString()
                                 : security::OperatorRepository(store->connection())
                                       .create(QStringLiteral("bench"), security::Role::Technician, ids, clock)
                                       .value()
                                       .id;
    knowledge::KbRepository repo(store->connection());
    QStringList categories;
    for (const char* name :
         {"政策法规·中央", "分项所得解读", "税收减免优惠", "征收管理", "扣缴端操作指南", "热点问题"}) {
        categories << repo.categoryIdByName(QString::fromUtf8(name)).value_or(QString());
    }

    if (reuse) {
        std::printf("querying %s as built before\n", qPrintable(path));
    } else {
        std::printf("building %d articles from %lld real sources into %s\n", count,
                    static_cast<long long>(sources.size()), qPrintable(path));
    }
    QElapsedTimer build;
    build.start();
    constexpr int kBatch = 5000;
    for (int done = reuse ? count : 0; done < count;) {
        db::Transaction tx(store->connection());
        for (int i = 0; i < kBatch && done < count; ++i, ++done) {
            const Source& a = sources.at(rng.bounded(static_cast<int>(sources.size())));
            const Source& b = sources.at(rng.bounded(static_cast<int>(sources.size())));
            knowledge::Article art;
            art.id = ids.next();
            art.categoryId = categories.at(rng.bounded(static_cast<int>(categories.size())));
            art.title = a.title;
            art.similar = a.similar.mid(0, 2) + QStringList{b.title};
            art.tags = a.tags + b.tags.mid(0, 1);
            QString body;
            for (const QString& s : a.sentences + b.sentences.mid(0, 1 + rng.bounded(3))) {
                body += QStringLiteral("<p>") + s.toHtmlEscaped() + QStringLiteral("</p>");
            }
            art.bodyHtml = body;
            art.status = rng.bounded(10) == 0 ? knowledge::ArticleStatus::Draft : knowledge::ArticleStatus::Published;
            art.authorId = author;
            if (Outcome s = repo.insert(art, author, ids, clock); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 1;
            }
        }
        if (Outcome s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
    }
    const double buildS = static_cast<double>(build.elapsed()) / 1000.0;
    QSqlQuery(store->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!reuse)
        std::printf("index build: %.1f s (%.0f articles/s, with versions and change log), file %.1f MB\n", buildS,
                    count / buildS, static_cast<double>(QFileInfo(path).size()) / 1e6);

    const knowledge::Synonyms synonyms = knowledge::SynonymRepository(store->connection()).load().value();
    knowledge::KbSearchOptions options;
    options.limit = 30; // what the pane asks for
    options.today = QDate(2026, 11, 27);
    int empty = 0;
    auto search = [&](const QString& q) {
        auto hits = repo.search(q, options, synonyms);
        empty += hits && hits->isEmpty() ? 1 : 0;
    };
    search(questions.first()); // warm the page cache
    options.mode = knowledge::QueryMode::Keywords;
    const QList<double> kw = timeEach(keywords, search);
    const int kwEmpty = std::exchange(empty, 0);
    options.mode = knowledge::QueryMode::Question;
    const QList<double> qu = timeEach(questions, search);
    const int quEmpty = std::exchange(empty, 0);
    // The pane: keywords first, the whole question when they find nothing.
    auto pane = [&](const QString& q) {
        options.mode = knowledge::QueryMode::Keywords;
        auto hits = repo.search(q, options, synonyms);
        if (hits && hits->isEmpty()) {
            options.mode = knowledge::QueryMode::Question;
            hits = repo.search(q, options, synonyms);
        }
    };
    const QList<double> pn = timeEach(questions, pane);
    QSqlQuery like(store->connection());
    like.prepare(QStringLiteral("SELECT id FROM kb_articles WHERE status = 'published' AND (title LIKE ? ESCAPE '\\' "
                                "OR similar LIKE ? ESCAPE '\\' OR body_text LIKE ? ESCAPE '\\') LIMIT 30"));
    auto scan = [&like](const QString& q) {
        QString p = q;
        p.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
        p.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + p + QLatin1Char('%');
        for (int i = 0; i < 3; ++i) {
            like.bindValue(i, pattern);
        }
        like.exec();
        while (like.next()) {
        }
    };
    // A LIKE search that ranks needs every match, not the first 30: the whole table is read every time.
    QSqlQuery likeAll(store->connection());
    likeAll.prepare(QStringLiteral("SELECT count(*) FROM kb_articles WHERE status = 'published' AND (title LIKE ? "
                                   "ESCAPE '\\' OR similar LIKE ? ESCAPE '\\' OR body_text LIKE ? ESCAPE '\\')"));
    auto scanAll = [&likeAll](const QString& q) {
        QString p = q;
        p.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
        p.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        for (int i = 0; i < 3; ++i) {
            likeAll.bindValue(i, QString(QLatin1Char('%') + p + QLatin1Char('%')));
        }
        likeAll.exec();
        likeAll.next();
    };
    const QList<double> kwLikeAll = timeEach(keywords.mid(0, 100), scanAll);
    const QList<double> kwLike = timeEach(keywords, scan);
    const QList<double> quLike = timeEach(questions, scan);
    std::printf("keyword queries  (%lld demo tags, %d found nothing):  %s\n", static_cast<long long>(kw.size()),
                kwEmpty, qPrintable(percentiles(kw)));
    std::printf("  same by LIKE '%%…%%' scan (first 30):                %s  -> FTS %.0fx faster at p50\n",
                qPrintable(percentiles(kwLike)), median(kwLike) / median(kw));
    std::printf("  every match by LIKE '%%…%%' (100 of them):           %s  -> FTS %.0fx faster at p50\n",
                qPrintable(percentiles(kwLikeAll)), median(kwLikeAll) / median(kw));
    std::printf("question queries (%lld corpus titles, %d found nothing): %s\n", static_cast<long long>(qu.size()),
                quEmpty, qPrintable(percentiles(qu)));
    std::printf("  same by LIKE '%%…%%' scan (first 30):                %s  -> FTS %.0fx faster at p50\n",
                qPrintable(percentiles(quLike)), median(quLike) / median(qu));
    std::printf("the pane (keywords, then the question if none):         %s\n", qPrintable(percentiles(pn)));
    return 0;
}
