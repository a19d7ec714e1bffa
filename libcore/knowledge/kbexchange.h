#pragma once
// The whole knowledge base as a file sees it (categories by name, authors by name, policy documents by id), and
// bringing such a package into the store: everything is checked before anything is written, then all of it is
// written in one transaction with its change-log entries, or nothing is. docs/knowledge-format.md describes the
// JSON form (kbjson.h) and the Markdown folder (kbmarkdownfolder.h) built on it.

#include "core/result.h"
#include "knowledge/article.h"
#include "security/operator.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::knowledge {

// Where a record was read from, so a refusal can name the place: the file (empty for the single JSON file), the line
// where the record starts and the line of each of its fields.
struct SourcePlace {
    QString file;
    int line = 0;
    int index = 0;       // 1-based position among the file's articles (or policy documents)
    bool policy = false; // a policy document rather than an article
    QHash<QString, int> fieldLines;

    int lineOf(const QString& field) const { return fieldLines.value(field, line); }
};

struct PolicyRecord {
    QString id;
    QString number; // 文号
    QString title;
    QDate issued;
    QString status = QStringLiteral("effective"); // effective, amended, repealed
    SourcePlace place;
};

struct ArticleRecord {
    QString id; // empty: a new article, given a fresh id on import
    QString category;
    QString title;
    QStringList tags;
    QStringList similar; // 相似问
    QString bodyHtml;
    QStringList policyIds;
    QDate effective;
    QDate expires;
    std::optional<ArticleStatus> status; // absent from the file: published
    QString author;                      // the author's name
    int version = 1;
    bool pinned = false; // a pinned 热点问题
    SourcePlace place;
};

struct KbPackage {
    QStringList categories; // in their display order
    QList<PolicyRecord> policies;
    QList<ArticleRecord> articles;
};

struct ImportSummary {
    int articles = 0;  // new articles
    int updated = 0;   // articles already in the store, changed by the file (each gets a new version)
    int unchanged = 0; // articles already in the store exactly as in the file
    int policies = 0;  // new policy documents
    int categories = 0;
};

// Reports progress (done of total); returning false cancels: the transaction is rolled back.
using ExchangeProgress = std::function<bool(int done, int total)>;

struct ImportOptions {
    // Set for the shipped demo knowledge base only: no permission check; articles without an author are written
    // by defaultAuthorId, published ones approved by reviewerId.
    bool trusted = false;
    QString defaultAuthorId;
    QString reviewerId;
    ExchangeProgress progress;
};

// Brings a package into the store as `by`, who must hold ManageKnowledge (checked against the stored role).
// Articles keep the status in the file; an id already in the store updates that article with a new version.
Result<ImportSummary> importKnowledge(db::Database& db, const KbPackage& package, const security::Operator& by,
                                      IdGenerator& ids, const Clock& clock, const ExchangeProgress& progress = {});

// The same with the options spelled out (the demo loader's trusted import).
Result<ImportSummary> importKnowledge(db::Database& db, const KbPackage& package, const security::Operator& by,
                                      IdGenerator& ids, const Clock& clock, const ImportOptions& options);

// Everything the store holds, for export (articles in the order they were added). Version history stays in the
// store (docs/knowledge-format.md says why).
Result<KbPackage> snapshotKnowledge(db::Database& db);

// "Line 12, article 3 《title》: " or "folder/file.md, line 4: " — the start of a refusal message.
QString placeText(const SourcePlace& place, const QString& title, const QString& field = {});

} // namespace hotline::knowledge
