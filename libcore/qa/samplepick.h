#pragma once
// The random part of the weekly sampling plan, kept pure so a draw can be reproduced anywhere: std::mt19937_64
// (its output is fixed by the C++ standard) and our own bounded draw instead of std::uniform_int_distribution, whose
// algorithm differs between standard libraries (the workstations run Windows, the tests Linux).

#include <QList>
#include <QString>

#include <cstdint>
#include <random>

namespace hotline::qa {

// Seeds are kept below 2^53 so they survive the outbox's JSON (numbers are doubles there) exactly.
inline constexpr qint64 kMaxSeed = (qint64(1) << 53) - 1;

// A uniform integer in [0, bound) from gen, by rejection (no modulo bias). bound > 0.
std::uint64_t boundedDraw(std::mt19937_64& gen, std::uint64_t bound);

// Picks min(n, candidates.size()) of candidates by a partial Fisher–Yates shuffle driven by gen. The caller passes
// the candidates in a documented, sorted order; the picks come back in the order drawn.
QStringList pickRandom(const QStringList& candidates, int n, std::mt19937_64& gen);

} // namespace hotline::qa
