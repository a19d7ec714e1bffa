#pragma once
// Exporting the whole knowledge base to a JSON file (kbjson.h) or a folder of Markdown files (kbmarkdownfolder.h).
// Reading the knowledge base needs no permission beyond being logged in (every role reads it), so none is checked.
// Nothing half-written: the JSON file is replaced atomically, a failed or cancelled folder is emptied again.

#include "core/result.h"
#include "knowledge/kbexchange.h"

namespace hotline {
class Clock;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::knowledge {

struct ExportSummary {
    int articles = 0;
    int policies = 0;
    int categories = 0;
};

Result<ExportSummary> exportKnowledgeJson(db::Database& db, const QString& file, const Clock& clock,
                                          const ExchangeProgress& progress = {});

// The folder is created when missing; an existing one must be empty.
Result<ExportSummary> exportKnowledgeMarkdown(db::Database& db, const QString& folder,
                                              const ExchangeProgress& progress = {});

} // namespace hotline::knowledge
