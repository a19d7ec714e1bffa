#include "text/diff.h"

#include <QStringList>

#include <vector>

namespace hotline::text {
namespace {

// Above this many DP cells a diff is not worth the memory (an article is far below it).
constexpr qint64 kMaxCells = 4'000'000;

void append(QList<DiffSegment>& out, DiffOp op, const QString& text)
{
    if (text.isEmpty()) {
        return;
    }
    if (!out.isEmpty() && out.last().op == op) {
        out.last().text += text;
    } else {
        out.append({op, text});
    }
}

// Edit script of two sequences by the longest common subsequence: a list of (op, index into a or b).
template <typename T> std::vector<std::pair<DiffOp, int>> lcsScript(const std::vector<T>& a, const std::vector<T>& b)
{
    // Common prefix and suffix first: most edits touch a small part of a text.
    int start = 0;
    while (start < int(a.size()) && start < int(b.size()) && a[start] == b[start]) {
        ++start;
    }
    int endA = int(a.size());
    int endB = int(b.size());
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
        --endA;
        --endB;
    }
    const int n = endA - start;
    const int m = endB - start;
    std::vector<std::pair<DiffOp, int>> script;
    for (int i = 0; i < start; ++i) {
        script.emplace_back(DiffOp::Equal, i);
    }
    if (qint64(n) * qint64(m) > kMaxCells) {
        // Too big a table for what is left between the common ends: all of it removed, all of it added.
        for (int i = 0; i < n; ++i) {
            script.emplace_back(DiffOp::Delete, start + i);
        }
        for (int j = 0; j < m; ++j) {
            script.emplace_back(DiffOp::Insert, start + j);
        }
    } else {
        // lengths[i][j]: LCS of a[start+i..endA) and b[start+j..endB).
        std::vector<int> lengths(size_t(n + 1) * size_t(m + 1), 0);
        auto at = [&](int i, int j) -> int& { return lengths[size_t(i) * size_t(m + 1) + size_t(j)]; };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                at(i, j) = a[start + i] == b[start + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[start + i] == b[start + j]) {
                script.emplace_back(DiffOp::Equal, start + i);
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                script.emplace_back(DiffOp::Delete, start + i++);
            } else {
                script.emplace_back(DiffOp::Insert, start + j++);
            }
        }
        for (; i < n; ++i) {
            script.emplace_back(DiffOp::Delete, start + i);
        }
        for (; j < m; ++j) {
            script.emplace_back(DiffOp::Insert, start + j);
        }
    }
    for (int k = endA; k < int(a.size()); ++k) {
        script.emplace_back(DiffOp::Equal, k);
    }
    return script;
}

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

QList<DiffSegment> diffCharacters(const QString& before, const QString& after)
{
    const QList<uint> a32 = before.toUcs4();
    const QList<uint> b32 = after.toUcs4();
    const std::vector<char32_t> a(a32.begin(), a32.end());
    const std::vector<char32_t> b(b32.begin(), b32.end());
    QList<DiffSegment> out;
    for (const auto& [op, index] : lcsScript(a, b)) {
        append(out, op, fromCodePoint(op == DiffOp::Insert ? b[size_t(index)] : a[size_t(index)]));
    }
    return out;
}

QList<DiffRow> diffLines(const QString& before, const QString& after)
{
    const QStringList aList = before.isEmpty() ? QStringList() : before.split(QLatin1Char('\n'));
    const QStringList bList = after.isEmpty() ? QStringList() : after.split(QLatin1Char('\n'));
    const std::vector<QString> a(aList.begin(), aList.end());
    const std::vector<QString> b(bList.begin(), bList.end());
    QList<DiffRow> rows;
    const std::vector<std::pair<DiffOp, int>> script = lcsScript(a, b);
    // A run of deleted lines followed by inserted ones is a change: pair them row by row, the rest stand alone.
    size_t k = 0;
    while (k < script.size()) {
        if (script[k].first == DiffOp::Equal) {
            const int i = script[k].second;
            DiffRow row;
            row.leftLine = i + 1;
            row.left = {{DiffOp::Equal, a[size_t(i)]}};
            row.right = row.left;
            if (a[size_t(i)].isEmpty()) {
                row.left.clear();
                row.right.clear();
            }
            rows.append(row);
            ++k;
            continue;
        }
        std::vector<int> deleted;
        std::vector<int> inserted;
        while (k < script.size() && script[k].first != DiffOp::Equal) {
            (script[k].first == DiffOp::Delete ? deleted : inserted).push_back(script[k].second);
            ++k;
        }
        const size_t paired = std::min(deleted.size(), inserted.size());
        for (size_t p = 0; p < std::max(deleted.size(), inserted.size()); ++p) {
            DiffRow row;
            if (p < paired) {
                row.kind = DiffRow::Kind::Changed;
                row.leftLine = deleted[p] + 1;
                row.rightLine = inserted[p] + 1;
                const QString& oldLine = a[size_t(deleted[p])];
                const QString& newLine = b[size_t(inserted[p])];
                const QList<DiffSegment> chars = diffCharacters(oldLine, newLine);
                for (const DiffSegment& s : chars) {
                    if (s.op != DiffOp::Insert) {
                        append(row.left, s.op, s.text);
                    }
                    if (s.op != DiffOp::Delete) {
                        append(row.right, s.op, s.text);
                    }
                }
            } else if (p < deleted.size()) {
                row.kind = DiffRow::Kind::Removed;
                row.leftLine = deleted[p] + 1;
                append(row.left, DiffOp::Delete, a[size_t(deleted[p])]);
            } else {
                row.kind = DiffRow::Kind::Added;
                row.rightLine = inserted[p] + 1;
                append(row.right, DiffOp::Insert, b[size_t(inserted[p])]);
            }
            rows.append(row);
        }
    }
    // Number the new side's lines of the rows that have one.
    int right = 0;
    for (DiffRow& row : rows) {
        if (row.kind == DiffRow::Kind::Same) {
            row.rightLine = ++right;
        } else if (row.kind != DiffRow::Kind::Removed) {
            right = row.rightLine;
        }
    }
    return rows;
}

} // namespace hotline::text
