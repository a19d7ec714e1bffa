#include "testsupport.h"
#include "text/diff.h"

using namespace hotline::text;

namespace {

// The old and the new text put back together from a diff's rows.
std::pair<QString, QString> sides(const QList<DiffRow>& rows)
{
    QStringList left;
    QStringList right;
    for (const DiffRow& r : rows) {
        auto join = [](const QList<DiffSegment>& segments) {
            QString s;
            for (const DiffSegment& x : segments) {
                s += x.text;
            }
            return s;
        };
        if (r.leftLine > 0) {
            left << join(r.left);
        }
        if (r.rightLine > 0) {
            right << join(r.right);
        }
    }
    return {left.join(QLatin1Char('\n')), right.join(QLatin1Char('\n'))};
}

} // namespace

TEST_CASE("character diff of Chinese text marks exactly the changed characters")
{
    const auto d = diffCharacters(QStringLiteral("每月扣除1000元"), QStringLiteral("每月扣除2000元"));
    REQUIRE(d.size() == 4);
    CHECK(d[0] == DiffSegment{DiffOp::Equal, QStringLiteral("每月扣除")});
    CHECK(d[1] == DiffSegment{DiffOp::Delete, QStringLiteral("1")});
    CHECK(d[2] == DiffSegment{DiffOp::Insert, QStringLiteral("2")});
    CHECK(d[3] == DiffSegment{DiffOp::Equal, QStringLiteral("000元")});

    const auto words = diffCharacters(QStringLiteral("子女教育专项附加扣除"), QStringLiteral("婴幼儿照护专项附加扣除"));
    CHECK(words.last() == DiffSegment{DiffOp::Equal, QStringLiteral("专项附加扣除")});
}

TEST_CASE("character diff of empty texts")
{
    CHECK(diffCharacters(QString(), QString()).isEmpty());
    CHECK(diffCharacters(QString(), QStringLiteral("新增")) ==
          QList<DiffSegment>{{DiffOp::Insert, QStringLiteral("新增")}});
    CHECK(diffCharacters(QStringLiteral("删除"), QString()) ==
          QList<DiffSegment>{{DiffOp::Delete, QStringLiteral("删除")}});
    CHECK(diffCharacters(QStringLiteral("相同"), QStringLiteral("相同")) ==
          QList<DiffSegment>{{DiffOp::Equal, QStringLiteral("相同")}});
}

TEST_CASE("character diff never splits a character outside the basic plane")
{
    const QString before = QStringLiteral("姓名𠀀甲");
    const QString after = QStringLiteral("姓名𠀁甲");
    const auto d = diffCharacters(before, after);
    REQUIRE(d.size() == 4);
    CHECK(d[1].text == QStringLiteral("𠀀"));
    CHECK(d[2].text == QStringLiteral("𠀁"));
}

TEST_CASE("line diff pairs changed lines and keeps unchanged, removed and added ones apart")
{
    const QString before = QStringLiteral("标题\n子女教育每月1000元\n旧的一行\n结尾");
    const QString after = QStringLiteral("标题\n子女教育每月2000元\n结尾\n新增一行");
    const auto rows = diffLines(before, after);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].kind == DiffRow::Kind::Same);
    CHECK(rows[0].leftLine == 1);
    CHECK(rows[0].rightLine == 1);
    CHECK(rows[1].kind == DiffRow::Kind::Changed);
    CHECK(rows[1].left == QList<DiffSegment>{{DiffOp::Equal, QStringLiteral("子女教育每月")},
                                             {DiffOp::Delete, QStringLiteral("1")},
                                             {DiffOp::Equal, QStringLiteral("000元")}});
    CHECK(rows[1].right == QList<DiffSegment>{{DiffOp::Equal, QStringLiteral("子女教育每月")},
                                              {DiffOp::Insert, QStringLiteral("2")},
                                              {DiffOp::Equal, QStringLiteral("000元")}});
    CHECK(rows[2].kind == DiffRow::Kind::Removed);
    CHECK(rows[2].leftLine == 3);
    CHECK(rows[2].rightLine == 0);
    CHECK(rows[3].kind == DiffRow::Kind::Same);
    CHECK(rows[3].leftLine == 4);
    CHECK(rows[3].rightLine == 3);
    CHECK(rows[4].kind == DiffRow::Kind::Added);
    CHECK(rows[4].leftLine == 0);
    CHECK(rows[4].rightLine == 4);
    CHECK(sides(rows) == std::pair{before, after});
}

TEST_CASE("line diff of empty texts")
{
    CHECK(diffLines(QString(), QString()).isEmpty());
    const auto added = diffLines(QString(), QStringLiteral("一\n二"));
    REQUIRE(added.size() == 2);
    CHECK(added[0].kind == DiffRow::Kind::Added);
    CHECK(added[1].rightLine == 2);
    const auto removed = diffLines(QStringLiteral("一\n二"), QString());
    REQUIRE(removed.size() == 2);
    CHECK(removed[1].kind == DiffRow::Kind::Removed);
    CHECK(removed[1].leftLine == 2);
    const auto same = diffLines(QStringLiteral("一\n\n二"), QStringLiteral("一\n\n二"));
    REQUIRE(same.size() == 3);
    CHECK(std::all_of(same.begin(), same.end(), [](const DiffRow& r) { return r.kind == DiffRow::Kind::Same; }));
}

TEST_CASE("line diff reproduces both texts for many edits")
{
    const QStringList pool{QStringLiteral("年度汇算"),
                           QStringLiteral("个人养老金"),
                           QStringLiteral("扣缴端备份"),
                           QStringLiteral("劳务报酬"),
                           QString(),
                           QStringLiteral("稿酬 20%")};
    for (int seed = 0; seed < 50; ++seed) {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 8; ++i) {
            a << pool[(seed * 7 + i * 3) % pool.size()];
            if ((seed + i) % 3 != 0) {
                b << pool[(seed * 5 + i * 2) % pool.size()] + (i % 2 == 0 ? QStringLiteral("改") : QString());
            }
        }
        const QString before = a.join(QLatin1Char('\n'));
        const QString after = b.join(QLatin1Char('\n'));
        CHECK(sides(diffLines(before, after)) == std::pair{before, after});
    }
}

TEST_CASE("long texts: changed and added whole when the LCS table would be too large, exact for a small edit")
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 2500; ++i) {
        a << QStringLiteral("旧行%1").arg(i);
        b << QStringLiteral("新行%1").arg(i);
    }
    const QString before = a.join(QLatin1Char('\n'));
    const QString after = b.join(QLatin1Char('\n'));
    const auto rows = diffLines(before, after);
    REQUIRE(rows.size() == 2500);
    CHECK(rows.first().kind == DiffRow::Kind::Changed);
    // Lines are paired in order, then compared character by character.
    CHECK(rows.first().left ==
          QList<DiffSegment>{{DiffOp::Delete, QStringLiteral("旧")}, {DiffOp::Equal, QStringLiteral("行0")}});
    CHECK(sides(rows) == std::pair{before, after});

    // A small edit in a long text is still found exactly (the common ends are matched first).
    QStringList edited = a;
    edited[1200] = QStringLiteral("旧行1200改");
    const auto small = diffLines(before, edited.join(QLatin1Char('\n')));
    REQUIRE(small.size() == 2500);
    CHECK(std::count_if(small.begin(), small.end(), [](const DiffRow& r) { return r.kind != DiffRow::Kind::Same; }) ==
          1);
    CHECK(small[1200].right.last() == DiffSegment{DiffOp::Insert, QStringLiteral("改")});
}
