#include "knowledge/workorderdraft.h"

#include "security/masking.h"

#include <QRegularExpression>

namespace hotline::knowledge {
namespace {

QString masked(qsizetype length)
{
    return QString(length, security::kMaskChar);
}

QString replaceAll(QString text, const QRegularExpression& re)
{
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += masked(m.capturedLength());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString scrubPersonalData(const QString& text, const QStringList& names)
{
    // IDs: 18 characters of the credit code's alphabet with at least 6 digits in a row, or 15 / 17+X digits.
    static const QRegularExpression ids(
        QStringLiteral("(?<![0-9A-Za-z])(?:[0-9A-Za-z]{2}[0-9]{6}[0-9A-Za-z]{10}|[0-9]{17}[0-9Xx]|[0-9]{15})"
                       "(?![0-9A-Za-z])"));
    // Phones: mobiles (possibly split 3-4-4) and landlines with area code, with an optional +86 / 0086 prefix.
    static const QRegularExpression phones(
        QStringLiteral("(?<![0-9])(?:(?:\\+|00)?86[ -]?)?(?:1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}|"
                       "\\(?0[1-9][0-9]{1,2}\\)?[ -]?[0-9]{7,8}(?:-[0-9]{1,5})?)(?![0-9])"));
    QString out = text;
    for (const QString& name : names) {
        if (name.trimmed().size() >= 2) {
            out.replace(name.trimmed(), QStringLiteral("某某"));
        }
    }
    out = replaceAll(out, ids);
    return replaceAll(out, phones);
}

Article articleTextFromWorkOrder(const tickets::WorkOrder& w)
{
    const QStringList names{w.contactName, w.unitName};
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{3000}]+"));
    const QString question = scrubPersonalData(w.question, names).trimmed();
    QString title = question.section(QLatin1Char('\n'), 0, 0).replace(spaces, QStringLiteral(" ")).trimmed();
    Article a;
    if (title.size() > kDraftTitleLength) {
        title = title.left(kDraftTitleLength - 1) + QStringLiteral("…");
    }
    a.title = title;
    const QString wholeQuestion = QString(question).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    if (wholeQuestion != title) {
        a.similar << wholeQuestion;
    }
    for (const QString& line : scrubPersonalData(w.answer, names).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            a.bodyHtml += QStringLiteral("<p>") + line.trimmed().toHtmlEscaped() + QStringLiteral("</p>");
        }
    }
    return a;
}

QString kbCategoryForWorkOrderCategory(const QString& path)
{
    const QStringList parts = path.split(QStringLiteral(" / "));
    const QString group = parts.value(0);
    const QString topic = parts.value(1);
    if (group == QStringLiteral("扣缴端软件")) {
        return QStringLiteral("扣缴端操作指南");
    }
    if (topic == QStringLiteral("减免优惠")) {
        return QStringLiteral("税收减免优惠");
    }
    if (topic == QStringLiteral("征收管理")) {
        return QStringLiteral("征收管理");
    }
    if (QStringList{QStringLiteral("综合所得"), QStringLiteral("经营所得"), QStringLiteral("分类所得"),
                    QStringLiteral("专项附加扣除")}
            .contains(topic)) {
        return QStringLiteral("分项所得解读");
    }
    return QStringLiteral("热点问题");
}

} // namespace hotline::knowledge
