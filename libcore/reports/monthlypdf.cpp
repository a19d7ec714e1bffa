#include "reports/monthlypdf.h"

#include "calendar/workcalendar.h"
#include "reports/monthlycharts.h"
#include "reports/monthlyexport.h"
#include "reports/monthlylabels.h"
#include "tickets/workorder.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace hotline::reports {
namespace {

constexpr int kDpi = 300;

Error writeError(const QString& path, const QString& reason)
{
    return makeError(ErrorCode::StoreWriteFailed, QCoreApplication::translate("hotline::reports", "Cannot write %1: %2")
                                                      .arg(QDir::toNativeSeparators(path), reason));
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString cell(const QString& s, bool right = false)
{
    return (right ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>")) + esc(s) + QStringLiteral("</td>");
}

QString num(int n)
{
    return cell(QString::number(n), true);
}

// A table: a header row and rows of already made cells.
QString table(const QStringList& headers, const QStringList& rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"10\" width=\"100%\" "
                                  "style=\"border-collapse: collapse; border-color: #999999;\"><tr>");
    for (const QString& h : headers) {
        html += QStringLiteral("<th bgcolor=\"#DDEBF7\">") + esc(h) + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr>");
    for (const QString& r : rows) {
        html += QStringLiteral("<tr>") + r + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h2>") + esc(text) + QStringLiteral("</h2>");
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
}

QString image(QTextDocument& doc, const QString& name, const QImage& img)
{
    const QUrl url(QStringLiteral("chart:") + name);
    doc.addResource(QTextDocument::ImageResource, url, img);
    // Image sizes in rich text are in pixels of a 96 dpi screen; the layout scales them to the writer's resolution.
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(url.toString())
        .arg(img.width() * 96 / kDpi)
        .arg(img.height() * 96 / kDpi);
}

QString deadlineCells(const QString& label, const DeadlineFigures& f)
{
    return cell(label) + num(f.due) + num(f.met) + num(f.missed) + num(f.pending) + cell(percentText(f.rate()), true);
}

QString html(const MonthlyReport& r, QTextDocument& doc, int width)
{
    const QSize chartSize(width * 9 / 10, width * 4 / 10);
    QString h = QStringLiteral("<h1 align=\"center\">") + esc(r.title()) + QStringLiteral("</h1>");
    h += QStringLiteral("<p align=\"center\">") +
         esc(QCoreApplication::translate("hotline::reports", "Period %1 to %2; made %3")
                 .arg(r.first.toString(Qt::ISODate), r.last.toString(Qt::ISODate),
                      r.asOf.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")))) +
         QStringLiteral("</p>");

    // 一、受理概况
    h += heading(QCoreApplication::translate("hotline::reports", "1. Volume and handling"));
    const std::optional<double> change = r.trend.constLast().changePercent;
    h += table(
        {QCoreApplication::translate("hotline::reports", "Figure"),
         QCoreApplication::translate("hotline::reports", "Value")},
        {cell(QCoreApplication::translate("hotline::reports", "Work orders received")) + num(r.received),
         cell(QCoreApplication::translate("hotline::reports", "Change vs the previous month")) +
             cell(changeText(change), true),
         cell(QCoreApplication::translate("hotline::reports", "Resolved work orders")) + num(r.resolved),
         cell(QCoreApplication::translate("hotline::reports", "Resolved within the deadline")) + num(r.resolvedOnTime),
         cell(QCoreApplication::translate("hotline::reports", "Overdue")) + num(r.overdue),
         cell(QCoreApplication::translate("hotline::reports", "Still open")) + num(r.open)});
    QStringList trendRows;
    QList<ChartPoint> trendPoints;
    for (const MonthVolume& m : r.trend) {
        trendRows << cell(monthText(m.year, m.month)) + num(m.received) + cell(changeText(m.changePercent), true);
        trendPoints.append({monthText(m.year, m.month), double(m.received)});
    }
    h += QStringLiteral("<h3>") + esc(QCoreApplication::translate("hotline::reports", "Monthly trend")) +
         QStringLiteral("</h3>");
    h += table({QCoreApplication::translate("hotline::reports", "Month"),
                QCoreApplication::translate("hotline::reports", "Work order count"),
                QCoreApplication::translate("hotline::reports", "Change vs the previous month")},
               trendRows);
    h += image(doc, QStringLiteral("trend"),
               barChartImage(QCoreApplication::translate("hotline::reports", "Work orders received per month"),
                             trendPoints, chartSize));
    const auto shareRows = [&r](const QList<CountRow>& rows) {
        QStringList out;
        for (const CountRow& c : rows) {
            out << cell(c.name) + num(c.count) +
                       cell(percentText(r.received == 0 ? std::nullopt
                                                        : std::optional<double>(double(c.count) / r.received)),
                            true);
        }
        return out;
    };
    h += QStringLiteral("<h3>") + esc(QCoreApplication::translate("hotline::reports", "By category")) +
         QStringLiteral("</h3>");
    if (r.byCategory.isEmpty()) {
        h += paragraph(QCoreApplication::translate("hotline::reports", "No work orders were received in this month."));
    } else {
        h += table({QCoreApplication::translate("hotline::reports", "Category"),
                    QCoreApplication::translate("hotline::reports", "Work order count"),
                    QCoreApplication::translate("hotline::reports", "Share")},
                   shareRows(r.byCategory));
        QList<ChartPoint> pie;
        for (const CountRow& c : r.byCategory) {
            pie.append({c.name, double(c.count)});
        }
        h += image(
            doc, QStringLiteral("categories"),
            pieChartImage(QCoreApplication::translate("hotline::reports", "Work orders by category"), pie, chartSize));
        h += QStringLiteral("<h3>") + esc(QCoreApplication::translate("hotline::reports", "By channel")) +
             QStringLiteral("</h3>");
        h += table({QCoreApplication::translate("hotline::reports", "Channel"),
                    QCoreApplication::translate("hotline::reports", "Work order count"),
                    QCoreApplication::translate("hotline::reports", "Share")},
                   shareRows(r.byChannel));
    }

    // 网上咨询
    h += QStringLiteral("<h3>") + esc(QCoreApplication::translate("hotline::reports", "Online consultation")) +
         QStringLiteral("</h3>");
    {
        QStringList rows;
        for (const auto& [label, n] : onlineRows(r.online)) {
            rows << cell(label) + num(n);
        }
        rows << cell(QCoreApplication::translate("hotline::reports", "Robot answers helpful rate")) +
                    cell(percentText(r.online.helpfulRate()), true);
        h += table({QCoreApplication::translate("hotline::reports", "Figure"),
                    QCoreApplication::translate("hotline::reports", "Value")},
                   rows);
    }

    // 二、办理时限
    h += heading(QCoreApplication::translate("hotline::reports", "2. Reply-deadline compliance"));
    const QStringList deadlineHeads{QCoreApplication::translate("hotline::reports", "Difficulty"),
                                    QCoreApplication::translate("hotline::reports", "Due in the month"),
                                    QCoreApplication::translate("hotline::reports", "Met"),
                                    QCoreApplication::translate("hotline::reports", "Missed"),
                                    QCoreApplication::translate("hotline::reports", "Not yet due"),
                                    QCoreApplication::translate("hotline::reports", "Compliance rate")};
    h +=
        table(deadlineHeads, {deadlineCells(tickets::displayName(tickets::Difficulty::Normal), r.normal),
                              deadlineCells(tickets::displayName(tickets::Difficulty::Hard), r.hard),
                              deadlineCells(QCoreApplication::translate("hotline::reports", "Total"), r.allDeadlines)});
    if (!r.deadlinesByAgent.isEmpty()) {
        QStringList rows;
        for (const AgentDeadline& a : r.deadlinesByAgent) {
            rows << deadlineCells(a.agentName, a.figures);
        }
        QStringList heads = deadlineHeads;
        heads[0] = QCoreApplication::translate("hotline::reports", "Agent");
        h += QStringLiteral("<h3>") + esc(QCoreApplication::translate("hotline::reports", "Deadlines per agent")) +
             QStringLiteral("</h3>");
        h += table(heads, rows);
    }

    // 三、热点问题
    h += heading(
        QCoreApplication::translate("hotline::reports", "3. Most frequent questions and their standard answers"));
    if (r.hotQuestions.isEmpty()) {
        h += paragraph(QCoreApplication::translate(
            "hotline::reports", "No knowledge-base article was linked to this month's work orders."));
    } else {
        QStringList rows;
        for (int i = 0; i < r.hotQuestions.size(); ++i) {
            const HotQuestion& q = r.hotQuestions[i];
            rows << num(i + 1) +
                        cell(q.published
                                 ? q.title
                                 : QCoreApplication::translate("hotline::reports", "%1 (not published)").arg(q.title)) +
                        num(q.count) + cell(q.answer);
        }
        h += table({QCoreApplication::translate("hotline::reports", "Rank"),
                    QCoreApplication::translate("hotline::reports", "Question"),
                    QCoreApplication::translate("hotline::reports", "Work order count"),
                    QCoreApplication::translate("hotline::reports", "Standard answer")},
                   rows);
    }

    // 四、满意度
    h += heading(QCoreApplication::translate("hotline::reports", "4. Satisfaction"));
    const satisfaction::RateCounts& all = r.satisfaction.overall;
    h += paragraph(
        all.total() == 0
            ? QCoreApplication::translate("hotline::reports", "No satisfaction ratings in this month.")
            : QCoreApplication::translate("hotline::reports", "Satisfaction rate %1 of %2 rated (target %3%: %4).")
                  .arg(all.percentText())
                  .arg(all.total())
                  .arg(satisfaction::kSatisfactionTargetPercent)
                  .arg(all.meetsTarget() ? QCoreApplication::translate("hotline::reports", "met")
                                         : QCoreApplication::translate("hotline::reports", "not met")));
    const auto satCells = [](const QString& label, const satisfaction::RateCounts& c) -> QString {
        return cell(label) + num(c.satisfied) + num(c.basicallySatisfied) + num(c.dissatisfied) + num(c.total()) +
               cell(c.percentText(), true);
    };
    QStringList satRows{
        satCells(QCoreApplication::translate("hotline::reports", "Everyone"), all),
        satCells(QCoreApplication::translate("hotline::reports", "Of them post-call surveys"), r.satisfaction.surveys),
        satCells(QCoreApplication::translate("hotline::reports", "Of them return visits"), r.satisfaction.returnVisits),
        satCells(QCoreApplication::translate("hotline::reports", "Of them online chat ratings"), r.satisfaction.chats)};
    QList<ChartPoint> satPoints;
    for (const satisfaction::AgentRate& a : r.satisfaction.agents) {
        satRows << satCells(a.agentName, a.counts);
        satPoints.append({a.agentName, a.counts.rate().value_or(0)});
    }
    h += table({QCoreApplication::translate("hotline::reports", "Agent"),
                satisfaction::displayName(satisfaction::Rating::Satisfied),
                satisfaction::displayName(satisfaction::Rating::BasicallySatisfied),
                satisfaction::displayName(satisfaction::Rating::Dissatisfied),
                QCoreApplication::translate("hotline::reports", "Rated in all"),
                QCoreApplication::translate("hotline::reports", "Satisfaction rate")},
               satRows);
    if (!satPoints.isEmpty()) {
        h += image(doc, QStringLiteral("satisfaction"),
                   barChartImage(QCoreApplication::translate("hotline::reports", "Satisfaction rate per agent"),
                                 satPoints, chartSize, true, satisfaction::kSatisfactionTargetPercent / 100.0,
                                 QCoreApplication::translate("hotline::reports", "Target %1%")
                                     .arg(satisfaction::kSatisfactionTargetPercent)));
    }

    // 五、投诉
    h += heading(QCoreApplication::translate("hotline::reports", "5. Complaints"));
    QStringList complaintCells;
    for (const auto& [label, n] : complaintRows(r.complaints)) {
        complaintCells << cell(label) + num(n);
    }
    h += table({QCoreApplication::translate("hotline::reports", "Figure"),
                QCoreApplication::translate("hotline::reports", "Count")},
               complaintCells);

    // 六、质检
    h += heading(QCoreApplication::translate("hotline::reports", "6. Quality assurance per agent"));
    if (!r.qaNote.isEmpty()) {
        h += paragraph(r.qaNote);
    }
    if (r.qaShown && !r.qa.isEmpty()) {
        QStringList rows;
        for (const qa::AgentMonthSummary& s : r.qa) {
            rows << cell(s.agentName) + num(s.done) + num(s.planned) + num(s.plannedEvaluated) +
                        cell(s.done > 0 ? QString::number(s.averageTotal, 'f', 2) : QStringLiteral("—"), true) +
                        cell(percentText(s.done > 0 ? std::optional<double>(s.passRate) : std::nullopt), true) +
                        num(s.fatalItems);
        }
        h += table({QCoreApplication::translate("hotline::reports", "Agent"),
                    QCoreApplication::translate("hotline::reports", "Evaluated"),
                    QCoreApplication::translate("hotline::reports", "Sampled"),
                    QCoreApplication::translate("hotline::reports", "Sampled and evaluated"),
                    QCoreApplication::translate("hotline::reports", "Average score"),
                    QCoreApplication::translate("hotline::reports", "Pass rate"),
                    QCoreApplication::translate("hotline::reports", "Fatal items")},
                   rows);
    }

    // 七、改进方案
    h += heading(QCoreApplication::translate("hotline::reports", "7. Improvement plan"));
    if (r.plan.body.trimmed().isEmpty()) {
        h += paragraph(
            QCoreApplication::translate("hotline::reports", "No improvement plan was written for this month."));
    } else {
        for (const QString& para : r.plan.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            QString text = esc(para.trimmed());
            text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            h += QStringLiteral("<p>") + text + QStringLiteral("</p>");
        }
    }
    return h;
}

} // namespace

Result<int> writeMonthlyPdf(const MonthlyReport& r, const QString& path)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::reports",
                                                     "A PDF can only be made by a graphical application "
                                                     "(QGuiApplication)."));
    }
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return writeError(path, QCoreApplication::translate("hotline::reports", "the folder does not exist."));
    }
    if (target.isDir()) {
        return writeError(path, QCoreApplication::translate("hotline::reports", "it is a folder."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeError(path, QCoreApplication::translate("hotline::reports", "the folder cannot be written (%1).")
                                    .arg(file.errorString()));
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setTitle(r.title());
        writer.setCreator(QStringLiteral("HotlineDesk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
        const int footer = kDpi / 3; // a third of an inch for the page number
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font;
        font.setFamilies(reportFontFamilies());
        font.setPointSizeF(10.5);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 12pt; } "
                                                "h3 { font-size: 11pt; } th { font-weight: bold; }"));
        doc.setHtml(html(r, doc, paint.width()));
        doc.setPageSize(QSizeF(paint.width(), paint.height() - footer));
        pages = doc.pageCount();
        QPainter p(&writer);
        QFont footFont = font;
        footFont.setPointSizeF(9);
        for (int i = 0; i < pages; ++i) {
            if (i > 0) {
                writer.newPage();
            }
            const double h = paint.height() - footer;
            p.save();
            p.translate(0, -h * i);
            const QRectF visible(0, h * i, paint.width(), h);
            p.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible;
            doc.documentLayout()->draw(&p, context);
            p.restore();
            p.setFont(footFont);
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(0, paint.height() - footer, paint.width(), footer), Qt::AlignCenter,
                       QCoreApplication::translate("hotline::reports", "Page %1 of %2").arg(i + 1).arg(pages));
        }
        if (!p.end()) {
            file.cancelWriting();
            return writeError(path, QCoreApplication::translate("hotline::reports", "the PDF could not be drawn."));
        }
    }
    if (!file.commit()) {
        return writeError(path, file.errorString());
    }
    return pages;
}

Result<ExportResult> exportMonthlyPdf(db::Database& db, int year, int month, const QString& path,
                                      const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                      const ExportProgress& progress)
{
    auto report = startMonthlyExport(db, year, month, path, by, clock, progress);
    if (!report) {
        return report.error();
    }
    auto written = writeMonthlyPdf(report.value(), path);
    if (!written) {
        return written.error();
    }
    return finishMonthlyExport(db, report.value(), QStringLiteral("pdf"), path, by, ids, clock, progress);
}

} // namespace hotline::reports
