#pragma once
// Importing a whole knowledge base from its JSON form (the format of resources/kb/demo-articles.json):
//   {"categories": [...], "policies": [{"id", "number", "title", "issued", "status"}],
//    "articles": [{"id", "category", "title", "similar": [...], "tags": [...], "body" (HTML), "policies": [ids],
//                  "effective", "expires" (YYYY-MM-DD, optional)}]}
// All or nothing: a broken file is refused with the line and the reason, and nothing is stored.

#include "core/result.h"

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::knowledge {

struct ImportSummary {
    int articles = 0;
    int policies = 0;
};

// Imported articles are published, with `author` as their author and `reviewer` as the one who approved them.
Result<ImportSummary> importKnowledgeJson(db::Database& db, const QByteArray& json, const QString& author,
                                          const QString& reviewer, IdGenerator& ids, const Clock& clock);

// The knowledge base shipped for demonstrations (resources/kb/demo-articles.json).
QByteArray demoKnowledgeJson();

} // namespace hotline::knowledge
