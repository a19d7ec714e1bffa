#include "common/bootstrap.h"
#include "knowledge/backgroundsearch.h"
#include "knowledge/hitdelegate.h"
#include "knowledge/kbcategories.h"
#include "knowledge/kbimport.h"
#include "knowledge/knowledgepane.h"
#include "knowledge/synonymrepository.h"
#include "knowledge/synonymsdialog.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace hotline;

namespace {

struct KbDesk {
    explicit KbDesk(security::Role role)
    {
        ws = ui::openWorkspace(dir.filePath(QStringLiteral("desk.db")), clock, ids).value();
        security::OperatorRepository ops(ws->db->connection());
        ws->currentOperator = ops.create(QStringLiteral("坐席"), role, ids, clock).value();
        const QString lead = ops.create(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value().id;
        REQUIRE(knowledge::importKnowledgeJson(*ws->db, knowledge::demoKnowledgeJson(), ws->currentOperator.id, lead,
                                               ids, clock)
                    .ok());
        pane = std::make_unique<ui::KnowledgePane>(*ws);
        pane->resize(1200, 700);
        pane->show();
    }
    QStringList results() const
    {
        QStringList out;
        for (int i = 0; i < pane->results()->count(); ++i) {
            out << pane->results()->item(i)->text();
        }
        return out;
    }
    // After a filter changed: the search runs on the search thread.
    QStringList resultsWhenDone() const
    {
        REQUIRE(QTest::qWaitFor([this] { return !pane->searching(); }, 5000));
        return results();
    }
    void search(const QString& text)
    {
        pane->searchEdit()->setText(text);
        pane->search();
    }
    QTemporaryDir dir;
    ManualClock clock{test::beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    std::unique_ptr<ui::KnowledgePane> pane;
};

} // namespace

TEST_CASE("search results show the matched words in bold, not as markers")
{
    CHECK(ui::HitDelegate::snippetHtml(QStringLiteral("…按〖年终奖〗<表>计税")) ==
          QStringLiteral("…按<b>年终奖</b>&lt;表&gt;计税"));
    KbDesk desk(security::Role::Agent);
    desk.search(QStringLiteral("年终奖"));
    REQUIRE(desk.pane->results()->count() > 0);
    QListWidgetItem* first = desk.pane->results()->item(0);
    CHECK_FALSE(first->text().contains(QStringLiteral("〖")));
    const QString html = first->data(ui::HitDelegate::HtmlRole).toString();
    CHECK(html.contains(QStringLiteral("<b>")));
    CHECK_FALSE(html.contains(QStringLiteral("〖")));
    CHECK(desk.pane->results()
              ->itemDelegate()
              ->sizeHint(QStyleOptionViewItem(), desk.pane->results()->model()->index(0, 0))
              .height() > 20);
}

TEST_CASE("results filter by category and status, and an agent sees only published articles by default")
{
    KbDesk desk(security::Role::Agent);
    QComboBox* category = desk.pane->categoryFilter();
    QComboBox* status = desk.pane->statusFilter();
    CHECK(status->isVisibleTo(desk.pane.get()));
    CHECK(status->currentData().toString() == QStringLiteral("published"));
    CHECK_FALSE(desk.pane->findChild<QPushButton*>(QStringLiteral("kbSynonymsButton"))->isVisibleTo(desk.pane.get()));

    desk.search(QStringLiteral("专项附加扣除"));
    const QStringList all = desk.results();
    REQUIRE(all.size() > 3);
    category->setCurrentIndex(category->findText(QStringLiteral("扣缴端操作指南"))); // searches again by itself
    const QStringList client = desk.resultsWhenDone();
    REQUIRE_FALSE(client.isEmpty());
    CHECK(client.size() < all.size());
    for (const QString& r : client) {
        CHECK(r.contains(QStringLiteral("[扣缴端操作指南]")));
    }
    status->setCurrentIndex(status->findData(QStringLiteral("draft")));
    CHECK(desk.resultsWhenDone().isEmpty()); // the demo KB is all published
    status->setCurrentIndex(status->findData(QString()));
    CHECK(desk.resultsWhenDone().size() == client.size());

    // A category added meanwhile (知识库分类) is offered at the next search; the chosen one stays chosen.
    security::OperatorRepository ops(desk.ws->db->connection());
    const security::Operator lead =
        ops.create(QStringLiteral("组长"), security::Role::TeamLead, desk.ids, desk.clock).value();
    REQUIRE(knowledge::KbCategoryRepository(desk.ws->db->connection())
                .add(QStringLiteral("社保费"), lead, desk.ids, desk.clock)
                .ok());
    CHECK(category->findText(QStringLiteral("社保费")) < 0);
    desk.search(QStringLiteral("专项附加扣除"));
    CHECK(category->findText(QStringLiteral("社保费")) > 0);
    CHECK(category->currentText() == QStringLiteral("扣缴端操作指南"));
}

TEST_CASE("a team lead edits the synonym dictionary from the knowledge pane and searches use it at once")
{
    KbDesk desk(security::Role::TeamLead);
    auto* button = desk.pane->findChild<QPushButton*>(QStringLiteral("kbSynonymsButton"));
    REQUIRE(button->isVisibleTo(desk.pane.get()));
    desk.search(QStringLiteral("小孩上学"));
    CHECK(desk.results().isEmpty());

    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = desk.pane->findChild<ui::SynonymsDialog*>();
    REQUIRE(dialog != nullptr);
    const int before = dialog->groups()->topLevelItemCount();
    CHECK(before == knowledge::Synonyms::builtin().groups().size());

    dialog->wordsEdit()->setText(QStringLiteral("小孩上学"));
    dialog->addGroup();
    CHECK(dialog->errorLabel()->text() ==
          QCoreApplication::translate("hotline::knowledge", "A synonym group needs at least two different words."));
    dialog->wordsEdit()->setText(QStringLiteral("小孩上学，个税"));
    dialog->addGroup();
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("个税")));
    CHECK(dialog->groups()->topLevelItemCount() == before);

    dialog->wordsEdit()->setText(QStringLiteral("小孩上学、子女教育"));
    QTest::keyClick(dialog->wordsEdit(), Qt::Key_Return); // nothing selected: a new group
    CHECK(dialog->errorLabel()->text().isEmpty());
    CHECK(dialog->groups()->topLevelItemCount() == before + 1);
    CHECK(dialog->groups()->currentItem()->text(0) == QStringLiteral("小孩上学、子女教育"));
    CHECK_FALSE(desk.results().isEmpty()); // the pane searched again with the new dictionary

    dialog->wordsEdit()->setText(QStringLiteral("小孩读书、子女教育"));
    dialog->saveSelected();
    CHECK(dialog->groups()->currentItem()->text(0) == QStringLiteral("小孩读书、子女教育"));
    CHECK(desk.results().isEmpty()); // 小孩上学 is no longer a synonym
    dialog->removeSelected();
    CHECK(dialog->groups()->topLevelItemCount() == before);
    CHECK(knowledge::SynonymRepository(desk.ws->db->connection()).groups().value().size() == before);
    dialog->close();
}

TEST_CASE("render the knowledge pane's results and the synonym dictionary", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("HOTLINEDESK_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    KbDesk desk(security::Role::TeamLead);
    desk.search(QStringLiteral("扣缴端 专项附加扣除"));
    QTest::qWait(50);
    CHECK(desk.pane->grab().save(out + QStringLiteral("/kbsearch.png")));
    desk.pane->editSynonyms();
    auto* dialog = desk.pane->findChild<ui::SynonymsDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->wordsEdit()->setText(QStringLiteral("小孩上学，个税"));
    dialog->addGroup();
    QTest::qWait(50);
    CHECK(dialog->grab().save(out + QStringLiteral("/synonyms.png")));
}

TEST_CASE("typing searches on the search thread and only the newest search is shown")
{
    KbDesk desk(security::Role::Agent);
    desk.pane->searchEdit()->setText(QStringLiteral("年终奖"));
    desk.pane->searchAsYouType();
    desk.pane->searchEdit()->setText(QStringLiteral("扣缴端 备份"));
    desk.pane->searchAsYouType();
    QTRY_VERIFY(desk.pane->results()->count() > 0);
    QTest::qWait(200); // an answer to 年终奖, had it run, would come by now
    for (const QString& r : desk.results()) {
        CHECK_FALSE(r.contains(QStringLiteral("年终奖")));
    }
    knowledge::KbSearchOptions o;
    o.limit = 30;
    const auto expected = ui::searchKnowledge(desk.ws->db->connection(), QStringLiteral("扣缴端 备份"), o).value();
    REQUIRE(desk.results().size() == expected.size());
    CHECK(desk.results().first().startsWith(expected.first().title));

    // A search run at once (Enter) is not replaced by the answer to what was typed before it.
    desk.pane->searchEdit()->setText(QStringLiteral("年终奖"));
    desk.pane->searchAsYouType();
    desk.search(QStringLiteral("申报密码"));
    const QStringList now = desk.results();
    REQUIRE_FALSE(now.isEmpty());
    CHECK_FALSE(desk.pane->searching());
    QTest::qWait(300);
    CHECK(desk.results() == now);
}
