// The monthly report through hotlinedesk-cli: the PDF (which needs the CLI's QGuiApplication) read back with
// pdftotext and pdfinfo, the workbook beside it, usage errors and refusals.

#include "onlinefixture.h"
#include "reports/improvementplan.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hotline;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text folded so that what pdftotext gives and what people read compare equal: pdftotext names glyphs the CJK font
// shares with radicals by the radical (⽉ for 月, ⻚ for 页); NFKC folds the Kangxi radicals (and full-width
// punctuation, on both sides), the supplement radicals met here are mapped by hand.
QString folded(const QString& s)
{
    QString out = s.normalized(QString::NormalizationForm_KC);
    out.replace(QChar(0x2EDA), QChar(0x9875)); // ⻚ → 页
    out.replace(QChar(0x2ED3), QChar(0x957F)); // ⻓ → 长
    return out;
}

// The PDF's text laid out as on the page, folded.
QString pdfText(const QString& path)
{
    return folded(run(QStringLiteral("/usr/bin/pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
}

// Whether the text holds s, line breaks and blanks aside (a long sentence wraps).
bool has(const QString& text, const QString& s)
{
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    return QString(text).remove(blanks).contains(folded(s).remove(blanks));
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("/usr/bin/pdfinfo"), {path}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// A line of the laid-out text holding label followed (after blanks) by value.
bool hasLine(const QString& text, const QString& label, const QString& value)
{
    return QRegularExpression(QRegularExpression::escape(folded(label)) + QStringLiteral("\\s+") +
                                  QRegularExpression::escape(folded(value)) + QStringLiteral("(\\s|$)"),
                              QRegularExpression::MultilineOption)
        .match(text)
        .hasMatch();
}

} // namespace

TEST_CASE("report monthly writes the PDF and the workbook in Chinese with the month's figures and page numbers")
{
    test::MonthlyDesk d;
    REQUIRE(reports::saveImprovementPlan(*d.store.db, 2025, 9, QStringLiteral("一、加强人员信息采集培训。"), 0, d.lead,
                                         d.ids, d.clock));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("月报.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("月报.xlsx"));
    const test::CliRun r =
        test::runCli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                      QStringLiteral("2025-09"), QStringLiteral("--xlsx"), xlsx, QStringLiteral("--pdf"), pdf,
                      QStringLiteral("--db"), d.store.path, QStringLiteral("--as"), QStringLiteral("张敏")},
                     dir.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QFile::exists(xlsx));
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("12366纳税服务热线月度分析报告 2025年9月")));
    CHECK(hasLine(text, QStringLiteral("受理工单数"), QStringLiteral("12")));
    CHECK(hasLine(text, QStringLiteral("环比"), QStringLiteral("+33.3%")));
    CHECK(hasLine(text, QStringLiteral("已办结工单数"), QStringLiteral("9")));
    CHECK(hasLine(text, QStringLiteral("按时办结数"), QStringLiteral("7")));
    CHECK(hasLine(text, QStringLiteral("超时工单数"), QStringLiteral("5")));
    CHECK(hasLine(text, QStringLiteral("2025年7月"), QStringLiteral("3")));
    CHECK(hasLine(text, QStringLiteral("2025年8月"), QStringLiteral("9")));
    CHECK(QRegularExpression(QStringLiteral("合计\\s+11\\s+7\\s+4\\s+0\\s+63\\.6%")).match(text).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("全体\\s+3\\s+1\\s+1\\s+5\\s+80\\.00%")).match(text).hasMatch());
    CHECK(has(text, QStringLiteral("满意率 80.00%，参评 5 件（目标 90%：未达标）")));
    CHECK(has(text, QStringLiteral("人员信息未验证通过怎么办")));
    CHECK(hasLine(text, QStringLiteral("受理投诉数"), QStringLiteral("3")));
    CHECK(hasLine(text, QStringLiteral("本月办结投诉数（不论受理时间）"), QStringLiteral("2")));
    CHECK(has(text, QStringLiteral("本月没有质检评分")));
    CHECK(has(text, QStringLiteral("一、加强人员信息采集培训。")));
    // Every page carries "page n of N", and N is what pdfinfo counts.
    const int pages = pdfPages(pdf);
    CHECK(pages >= 2);
    for (int i = 1; i <= pages; ++i) {
        CHECK(has(text, QStringLiteral("第 %1 页，共 %2 页").arg(i).arg(pages)));
    }
    CHECK_FALSE(has(text, QStringLiteral("第 %1 页").arg(pages + 1)));
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND target = 'monthly_report' "
                               "AND detail LIKE '%(pdf)%'")) == 1);
    CHECK(d.sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND target = 'monthly_report' "
                               "AND detail LIKE '%(xlsx)%'")) == 1);
}

TEST_CASE("report monthly on an empty month says there is nothing, on one page or more, without a division by zero")
{
    test::MonthlyDesk d;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    const test::CliRun r =
        test::runCli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                      QStringLiteral("2024-02"), QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), d.store.path,
                      QStringLiteral("--as"), QStringLiteral("管理员")},
                     dir.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("12366纳税服务热线月度分析报告 2024年2月")));
    CHECK(hasLine(text, QStringLiteral("受理工单数"), QStringLiteral("0")));
    CHECK(hasLine(text, QStringLiteral("环比"), QStringLiteral("—")));
    CHECK(has(text, QStringLiteral("本月未受理工单。")));
    CHECK(has(text, QStringLiteral("本月无满意度评价。")));
    CHECK(has(text, QStringLiteral("本月工单未关联知识库文章。")));
    CHECK(has(text, QStringLiteral("本月尚未填写改进方案。")));
    CHECK(has(text, QStringLiteral("质检汇总仅向可查阅全部评分的班长显示。")));
    CHECK_FALSE(has(text, QStringLiteral("nan")));
    CHECK_FALSE(has(text, QStringLiteral("inf")));
    const int pages = pdfPages(pdf);
    CHECK(has(text, QStringLiteral("第 1 页，共 %1 页").arg(pages)));
}

TEST_CASE("report monthly refuses bad usage, agents and QA inspectors and an unwritable place, leaving no file")
{
    test::MonthlyDesk d;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const auto cli = [&](const QStringList& args) { return test::runCli(args, dir.path()); };
    const QStringList base{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--db"), d.store.path};

    test::CliRun r = cli(base + QStringList{QStringLiteral("--month"), QStringLiteral("2025-09")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("at least one")));
    r = cli(base + QStringList{QStringLiteral("--month"), QStringLiteral("2025-13"), QStringLiteral("--pdf"), pdf});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--month")));
    r = cli(base + QStringList{QStringLiteral("--month"), QStringLiteral("9/2025"), QStringLiteral("--pdf"), pdf});
    CHECK(r.exitCode == 2);
    r = cli({QStringLiteral("report"), QStringLiteral("weekly")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("unknown report 'weekly'")));
    CHECK(r.err.contains(QStringLiteral("monthly")));
    r = cli({QStringLiteral("report")});
    CHECK(r.exitCode == 2);

    for (const QString& who : {QStringLiteral("李娜"), QStringLiteral("周洁")}) {
        r = cli(base + QStringList{QStringLiteral("--month"), QStringLiteral("2025-09"), QStringLiteral("--pdf"), pdf,
                                   QStringLiteral("--as"), who});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("error: ")));
    }
    r = cli(base + QStringList{QStringLiteral("--month"), QStringLiteral("2025-09"), QStringLiteral("--pdf"),
                               dir.filePath(QStringLiteral("no/such/folder.pdf")), QStringLiteral("--as"),
                               QStringLiteral("张敏")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("文件夹不存在")));
    r = cli(base + QStringList{QStringLiteral("--month"), QStringLiteral("2025-09"), QStringLiteral("--pdf"),
                               dir.path(), QStringLiteral("--as"), QStringLiteral("张敏")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("这是一个文件夹")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("pdf")).isEmpty());
    CHECK(d.audited(QStringLiteral("export")) == 0);
}

TEST_CASE("report monthly prints the online consultation and the chats' part of the satisfaction rate in the PDF")
{
    test::OnlineDesk d;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("online.pdf"));
    const test::CliRun r =
        test::runCli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                      QStringLiteral("2025-09"), QStringLiteral("--pdf"), pdf, QStringLiteral("--db"), d.store.path,
                      QStringLiteral("--as"), QStringLiteral("张敏")},
                     dir.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(has(text, QStringLiteral("网上咨询")));
    CHECK(hasLine(text, QStringLiteral("在线咨询会话"), QStringLiteral("7")));
    CHECK(hasLine(text, QStringLiteral("智能机器人接待"), QStringLiteral("4")));
    CHECK(hasLine(text, QStringLiteral("人工坐席排队"), QStringLiteral("3")));
    CHECK(hasLine(text, QStringLiteral("在线坐席接待"), QStringLiteral("3")));
    CHECK(hasLine(text, QStringLiteral("登记回访（留言）"), QStringLiteral("2")));
    CHECK(hasLine(text, QStringLiteral("机器人答复评价数"), QStringLiteral("5")));
    CHECK(hasLine(text, QStringLiteral("评为有用"), QStringLiteral("3")));
    CHECK(hasLine(text, QStringLiteral("评为没用"), QStringLiteral("2")));
    CHECK(hasLine(text, QStringLiteral("机器人答复有用率"), QStringLiteral("60.0%")));
    CHECK(QRegularExpression(QStringLiteral("全体\\s+5\\s+1\\s+2\\s+8\\s+75\\.00%")).match(text).hasMatch());
    CHECK(
        QRegularExpression(QStringLiteral("其中在线咨询评价\\s+2\\s+0\\s+1\\s+3\\s+66\\.67%")).match(text).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("其中通话后评价\\s+2\\s+1\\s+1\\s+4\\s+75\\.00%")).match(text).hasMatch());
}
