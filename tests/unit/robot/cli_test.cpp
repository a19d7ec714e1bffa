// hotlinedesk-cli ask and kb gaps, run as the built binary against a store holding the demo knowledge base.

#include "knowledge/kbimport.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace hotline;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

struct Sandbox {
    Sandbox()
    {
        auto db = db::Database::open(store());
        REQUIRE(db.ok());
        ManualClock clock(test::beijing(QStringLiteral("2026-11-27 10:00")));
        SequentialIdGenerator ids;
        security::OperatorRepository ops(db.value()->connection());
        const QString author = ops.create(QStringLiteral("王强"), security::Role::Technician, ids, clock).value().id;
        const QString lead = ops.create(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value().id;
        REQUIRE(
            knowledge::importKnowledgeJson(*db.value(), knowledge::demoKnowledgeJson(), author, lead, ids, clock).ok());
    }
    QString store() const { return dir.filePath(QStringLiteral("store.db")); }
    // With its own empty data folder, so no test can read or create the user's default store.
    Run operator()(QStringList args) const
    {
        args << QStringLiteral("--db") << store();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli"), args);
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QTemporaryDir dir;
};

QJsonObject object(const Run& r)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(r.out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("cli: ask prints the answer, its confidence and related questions, as text or JSON")
{
    Sandbox cli;
    const Run text = cli({QStringLiteral("ask"), QStringLiteral("年终奖怎么计税")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("年终奖怎么计税？  (confidence 1.00)")));
    CHECK(text.out.contains(QStringLiteral("Related questions:")));

    const Run json = cli({QStringLiteral("ask"), QStringLiteral("年终奖怎么计税"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = object(json);
    CHECK(o.value(QStringLiteral("answered")).toBool());
    CHECK(o.value(QStringLiteral("confidence")).toDouble() >= 0.55);
    const QJsonObject article = o.value(QStringLiteral("article")).toObject();
    CHECK(article.value(QStringLiteral("id")).toString() == QStringLiteral("KB0152"));
    CHECK(article.value(QStringLiteral("title")).toString() == QStringLiteral("年终奖怎么计税？"));
    CHECK_FALSE(article.value(QStringLiteral("answer")).toString().isEmpty());
    const QJsonArray related = o.value(QStringLiteral("related")).toArray();
    REQUIRE(related.size() == 3);
    for (const QJsonValue r : related) {
        CHECK(r.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("KB0152"));
        CHECK_FALSE(r.toObject().value(QStringLiteral("title")).toString().isEmpty());
    }
}

TEST_CASE("cli: a question without a confident answer is logged and listed by kb gaps")
{
    Sandbox cli;
    CHECK(cli({QStringLiteral("kb"), QStringLiteral("gaps")}).out.contains(QStringLiteral("no open gaps")));
    const Run text = cli({QStringLiteral("ask"), QStringLiteral("今天天气怎么样")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("No confident answer")));
    const QJsonObject o =
        object(cli({QStringLiteral("ask"), QStringLiteral("今天天气怎么样？"), QStringLiteral("--json")}));
    CHECK_FALSE(o.value(QStringLiteral("answered")).toBool());
    CHECK(o.value(QStringLiteral("article")).isNull());
    CHECK(o.value(QStringLiteral("confidence")).toDouble() < 0.55);

    const Run gaps = cli({QStringLiteral("kb"), QStringLiteral("gaps"), QStringLiteral("--json")});
    REQUIRE(gaps.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(gaps.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(QStringLiteral("repeats")).toInt() == 2);
    CHECK(list.first().toObject().value(QStringLiteral("asked_by")).toString() == QStringLiteral("cli"));
    CHECK(cli({QStringLiteral("kb"), QStringLiteral("gaps")}).out.contains(QStringLiteral("x2")));
}

TEST_CASE("cli: ask refuses a missing or empty question with exit code 2")
{
    Sandbox cli;
    CHECK(cli({QStringLiteral("ask")}).exitCode == 2);
    const Run empty = cli({QStringLiteral("ask"), QStringLiteral("  ？ ")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("Question")));
    CHECK(cli({QStringLiteral("ask"), QStringLiteral("a"), QStringLiteral("b")}).exitCode == 2);
    CHECK(cli({QStringLiteral("kb"), QStringLiteral("gaps"), QStringLiteral("extra")}).exitCode == 2);
}
