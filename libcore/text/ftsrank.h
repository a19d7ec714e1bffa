#pragma once
// hotline_bm25: FTS5's BM25 (the same formula, k1 = 1.2, b = 0.75, one weight per column) with the number of rows
// holding each phrase kept per connection instead of counted again for every query.
//
// FTS5's built-in bm25() walks the whole list of rows of every phrase of the query once per query, to weigh the
// phrase by how rare it is; on 100,000 articles that is most of a question's cost. The counts change only when rows
// do, so hotline_bm25 keeps them, stamped with the table's row count and total token count (which change with almost
// any write), and counts again only what it has not seen under the current stamp. An edit that left both totals
// unchanged leaves a count slightly off until the next write: it moves a rank a little, never what matches.
//
// Call it as hotline_bm25(table, w1, w2, ..., wN, expression) with one weight per column and, last, the MATCH
// expression itself: the phrases are read from it (quoted strings, in order, a trailing * kept), which is how the
// counts are found again. An expression whose phrases do not line up with the query's is ranked without the cache.

struct sqlite3;

namespace hotline::text {

// Registers hotline_bm25 on a raw connection. Returns false when the library lacks FTS5.
bool registerRankFunction(sqlite3* db);

} // namespace hotline::text
