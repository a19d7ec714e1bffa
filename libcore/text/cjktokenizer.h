#pragma once
// Our own FTS5 tokenizer for Chinese text, registered on every connection as "hotline_cjk".
//
// Text is split into runs of letters and digits (anything ICU calls alphanumeric, so Han characters, Latin and digits);
// fullwidth forms are folded to ASCII and case is folded. Each run of two or more characters is indexed as its
// overlapping bigrams, and its last character again as a unigram at the same position; a run of one character is
// that unigram alone. A quoted query is then an exact substring search: "南宁市" becomes the phrase 南宁 宁市, and a
// single character is the prefix query "南"*, which finds it anywhere. No dictionary is needed, so names of companies,
// taxpayer IDs and phone numbers are found by any fragment.

#include <QString>

struct sqlite3;

namespace hotline::text {

// Registers the tokenizer on a raw connection. Returns false when the library lacks FTS5.
bool registerCjkTokenizer(sqlite3* db);

// Turns what a user typed into an FTS5 MATCH expression (every whitespace-separated term must occur).
// Returns an empty string when the input holds nothing searchable.
QString ftsMatchExpression(const QString& userInput);

} // namespace hotline::text
