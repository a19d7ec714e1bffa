#pragma once
// 个税必学 (video courses) and 资讯中心 (news): curated links that open in the default browser. Only absolute http or
// https URLs with a host are stored. Changes need ManageKnowledge and travel through the outbox (entity kb_link).

#include "core/result.h"
#include "security/operator.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::knowledge {

enum class LinkKind { Course, News };

QString key(LinkKind k);

struct KbLink {
    QString id; // empty: not stored yet
    LinkKind kind = LinkKind::Course;
    QString title;
    QString summary;
    QDate publishedOn;
    QString url;
    // A topic course announced to taxpayers (专题课程) runs at this time (UTC); invalid for a recorded course and for
    // news.
    QDateTime startsAt = {};
};

// True for an absolute http or https URL with a host and no spaces (what links and library materials accept).
bool isWebUrl(const QString& trimmedUrl);

// Trims the texts and checks them: a title, a valid date, an absolute http(s) URL with a host and no spaces. The
// error names the field ("title", "published_on", "url").
Result<KbLink> validateLink(const KbLink& link);

// Inserts (empty id) or updates the link; returns it as stored.
Result<KbLink> saveLink(db::Database& db, const KbLink& link, const security::Operator& by, IdGenerator& ids,
                        const Clock& clock);
Outcome removeLink(db::Database& db, const QString& id, const security::Operator& by, const Clock& clock);

// The links of a kind, newest first.
Result<QList<KbLink>> listLinks(const QSqlDatabase& db, LinkKind kind);
// The topic courses that start at or after `from`, soonest first.
Result<QList<KbLink>> upcomingCourses(const QSqlDatabase& db, const QDateTime& from);

// Stores the links of a JSON file {"courses": [...], "news": [...]}, each {"title", "summary", "date", "url"}, in
// one transaction as `byOperatorId` (demo data: no permission check). Every item is validated first; all or none.
Result<int> importLinksJson(db::Database& db, const QByteArray& json, const QString& byOperatorId, IdGenerator& ids,
                            const Clock& clock);

// The demo's courses and news (resources/kb/demo-links.json).
QByteArray demoLinksJson();

} // namespace hotline::knowledge
