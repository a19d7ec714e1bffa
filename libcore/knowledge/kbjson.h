#pragma once
// The knowledge base as one JSON file (docs/knowledge-format.md): {"format": "hotlinedesk-kb", "formatVersion": 1,
// "categories": [names], "policies": [...], "articles": [...]}. The shipped demo file is the same format without the
// version. Reading checks the syntax and every field's type and form, naming the line (and column) at fault.

#include "core/result.h"
#include "knowledge/kbexchange.h"

#include <QByteArray>
#include <QDateTime>

namespace hotline::knowledge {

inline constexpr int kKbFormatVersion = 1;

// Indented UTF-8 JSON. progress (may be empty) sees each article written; false cancels (an error is returned).
Result<QByteArray> knowledgeToJson(const KbPackage& package, const QDateTime& exportedAt,
                                   const ExchangeProgress& progress = {});

Result<KbPackage> knowledgeFromJson(const QByteArray& json);

} // namespace hotline::knowledge
