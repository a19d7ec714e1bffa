#pragma once
// The knowledge base as a folder of Markdown files (docs/knowledge-format.md): README.md (the index, with the
// category list in its front matter), policies.md (the policy documents as a pipe table) and one .md file per
// article in a sub-folder per category, each starting with a front-matter block (id, title, category, tags,
// similar, policies, effective, expires, status, pinned, author, version) followed by the body in Markdown.

#include "core/result.h"
#include "knowledge/kbexchange.h"

namespace hotline::knowledge {

inline constexpr int kKbMarkdownFormatVersion = 1;

// A file name made from a title: / \ : * ? " < > | and control characters dropped, spaces and dots trimmed at the
// ends, at most maxLength characters, never empty (then `fallback`) nor a name Windows reserves (CON, NUL …).
QString safeFileName(const QString& title, const QString& fallback, int maxLength = 60);

// Writes the folder (created when missing; an existing one must be empty). On failure or cancel what was written is
// removed again. Returns the number of article files.
Result<int> writeMarkdownFolder(const KbPackage& package, const QString& folder, const ExchangeProgress& progress = {});

// Reads a folder written by writeMarkdownFolder (or edited by hand). Errors name the file, the line and the reason.
Result<KbPackage> readMarkdownFolder(const QString& folder);

} // namespace hotline::knowledge
