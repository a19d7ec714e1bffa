#pragma once
// Our own FTS5 tokenizer for Chinese text, registered on every connection as "hotline_cjk".
//
// Text is split into runs of letters and digits (anything ICU calls alphanumeric); fullwidth forms are folded to
// ASCII and case is folded. A run of two or more characters is indexed as its overlapping bigrams (Lucene's
// CJKAnalyzer scheme), and its last character again as a unigram at the same position; a run of one character is
// that unigram alone. A quoted query is then an exact substring search: "南宁市" becomes the phrase 南宁 宁市, and a
// single character is the prefix query "南"*, which finds it anywhere. No dictionary is needed.
//
// Two modes, chosen by the table's tokenize argument:
//   tokenize='hotline_cjk'        every run as bigrams: fragments of taxpayer IDs and phone numbers are found
//   tokenize='hotline_cjk words'  Han (and other CJK) runs as bigrams, Latin letters and digits kept whole (the
//                                 knowledge base: "CA", "2023" and "12366" are words there, not fragments)

#include <QString>
#include <QStringList>

struct fts5_api;
struct sqlite3;

namespace hotline::text {

enum class TokenMode { Fragments, Words };

// Registers the tokenizer on a raw connection. Returns false when the library lacks FTS5.
bool registerCjkTokenizer(sqlite3* db);
// The connection's FTS5 extension interface (null without FTS5), to register tokenizers and ranking functions.
fts5_api* fts5Api(sqlite3* db);

// The tokens the index holds for text (without the colocated unigrams), in order.
QStringList tokens(const QString& text, TokenMode mode);

// Turns what a user typed into an FTS5 MATCH expression (every whitespace-separated term must occur).
// Returns an empty string when the input holds nothing searchable.
QString ftsMatchExpression(const QString& userInput);

} // namespace hotline::text
