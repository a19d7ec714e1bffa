#pragma once
// A knowledge-base article (知识库条目) and its review status: 草稿 → 待审核 → 已发布 → 已归档.

#include <QDate>
#include <QStringList>

#include <optional>

namespace hotline::knowledge {

enum class ArticleStatus { Draft, Pending, Published, Archived };

QString key(ArticleStatus s);
std::optional<ArticleStatus> articleStatusFromKey(const QString& k);
QString displayName(ArticleStatus s);

struct Article {
    QString id;
    QString categoryId;
    QString title;
    QStringList similar; // 相似问
    QStringList tags;
    QString bodyHtml;
    QStringList policyIds;
    QDate effective;
    QDate expires;
    ArticleStatus status = ArticleStatus::Draft;
    QString authorId;
    QString reviewerId;
    int version = 1;

    // Past its expiry date on `today` (flagged in results, not hidden).
    bool expiredOn(const QDate& today) const { return expires.isValid() && expires < today; }
};

// The body as plain text: tags dropped, block ends as line breaks, entities decoded (for search and snippets).
QString plainText(const QString& html);

} // namespace hotline::knowledge
