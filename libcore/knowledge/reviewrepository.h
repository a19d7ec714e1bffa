#pragma once
// SQL of the review workflow: updating an article with a new version, its review events, the review queue, the
// version history and the policy documents. The caller owns the transaction and appends the change-log entries.

#include "core/result.h"
#include "knowledge/article.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace hotline::knowledge {

enum class PolicyStatus { Effective, Amended, Repealed };
QString key(PolicyStatus s);
std::optional<PolicyStatus> policyStatusFromKey(const QString& k);
QString displayName(PolicyStatus s);

struct Policy {
    QString id;
    QString number; // 文号, e.g. 国家税务总局公告2023年第14号
    QString title;
    QDate issued;
    PolicyStatus status = PolicyStatus::Effective;
};

// One stored text of an article.
struct ArticleVersion {
    int version = 0;
    QString title;
    QStringList similar;
    QString bodyHtml;
    QString savedBy;     // operator id
    QString savedByName; // their name, when known
    QDateTime savedAt;
};

// One row of kb_article_events.
struct ArticleEvent {
    QString id;
    QString articleId;
    int version = 0;
    QString action; // created saved submitted approved rejected archived sent_back restored
    QString note;
    QString actorId;
    QString actorName;
    QDateTime at;
};

// A pending article as the review queue shows it.
struct ReviewItem {
    QString articleId;
    QString title;
    QString category;
    QString authorId;
    QString authorName;
    int version = 0;
    QDateTime since; // when it was submitted or sent back
    bool sentBack = false;
    QString reason; // the sent_back note, else empty
};

class ReviewRepository final {
public:
    explicit ReviewRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Writes every field of a (the version as given), updated_at = at.
    Outcome update(const Article& a, const QString& reviewNote, qint64 at);
    Outcome setStatus(const QString& id, ArticleStatus status, const QString& reviewerId, const QString& reviewNote,
                      qint64 at);
    Outcome insertVersion(const QString& versionId, const Article& a, const QString& byOperatorId, qint64 at);
    Outcome insertEvent(const ArticleEvent& e);
    Outcome setSourceWorkOrder(const QString& articleId, const QString& workOrderId);
    Result<QString> sourceWorkOrder(const QString& articleId) const;
    Result<QString> reviewNote(const QString& articleId) const;

    Result<QList<ArticleVersion>> versions(const QString& articleId) const;
    Result<QList<ArticleEvent>> events(const QString& articleId) const;
    Result<QList<ReviewItem>> reviewQueue() const;
    // Ids of the articles citing the policy that are in one of the statuses.
    Result<QStringList> articlesCiting(const QString& policyId, const QList<ArticleStatus>& statuses) const;

    Result<QList<Policy>> policies() const;
    Result<std::optional<Policy>> findPolicy(const QString& id) const;
    Outcome insertPolicy(const Policy& p, qint64 at);
    Outcome setPolicyStatus(const QString& id, PolicyStatus status, qint64 at);

    // The KB category for a name, or empty.
    Result<QString> categoryIdByName(const QString& name) const;

private:
    QSqlDatabase m_db;
};

} // namespace hotline::knowledge
