// Retrieval quality on real 12366 text: index every row of ../shared/data/tax-faq-corpus/nb-n-tax.csv (desc +
// content), ask with each row's short title, and see whether that row comes back. The product's own search path — real
// kb_articles in a temporary store, KbRepository::search in question mode with the store's synonym dictionary, BM25
// candidates re-ranked by knowledge/kbrank.h — against FTS5's own unicode61 and trigram tokenizers in the same run
// (and a bare FTS table with our tokenizer and the same match expression, to show what the store adds).
// Targets (issue "Knowledge base"): recall@5 >= 0.96 and recall@1 >= 0.92, above every baseline.
// What no text method can reach, so the figures are also given without it: 25 rows have neither question nor answer
// text ("暂无"); 23 rows are monthly digests whose title ("2011年11月纳税咨询热点问题") is a label found nowhere in
// their text (all 23 look alike); and 19 pairs of rows are the same article twice, so one of each pair is second at
// best. The best possible over all 820 is then recall@5 0.941 and recall@1 0.918; "answerable" leaves out the first
// two groups (a reporting subset only: nothing in the search knows about them).
// Usage: bench_kb_retrieval [--csv PATH]      (BENCH_SHOW_MISSES=1 prints our misses with what came first instead)

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/transaction.h"
#include "faqcorpus.h"
#include "knowledge/kbquery.h"
#include "knowledge/kbrepository.h"
#include "knowledge/synonymrepository.h"
#include "security/operator.h"
#include "text/cjktokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <sqlite3.h>

using namespace hotline;

namespace {

struct Row {
    QString title;
    QString question; // the asked question (desc), indexed like an article's title and 相似问
    QString answer;   // the answer (content), indexed like an article's body
};

struct Scores {
    int hits1 = 0;
    int hits5 = 0;
    double reciprocal = 0; // for MRR
    int n = 0;
    void add(int rank)
    {
        ++n;
        hits1 += rank == 1 ? 1 : 0;
        hits5 += rank >= 1 && rank <= 5 ? 1 : 0;
        reciprocal += rank >= 1 ? 1.0 / rank : 0;
    }
};

QString quote(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// unicode61 keeps a whole Chinese run as one token: the best it can do is any of the title's runs.
QString unicodeQuery(const QString& title)
{
    QStringList terms;
    for (const QString& w :
         title.split(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                     Qt::SkipEmptyParts)) {
        terms << quote(w);
    }
    return terms.join(QStringLiteral(" OR "));
}

// trigram: any three-character piece of the title.
QString trigramQuery(const QString& title)
{
    QStringList terms;
    for (const QString& w :
         title.split(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                     Qt::SkipEmptyParts)) {
        for (qsizetype i = 0; i + 3 <= w.size(); ++i) {
            terms << quote(w.mid(i, 3));
        }
    }
    terms.removeDuplicates();
    return terms.join(QStringLiteral(" OR "));
}

bool blank(const QString& t)
{
    return t.trimmed().isEmpty() || t.trimmed() == QStringLiteral("暂无");
}

// A monthly digest: its title is a date and a label, not a question.
bool digest(const QString& title)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}年\\d{1,2}月.*热点问题$"));
    return re.match(title).hasMatch();
}

void report(const char* name, const Scores& all, const Scores& withText, const Scores& notVerbatim,
            const Scores& answerable, double buildMs)
{
    std::printf("%-30s answerable %d: recall@1 %.3f recall@5 %.3f MRR %.3f\n", name, answerable.n,
                double(answerable.hits1) / answerable.n, double(answerable.hits5) / answerable.n,
                answerable.reciprocal / answerable.n);
    std::printf("%-30s all %d: recall@1 %.3f recall@5 %.3f MRR %.3f | with text %d: recall@1 %.3f recall@5 %.3f "
                "MRR %.3f | title not verbatim %d: recall@1 %.3f recall@5 %.3f MRR %.3f | index %.0f ms\n",
                name, all.n, double(all.hits1) / all.n, double(all.hits5) / all.n, all.reciprocal / all.n, withText.n,
                double(withText.hits1) / withText.n, double(withText.hits5) / withText.n,
                withText.reciprocal / withText.n, notVerbatim.n, double(notVerbatim.hits1) / notVerbatim.n,
                double(notVerbatim.hits5) / notVerbatim.n, notVerbatim.reciprocal / notVerbatim.n, buildMs);
}

// The product's path: each row an article (question as title, answer as body), asked through KbRepository::search.
void runProduct(const char* name, const QList<Row>& rows, bool withSynonyms, bool largeStore = false)
{
    QTemporaryDir dir;
    auto opened = db::Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return;
    }
    const std::unique_ptr<db::Database> store = std::move(opened).value();
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    SequentialIdGenerator ids;
    const QString author = security::OperatorRepository(store->connection())
                               .create(QStringLiteral("bench"), security::Role::Technician, ids, clock)
                               .value()
                               .id;
    knowledge::KbRepository repo(store->connection());
    const QString category = repo.categoryIdByName(QStringLiteral("热点问题")).value_or(QString());
    QElapsedTimer t;
    t.start();
    QList<QString> articleIds;
    {
        db::Transaction tx(store->connection());
        for (const Row& r : rows) {
            knowledge::Article a;
            a.id = ids.next();
            a.categoryId = category;
            a.title = blank(r.question) ? QStringLiteral("暂无") : r.question; // a title is required
            a.bodyHtml = QStringLiteral("<p>") + r.answer.toHtmlEscaped() + QStringLiteral("</p>");
            a.status = knowledge::ArticleStatus::Published;
            a.authorId = author;
            if (Outcome s = repo.insert(a, author, ids, clock); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return;
            }
            articleIds << a.id;
        }
        if (Outcome s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return;
        }
    }
    const double buildMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const knowledge::Synonyms synonyms =
        withSynonyms ? knowledge::SynonymRepository(store->connection()).load().value() : knowledge::Synonyms();
    knowledge::KbSearchOptions options;
    options.mode = knowledge::QueryMode::Question;
    options.limit = 5;
    options.today = QDate(2026, 11, 27);
    options.largeStore = largeStore;
    Scores all;
    Scores withText;
    Scores notVerbatim;
    Scores answerable;
    QElapsedTimer queries;
    queries.start();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto hits = repo.search(rows[i].title, options, synonyms);
        if (!hits) {
            std::fprintf(stderr, "%s\n", qPrintable(hits.error().message));
            return;
        }
        int rank = 0;
        for (qsizetype h = 0; h < hits->size(); ++h) {
            if (hits->at(h).id == articleIds[i]) {
                rank = static_cast<int>(h) + 1;
                break;
            }
        }
        all.add(rank);
        if (rank != 1 && withSynonyms && qEnvironmentVariableIsSet("BENCH_SHOW_MISSES")) {
            std::printf("%s %s\n  want: %s\n  got:  %s\n", rank == 0 ? "MISS" : "RANK", qPrintable(rows[i].title),
                        qPrintable(rows[i].question.left(80)),
                        qPrintable(hits->isEmpty() ? QString() : hits->first().title.left(80)));
        }
        if (!blank(rows[i].question) || !blank(rows[i].answer)) {
            withText.add(rank);
        }
        if (!rows[i].question.contains(rows[i].title)) {
            notVerbatim.add(rank);
        }
        if ((!blank(rows[i].question) || !blank(rows[i].answer)) && !digest(rows[i].title)) {
            answerable.add(rank);
        }
    }
    report(name, all, withText, notVerbatim, answerable, buildMs);
    std::printf("%-30s %.2f ms a question on average\n", "",
                static_cast<double>(queries.nsecsElapsed()) / 1e6 / rows.size());
}

void run(const char* name, const QString& tokenize, const QList<Row>& rows,
         const std::function<QString(const QString&)>& makeQuery)
{
    const QString connection = QString::fromLatin1(name);
    Scores all;
    Scores withText;
    Scores notVerbatim;
    Scores answerable;
    double buildMs = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
        text::registerCjkTokenizer(*static_cast<sqlite3* const*>(db.driver()->handle().constData()));
        QSqlQuery q(db);
        if (!q.exec(
                QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(question, body, tokenize='%1')").arg(tokenize))) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return;
        }
        QElapsedTimer t;
        t.start();
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO docs (rowid, question, body) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            q.addBindValue(i + 1);
            q.addBindValue(rows[i].question);
            q.addBindValue(rows[i].answer);
            q.exec();
        }
        db.commit();
        buildMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString match = makeQuery(rows[i].title);
            int rank = 0;
            if (!match.isEmpty()) {
                QSqlQuery s(db);
                // The question weighs more than the answer, as an article's title and 相似问 weigh more than its body.
                s.prepare(
                    QStringLiteral("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 1.0) LIMIT 5"));
                s.addBindValue(match);
                s.exec();
                for (int r = 1; s.next(); ++r) {
                    if (s.value(0).toLongLong() == i + 1) {
                        rank = r;
                        break;
                    }
                }
            }
            all.add(rank);
            if (!blank(rows[i].question) || !blank(rows[i].answer)) {
                withText.add(rank);
            }
            if (!rows[i].question.contains(rows[i].title)) {
                notVerbatim.add(rank);
            }
            if ((!blank(rows[i].question) || !blank(rows[i].answer)) && !digest(rows[i].title)) {
                answerable.add(rank);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    report(name, all, withText, notVerbatim, answerable, buildMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("The Q&A corpus."), QStringLiteral("PATH"), bench::defaultFaqCorpus()});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("csv"));
    const auto corpus = bench::readFaqCorpus(path);
    if (!corpus) {
        return 1;
    }
    QList<Row> rows;
    for (const bench::FaqRow& r : *corpus) {
        rows.append({r.title, r.desc, r.content});
    }
    std::printf("%lld rows of %s, each asked with its title\n", static_cast<long long>(rows.size()), qPrintable(path));
    runProduct("product search, question", rows, true);
    runProduct("product search, no synonyms", rows, false);
    runProduct("product search, question, as on a large store", rows, true, true);
    run("hotline_cjk words, bare FTS", QStringLiteral("hotline_cjk words"), rows, [](const QString& t) {
        return knowledge::matchExpression(t, knowledge::QueryMode::Question, knowledge::Synonyms::builtin());
    });
    run("FTS5 unicode61", QStringLiteral("unicode61"), rows, unicodeQuery);
    run("FTS5 trigram", QStringLiteral("trigram"), rows, trigramQuery);
    return 0;
}
