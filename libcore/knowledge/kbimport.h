#pragma once
// Reading a knowledge base from a file or folder (the JSON file of kbjson.h or the Markdown folder of
// kbmarkdownfolder.h) and the trusted import of the demo knowledge base shipped in resources/kb/demo-articles.json.
// All or nothing: a broken file is refused with the line and the reason, and nothing is stored.

#include "core/result.h"
#include "knowledge/kbexchange.h"

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::knowledge {

// Articles without a status are published, with `author` as their author (unless the file names one the store
// knows) and `reviewer` as the one who approved them. No permission check: for the demo loader and tests.
Result<ImportSummary> importKnowledgeJson(db::Database& db, const QByteArray& json, const QString& author,
                                          const QString& reviewer, IdGenerator& ids, const Clock& clock);

// A JSON file, or a folder written by exportKnowledgeMarkdown; unreadable files and broken content are refused.
Result<KbPackage> readKnowledgeSource(const QString& path);

// Reads path (readKnowledgeSource) and imports it as `by` (importKnowledge: ManageKnowledge needed).
Result<ImportSummary> importKnowledgeSource(db::Database& db, const QString& path, const security::Operator& by,
                                            IdGenerator& ids, const Clock& clock,
                                            const ExchangeProgress& progress = {});

// The knowledge base shipped for demonstrations (resources/kb/demo-articles.json).
QByteArray demoKnowledgeJson();

} // namespace hotline::knowledge
