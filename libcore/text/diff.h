#pragma once
// A line-then-character difference of two plain texts (LCS), shaped for a side-by-side view: each row pairs a line
// of the old text with a line of the new one; changed rows carry the characters deleted and inserted within them.

#include <QList>
#include <QString>

namespace hotline::text {

enum class DiffOp { Equal, Delete, Insert };

struct DiffSegment {
    DiffOp op;
    QString text;
    bool operator==(const DiffSegment&) const = default;
};

struct DiffRow {
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    int leftLine = 0;         // 1-based line number in the old text, 0 when the row has no old line (Added)
    int rightLine = 0;        // 1-based line number in the new text, 0 when the row has no new line (Removed)
    QList<DiffSegment> left;  // Equal and Delete segments: the old line
    QList<DiffSegment> right; // Equal and Insert segments: the new line
};

// The shortest edit between two sequences of characters (Unicode code points, so no surrogate pair is split):
// Equal, Delete and Insert segments, adjacent ones of the same kind merged. Concatenating the Equal and Delete
// segments gives `before`, the Equal and Insert ones `after`.
QList<DiffSegment> diffCharacters(const QString& before, const QString& after);

// Line by line (LCS on whole lines), then character by character inside the lines replaced in place. Lines are
// split at '\n'; an empty text has no lines. Common beginnings and ends are matched first; when what lies between
// is too large for the LCS table (over 4 million cells) it is shown as removed and added whole.
QList<DiffRow> diffLines(const QString& before, const QString& after);

} // namespace hotline::text
