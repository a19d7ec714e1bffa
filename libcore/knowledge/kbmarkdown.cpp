#include "knowledge/kbmarkdown.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace hotline::knowledge {
namespace {

// ---- shared -------------------------------------------------------------------------------------------------

QString decodeEntities(const QString& s)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);"));
    if (!s.contains(QLatin1Char('&'))) {
        return s;
    }
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString decoded;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code =
                name.at(1).toLower() == QLatin1Char('x') ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        } else if (name == QLatin1String("amp")) {
            decoded = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            decoded = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            decoded = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            decoded = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            decoded = QStringLiteral("'");
        } else if (name == QLatin1String("nbsp")) {
            decoded = QStringLiteral(" ");
        }
        out += decoded.isEmpty() ? m.captured(0) : decoded;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

QString escapeHtml(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('&')) {
            out += QStringLiteral("&amp;");
        } else if (c == QLatin1Char('<')) {
            out += QStringLiteral("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QStringLiteral("&gt;");
        } else {
            out += c;
        }
    }
    return out;
}

// ---- HTML → Markdown ----------------------------------------------------------------------------------------

QString escapeMarkdown(const QString& text)
{
    static const QRegularExpression entityLike(QStringLiteral("^&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (QStringLiteral("\\*_`[]<>|").contains(c)) {
            out += QLatin1Char('\\');
        } else if (c == QLatin1Char('&') && entityLike.match(QStringView(text).mid(i)).hasMatch()) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

// What would start another kind of block at the beginning of a paragraph is escaped there.
QString escapeBlockStart(const QString& text)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)([.)])"));
    if (text.startsWith(QLatin1Char('#')) || text.startsWith(QLatin1String("- ")) ||
        text.startsWith(QLatin1String("+ ")) || text.startsWith(QLatin1String("---"))) {
        return QLatin1Char('\\') + text;
    }
    if (const auto m = numbered.match(text); m.hasMatch()) {
        return m.captured(1) + QLatin1Char('\\') + text.mid(m.captured(1).size());
    }
    return text;
}

struct Tag {
    QString name; // lower case
    bool closing = false;
    QString href;
    QString style; // of a span: rich-text editors (QTextDocument) mark bold and italic this way
};

Tag parseTag(const QString& inner)
{
    static const QRegularExpression head(QStringLiteral("^\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)"));
    static const QRegularExpression href(QStringLiteral("href\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    Tag t;
    const auto m = head.match(inner);
    if (!m.hasMatch()) {
        return t;
    }
    t.closing = !m.captured(1).isEmpty();
    t.name = m.captured(2).toLower();
    if (t.name == QLatin1String("span")) {
        static const QRegularExpression style(QStringLiteral("style\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"),
                                              QRegularExpression::CaseInsensitiveOption);
        const auto m = style.match(inner);
        t.style = (m.captured(2) + m.captured(3)).toLower();
    }
    if (t.name == QLatin1String("a")) {
        const auto h = href.match(inner);
        if (h.hasMatch()) {
            t.href = decodeEntities(h.captured(2) + h.captured(3) + h.captured(4));
        }
    }
    return t;
}

class MarkdownWriter final {
public:
    void text(const QString& raw)
    {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        QString t = decodeEntities(raw);
        t.replace(spaces, QStringLiteral(" "));
        if (t == QLatin1String(" ") && target().isEmpty()) {
            return;
        }
        target() += escapeMarkdown(t);
    }

    void tag(const Tag& t)
    {
        const QString& n = t.name;
        if (n == QLatin1String("b") || n == QLatin1String("strong")) {
            target() += QStringLiteral("**");
        } else if (n == QLatin1String("i") || n == QLatin1String("em")) {
            target() += QStringLiteral("*");
        } else if (n == QLatin1String("code")) {
            target() += QStringLiteral("`");
        } else if (n == QLatin1String("a")) {
            if (!t.closing) {
                m_hrefs << t.href;
                target() += QStringLiteral("[");
            } else if (!m_hrefs.isEmpty()) {
                target() += QStringLiteral("](") +
                            QString(m_hrefs.takeLast()).replace(QLatin1Char(' '), QStringLiteral("%20")) +
                            QStringLiteral(")");
            }
        } else if (n == QLatin1String("span")) {
            span(t);
        } else if (n == QLatin1String("br")) {
            if (!target().trimmed().isEmpty()) { // an editor's empty paragraph is <p><br /></p>
                target() += m_inCell || m_listDepth > 0 ? QStringLiteral(" ") : QStringLiteral("\\\n");
            }
        } else if (n.size() == 2 && n.at(0) == QLatin1Char('h') && n.at(1) >= QLatin1Char('1') &&
                   n.at(1) <= QLatin1Char('6')) {
            heading(t, n.at(1).digitValue());
        } else if (n == QLatin1String("ul") || n == QLatin1String("ol")) {
            list(t, n == QLatin1String("ol"));
        } else if (n == QLatin1String("li")) {
            item(t);
        } else if (n == QLatin1String("table") || n == QLatin1String("tr") || n == QLatin1String("td") ||
                   n == QLatin1String("th")) {
            table(t);
        } else if (n == QLatin1String("hr")) {
            flushParagraph();
            m_blocks << QStringLiteral("---");
        } else if (n == QLatin1String("p") || n == QLatin1String("div") || n == QLatin1String("blockquote")) {
            if (m_inCell || m_listDepth > 0) {
                if (t.closing) {
                    target() += QLatin1Char(' ');
                }
            } else {
                flushParagraph();
            }
        }
        // Anything else (span, font, tbody, img …) is dropped; its text stays.
    }

    QString finish()
    {
        flushItem();
        if (!m_listLines.isEmpty()) {
            m_blocks << m_listLines.join(QLatin1Char('\n'));
            m_listLines.clear();
        }
        flushParagraph();
        return m_blocks.join(QStringLiteral("\n\n"));
    }

private:
    QString& target() { return m_inCell ? m_cell : m_current; }

    // Bold and italic set by a span's style; nothing inside a heading (a heading is bold anyway).
    void span(const Tag& t)
    {
        static const QRegularExpression bold(QStringLiteral("font-weight\\s*:\\s*(bold|[6-9]00)"));
        if (t.closing) {
            if (!m_spans.isEmpty()) {
                target() += m_spans.takeLast();
            }
            return;
        }
        QString marker;
        if (m_headingLevel == 0) {
            marker += bold.match(t.style).hasMatch() ? QStringLiteral("**") : QString();
            marker += t.style.contains(QLatin1String("italic")) ? QStringLiteral("*") : QString();
        }
        m_spans << marker;
        target() += marker;
    }

    void flushParagraph()
    {
        QString t = m_current.trimmed();
        while (t.endsWith(QLatin1Char('\\')) && !t.endsWith(QLatin1String("\\\\"))) {
            t = t.chopped(1).trimmed(); // a line break ending the paragraph
        }
        m_current.clear();
        if (!t.isEmpty()) {
            m_blocks << (m_headingLevel > 0 ? QString(m_headingLevel, QLatin1Char('#')) + QLatin1Char(' ') + t
                                            : escapeBlockStart(t));
        }
    }

    void heading(const Tag& t, int level)
    {
        if (m_inCell || m_listDepth > 0) {
            return;
        }
        if (!t.closing) {
            flushParagraph();
            m_headingLevel = level;
        } else {
            flushParagraph();
            m_headingLevel = 0;
        }
    }

    void list(const Tag& t, bool ordered)
    {
        if (!t.closing) {
            if (m_listDepth == 0) {
                flushParagraph();
            } else {
                flushItem();
            }
            m_lists << std::pair{ordered, 0};
            ++m_listDepth;
            return;
        }
        flushItem();
        if (m_listDepth > 0) {
            --m_listDepth;
            m_lists.removeLast();
        }
        if (m_listDepth == 0 && !m_listLines.isEmpty()) {
            m_blocks << m_listLines.join(QLatin1Char('\n'));
            m_listLines.clear();
        }
    }

    void item(const Tag& t)
    {
        flushItem();
        if (!t.closing) {
            m_inItem = true;
        }
    }

    void flushItem()
    {
        const QString text = m_current.trimmed();
        m_current.clear();
        if (!m_inItem || text.isEmpty()) {
            m_inItem = false;
            return;
        }
        m_inItem = false;
        QString marker = QStringLiteral("- ");
        if (!m_lists.isEmpty() && m_lists.last().first) {
            marker = QString::number(++m_lists.last().second) + QStringLiteral(". ");
        }
        m_listLines << marker + text;
    }

    void table(const Tag& t)
    {
        const QString& n = t.name;
        if (n == QLatin1String("table")) {
            if (!t.closing) {
                flushParagraph();
                m_rows.clear();
                m_headerRow = false;
            } else {
                m_inCell = false;
                m_blocks << pipeTable();
                m_rows.clear();
            }
        } else if (n == QLatin1String("tr") && !t.closing) {
            m_rows.append(QStringList());
        } else if (n == QLatin1String("td") || n == QLatin1String("th")) {
            if (!t.closing) {
                if (m_rows.isEmpty()) {
                    m_rows.append(QStringList());
                }
                if (n == QLatin1String("th") && m_rows.size() == 1) {
                    m_headerRow = true;
                }
                m_inCell = true;
                m_cell.clear();
            } else if (m_inCell) {
                m_rows.last() << m_cell.trimmed();
                m_inCell = false;
            }
        }
    }

    QString pipeTable() const
    {
        qsizetype columns = 1;
        for (const QStringList& r : m_rows) {
            columns = std::max(columns, r.size());
        }
        const auto line = [columns](QStringList cells) -> QString {
            while (cells.size() < columns) {
                cells << QString();
            }
            return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        };
        QStringList lines;
        QList<QStringList> rows = m_rows;
        // A pipe table always has a header; a table without one gets an empty header that reads back as none.
        lines << line(m_headerRow && !rows.isEmpty() ? rows.takeFirst() : QStringList());
        lines << line(QStringList(columns, QStringLiteral("---")));
        for (const QStringList& r : rows) {
            lines << line(r);
        }
        return lines.join(QLatin1Char('\n'));
    }

    QStringList m_blocks;
    QString m_current;
    int m_headingLevel = 0;
    QList<std::pair<bool, int>> m_lists; // ordered?, items so far
    int m_listDepth = 0;
    bool m_inItem = false;
    QStringList m_listLines;
    QList<QStringList> m_rows;
    bool m_headerRow = false;
    bool m_inCell = false;
    QString m_cell;
    QStringList m_hrefs;
    QStringList m_spans;
};

// ---- Markdown → HTML ----------------------------------------------------------------------------------------

qsizetype findClosing(const QString& s, qsizetype from, const QString& marker)
{
    for (qsizetype i = from; i + marker.size() <= s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (QStringView(s).mid(i, marker.size()) == marker) {
            return i;
        }
    }
    return -1;
}

QString inlineHtml(const QString& s)
{
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);"));
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\') && i + 1 < s.size() && s.at(i + 1).unicode() < 128 && s.at(i + 1).isPunct()) {
            out += escapeHtml(QString(s.at(++i)));
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < s.size() && s.at(i + 1).unicode() < 128 && s.at(i + 1).isSymbol()) {
            out += escapeHtml(QString(s.at(++i)));
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype end = s.indexOf(QLatin1Char('`'), i + 1);
            if (end > i + 1) {
                out += QStringLiteral("<code>") + escapeHtml(s.mid(i + 1, end - i - 1)) + QStringLiteral("</code>");
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char('*')) {
            const bool strong = s.mid(i, 2) == QLatin1String("**");
            const QString marker = strong ? QStringLiteral("**") : QStringLiteral("*");
            const qsizetype start = i + marker.size();
            const qsizetype end = start < s.size() && !s.at(start).isSpace() ? findClosing(s, start, marker) : -1;
            if (end > start) {
                const QString tag = strong ? QStringLiteral("b") : QStringLiteral("i");
                out += QLatin1Char('<') + tag + QLatin1Char('>') + inlineHtml(s.mid(start, end - start)) +
                       QStringLiteral("</") + tag + QLatin1Char('>');
                i = end + marker.size() - 1;
                continue;
            }
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = findClosing(s, i + 1, QStringLiteral("]"));
            if (close > i && close + 1 < s.size() && s.at(close + 1) == QLatin1Char('(')) {
                const qsizetype paren = s.indexOf(QLatin1Char(')'), close + 2);
                if (paren > close) {
                    const QString url = s.mid(close + 2, paren - close - 2).trimmed();
                    out += QStringLiteral("<a href=\"") +
                           escapeHtml(url).replace(QLatin1Char('"'), QStringLiteral("&quot;")) + QStringLiteral("\">") +
                           inlineHtml(s.mid(i + 1, close - i - 1)) + QStringLiteral("</a>");
                    i = paren;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('&')) {
            if (const auto m = entity.match(QStringView(s).mid(i)); m.hasMatch()) {
                const QString decoded = decodeEntities(m.captured(0));
                out += escapeHtml(decoded);
                i += m.capturedLength() - 1;
                continue;
            }
        }
        out += escapeHtml(QString(c));
    }
    return out;
}

QStringList splitCells(QString row)
{
    row = row.trimmed();
    if (row.startsWith(QLatin1Char('|'))) {
        row.remove(0, 1);
    }
    if (row.endsWith(QLatin1Char('|')) && !row.endsWith(QLatin1String("\\|"))) {
        row.chop(1);
    }
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row.at(i) == QLatin1Char('\\') && i + 1 < row.size()) {
            cell += row.at(i);
            cell += row.at(++i);
        } else if (row.at(i) == QLatin1Char('|')) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += row.at(i);
        }
    }
    cells << cell.trimmed();
    return cells;
}

bool isDelimiterRow(const QString& line)
{
    static const QRegularExpression delimiter(QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    return line.contains(QLatin1Char('-')) && delimiter.match(line).hasMatch();
}

const QRegularExpression& listItemPattern()
{
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|(\\d{1,9})[.)])\\s+(.*)$"));
    return item;
}

const QRegularExpression& headingPattern()
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}(#{1,6})\\s+(.*?)(\\s+#+)?\\s*$"));
    return heading;
}

bool isRule(const QString& line)
{
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    return rule.match(line).hasMatch();
}

bool startsBlock(const QStringList& lines, qsizetype i)
{
    const QString& l = lines.at(i);
    return headingPattern().match(l).hasMatch() || listItemPattern().match(l).hasMatch() || isRule(l) ||
           (l.trimmed().startsWith(QLatin1Char('|')) && i + 1 < lines.size() && isDelimiterRow(lines.at(i + 1)));
}

QString paragraphHtml(const QStringList& lines)
{
    QString html;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i);
        const bool last = i + 1 == lines.size();
        bool hardBreak = false;
        if (l.endsWith(QLatin1Char('\\')) && !l.endsWith(QLatin1String("\\\\"))) {
            l.chop(1);
            hardBreak = true;
        } else if (l.endsWith(QLatin1String("  "))) {
            hardBreak = true;
        }
        html += inlineHtml(l.trimmed());
        if (!last) {
            html += hardBreak ? QStringLiteral("<br>") : QStringLiteral("\n");
        }
    }
    return html;
}

} // namespace

QString htmlToMarkdown(const QString& html)
{
    MarkdownWriter w;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            w.text(html.mid(i));
            break;
        }
        if (lt > i) {
            w.text(html.mid(i, lt - i));
        }
        if (html.mid(lt, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), lt + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        const qsizetype gt = html.indexOf(QLatin1Char('>'), lt + 1);
        if (gt < 0) {
            w.text(html.mid(lt));
            break;
        }
        const Tag tag = parseTag(html.mid(lt + 1, gt - lt - 1));
        if (tag.name == QLatin1String("style") || tag.name == QLatin1String("script") ||
            tag.name == QLatin1String("head")) {
            const qsizetype end = html.indexOf(QStringLiteral("</") + tag.name, gt, Qt::CaseInsensitive);
            const qsizetype close = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            i = close < 0 ? html.size() : close + 1;
            continue;
        }
        if (!tag.name.isEmpty()) {
            w.tag(tag);
        }
        i = gt + 1;
    }
    return w.finish();
}

QString markdownToHtml(const QString& markdown)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList blocks;
    qsizetype i = 0;
    while (i < lines.size()) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            ++i;
            continue;
        }
        if (const auto h = headingPattern().match(line); h.hasMatch()) {
            const QString level = QString::number(h.captured(1).size());
            blocks << QStringLiteral("<h") + level + QLatin1Char('>') + inlineHtml(h.captured(2)) +
                          QStringLiteral("</h") + level + QLatin1Char('>');
            ++i;
            continue;
        }
        if (isRule(line)) {
            blocks << QStringLiteral("<hr>");
            ++i;
            continue;
        }
        if (line.trimmed().startsWith(QLatin1Char('|')) && i + 1 < lines.size() && isDelimiterRow(lines.at(i + 1))) {
            const QStringList header = splitCells(line);
            const bool hasHeader =
                std::any_of(header.begin(), header.end(), [](const QString& c) { return !c.isEmpty(); });
            QString table = QStringLiteral("<table>");
            if (hasHeader) {
                table += QStringLiteral("<tr>");
                for (const QString& c : header) {
                    table += QStringLiteral("<th>") + inlineHtml(c) + QStringLiteral("</th>");
                }
                table += QStringLiteral("</tr>");
            }
            i += 2;
            while (i < lines.size() && lines.at(i).trimmed().startsWith(QLatin1Char('|'))) {
                QStringList cells = splitCells(lines.at(i));
                while (cells.size() < header.size()) {
                    cells << QString();
                }
                table += QStringLiteral("<tr>");
                for (const QString& c : cells.mid(0, std::max(header.size(), qsizetype(1)))) {
                    table += QStringLiteral("<td>") + inlineHtml(c) + QStringLiteral("</td>");
                }
                table += QStringLiteral("</tr>");
                ++i;
            }
            blocks << table + QStringLiteral("</table>");
            continue;
        }
        if (const auto first = listItemPattern().match(line); first.hasMatch()) {
            const bool ordered = !first.captured(2).isEmpty();
            const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
            QString list = QLatin1Char('<') + tag + QLatin1Char('>');
            if (ordered && first.captured(2).toInt() != 1) {
                list =
                    QStringLiteral("<ol start=\"") + QString::number(first.captured(2).toInt()) + QStringLiteral("\">");
            }
            QStringList item;
            const auto flush = [&] {
                if (!item.isEmpty()) {
                    list += QStringLiteral("\n<li>") + paragraphHtml(item) + QStringLiteral("</li>");
                    item.clear();
                }
            };
            while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) {
                const auto m = listItemPattern().match(lines.at(i));
                if (m.hasMatch()) {
                    if (!m.captured(2).isEmpty() != ordered) {
                        break; // the other kind of list starts
                    }
                    flush();
                    item << m.captured(3);
                } else if (startsBlock(lines, i)) {
                    break;
                } else {
                    item << lines.at(i).trimmed();
                }
                ++i;
            }
            flush();
            blocks << list + QStringLiteral("\n</") + tag + QLatin1Char('>');
            continue;
        }
        QStringList paragraph;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty() &&
               (paragraph.isEmpty() || !startsBlock(lines, i))) {
            paragraph << lines.at(i);
            ++i;
        }
        blocks << QStringLiteral("<p>") + paragraphHtml(paragraph) + QStringLiteral("</p>");
    }
    return blocks.join(QLatin1Char('\n'));
}

} // namespace hotline::knowledge
