#include "categories/categorydialog.h"
#include "common/bootstrap.h"
#include "testsupport.h"
#include "tickets/categories.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace hotline;

namespace {

struct Store {
    Store()
    {
        auto opened = ui::openWorkspace(dir.filePath(QStringLiteral("desk.db")), clock, ids);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
};

} // namespace

TEST_CASE("the category dialog adds, renames and removes topics and refuses to remove a group with topics")
{
    Store s;
    s.ws->currentOperator = security::OperatorRepository(s.ws->db->connection())
                                .create(QStringLiteral("管理员"), security::Role::Admin, s.ids, s.clock)
                                .value();
    ui::CategoryDialog dialog(*s.ws);
    QTreeWidget* tree = dialog.tree();
    REQUIRE(tree->topLevelItemCount() == 4); // the seed tree and 网上咨询 (schema 13)
    QTreeWidgetItem* software = tree->topLevelItem(0);
    CHECK(software->text(0) == QStringLiteral("扣缴端软件"));
    const int topics = software->childCount();

    tree->setCurrentItem(software);
    dialog.nameEdit()->setText(QStringLiteral("个人养老金"));
    dialog.addTopic();
    software = tree->topLevelItem(0);
    REQUIRE(software->childCount() == topics + 1);
    CHECK(software->child(topics)->text(0) == QStringLiteral("个人养老金"));

    tree->setCurrentItem(software->child(topics));
    dialog.nameEdit()->setText(QStringLiteral("个人养老金扣除"));
    dialog.renameSelected();
    CHECK(tree->topLevelItem(0)->child(topics)->text(0) == QStringLiteral("个人养老金扣除"));

    tree->setCurrentItem(tree->topLevelItem(0));
    dialog.removeSelected();
    CHECK(tree->topLevelItem(0)->childCount() == topics + 1); // refused: it has topics

    tree->setCurrentItem(tree->topLevelItem(0)->child(topics));
    dialog.removeSelected();
    CHECK(tree->topLevelItem(0)->childCount() == topics);
    auto all = tickets::CategoryRepository(s.ws->db->connection()).all().value();
    CHECK(std::none_of(all.begin(), all.end(),
                       [](const tickets::Category& c) { return c.name.startsWith(QStringLiteral("个人养老金")); }));
}

TEST_CASE("a store the workstation cannot open is explained in Chinese and the CLI explains it in English")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        db::OpenOptions options;
        auto created = db::Database::open(path, options);
        REQUIRE(created.ok());
        QSqlQuery(created.value()->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    ManualClock clock{test::beijing(QStringLiteral("2025-09-30 10:00"))};
    SequentialIdGenerator ids;
    auto opened = ui::openWorkspace(path, clock, ids);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::StoreNewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("更高版本")));
    CHECK(opened.error().message.contains(QStringLiteral("999")));

    QProcess cli;
    cli.start(QStringLiteral(HOTLINE_BINARY_DIR "/app/cli/hotlinedesk-cli"),
              {QStringLiteral("demo"), QStringLiteral("--db"), path});
    REQUIRE(cli.waitForFinished(10000));
    CHECK(cli.exitCode() == 1);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    CHECK(err.contains(QStringLiteral("newer HotlineDesk")));
}
