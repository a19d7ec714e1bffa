#include "knowledge/article.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hotline::knowledge {

QString key(ArticleStatus s)
{
    switch (s) {
    case ArticleStatus::Draft:
        return QStringLiteral("draft");
    case ArticleStatus::Pending:
        return QStringLiteral("pending");
    case ArticleStatus::Published:
        return QStringLiteral("published");
    case ArticleStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<ArticleStatus> articleStatusFromKey(const QString& k)
{
    for (ArticleStatus s :
         {ArticleStatus::Draft, ArticleStatus::Pending, ArticleStatus::Published, ArticleStatus::Archived}) {
        if (key(s) == k) {
            return s;
        }
    }
    return std::nullopt;
}

QString displayName(ArticleStatus s)
{
    switch (s) {
    case ArticleStatus::Draft:
        return QCoreApplication::translate("hotline::knowledge", "Draft");
    case ArticleStatus::Pending:
        return QCoreApplication::translate("hotline::knowledge", "Awaiting review");
    case ArticleStatus::Published:
        return QCoreApplication::translate("hotline::knowledge", "Published");
    case ArticleStatus::Archived:
        return QCoreApplication::translate("hotline::knowledge", "Archived");
    }
    return {};
}

QString plainText(const QString& html)
{
    static const QRegularExpression blockEnd(QStringLiteral("<\\s*(br\\s*/?|/p|/li|/h[1-6]|/tr|/div)\\s*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("<\\s*/t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n+"));
    QString t = html;
    t.replace(blockEnd, QStringLiteral("\n"));
    t.replace(cell, QStringLiteral(" "));
    t.remove(tag);
    t.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    t.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    t.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    t.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    t.replace(blankLines, QStringLiteral("\n"));
    return t.trimmed();
}

} // namespace hotline::knowledge
